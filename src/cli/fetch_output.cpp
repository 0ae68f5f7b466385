// SPDX-License-Identifier: Apache-2.0
#include "fetch_output.hpp"

#include <cmath>

#include "sociometer/error.hpp"

namespace sociometer::cli {

LoggingFetchObserver::LoggingFetchObserver(Context &context, std::optional<std::int64_t> limit)
    : m_context(context), m_limit(limit), m_progress(progress_display(context, "fetch")) {}

void LoggingFetchObserver::store_created(const std::string &path) {
  m_context.log->info("created store {}", path);
}

void LoggingFetchObserver::waiting(const std::string &reason, TimePoint until) {
  clear_progress();
  m_context.log->warn("{}; waiting until {}", reason, util::format_rfc3339(until));
}

void LoggingFetchObserver::attempted(const std::string &url, long status,
                                     std::chrono::milliseconds elapsed) {
  m_context.log->debug("GET {} -> {} ({} ms)", url,
                       status == 0 ? std::string("no response") : std::to_string(status),
                       elapsed.count());
}

void LoggingFetchObserver::page_stored(const std::string &url, std::int64_t items,
                                       std::int64_t total) {
  m_context.log->info("{}: {} items stored ({} in this run)", url, items, total);
  ++m_pages;
  if (m_progress) {
    ProgressUpdate update;
    update.done = total;
    update.unit = "items";
    update.step = std::to_string(m_pages) + (m_pages == 1 ? " page" : " pages");
    if (m_limit && *m_limit > 0) {
      update.fraction = static_cast<double>(total) / static_cast<double>(*m_limit);
    }
    m_progress->update(update);
  }
}

void LoggingFetchObserver::diagnostic(const ingest::Diagnostic &diagnostic) {
  clear_progress();
  if (diagnostic.note) {
    m_context.log->info("{}", ingest::format_diagnostic(diagnostic));
    return;
  }
  m_context.log->warn("{}", ingest::format_diagnostic(diagnostic));
}

void LoggingFetchObserver::clear_progress() {
  if (m_progress) {
    m_progress->finish();
  }
}

int render_run(const app::FetchRun &run, const std::string &command, const std::string &items,
               const std::string &newest_definition, LoggingFetchObserver &observer,
               Context &context) {
  observer.clear_progress();
  context.log->info("{}: {} {} in {} pages ({} new, {} updated, {} unchanged)", run.source,
                    run.statuses, items, run.pages, run.posts_new, run.posts_updated,
                    run.posts_unchanged);
  Table table;
  table.columns = {{"source", ColumnType::text},           {"pages", ColumnType::integer},
                   {items, ColumnType::integer},           {"posts_new", ColumnType::integer},
                   {"posts_updated", ColumnType::integer}, {"posts_unchanged", ColumnType::integer},
                   {"newest_id", ColumnType::text},        {"backfill_done", ColumnType::integer}};
  table.rows.push_back({run.source, run.pages, run.statuses, run.posts_new, run.posts_updated,
                        run.posts_unchanged, run.newest_id,
                        std::int64_t{run.backfill_done ? 1 : 0}});
  report::Envelope envelope;
  envelope.command = command;
  envelope.generated_at = util::report_clock_now();
  envelope.definitions = {
      {items, items + " stored by this run (a page and its cursor are stored together)"},
      {"posts_new", "posts stored for the first time"},
      {"newest_id", newest_definition},
      {"backfill_done", "1 when the first run's walk back reached the end, --limit or --since"},
  };
  // -q: a successful run in a cron job prints nothing; a machine format asked for is data.
  if (!context.invocation.quiet || context.invocation.report_format() != report::Format::table) {
    report::render_table(table, envelope, context.invocation.render_options(), context.out);
  }
  return 0;
}

void add_bounds(CLI::App &command, FetchBounds &bounds, const std::string &items) {
  command.add_option("--limit", bounds.limit,
                     "first run: at most N " + items + " back in time (later runs fetch all new)");
  command.add_option("--since", bounds.since, "first run: nothing older than this day YYYY-MM-DD");
  add_timeout_option(command, bounds.timeout);
}

void read_bounds(const FetchBounds &bounds, const Invocation &invocation,
                 std::optional<std::int64_t> &limit, std::optional<TimePoint> &since,
                 net::HttpPolicy &http) {
  if (bounds.limit && *bounds.limit <= 0) {
    throw Error(ErrorKind::usage, "--limit: expected a positive number of items");
  }
  limit = bounds.limit;
  if (!bounds.since.empty()) {
    const auto day = util::parse_date(bounds.since);
    if (!day) {
      throw Error(ErrorKind::usage, "--since '" + bounds.since + "': expected YYYY-MM-DD");
    }
    since = invocation.zone.value_or(util::TimeZone::utc()).start_of_day(*day);
  }
  apply_timeout(bounds.timeout, http);
}

void add_timeout_option(CLI::App &command, double &seconds) {
  command.add_option("--timeout", seconds,
                     "seconds one request may take, retries included (default 80: a server "
                     "that never answers ends the run well within a cron slot)");
}

void apply_timeout(double seconds, net::HttpPolicy &policy) {
  if (seconds < 0 || !std::isfinite(seconds)) {
    throw Error(ErrorKind::usage, "--timeout: expected a positive number of seconds");
  }
  if (seconds > 0) {
    policy.request_budget =
        std::chrono::milliseconds(static_cast<std::int64_t>(std::ceil(seconds * 1000.0)));
  }
}

} // namespace sociometer::cli
