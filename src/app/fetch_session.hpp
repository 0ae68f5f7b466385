// SPDX-License-Identifier: Apache-2.0
// What every platform's fetch run shares: the import a run is recorded as, pages parsed by the
// ingest parsers and stored with their source's cursor in one transaction, the run's bounds.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "sociometer/app/fetch_run.hpp"
#include "sociometer/fetch/paging.hpp"
#include "sociometer/store/store.hpp"

namespace sociometer::app {

// One source's run against the store: its cursor (as stored, then as advanced) and its counts.
class FetchSession {
public:
  FetchSession(const store::Store &store, store::IngestWriter &writer, FetchObserver &observer,
               const std::function<bool()> &stop_requested, std::string source, Platform platform,
               ingest::FetchedFormat format);

  [[nodiscard]] FetchCursor &cursor() noexcept { return m_cursor; }
  // Items stored by this run so far.
  [[nodiscard]] std::int64_t stored() const noexcept { return m_run.statuses; }

  // Stores the first `kept` items of `page` (in `body`) with the cursor as the caller advanced it,
  // in one transaction.
  void store_items(const fetch::FetchedPage &page, const std::string &body, std::size_t kept);
  // Parses `body` like a saved file of the session's format into the store, with `cursor` when
  // given, and commits. An empty `body` stores only the cursor.
  void store_page(const std::string &display, const std::string &body,
                  const std::optional<FetchCursor> &cursor);
  // Error(interrupted) when a stop was asked for.
  void check_stop() const;
  // The outcome, with the writer's counts.
  [[nodiscard]] FetchRun finish();

private:
  store::IngestWriter &m_writer;
  FetchObserver &m_observer;
  const std::function<bool()> &m_stop;
  ingest::FetchedFormat m_format;
  FetchCursor m_cursor;
  FetchRun m_run;
};

// How many of `page`'s items (newest first) a first run's bounds keep after `stored` items: at
// most `limit` in all, none before `since`. `ended` is set when a bound cut the page.
[[nodiscard]] std::size_t bounded_count(const fetch::FetchedPage &page,
                                        const std::optional<std::int64_t> &limit,
                                        const std::optional<TimePoint> &since, std::int64_t stored,
                                        bool &ended);

// `body` with only the first `kept` items of its array: the top-level array when `key` is empty,
// else the object's member `key`.
[[nodiscard]] std::string first_items(const std::string &body, const std::string &key,
                                      std::size_t kept);

// Opens the store, records the run as an import of `import_format`, runs `passes` and records how
// it ended (in the import and the cursor's last outcome); rethrows what `passes` throws.
[[nodiscard]] FetchRun run_fetch_source(const std::string &store_path, const std::string &source,
                                        Platform platform, const std::string &import_format,
                                        ingest::FetchedFormat format, FetchObserver &observer,
                                        const std::function<bool()> &stop_requested,
                                        const std::function<FetchRun(FetchSession &)> &passes);

} // namespace sociometer::app
