// SPDX-License-Identifier: Apache-2.0
// What every `fetch` subcommand (and `snapshot`) shares on the command line: the log of a run,
// the one-row result, the first run's --since day and the HTTP time budget flag.
#pragma once

#include <string>

#include "common.hpp"
#include "sociometer/app/fetch_run.hpp"

namespace sociometer::cli {

// Logs what a run does: waits (why and until when) as warnings, so a cron log explains a slow
// night; pages at -v; requests at -vv, their URLs redacted.
class LoggingFetchObserver final : public app::FetchObserver {
public:
  explicit LoggingFetchObserver(Context &context) : m_context(context) {}
  void store_created(const std::string &path) override;
  void waiting(const std::string &reason, TimePoint until) override;
  void attempted(const std::string &url, long status, std::chrono::milliseconds elapsed) override;
  void page_stored(const std::string &url, std::int64_t items, std::int64_t total) override;
  void diagnostic(const ingest::Diagnostic &diagnostic) override;

private:
  Context &m_context;
};

// Logs the run's summary at -v and prints its one row; `command` names it in the JSON envelope.
int render_fetch_run(const app::FetchRun &run, const std::string &command, Context &context);

// `--since DAY` as the start of that day in the report zone; none when `text` is empty.
[[nodiscard]] std::optional<TimePoint> since_day(const std::string &text,
                                                 const Invocation &invocation);

// Adds `--timeout SECONDS` (how long one request may take, its retries included) to `command`.
void add_timeout_option(CLI::App &command, double &seconds);
// `seconds` (0: the default) applied to `policy`.
void apply_timeout(double seconds, net::HttpPolicy &policy);

} // namespace sociometer::cli
