// SPDX-License-Identifier: Apache-2.0
#include "common.hpp"
#include "sociometer/app/monthly_report.hpp"
#include "sociometer/error.hpp"

namespace sociometer::cli {
namespace {

// The newsletter is a document, not rows: Markdown by default, JSON for pipelines.
const FormatOffer k_report_formats({"md", "json"});

struct ReportOptions {
  PeriodOptions period;
  FilterOptions filters;
  std::size_t top = 10;
};

int run_report(const ReportOptions &options, Context &context) {
  const auto store = context.invocation.open_store(store::OpenMode::read_only);
  const auto zone = context.invocation.zone_in(store);
  PeriodOptions period_options = options.period;
  if (period_options.month.empty() && period_options.since.empty() &&
      period_options.until.empty()) {
    period_options.month = "last"; // the cron default: the month that just ended
  }
  if (period_options.month.empty()) {
    throw Error(ErrorKind::usage, "report covers one calendar month",
                "use --month YYYY-MM, --month last or --month latest");
  }
  const auto period = resolve_period(period_options, zone, store);
  const auto monthly = app::monthly_report(store, zone, *period.month,
                                           make_query(store, ResolvedPeriod{}, options.filters),
                                           {options.top, context.invocation.min_coverage});
  auto envelope = make_envelope("report", zone, period, options.filters);
  envelope.params["month"] = monthly.month;
  envelope.params["min_coverage"] = context.invocation.min_coverage;
  report::render_monthly_report(monthly, envelope, context.invocation.report_format(), context.out);
  return 0;
}

} // namespace

void add_report_command(CLI::App &app, Commands &commands) {
  auto options = std::make_shared<ReportOptions>();
  auto *command = app.add_subcommand("report", "the monthly newsletter report (Markdown or JSON)");
  add_period_options(*command, options->period);
  add_filter_options(*command, options->filters);
  command->add_option("--top", options->top, "entries in the top lists (default 10)");
  commands.push_back({command, k_report_formats,
                      [options](Context &context) { return run_report(*options, context); }});
}

} // namespace sociometer::cli
