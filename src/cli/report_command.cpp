// SPDX-License-Identifier: Apache-2.0
#include "common.hpp"
#include "sociometer/analysis/monthly_report.hpp"
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
  auto current_query = make_query(period, options.filters);
  current_query.with_hashtags = true;
  ResolvedPeriod previous_period;
  previous_period.month = *period.month - std::chrono::months{1};
  previous_period.since = zone.start_of_day(*previous_period.month / std::chrono::day{1});
  previous_period.until = period.since;
  const auto current = store.load(current_query);
  auto previous_query = make_query(previous_period, options.filters);
  previous_query.with_content = false; // only the previous month's totals are compared
  const auto previous = store.load(previous_query);

  analysis::MonthlyReportInput input;
  input.organisation = store.setting("org").value_or("");
  input.month = *period.month;
  input.zone = &zone;
  input.since = *period.since;
  input.until = *period.until;
  input.current = &current;
  input.previous = &previous;
  input.top_limit = options.top;
  const auto monthly = analysis::build_monthly_report(input);
  auto envelope = make_envelope("report", zone, period, options.filters);
  envelope.params["month"] = monthly.month;
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
