// SPDX-License-Identifier: Apache-2.0
// What every `fetch` subcommand (and `snapshot`) shares on the command line: the log and progress
// of a run, the one-row result, the first run's bounds (--limit, --since) and the HTTP time budget
// (--timeout).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "common.hpp"
#include "progress.hpp"
#include "sociometer/app/fetch_run.hpp"

namespace sociometer::cli {

// Logs what a run does: waits (why and until when) as warnings, so a cron log explains a slow
// night; pages at -v; requests at -vv, their URLs redacted. Shows progress (items, pages; a
// fraction of `limit` when given) where the terminal takes it.
class LoggingFetchObserver final : public app::FetchObserver {
public:
  LoggingFetchObserver(Context &context, std::optional<std::int64_t> limit);
  void store_created(const std::string &path) override;
  void waiting(const std::string &reason, TimePoint until) override;
  void attempted(const std::string &url, long status, std::chrono::milliseconds elapsed) override;
  void page_stored(const std::string &url, std::int64_t items, std::int64_t total) override;
  void diagnostic(const ingest::Diagnostic &diagnostic) override;
  // Erases the progress line before other output on stderr (it is redrawn by the next page).
  void clear_progress();

private:
  Context &m_context;
  std::optional<std::int64_t> m_limit;
  std::unique_ptr<ProgressDisplay> m_progress;
  std::int64_t m_pages = 0;
};

// Logs the run's summary at -v and prints its one row (nothing for -q with the table format);
// `command` names it in the JSON envelope, `items` what it fetched (`statuses`, `items`, `tweets`)
// and `newest_definition` its newest_id.
int render_run(const app::FetchRun &run, const std::string &command, const std::string &items,
               const std::string &newest_definition, LoggingFetchObserver &observer,
               Context &context);

// --limit and --since of a first run, --timeout of every request, as given.
struct FetchBounds {
  std::optional<std::int64_t> limit;
  std::string since;
  double timeout = 0; // seconds; 0: the default
};

// Adds --limit (counting `items`), --since and --timeout to `command`.
void add_bounds(CLI::App &command, FetchBounds &bounds, const std::string &items);
// Checks `bounds` and applies them: `since` as the start of that day in the report zone.
void read_bounds(const FetchBounds &bounds, const Invocation &invocation,
                 std::optional<std::int64_t> &limit, std::optional<TimePoint> &since,
                 net::HttpPolicy &http);

// Adds `--timeout SECONDS` (how long one request may take, its retries included) to `command`.
void add_timeout_option(CLI::App &command, double &seconds);
// `seconds` (0: the default) applied to `policy`; Error(usage) for a negative or non-finite value.
void apply_timeout(double seconds, net::HttpPolicy &policy);

} // namespace sociometer::cli
