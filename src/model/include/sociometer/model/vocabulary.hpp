// SPDX-License-Identifier: Apache-2.0
// The words every layer shares: instants, platforms, kinds and roles with their names, and the
// metric counts a post carries. Plain data, no behaviour beyond name conversions.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

namespace sociometer {

// UTC instants with millisecond precision; every timestamp in the store is one of these.
using TimePoint = std::chrono::sys_time<std::chrono::milliseconds>;

enum class Platform { x, mastodon, bluesky, facebook, instagram, other };
enum class PostKind { post, reply, repost, quote };
// `available`: content known. `unavailable`: only the reference is known (deleted, protected,
// suspended, not included in the capture).
enum class PostState { available, unavailable };
// `primary`: the export or query itself contained the record. `referenced`: known only as the
// target of a repost, quote or reply (twarc2 `includes.tweets`, `errors[]`).
enum class RecordRole { primary, referenced };
enum class AccountRole { own, peer, partner, tracked, other };
enum class EdgeKind { repost, quote, reply, mention };
// Who a post was addressed to (Mastodon `visibility`, derived from `to`/`cc` in archives).
// `direct` posts are private messages: parsers never emit them as posts (nobody consented to
// their analysis).
enum class Visibility { everyone, unlisted, followers, direct };

[[nodiscard]] std::string_view to_string(Platform platform) noexcept;
[[nodiscard]] std::string_view to_string(PostKind kind) noexcept;
[[nodiscard]] std::string_view to_string(PostState state) noexcept;
[[nodiscard]] std::string_view to_string(RecordRole role) noexcept;
[[nodiscard]] std::string_view to_string(AccountRole role) noexcept;
[[nodiscard]] std::string_view to_string(EdgeKind kind) noexcept;
// `public`, `unlisted`, `private` (followers only), `direct`: Mastodon's own words.
[[nodiscard]] std::string_view to_string(Visibility visibility) noexcept;
// Parse the names above; std::nullopt for anything else.
[[nodiscard]] std::optional<Platform> parse_platform(std::string_view name) noexcept;
[[nodiscard]] std::optional<PostKind> parse_post_kind(std::string_view name) noexcept;
[[nodiscard]] std::optional<AccountRole> parse_account_role(std::string_view name) noexcept;
[[nodiscard]] std::optional<EdgeKind> parse_edge_kind(std::string_view name) noexcept;

// Counts as observed at one time. std::nullopt means "not reported", never zero.
struct MetricCounts {
  std::optional<std::int64_t> likes;
  std::optional<std::int64_t> reposts;
  std::optional<std::int64_t> replies;
  std::optional<std::int64_t> quotes;
  std::optional<std::int64_t> bookmarks;
  std::optional<std::int64_t> impressions;
  std::optional<std::int64_t> reach;
  std::optional<std::int64_t> link_clicks; // clicks on the post's link (Meta `Link Clicks`)
  [[nodiscard]] bool empty() const noexcept {
    return !likes && !reposts && !replies && !quotes && !bookmarks && !impressions && !reach &&
           !link_clicks;
  }
};

} // namespace sociometer
