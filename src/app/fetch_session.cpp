// SPDX-License-Identifier: Apache-2.0
#include "fetch_session.hpp"

#include "sociometer/app/store_access.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::app::detail {
namespace {

// Hands a page's records to the writer; the page is committed with its cursor by the caller.
class PageTarget final : public ingest::IngestTarget {
public:
  PageTarget(store::IngestWriter &writer, FetchObserver &observer)
      : m_writer(writer), m_observer(observer) {}
  void account(const AccountRecord &record) override { m_writer.account(record); }
  void post(const PostRecord &record) override { m_writer.post(record); }
  void page_metric(const PageMetricRecord &record) override { m_writer.page_metric(record); }
  void record_boundary() override {}
  void commit_unit() override {}
  void abandon_unit() override {}
  void diagnose(ingest::Diagnostic diagnostic) override { m_observer.diagnostic(diagnostic); }

private:
  store::IngestWriter &m_writer;
  FetchObserver &m_observer;
};

} // namespace

std::size_t items_within_bounds(const std::vector<fetch::ItemStub> &items,
                                std::optional<std::int64_t> limit, std::optional<TimePoint> since,
                                std::int64_t stored, bool &ended) {
  std::size_t kept = 0;
  for (const auto &item : items) {
    if ((limit && stored + static_cast<std::int64_t>(kept) >= *limit) ||
        (since && item.created_at && *item.created_at < *since)) {
      ended = true;
      break;
    }
    ++kept;
  }
  return kept;
}

void check_stop(const std::function<bool()> &stop_requested) {
  if (stop_requested && stop_requested()) {
    throw Error(ErrorKind::interrupted, "fetch interrupted");
  }
}

FetchSession::FetchSession(const store::Store &store, store::IngestWriter &writer,
                           FetchObserver &observer, std::string source, Platform platform)
    : m_writer(writer), m_observer(observer) {
  m_run.source = std::move(source);
  m_cursor = store.fetch_cursor(m_run.source).value_or(FetchCursor{});
  m_cursor.source = m_run.source;
  m_cursor.platform = platform;
}

void FetchSession::store_items(const std::string &url, const std::string &body,
                               ingest::FetchedFormat format,
                               const std::vector<fetch::ItemStub> &items, std::size_t kept,
                               bool advance_newest) {
  for (std::size_t i = 0; i < kept; ++i) {
    const auto &id = items[i].id;
    if (advance_newest &&
        (m_cursor.newest_id.empty() || fetch::compare_ids(id, m_cursor.newest_id) > 0)) {
      m_cursor.newest_id = id;
    }
    if (m_cursor.oldest_id.empty() || fetch::compare_ids(id, m_cursor.oldest_id) < 0) {
      m_cursor.oldest_id = id;
    }
  }
  m_cursor.items += static_cast<std::int64_t>(kept);
  m_cursor.last_fetch_at = util::report_clock_now();
  m_cursor.last_outcome.clear();
  write(url, body, format, true);
  if (kept > 0) { // an empty last page only marks the end
    ++m_run.pages;
    m_run.statuses += static_cast<std::int64_t>(kept);
    m_observer.page_stored(url, static_cast<std::int64_t>(kept), m_run.statuses);
  }
}

void FetchSession::store_page(const std::string &url, const std::string &body,
                              ingest::FetchedFormat format) {
  write(url, body, format, false);
}

void FetchSession::write(const std::string &url, const std::string &body,
                         ingest::FetchedFormat format, bool with_cursor) {
  try {
    if (!body.empty()) {
      PageTarget target(m_writer, m_observer);
      auto input = ingest::with_language_detection(ingest::open_fetched_page(url, body, format));
      input->parse(target);
    }
    if (with_cursor) {
      m_writer.save_fetch_cursor(m_cursor);
    }
  } catch (...) {
    m_writer.rollback();
    throw;
  }
  m_writer.commit();
}

FetchRun FetchSession::result() const {
  auto run = m_run;
  run.newest_id = m_cursor.newest_id;
  run.backfill_done = m_cursor.backfill_done;
  const auto counts = m_writer.counts();
  run.posts_new = counts.posts_new;
  run.posts_updated = counts.posts_updated;
  run.posts_unchanged = counts.posts_unchanged;
  return run;
}

FetchRun
run_recorded(const std::string &store_path, const std::string &source, const std::string &format,
             FetchObserver &observer,
             const std::function<FetchRun(const store::Store &, store::IngestWriter &)> &body) {
  bool created = false;
  auto store = open_writer_store(store_path, created);
  if (created) {
    observer.store_created(store_path);
  }
  const auto import_id = store.begin_import(source, format);
  auto writer = store.writer(import_id);
  const auto finish = [&](store::ImportOutcome outcome, const std::string &message) {
    try {
      store.finish_import(import_id, outcome, writer->counts(), "", message);
      store.record_fetch_outcome(source, outcome == store::ImportOutcome::ok ? "ok"
                                         : outcome == store::ImportOutcome::interrupted
                                             ? "interrupted"
                                             : "failed: " + message);
    } catch (const Error &) { // NOLINT(bugprone-empty-catch): the first error is reported
    }
  };
  try {
    auto run = body(store, *writer);
    finish(store::ImportOutcome::ok, "");
    return run;
  } catch (const Error &error) {
    finish(error.kind() == ErrorKind::interrupted ? store::ImportOutcome::interrupted
                                                  : store::ImportOutcome::failed,
           error.what());
    throw;
  }
}

} // namespace sociometer::app::detail
