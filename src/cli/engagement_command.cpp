// SPDX-License-Identifier: Apache-2.0
#include "common.hpp"
#include "progress.hpp"
#include "sociometer/analysis/engagement.hpp"
#include "sociometer/app/engagement_scan.hpp"
#include "sociometer/error.hpp"

namespace sociometer::cli {
namespace {

struct EngagementOptions {
  std::string by = "month";
  PeriodOptions period;
  FilterOptions filters;
};

// The posts of `query` in their row order, each handed over as it is read: the first row is
// written after reading the first posts, not the whole selection (docs/performance.md).
analysis::PostScan rows_of(const store::Store &store, const store::PostQuery &query) {
  return [&store, query](const analysis::PostVisitor &visit) {
    return store.stream_posts(query, visit);
  };
}

int run_engagement(const EngagementOptions &options, Context &context) {
  const auto dimension = analysis::parse_dimension(options.by);
  if (!dimension) {
    throw Error(ErrorKind::usage, "--by " + options.by + ": unknown dimension",
                "use post, account, platform, day, week, month, hour, weekday, language or kind");
  }
  // A second reader at the same snapshot lets app::scan_engagement read the sums on both cores;
  // rows per post go out in order as they are read, and rows by account are read on one.
  const bool by_one_reader =
      *dimension == analysis::Dimension::post || *dimension == analysis::Dimension::account;
  const auto store = context.invocation.open_store(store::OpenMode::read_only,
                                                   by_one_reader ? store::ReaderBeside::no
                                                                 : store::ReaderBeside::wanted);
  const auto zone = context.invocation.zone_in(store);
  const auto period = resolve_period(options.period, zone, store);
  auto query = make_query(store, period, options.filters);
  analysis::CoverageGate gate(context.invocation.min_coverage);
  auto envelope = make_envelope("engagement", zone, period, options.filters);
  envelope.params["by"] = options.by;
  envelope.params["min_coverage"] = gate.min_coverage();
  envelope.definitions = analysis::engagement_definitions();
  envelope.definitions["min_coverage"] = analysis::engagement_coverage_rule(gate);
  const auto ticker = progress_ticker(context, "engagement");
  if (*dimension == analysis::Dimension::post) {
    // Rows are written as they come: a row of one post withholds no rate and mixes no
    // components, so the definitions above are complete before the first row.
    ticker->stop();
    const auto stream =
        report::stream_rows(envelope, context.invocation.render_options(), context.out);
    stream->columns(analysis::engagement_columns(*dimension));
    analysis::engagement_by_post(rows_of(store, query), [&](analysis::EngagementRow &&row) {
      analysis::withhold_thin_rates(row, std::get<std::string>(row.key), gate);
      stream->row(analysis::engagement_cells(row, *dimension));
    });
    stream->finish();
    return 0;
  }
  std::optional<analysis::Span> span;
  if (period.since && period.until) {
    span = analysis::Span{*period.since, *period.until}; // growth needs both boundaries
  }
  ticker->stage("reading posts");
  query.with_content = false; // groups need no native IDs
  const bool with_language = *dimension == analysis::Dimension::language;
  const auto [authors, sums] = app::scan_engagement(store, query, with_language, *dimension, zone);
  // Two passes over the groups, never every row at once (`--by account` over a capture has a row
  // per author): the first for the definitions the document opens with (withheld rates, mixed
  // components), the second to write each row as it is made, withheld alike.
  std::vector<analysis::EngagementRow> mixed;
  sums.each_row(authors, span, analysis::EngagementSums::Detail::gated,
                [&](analysis::EngagementRow &&row) {
                  analysis::withhold_thin_rates(row, gate);
                  if (!row.mixed_components.empty()) {
                    mixed.push_back(std::move(row));
                  }
                });
  ticker->stop();
  envelope.definitions.merge(gate.withheld_definitions());
  if (const auto definition = analysis::mixed_components_definition(mixed)) {
    envelope.definitions["engagement_components_mixed"] = *definition;
  }
  const auto stream =
      report::stream_rows(envelope, context.invocation.render_options(), context.out);
  stream->columns(analysis::engagement_columns(*dimension));
  analysis::CoverageGate again(gate.min_coverage()); // the same decisions, recorded already
  sums.each_row(authors, span, analysis::EngagementSums::Detail::full,
                [&](analysis::EngagementRow &&row) {
                  analysis::withhold_thin_rates(row, again);
                  stream->row(analysis::engagement_cells(row, *dimension));
                });
  stream->finish();
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
