// SPDX-License-Identifier: Apache-2.0
#include "common.hpp"
#include "progress.hpp"
#include "sociometer/analysis/top.hpp"
#include "sociometer/error.hpp"
#include "sociometer/report/week_grid.hpp"

namespace sociometer::cli {
namespace {

// Hands rows on to `next`, stopping `ticker` before the first output.
class StopTickerFirst final : public RowSink {
public:
  StopTickerFirst(ProgressTicker &ticker, RowSink &next) : m_ticker(ticker), m_next(next) {}
  void columns(const std::vector<Column> &columns) override {
    m_ticker.stop();
    m_next.columns(columns);
  }
  void row(const std::vector<Cell> &cells) override { m_next.row(cells); }

private:
  ProgressTicker &m_ticker;
  RowSink &m_next;
};

struct TopOptions {
  std::string what;
  std::size_t limit = 10;
  bool by_rate = false;
  PeriodOptions period;
  FilterOptions filters;
};

struct BestTimeOptions {
  PeriodOptions period;
  FilterOptions filters;
};

int run_top(const TopOptions &options, Context &context) {
  const auto kind = analysis::parse_top_kind(options.what);
  if (!kind) {
    throw Error(ErrorKind::usage, "top " + options.what + ": unknown list",
                "use posts, hashtags, mentions, domains or languages");
  }
  const auto store = context.invocation.open_store(store::OpenMode::read_only);
  const auto zone = context.invocation.zone_in(store);
  const auto period = resolve_period(options.period, zone, store);
  auto query = make_query(store, period, options.filters);
  const auto ticker = progress_ticker(context, "top");
  const auto format = context.invocation.render_options();
  auto envelope = make_envelope("top " + options.what, zone, period, options.filters);
  envelope.params["limit"] = static_cast<std::int64_t>(options.limit);
  envelope.definitions = analysis::top_definitions(*kind);
  if (*kind == analysis::TopKind::posts) {
    envelope.params["by_rate"] = std::int64_t{options.by_rate ? 1 : 0};
    ticker->stage("ranking posts");
    // Posts are ranked as they are read, without content; only the shown rows' texts are read,
    // and native IDs only for the rows that may be shown.
    query.with_content = false;
    // Rows are written as they are ranked (every post with --limit 0); the progress line is
    // erased when the ranking is done and the columns arrive.
    const auto stream = report::stream_rows(envelope, format, context.out);
    StopTickerFirst sink(*ticker, *stream);
    analysis::top_posts(
        [&](const analysis::PostVisitor &visit) { return store.scan_posts(query, false, visit); },
        options.limit, options.by_rate,
        [&](const std::vector<std::int64_t> &ids) { return store.post_texts(ids); },
        [&](const std::vector<std::int64_t> &ids) { return store.post_native_ids(ids); }, sink);
    ticker->stop();
    stream->finish();
  } else {
    ticker->stage("counting items");
    // Items are counted as the posts are read, without texts.
    query.with_content = false;
    const auto item_kind = *kind == analysis::TopKind::hashtags   ? store::PostItemKind::hashtags
                           : *kind == analysis::TopKind::mentions ? store::PostItemKind::mentions
                           : *kind == analysis::TopKind::domains  ? store::PostItemKind::links
                                                                  : store::PostItemKind::languages;
    const auto table = analysis::top_items(
        [&](const analysis::ItemVisitor &visit) {
          return store.scan_post_items(query, item_kind, visit);
        },
        *kind, options.limit);
    ticker->stop();
    report::render_table(table, envelope, format, context.out);
  }
  return 0;
}

int run_best_time(const BestTimeOptions &options, Context &context) {
  const auto store = context.invocation.open_store(store::OpenMode::read_only);
  const auto zone = context.invocation.zone_in(store);
  const auto period = resolve_period(options.period, zone, store);
  const auto ticker = progress_ticker(context, "besttime");
  ticker->stage("rating posts");
  // Posts are read one at a time without texts; the grid keeps a small record per post.
  auto query = make_query(store, period, options.filters);
  query.with_content = false;
  auto envelope = make_envelope("besttime", zone, period, options.filters);
  envelope.definitions = analysis::best_time_definitions();
  const auto grid = analysis::best_time(
      [&](const analysis::PostVisitor &visit) { return store.scan_posts(query, false, visit); },
      zone);
  ticker->stop();
  std::string notes;
  for (const auto &note : grid.notes) {
    context.log->warn("besttime: {}", note);
    notes += (notes.empty() ? "" : "; ") + note;
  }
  if (!notes.empty()) {
    envelope.definitions["comparison_notes"] = notes;
  }
  report::render_week_grid(grid.table, "relative_performance", envelope,
                           context.invocation.render_options(), context.out);
  return 0;
}

} // namespace

void add_top_command(CLI::App &app, Commands &commands) {
  auto options = std::make_shared<TopOptions>();
  auto *command = app.add_subcommand("top", "top posts, hashtags, mentions, domains or languages");
  command->add_option("what", options->what, "posts, hashtags, mentions, domains or languages")
      ->required();
  command->add_option("--limit", options->limit, "rows (default 10; 0 = all)");
  command->add_flag("--by-rate", options->by_rate, "top posts: rank by the shrunk engagement rate");
  add_period_options(*command, options->period);
  add_filter_options(*command, options->filters);
  commands.push_back(
      {command, k_row_formats, [options](Context &context) { return run_top(*options, context); }});
}

void add_besttime_command(CLI::App &app, Commands &commands) {
  auto options = std::make_shared<BestTimeOptions>();
  auto *command = app.add_subcommand(
      "besttime", "weekday × hour grid of relative performance in the report zone");
  add_period_options(*command, options->period);
  add_filter_options(*command, options->filters);
  commands.push_back({command, k_row_formats,
                      [options](Context &context) { return run_best_time(*options, context); }});
}

} // namespace sociometer::cli
