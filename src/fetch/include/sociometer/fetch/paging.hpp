// SPDX-License-Identifier: Apache-2.0
// What every platform client hands the fetch run: a page of items, newest first, with what is
// needed to bound it and to ask for the pages beside it; and the small helpers the clients share.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sociometer/model/vocabulary.hpp"
#include "sociometer/net/http_client.hpp"

namespace sociometer::fetch {

// One item of a page, as much as pagination and the run's bounds need.
struct ItemStub {
  std::string id; // Mastodon, X: a decimal snowflake; Bluesky: the feed item's AT-URI
  std::optional<TimePoint> created_at; // the time the platform orders the item by
};

// One page: its body as the server sent it, its items, and how to ask for the older and the newer
// page (Mastodon: the `Link` header's URLs on the same server; Bluesky: the API's `cursor`; X: the
// `next_token`; newer pages of Bluesky and X cannot be asked for). Empty when there is none.
struct FetchedPage {
  std::string url; // redacted: fit for messages
  std::string body;
  std::vector<ItemStub> items;
  std::string older;
  std::string newer;
};

// An account's profile counts as its platform reports them now (for `snapshot`); a count the
// platform did not give is empty.
struct Profile {
  std::string native_id; // as ingest names the account: Mastodon `user@host`, X user ID, DID
  std::string handle;
  std::string display_name;
  std::optional<std::int64_t> followers;
  std::optional<std::int64_t> following;
  std::optional<std::int64_t> posts;
};

// Orders two decimal IDs of any length (Mastodon, X snowflakes): <0, 0, >0.
[[nodiscard]] int compare_ids(const std::string &a, const std::string &b) noexcept;

// GET `url` asking for JSON, with `token` (when not empty) as a bearer token that is never shown.
[[nodiscard]] net::HttpResponse get_json(net::HttpClient &http, const std::string &url,
                                         const std::string &token);

// Percent-encodes `text` for a query value or a path segment.
[[nodiscard]] std::string url_encode(const std::string &text);

// `url` made canonical for option `option` (`--instance`, `--service`): scheme kept (https added
// when missing), host lower case, no trailing slash, no path. Error(usage) for anything else.
[[nodiscard]] std::string normalise_server(const std::string &url, const std::string &option);

// The JSON error detail of a refused response (`: MESSAGE`), or empty: Mastodon's `error`,
// AT Protocol's `error` and `message`.
[[nodiscard]] std::string error_detail(const net::HttpResponse &response);

} // namespace sociometer::fetch
