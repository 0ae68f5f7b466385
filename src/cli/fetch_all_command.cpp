// SPDX-License-Identifier: Apache-2.0
// `sociometer fetch all`: every source the store has fetched before, in turn; a source that fails
// is one `error:` line and the others are still fetched; exit 1 when any failed.
#include "common.hpp"
#include "fetch_output.hpp"
#include "sociometer/app/fetch_all.hpp"
#include "sociometer/error.hpp"

namespace sociometer::cli {
namespace {

struct FetchAllOptions {
  double timeout = 0;
};

// One source's row: its run, or zeros and `failed` when it failed.
std::vector<Cell> source_row(const std::string &source, const app::FetchRun &run,
                             const std::string &outcome) {
  return {source,
          run.pages,
          run.statuses,
          run.posts_new,
          run.posts_updated,
          run.posts_unchanged,
          run.newest_id,
          std::int64_t{run.backfill_done ? 1 : 0},
          outcome};
}

void render_sources(const Table &rows, Context &context) {
  Table table = rows;
  table.columns = {{"source", ColumnType::text},           {"pages", ColumnType::integer},
                   {"items", ColumnType::integer},         {"posts_new", ColumnType::integer},
                   {"posts_updated", ColumnType::integer}, {"posts_unchanged", ColumnType::integer},
                   {"newest_id", ColumnType::text},        {"backfill_done", ColumnType::integer},
                   {"outcome", ColumnType::text}};
  report::Envelope envelope;
  envelope.command = "fetch all";
  envelope.generated_at = util::report_clock_now();
  envelope.definitions = {
      {"items", "items stored by this run (statuses, feed items, tweets)"},
      {"posts_new", "posts stored for the first time"},
      {"newest_id", "where the source's cursor stands after the run (see fetch mastodon, bluesky "
                    "and x)"},
      {"backfill_done", "1 when the first run's walk back reached the end, --limit or --since"},
      {"outcome", "ok, or failed (its error is on stderr; the source's cursor did not move past "
                  "what was stored)"},
  };
  // -q: a successful run in a cron job prints nothing; a machine format asked for is data.
  if (!context.invocation.quiet || context.invocation.report_format() != report::Format::table) {
    report::render_table(table, envelope, context.invocation.render_options(), context.out);
  }
}

int run_fetch_all(const FetchAllOptions &options, Context &context) {
  const auto &store_path = context.invocation.store_path;
  const auto sources = app::stored_sources(store_path);
  if (sources.empty()) {
    throw Error(ErrorKind::usage, "fetch all: " + store_path + " has no fetch sources yet",
                "fetch each source once with `fetch mastodon`, `fetch bluesky` or `fetch x`");
  }
  net::HttpPolicy http;
  apply_timeout(options.timeout, http);
  Table rows;
  int failed = 0;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const auto &source = sources[i];
    tell(context, "fetching " + source + " (" + std::to_string(i + 1) + " of " +
                      std::to_string(sources.size()) + ")");
    LoggingFetchObserver observer(context, std::nullopt);
    try {
      const auto request = app::source_request(store_path, source, http);
      const auto run =
          app::run_source_fetch(request, observer, [] { return ingest::interrupt_requested(); });
      observer.clear_progress();
      context.log->info("{}: {} items in {} pages ({} new)", source, run.statuses, run.pages,
                        run.posts_new);
      rows.rows.push_back(source_row(source, run, "ok"));
    } catch (const Error &error) {
      observer.clear_progress();
      if (error.kind() == ErrorKind::interrupted) {
        throw; // a stop ends the whole run
      }
      // One line per failed source; the others are still fetched.
      context.log->error("{}: {}", source, error.what());
      app::FetchRun none;
      rows.rows.push_back(source_row(source, none, "failed"));
      ++failed;
    }
  }
  render_sources(rows, context);
  return failed > 0 ? 1 : 0;
}

} // namespace

void add_fetch_all_command(CLI::App &fetch, Commands &commands) {
  auto options = std::make_shared<FetchAllOptions>();
  auto *all = fetch.add_subcommand(
      "all", "every source fetched before (as `status` lists them), in turn: only what is new; a "
             "source that fails is reported and the others are still fetched (exit 1)");
  add_timeout_option(*all, options->timeout);
  commands.push_back({all, k_row_formats,
                      [options](Context &context) { return run_fetch_all(*options, context); }});
}

} // namespace sociometer::cli
