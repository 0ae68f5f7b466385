// SPDX-License-Identifier: Apache-2.0
// What every platform's fetch run shares (private to app/): one import per run with its outcome
// on the source's cursor, each page parsed by the ingest parser of its shape and stored with the
// cursor that covers it in one transaction, and the first run's bounds (--limit, --since).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "sociometer/app/fetch_run.hpp"
#include "sociometer/fetch/page_items.hpp"
#include "sociometer/store/store.hpp"

namespace sociometer::app::detail {

// How many of `items` (newest first) a first run may keep: none past `limit` items in all
// (`stored` so far) nor older than `since`. `ended` is set when a bound cut the page.
[[nodiscard]] std::size_t items_within_bounds(const std::vector<fetch::ItemStub> &items,
                                              std::optional<std::int64_t> limit,
                                              std::optional<TimePoint> since, std::int64_t stored,
                                              bool &ended);

// Throws Error(interrupted) when `stop_requested` says so (polled between pages).
void check_stop(const std::function<bool()> &stop_requested);

// One source's cursor and run, and the writer its pages go through.
class FetchSession {
public:
  FetchSession(const store::Store &store, store::IngestWriter &writer, FetchObserver &observer,
               std::string source, Platform platform);

  [[nodiscard]] FetchCursor &cursor() noexcept { return m_cursor; }
  [[nodiscard]] std::int64_t items_stored() const noexcept { return m_run.statuses; }

  // Stores `body` (the first `kept` of `items`, in `format`) and the cursor widened to them in one
  // transaction. `advance_newest` false keeps the cursor's newest ID where it is (a pass that
  // walks from the newest down commits it only with its last page). An empty body stores only
  // the cursor.
  void store_items(const std::string &url, const std::string &body, ingest::FetchedFormat format,
                   const std::vector<fetch::ItemStub> &items, std::size_t kept,
                   bool advance_newest = true);
  // Stores a page that moves no cursor (a profile), committed at once.
  void store_page(const std::string &url, const std::string &body, ingest::FetchedFormat format);
  // The run's outcome so far, with the writer's counts.
  [[nodiscard]] FetchRun result() const;

private:
  void write(const std::string &url, const std::string &body, ingest::FetchedFormat format,
             bool with_cursor);

  store::IngestWriter &m_writer;
  FetchObserver &m_observer;
  FetchCursor m_cursor;
  FetchRun m_run;
};

// Opens (or creates) the store, records one import named `source` with format `format`, runs
// `body` and records how it ended on the import and on the source's cursor. Rethrows the error
// that ended the run.
[[nodiscard]] FetchRun
run_recorded(const std::string &store_path, const std::string &source, const std::string &format,
             FetchObserver &observer,
             const std::function<FetchRun(const store::Store &, store::IngestWriter &)> &body);

} // namespace sociometer::app::detail
