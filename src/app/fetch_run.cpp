// SPDX-License-Identifier: Apache-2.0
// The passes of a Mastodon fetch: newer than the cursor (forward), then, until the first run's
// backward pass is complete, older than what is stored.
#include "sociometer/app/fetch_run.hpp"

#include "fetch_session.hpp"
#include "sociometer/fetch/mastodon_client.hpp"

namespace sociometer::app {
namespace {

class MastodonFetch {
public:
  MastodonFetch(const MastodonFetchRequest &request, FetchObserver &observer,
                const std::function<bool()> &stop_requested, FetchSession &session)
      : m_request(request), m_http(request.http, &observer, stop_requested),
        m_client(m_http, request.instance, request.token), m_session(session),
        m_cursor(session.cursor()) {}

  FetchRun run() {
    std::string account_id;
    if (!m_request.account.empty()) {
      const auto account = m_client.lookup_account(m_request.account);
      account_id = account.id;
      // The profile's counts are recorded on the way: a follower snapshot for growth.
      m_session.store_page(m_request.instance + "/api/v1/accounts/" + account_id,
                           "{\"account\":" + account.json + ",\"statuses\":[]}", {});
    }
    // A finished first run that saw no status at all (an empty source): all of it is new, so
    // this run is a first run again; without this no later run would ever ask for anything.
    if (m_cursor.backfill_done && m_cursor.newest_id.empty()) {
      m_cursor.backfill_done = false;
    }
    if (!m_cursor.newest_id.empty()) {
      forward(account_id);
    }
    if (!m_cursor.backfill_done) {
      backward(account_id);
    }
    return m_session.finish();
  }

private:
  // Newer than the cursor, oldest pages first (`min_id` then the `prev` links), to the present.
  void forward(const std::string &account_id) {
    auto page = m_client.first_page(account_id, m_request.tag, "", m_cursor.newest_id);
    while (!page.items.empty()) {
      store_statuses(page, page.body, page.items.size());
      // A short page reached the present; anything newer is for the next run.
      if (page.newer.empty() ||
          page.items.size() < static_cast<std::size_t>(fetch::MastodonClient::k_page_size)) {
        break;
      }
      m_session.check_stop();
      page = m_client.page(page.newer);
    }
  }

  // Older than what the first run stored (`max_id` then the `next` links), to the source's end
  // or the run's bounds.
  void backward(const std::string &account_id) {
    auto page = m_client.first_page(account_id, m_request.tag, m_cursor.oldest_id, "");
    while (true) {
      bool ended = page.items.empty();
      const auto kept =
          bounded_count(page, m_request.limit, m_request.since, m_session.stored(), ended);
      if (m_cursor.newest_id.empty()) {
        // Even a status --since leaves out: what is newer than it is the next run's.
        for (const auto &item : page.items) {
          if (m_cursor.newest_id.empty() || fetch::compare_ids(item.id, m_cursor.newest_id) > 0) {
            m_cursor.newest_id = item.id;
          }
        }
      }
      ended = ended || page.older.empty();
      if (ended) {
        m_cursor.backfill_done = true;
      }
      store_statuses(page, first_items(page.body, "", kept), kept);
      if (ended) {
        return;
      }
      m_session.check_stop();
      page = m_client.page(page.older);
    }
  }

  // Advances the cursor over the first `kept` statuses of `page` and stores them with it.
  void store_statuses(const fetch::FetchedPage &page, const std::string &body, std::size_t kept) {
    for (std::size_t i = 0; i < kept; ++i) {
      const auto &id = page.items[i].id;
      if (m_cursor.newest_id.empty() || fetch::compare_ids(id, m_cursor.newest_id) > 0) {
        m_cursor.newest_id = id;
      }
      if (m_cursor.oldest_id.empty() || fetch::compare_ids(id, m_cursor.oldest_id) < 0) {
        m_cursor.oldest_id = id;
      }
    }
    m_session.store_items(page, body, kept);
  }

  const MastodonFetchRequest &m_request;
  net::HttpClient m_http;
  fetch::MastodonClient m_client;
  FetchSession &m_session;
  FetchCursor &m_cursor;
};

} // namespace

std::string mastodon_source(const MastodonFetchRequest &request) {
  return "mastodon " + request.instance +
         (request.account.empty() ? " tag #" + request.tag : " account @" + request.account);
}

FetchRun run_mastodon_fetch(const MastodonFetchRequest &request, FetchObserver &observer,
                            const std::function<bool()> &stop_requested) {
  return run_fetch_source(request.store_path, mastodon_source(request), Platform::mastodon,
                          "mastodon-api", ingest::FetchedFormat::mastodon_statuses, observer,
                          stop_requested, [&](FetchSession &session) {
                            return MastodonFetch(request, observer, stop_requested, session).run();
                          });
}

} // namespace sociometer::app
