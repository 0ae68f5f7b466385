// SPDX-License-Identifier: Apache-2.0
// The passes of a Mastodon fetch: newer than the cursor (forward), then, until the first run's
// backward pass is complete, older than what is stored.
#include "sociometer/app/fetch_run.hpp"

#include <nlohmann/json.hpp>

#include "fetch_session.hpp"
#include "sociometer/fetch/mastodon_client.hpp"

namespace sociometer::app {
namespace {

// Keeps of `page` the statuses the run's bounds allow (newest first); `ended` when a bound cut it.
std::string bounded_body(const fetch::StatusPage &page, const MastodonFetchRequest &request,
                         std::int64_t stored, std::size_t &kept, bool &ended) {
  kept = detail::items_within_bounds(page.statuses, request.limit, request.since, stored, ended);
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
      : m_request(request), m_stop(stop_requested), m_http(request.http, &observer, stop_requested),
        m_client(m_http, request.instance, request.token),
        m_session(store, writer, observer, mastodon_source(request), Platform::mastodon) {}

  FetchRun run() {
    std::string account_id;
    if (!m_request.account.empty()) {
      const auto account = m_client.lookup_account(m_request.account);
      account_id = account.id;
      // The profile's counts are recorded on the way: a follower snapshot for growth.
      m_session.store_page(m_request.instance + "/api/v1/accounts/" + account_id,
                           "{\"account\":" + account.json + ",\"statuses\":[]}",
                           ingest::FetchedFormat::mastodon_statuses);
    }
    if (!m_session.cursor().newest_id.empty()) {
      forward(account_id);
    }
    if (!m_session.cursor().backfill_done) {
      backward(account_id);
    }
    return m_session.result();
  }

private:
  // Newer than the cursor, oldest pages first (`min_id` then the `prev` links), to the present.
  void forward(const std::string &account_id) {
    auto page = m_client.first_page(account_id, m_request.tag, "", m_session.cursor().newest_id);
    while (!page.statuses.empty()) {
      store_statuses(page, page.body, page.statuses.size());
      // A short page reached the present; anything newer is for the next run.
      if (page.newer_url.empty() ||
          page.statuses.size() < static_cast<std::size_t>(fetch::MastodonClient::k_page_size)) {
        break;
      }
      detail::check_stop(m_stop);
      page = m_client.page(page.newer_url);
    }
  }

  // Older than what the first run stored (`max_id` then the `next` links), to the source's end
  // or the run's bounds.
  void backward(const std::string &account_id) {
    auto page = m_client.first_page(account_id, m_request.tag, m_session.cursor().oldest_id, "");
    while (true) {
      bool ended = page.statuses.empty();
      std::size_t kept = 0;
      const auto body = bounded_body(page, m_request, m_session.items_stored(), kept, ended);
      ended = ended || page.older_url.empty();
      if (ended) {
        m_session.cursor().backfill_done = true;
      }
      store_statuses(page, body, kept);
      if (ended) {
        return;
      }
      detail::check_stop(m_stop);
      page = m_client.page(page.older_url);
    }
  }

  // Stores the first `kept` statuses of `page` (in `body`) and the cursor that covers them, in
  // one transaction.
  void store_statuses(const fetch::StatusPage &page, const std::string &body, std::size_t kept) {
    m_session.store_items(page.url, body, ingest::FetchedFormat::mastodon_statuses, page.statuses,
                          kept);
  }

  const MastodonFetchRequest &m_request;
  const std::function<bool()> &m_stop;
  net::HttpClient m_http;
  fetch::MastodonClient m_client;
  detail::FetchSession m_session;
};

} // namespace

std::string mastodon_source(const MastodonFetchRequest &request) {
  return "mastodon " + request.instance +
         (request.account.empty() ? " tag #" + request.tag : " account @" + request.account);
}

FetchRun run_mastodon_fetch(const MastodonFetchRequest &request, FetchObserver &observer,
                            const std::function<bool()> &stop_requested) {
  return detail::run_recorded(
      request.store_path, mastodon_source(request), "mastodon-api", observer,
      [&](const store::Store &store, store::IngestWriter &writer) {
        return MastodonFetch(request, observer, stop_requested, store, writer).run();
      });
}

} // namespace sociometer::app
