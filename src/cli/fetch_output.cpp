// SPDX-License-Identifier: Apache-2.0
#include "fetch_output.hpp"

#include <cmath>

#include "sociometer/error.hpp"

namespace sociometer::cli {

void LoggingFetchObserver::store_created(const std::string &path) {
  m_context.log->info("created store {}", path);
}
void LoggingFetchObserver::waiting(const std::string &reason, TimePoint until) {
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
  m_context.log->info("{}: {} statuses stored ({} in this run)", url, items, total);
}
void LoggingFetchObserver::diagnostic(const ingest::Diagnostic &diagnostic) {
  m_context.log->warn("{}", ingest::format_diagnostic(diagnostic));
}

int render_fetch_run(const app::FetchRun &run, const std::string &command, Context &context) {
  context.log->info("{}: {} statuses in {} pages ({} new, {} updated, {} unchanged)", run.source,
                    run.statuses, run.pages, run.posts_new, run.posts_updated, run.posts_unchanged);
  Table table;
  table.columns = {{"source", ColumnType::text},           {"pages", ColumnType::integer},
                   {"statuses", ColumnType::integer},      {"posts_new", ColumnType::integer},
                   {"posts_updated", ColumnType::integer}, {"posts_unchanged", ColumnType::integer},
                   {"newest_id", ColumnType::text},        {"backfill_done", ColumnType::integer}};
  table.rows.push_back({run.source, run.pages, run.statuses, run.posts_new, run.posts_updated,
                        run.posts_unchanged, run.newest_id,
                        std::int64_t{run.backfill_done ? 1 : 0}});
  report::Envelope envelope;
  envelope.command = command;
  envelope.generated_at = util::report_clock_now();
  envelope.definitions = {
      {"statuses", "statuses (tweets, posts) stored by this run (a page and its cursor are "
                   "stored together)"},
      {"posts_new", "posts stored for the first time"},
      {"newest_id", "the newest item stored from this source: the next run asks for newer ones"},
      {"backfill_done", "1 when the first run's walk back reached the end, --limit or --since"},
  };
  report::render_table(table, envelope, context.invocation.report_format(), context.out);
  return 0;
}

std::optional<TimePoint> since_day(const std::string &text, const Invocation &invocation) {
  if (text.empty()) {
    return std::nullopt;
  }
  const auto day = util::parse_date(text);
  if (!day) {
    throw Error(ErrorKind::usage, "--since '" + text + "': expected YYYY-MM-DD");
  }
  return invocation.zone.value_or(util::TimeZone::utc()).start_of_day(*day);
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
