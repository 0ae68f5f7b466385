// SPDX-License-Identifier: Apache-2.0
// The passes of a Mastodon fetch: newer than the cursor (forward), then, until the first run's
// backward pass is complete, older than what is stored.
#include "sociometer/app/fetch_run.hpp"

#include <nlohmann/json.hpp>

#include "sociometer/app/store_access.hpp"
#include "sociometer/error.hpp"
#include "sociometer/fetch/mastodon_client.hpp"
#include "sociometer/store/store.hpp"

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

// Keeps of `page` the statuses the run's bounds allow (newest first); `ended` when a bound cut it.
std::string bounded_body(const fetch::StatusPage &page, const MastodonFetchRequest &request,
                         std::int64_t stored, std::size_t &kept, bool &ended) {
  kept = 0;
  for (const auto &status : page.statuses) {
    if ((request.limit && stored + static_cast<std::int64_t>(kept) >= *request.limit) ||
        (request.since && status.created_at && *status.created_at < *request.since)) {
      ended = true;
      break;
    }
    ++kept;
  }
  if (kept == page.statuses.size()) {
    return page.body;
  }
  auto statuses = nlohmann::json::parse(page.body);
  statuses.erase(statuses.begin() + static_cast<std::ptrdiff_t>(kept), statuses.end());
  return statuses.dump();
}

class MastodonFetch {
public:
  MastodonFetch(const MastodonFetchRequest &request, FetchObserver &observer,
                const std::function<bool()> &stop_requested, const store::Store &store,
                store::IngestWriter &writer)
      : m_request(request), m_observer(observer), m_stop(stop_requested),
        m_http(request.http, &observer, stop_requested),
        m_client(m_http, request.instance, request.token), m_writer(writer) {
    m_run.source = mastodon_source(request);
    m_cursor = store.fetch_cursor(m_run.source).value_or(FetchCursor{});
    m_cursor.source = m_run.source;
    m_cursor.platform = Platform::mastodon;
  }

  FetchRun run() {
    std::string account_id;
    if (!m_request.account.empty()) {
      const auto account = m_client.lookup_account(m_request.account);
      account_id = account.id;
      // The profile's counts are recorded on the way: a follower snapshot for growth.
      store_page(m_request.instance + "/api/v1/accounts/" + account_id,
                 "{\"account\":" + account.json + ",\"statuses\":[]}", {});
      m_writer.commit();
    }
    if (!m_cursor.newest_id.empty()) {
      forward(account_id);
    }
    if (!m_cursor.backfill_done) {
      backward(account_id);
    }
    m_run.newest_id = m_cursor.newest_id;
    m_run.backfill_done = m_cursor.backfill_done;
    const auto counts = m_writer.counts();
    m_run.posts_new = counts.posts_new;
    m_run.posts_updated = counts.posts_updated;
    m_run.posts_unchanged = counts.posts_unchanged;
    return m_run;
  }

private:
  // Newer than the cursor, oldest pages first (`min_id` then the `prev` links), to the present.
  void forward(const std::string &account_id) {
    auto page = m_client.first_page(account_id, m_request.tag, "", m_cursor.newest_id);
    while (!page.statuses.empty()) {
      store_statuses(page, page.body, page.statuses.size());
      // A short page reached the present; anything newer is for the next run.
      if (page.newer_url.empty() ||
          page.statuses.size() < static_cast<std::size_t>(fetch::MastodonClient::k_page_size)) {
        break;
      }
      check_stop();
      page = m_client.page(page.newer_url);
    }
  }

  // Older than what the first run stored (`max_id` then the `next` links), to the source's end
  // or the run's bounds.
  void backward(const std::string &account_id) {
    auto page = m_client.first_page(account_id, m_request.tag, m_cursor.oldest_id, "");
    while (true) {
      bool ended = page.statuses.empty();
      std::size_t kept = 0;
      const auto body = bounded_body(page, m_request, m_run.statuses, kept, ended);
      ended = ended || page.older_url.empty();
      if (ended) {
        m_cursor.backfill_done = true;
      }
      store_statuses(page, body, kept);
      if (ended) {
        return;
      }
      check_stop();
      page = m_client.page(page.older_url);
    }
  }

  // Stores the first `kept` statuses of `page` (in `body`) and the cursor that covers them, in
  // one transaction.
  void store_statuses(const fetch::StatusPage &page, const std::string &body, std::size_t kept) {
    for (std::size_t i = 0; i < kept; ++i) {
      const auto &id = page.statuses[i].id;
      if (m_cursor.newest_id.empty() || fetch::compare_ids(id, m_cursor.newest_id) > 0) {
        m_cursor.newest_id = id;
      }
      if (m_cursor.oldest_id.empty() || fetch::compare_ids(id, m_cursor.oldest_id) < 0) {
        m_cursor.oldest_id = id;
      }
    }
    m_cursor.items += static_cast<std::int64_t>(kept);
    m_cursor.last_fetch_at = now();
    m_cursor.last_outcome.clear();
    store_page(page.url, body, m_cursor);
    m_writer.commit();
    if (kept > 0) { // an empty last page only marks the end
      ++m_run.pages;
      m_run.statuses += static_cast<std::int64_t>(kept);
      m_observer.page_stored(page.url, static_cast<std::int64_t>(kept), m_run.statuses);
    }
  }

  // Parses `body` like a saved file of statuses into the writer, with `cursor` when given.
  void store_page(const std::string &display, const std::string &body,
                  const std::optional<FetchCursor> &cursor) {
    PageTarget target(m_writer, m_observer);
    auto input = ingest::with_language_detection(
        ingest::open_fetched_page(display, body, ingest::FetchedFormat::mastodon_statuses));
    try {
      input->parse(target);
      if (cursor) {
        m_writer.save_fetch_cursor(*cursor);
      }
    } catch (...) {
      m_writer.rollback();
      throw;
    }
  }

  void check_stop() const {
    if (m_stop && m_stop()) {
      throw Error(ErrorKind::interrupted, "fetch interrupted");
    }
  }

  const MastodonFetchRequest &m_request;
  FetchObserver &m_observer;
  const std::function<bool()> &m_stop;
  net::HttpClient m_http;
  fetch::MastodonClient m_client;
  store::IngestWriter &m_writer;
  FetchCursor m_cursor;
  FetchRun m_run;
};

} // namespace

std::string mastodon_source(const MastodonFetchRequest &request) {
  return "mastodon " + request.instance +
         (request.account.empty() ? " tag #" + request.tag : " account @" + request.account);
}

FetchRun run_mastodon_fetch(const MastodonFetchRequest &request, FetchObserver &observer,
                            const std::function<bool()> &stop_requested) {
  bool created = false;
  auto store = open_writer_store(request.store_path, created);
  if (created) {
    observer.store_created(request.store_path);
  }
  const auto source = mastodon_source(request);
  const auto import_id = store.begin_import(source, "mastodon-api");
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
    MastodonFetch fetch(request, observer, stop_requested, store, *writer);
    auto run = fetch.run();
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
