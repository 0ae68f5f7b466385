// SPDX-License-Identifier: Apache-2.0
// The passes of an X fetch. X pages from the newest down (`next_token`), so a pass newer than the
// cursor commits its new `newest_id` only with its last page: a run killed in between asks again
// from the old one, and the pages it stored are upserted unchanged (no gap, no duplicate).
#include "sociometer/app/x_fetch_run.hpp"

#include <nlohmann/json.hpp>

#include "fetch_session.hpp"
#include "sociometer/fetch/x_client.hpp"

namespace sociometer::app {
namespace {

constexpr auto k_format = ingest::FetchedFormat::twarc_page;

// The page's twarc2 line with only its first `kept` tweets (a first run's bound cut it).
std::string cut_body(const fetch::XPage &page, std::size_t kept) {
  if (kept == page.tweets.size()) {
    return page.body;
  }
  if (kept == 0) {
    return {};
  }
  auto line = nlohmann::json::parse(page.body);
  auto &data = line["data"];
  data.erase(data.begin() + static_cast<std::ptrdiff_t>(kept), data.end());
  return line.dump();
}

class XFetch {
public:
  XFetch(const XFetchRequest &request, FetchObserver &observer,
         const std::function<bool()> &stop_requested, const store::Store &store,
         store::IngestWriter &writer)
      : m_request(request), m_stop(stop_requested), m_http(request.http, &observer, stop_requested),
        m_client(m_http, request.api_base, request.token),
        m_session(store, writer, observer, x_source(request), Platform::x) {}

  FetchRun run() {
    fetch::XPageRequest base;
    base.query = m_request.query;
    if (!m_request.user.empty()) {
      const auto user = m_client.lookup_user(m_request.user);
      base.user_id = user.id;
      // The profile's counts are recorded on the way: a follower snapshot for growth.
      m_session.store_page(user.url, user.body, k_format);
    }
    if (!m_session.cursor().newest_id.empty()) {
      forward(base);
    }
    if (!m_session.cursor().backfill_done) {
      backward(base);
    }
    return m_session.result();
  }

private:
  // Newer than the cursor (`since_id`), newest first; the cursor's newest ID moves with the last
  // page of the pass.
  void forward(fetch::XPageRequest request) {
    request.since_id = m_session.cursor().newest_id;
    std::string pass_newest;
    while (true) {
      const auto page = m_client.page(request);
      if (pass_newest.empty() && !page.tweets.empty()) {
        pass_newest = page.tweets.front().id;
      }
      const bool last = page.next_token.empty() || page.tweets.empty();
      if (last && !pass_newest.empty()) {
        m_session.cursor().newest_id = pass_newest;
      }
      m_session.store_items(page.url, page.body, k_format, page.tweets, page.tweets.size(), false);
      if (last) {
        return;
      }
      detail::check_stop(m_stop);
      request.next_token = page.next_token;
    }
  }

  // Older than what the first run stored (`until_id`), to the end of what X keeps, `--limit` or
  // `--since`.
  void backward(fetch::XPageRequest request) {
    request.until_id = m_session.cursor().oldest_id;
    request.start_time = m_request.since;
    while (true) {
      const auto page = m_client.page(request);
      bool ended = page.tweets.empty() || page.next_token.empty();
      const auto kept = detail::items_within_bounds(page.tweets, m_request.limit, m_request.since,
                                                    m_session.items_stored(), ended);
      if (ended) {
        m_session.cursor().backfill_done = true;
      }
      m_session.store_items(page.url, cut_body(page, kept), k_format, page.tweets, kept);
      if (ended) {
        return;
      }
      detail::check_stop(m_stop);
      request.next_token = page.next_token;
    }
  }

  const XFetchRequest &m_request;
  const std::function<bool()> &m_stop;
  net::HttpClient m_http;
  fetch::XClient m_client;
  detail::FetchSession m_session;
};

} // namespace

std::string x_source(const XFetchRequest &request) {
  return request.user.empty() ? "x search " + request.query : "x user @" + request.user;
}

FetchRun run_x_fetch(const XFetchRequest &request, FetchObserver &observer,
                     const std::function<bool()> &stop_requested) {
  return detail::run_recorded(
      request.store_path, x_source(request), "x-api-v2", observer,
      [&](const store::Store &store, store::IngestWriter &writer) {
        return XFetch(request, observer, stop_requested, store, writer).run();
      });
}

} // namespace sociometer::app
