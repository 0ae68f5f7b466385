// SPDX-License-Identifier: Apache-2.0
// A Mastodon server's public REST API, page by page (docs/formats.md, Mastodon REST API): account
// lookup, an account's statuses and a hashtag timeline, with `Link`-header pagination.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sociometer/fetch/paging.hpp"
#include "sociometer/model/vocabulary.hpp"
#include "sociometer/net/http_client.hpp"

namespace sociometer::fetch {

// A looked-up account: its ID and the Account object as the server sent it.
struct MastodonAccount {
  std::string id;
  std::string json;
};

// The `rel="…"` URL of an RFC 8288 `Link` header value, or empty.
[[nodiscard]] std::string link_url(const std::string &link_header, const std::string &rel);

class MastodonClient {
public:
  // Statuses asked for per page: the API's maximum for these endpoints.
  static constexpr int k_page_size = 40;

  // `instance`: `https://host` (or `http://127.0.0.1:PORT` for tests), without a trailing slash.
  // `token`: sent as a bearer token when not empty; never shown.
  MastodonClient(net::HttpClient &http, std::string instance, std::string token);

  // GET /api/v1/accounts/lookup?acct=… ; Error(input) when the server knows no such account.
  [[nodiscard]] MastodonAccount lookup_account(const std::string &acct);
  // The profile of `acct` (`user` on this server or `user@host`) with its counts.
  [[nodiscard]] Profile profile(const std::string &acct);
  // The first page of an account's statuses (`account_id`) or of a tag timeline (`tag`), newest
  // first: below `max_id` when given, else just above `min_id` when given, else the newest.
  [[nodiscard]] FetchedPage first_page(const std::string &account_id, const std::string &tag,
                                       const std::string &max_id, const std::string &min_id);
  // The page at `url` (a `Link` URL of a previous page).
  [[nodiscard]] FetchedPage page(const std::string &url);
  [[nodiscard]] const std::string &instance() const noexcept { return m_instance; }

private:
  net::HttpResponse get(const std::string &url);

  net::HttpClient &m_http;
  std::string m_instance;
  std::string m_token;
};

// normalise_server for `--instance`.
[[nodiscard]] std::string normalise_instance(const std::string &url);

} // namespace sociometer::fetch
