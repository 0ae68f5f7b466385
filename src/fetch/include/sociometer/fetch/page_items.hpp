// SPDX-License-Identifier: Apache-2.0
// What every platform client shares: the items of a page as far as pagination and a run's bounds
// need them, ID order, query encoding and base URLs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sociometer/model/vocabulary.hpp"

namespace sociometer::fetch {

// One item (status, tweet) of a page.
struct ItemStub {
  std::string id; // a decimal snowflake, compared by compare_ids
  std::optional<TimePoint> created_at;
};

// An account's profile counts as its platform reports them now (for `snapshot`).
struct Profile {
  std::string native_id; // as ingest names the account: Mastodon `user@host`, X user ID, DID
  std::string handle;
  std::string display_name;
  std::optional<std::int64_t> followers;
  std::optional<std::int64_t> following;
  std::optional<std::int64_t> posts;
};

// Orders two decimal IDs of any length (Mastodon, X): <0, 0, >0.
[[nodiscard]] int compare_ids(const std::string &a, const std::string &b) noexcept;

// Percent-encodes `text` for a query value or a path segment.
[[nodiscard]] std::string url_encode(const std::string &text);

// `url` made canonical: scheme kept (https added when missing), host lower case, no trailing
// slash, no path. Error(usage) naming `flag` for anything else.
[[nodiscard]] std::string normalise_base_url(const std::string &url, const std::string &flag);

} // namespace sociometer::fetch
