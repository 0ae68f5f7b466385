// SPDX-License-Identifier: Apache-2.0
// The passes of an X fetch. X pages from the newest down (`next_token`), so a pass newer than the
// cursor commits its new `newest_id` only with its last page: a run killed in between asks again
// from the old one, and the pages it stored are upserted unchanged (no gap, no duplicate).
#include "sociometer/app/x_fetch_run.hpp"

#include "fetch_session.hpp"
#include "sociometer/fetch/x_client.hpp"

namespace sociometer::app {
namespace {

// The page's twarc2 line with only its first `kept` tweets (a first run's bound cut it); empty
// when none is kept.
std::string kept_body(const fetch::FetchedPage &page, std::size_t kept) {
  return kept == 0 ? std::string() : first_items(page.body, "data", kept);
}

class XFetch {
public:
  XFetch(const XFetchRequest &request, FetchObserver &observer,
         const std::function<bool()> &stop_requested, FetchSession &session)
      : m_request(request), m_http(request.http, &observer, stop_requested),
        m_client(m_http, request.api_base, request.token), m_session(session),
        m_cursor(session.cursor()) {}

  FetchRun run() {
    fetch::XPageRequest base;
    base.query = m_request.query;
    if (!m_request.user.empty()) {
      const auto user = m_client.lookup_user(m_request.user);
      base.user_id = user.id;
      // The profile's counts are recorded on the way: a follower snapshot for growth.
      m_session.store_page(user.url, user.body, {});
    }
    // A finished first run that saw no tweet at all (none there, or none since --since): this
    // run is a first run again; without this no later run would ever ask for anything.
    if (m_cursor.backfill_done && m_cursor.newest_id.empty()) {
      m_cursor.backfill_done = false;
    }
    if (!m_cursor.newest_id.empty()) {
      forward(base);
    }
    if (!m_cursor.backfill_done) {
      backward(base);
      if (m_cursor.newest_id.empty() && m_request.since) {
        mark_newest(base);
      }
    }
    return m_session.finish();
  }

private:
  // Newer than the cursor (`since_id`), newest first; the cursor's newest ID moves with the last
  // page of the pass.
  void forward(fetch::XPageRequest request) {
    request.since_id = m_cursor.newest_id;
    std::string pass_newest;
    while (true) {
      const auto page = m_client.page(request);
      if (pass_newest.empty() && !page.items.empty()) {
        pass_newest = page.items.front().id;
      }
      const bool last = page.older.empty() || page.items.empty();
      if (last && !pass_newest.empty()) {
        m_cursor.newest_id = pass_newest;
      }
      store_tweets(page, page.body, page.items.size(), false);
      if (last) {
        return;
      }
      m_session.check_stop();
      request.next_token = page.older;
    }
  }

  // Older than what the first run stored (`until_id`), to the end of what X keeps, `--limit` or
  // `--since`.
  void backward(fetch::XPageRequest request) {
    request.until_id = m_cursor.oldest_id;
    request.start_time = m_request.since;
    while (true) {
      const auto page = m_client.page(request);
      bool ended = page.items.empty() || page.older.empty();
      const auto kept =
          bounded_count(page, m_request.limit, m_request.since, m_session.stored(), ended);
      if (ended) {
        m_cursor.backfill_done = true;
      }
      store_tweets(page, kept_body(page, kept), kept, true);
      if (ended) {
        return;
      }
      m_session.check_stop();
      request.next_token = page.older;
    }
  }

  // After a first run that --since left empty: the newest tweet there is (older than --since)
  // becomes the cursor's newest ID, so that the next run asks for what is newer than it and not
  // for what --since left out.
  void mark_newest(const fetch::XPageRequest &request) {
    const auto page = m_client.page(request);
    for (const auto &item : page.items) {
      if (m_cursor.newest_id.empty() || fetch::compare_ids(item.id, m_cursor.newest_id) > 0) {
        m_cursor.newest_id = item.id;
      }
    }
    m_session.store_items(page, "", 0);
  }

  // Widens the cursor over the first `kept` tweets of `page` (its newest ID only when
  // `advance_newest`) and stores them with it.
  void store_tweets(const fetch::FetchedPage &page, const std::string &body, std::size_t kept,
                    bool advance_newest) {
    for (std::size_t i = 0; i < kept; ++i) {
      const auto &id = page.items[i].id;
      if (advance_newest &&
          (m_cursor.newest_id.empty() || fetch::compare_ids(id, m_cursor.newest_id) > 0)) {
        m_cursor.newest_id = id;
      }
      if (m_cursor.oldest_id.empty() || fetch::compare_ids(id, m_cursor.oldest_id) < 0) {
        m_cursor.oldest_id = id;
      }
    }
    m_session.store_items(page, body, kept);
  }

  const XFetchRequest &m_request;
  net::HttpClient m_http;
  fetch::XClient m_client;
  FetchSession &m_session;
  FetchCursor &m_cursor;
};

} // namespace

std::string x_source(const XFetchRequest &request) {
  // Another API base (a stand-in, a proxy) is named, so that `fetch all` can ask it again.
  const auto base =
      request.api_base == fetch::k_x_api_base ? std::string() : request.api_base + " ";
  return "x " + base + (request.user.empty() ? "search " + request.query : "user @" + request.user);
}

FetchRun run_x_fetch(const XFetchRequest &request, FetchObserver &observer,
                     const std::function<bool()> &stop_requested) {
  return run_fetch_source(request.store_path, x_source(request), Platform::x, "x-api-v2",
                          ingest::FetchedFormat::twarc_page, observer, stop_requested,
                          [&](FetchSession &session) {
                            return XFetch(request, observer, stop_requested, session).run();
                          });
}

} // namespace sociometer::app
