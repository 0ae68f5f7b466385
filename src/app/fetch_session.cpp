// SPDX-License-Identifier: Apache-2.0
#include "fetch_session.hpp"

#include <nlohmann/json.hpp>

#include "sociometer/app/store_access.hpp"
#include "sociometer/error.hpp"

namespace sociometer::app {
namespace {

TimePoint now() {
  return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

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

FetchSession::FetchSession(const store::Store &store, store::IngestWriter &writer,
                           FetchObserver &observer, const std::function<bool()> &stop_requested,
                           std::string source, Platform platform, ingest::FetchedFormat format)
    : m_writer(writer), m_observer(observer), m_stop(stop_requested), m_format(format) {
  m_run.source = std::move(source);
  m_cursor = store.fetch_cursor(m_run.source).value_or(FetchCursor{});
  m_cursor.source = m_run.source;
  m_cursor.platform = platform;
}

void FetchSession::store_items(const fetch::FetchedPage &page, const std::string &body,
                               std::size_t kept) {
  m_cursor.items += static_cast<std::int64_t>(kept);
  m_cursor.last_fetch_at = now();
  m_cursor.last_outcome.clear();
  store_page(page.url, body, m_cursor);
  if (kept > 0) { // an empty last page only marks the end
    ++m_run.pages;
    m_run.statuses += static_cast<std::int64_t>(kept);
    m_observer.page_stored(page.url, static_cast<std::int64_t>(kept), m_run.statuses);
  }
}

void FetchSession::store_page(const std::string &display, const std::string &body,
                              const std::optional<FetchCursor> &cursor) {
  try {
    if (!body.empty()) { // an empty page stores only its cursor
      PageTarget target(m_writer, m_observer);
      auto input =
          ingest::with_language_detection(ingest::open_fetched_page(display, body, m_format));
      input->parse(target);
    }
    if (cursor) {
      m_writer.save_fetch_cursor(*cursor);
    }
    m_writer.commit();
  } catch (...) {
    m_writer.rollback();
    throw;
  }
}

void FetchSession::check_stop() const {
  if (m_stop && m_stop()) {
    throw Error(ErrorKind::interrupted, "fetch interrupted");
  }
}

FetchRun FetchSession::finish() {
  m_run.newest_id = m_cursor.newest_id;
  m_run.backfill_done = m_cursor.backfill_done;
  const auto counts = m_writer.counts();
  m_run.posts_new = counts.posts_new;
  m_run.posts_updated = counts.posts_updated;
  m_run.posts_unchanged = counts.posts_unchanged;
  return m_run;
}

std::size_t bounded_count(const fetch::FetchedPage &page, const std::optional<std::int64_t> &limit,
                          const std::optional<TimePoint> &since, std::int64_t stored, bool &ended) {
  std::size_t kept = 0;
  for (const auto &item : page.items) {
    if ((limit && stored + static_cast<std::int64_t>(kept) >= *limit) ||
        (since && item.created_at && *item.created_at < *since)) {
      ended = true;
      break;
    }
    ++kept;
  }
  return kept;
}

std::string first_items(const std::string &body, const std::string &key, std::size_t kept) {
  auto page = nlohmann::json::parse(body);
  auto &items = key.empty() ? page : page[key];
  if (kept >= items.size()) {
    return body;
  }
  items.erase(items.begin() + static_cast<std::ptrdiff_t>(kept), items.end());
  return page.dump();
}

FetchRun run_fetch_source(const std::string &store_path, const std::string &source,
                          Platform platform, const std::string &import_format,
                          ingest::FetchedFormat format, FetchObserver &observer,
                          const std::function<bool()> &stop_requested,
                          const std::function<FetchRun(FetchSession &)> &passes) {
  bool created = false;
  auto store = open_writer_store(store_path, created);
  if (created) {
    observer.store_created(store_path);
  }
  const auto import_id = store.begin_import(source, import_format);
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
    FetchSession session(store, *writer, observer, stop_requested, source, platform, format);
    auto run = passes(session);
    finish(store::ImportOutcome::ok, "");
    return run;
  } catch (const Error &error) {
    finish(error.kind() == ErrorKind::interrupted ? store::ImportOutcome::interrupted
                                                  : store::ImportOutcome::failed,
           error.what());
    throw;
  }
}

} // namespace sociometer::app
