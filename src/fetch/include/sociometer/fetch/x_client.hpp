// SPDX-License-Identifier: Apache-2.0
// X API v2, page by page (docs/formats.md, X API v2 captured by twarc2): user lookup, recent
// search and a user's timeline with the fields and expansions twarc2 asks for, `next_token`
// pagination, `since_id` / `until_id` bounds. Each page is kept as twarc2 writes it: the API's
// JSON on one line with `__twarc` {url, version, retrieved_at} added.
#pragma once

#include <optional>
#include <string>

#include "sociometer/fetch/paging.hpp"
#include "sociometer/net/http_client.hpp"

namespace sociometer::fetch {

// A looked-up user: its ID and the lookup response as a twarc2 line (a users page).
struct XUser {
  std::string id;
  std::string url; // redacted
  std::string body;
};

// What one page request asks for: a search `query` or the timeline of `user_id`.
struct XPageRequest {
  std::string query;
  std::string user_id;
  std::string since_id;                // only tweets newer than this
  std::string until_id;                // only tweets older than this
  std::optional<TimePoint> start_time; // only tweets from this time on
  std::string next_token;              // a previous page's meta.next_token
};

class XClient {
public:
  // Tweets asked for per page: the maximum of both endpoints.
  static constexpr int k_page_size = 100;

  // `api_base`: `https://api.x.com` (or `http://127.0.0.1:PORT` for tests), no trailing slash.
  // `token`: the bearer token, sent and never shown.
  XClient(net::HttpClient &http, std::string api_base, std::string token);

  // GET /2/users/by/username/NAME with public metrics; Error(input) when X knows no such user.
  [[nodiscard]] XUser lookup_user(const std::string &username);
  // The profile of `username` with its public metrics.
  [[nodiscard]] Profile profile(const std::string &username);
  // One page of recent search or of a user's timeline: `body` the twarc2 line (empty when the page
  // has no tweets), `items` its tweets (`data`, newest first), `older` the next page's token
  // (empty on the last). Error(network) for a failed request or a page that is not an X API v2
  // response (nothing of it is returned).
  [[nodiscard]] FetchedPage page(const XPageRequest &request);

private:
  std::string get(const std::string &url, std::string &shown_url);

  net::HttpClient &m_http;
  std::string m_api_base;
  std::string m_token;
};

// The default API base URL of `fetch x`.
inline constexpr const char *k_x_api_base = "https://api.x.com";

} // namespace sociometer::fetch
