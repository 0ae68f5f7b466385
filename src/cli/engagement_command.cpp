// SPDX-License-Identifier: Apache-2.0
#include "common.hpp"
#include "progress.hpp"
#include "sociometer/analysis/engagement.hpp"
#include "sociometer/error.hpp"

namespace sociometer::cli {
namespace {

struct EngagementOptions {
  std::string by = "month";
  PeriodOptions period;
  FilterOptions filters;
};

int run_engagement(const EngagementOptions &options, Context &context) {
  const auto dimension = analysis::parse_dimension(options.by);
  if (!dimension) {
    throw Error(ErrorKind::usage, "--by " + options.by + ": unknown dimension",
                "use post, account, platform, day, week, month, hour, weekday, language or kind");
  }
  const auto store = context.invocation.open_store(store::OpenMode::read_only);
  const auto zone = context.invocation.zone_in(store);
  const auto period = resolve_period(options.period, zone, store);
  const auto ticker = progress_ticker(context, "engagement");
  ticker->stage("loading posts");
  const auto dataset = store.load(make_query(store, period, options.filters));
  ticker->stage("computing " + std::to_string(dataset.posts.size()) + " posts");
  std::optional<analysis::Span> span;
  if (period.since && period.until) {
    span = analysis::Span{*period.since, *period.until}; // growth needs both boundaries
  }
  auto rows = analysis::engagement_by(dataset, *dimension, zone, span);
  analysis::CoverageGate gate(context.invocation.min_coverage);
  analysis::withhold_thin_rates(rows, gate);
  ticker->stop();
  auto envelope = make_envelope("engagement", zone, period, options.filters);
  envelope.params["by"] = options.by;
  envelope.params["min_coverage"] = gate.min_coverage();
  envelope.definitions = analysis::engagement_definitions();
  envelope.definitions["min_coverage"] = analysis::engagement_coverage_rule(gate);
  envelope.definitions.merge(gate.withheld_definitions());
  if (const auto mixed = analysis::mixed_components_definition(rows)) {
    envelope.definitions["engagement_components_mixed"] = *mixed;
  }
  report::render_table(analysis::engagement_table(rows, *dimension), envelope,
                       context.invocation.render_options(), context.out);
  return 0;
}

} // namespace

void add_engagement_command(CLI::App &app, Commands &commands) {
  auto options = std::make_shared<EngagementOptions>();
  auto *command = app.add_subcommand("engagement", "engagement counts and rates with coverage");
  command->add_option(
      "--by", options->by,
      "post, account, platform, day, week, month (default), hour, weekday, language, kind");
  add_period_options(*command, options->period);
  add_filter_options(*command, options->filters);
  commands.push_back({command, k_row_formats,
                      [options](Context &context) { return run_engagement(*options, context); }});
}

} // namespace sociometer::cli
