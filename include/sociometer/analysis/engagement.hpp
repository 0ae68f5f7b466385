// SPDX-License-Identifier: Apache-2.0
// Engagement metrics (metrics.md §1.8): counts, pooled rates with coverage and median, grouped by
// one dimension. Pure functions over a Dataset; no I/O.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sociometer/model.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::analysis {

enum class Dimension { post, account, platform, day, week, month, hour, weekday, language, kind };
[[nodiscard]] std::optional<Dimension> parse_dimension(std::string_view name) noexcept;
[[nodiscard]] std::string_view to_string(Dimension dimension) noexcept;

// A rate over a group: Σ engagement / Σ denominator over the posts that have the denominator,
// the share of posts that had it, and the median per-post rate. All null when no post had it.
struct PooledRate {
  std::optional<double> pooled;
  std::optional<double> coverage;
  std::optional<double> median;
};

struct EngagementRow {
  Cell key; // text for most dimensions, integer for hour and weekday
  std::int64_t posts = 0;
  std::optional<std::int64_t> likes;
  std::optional<std::int64_t> reposts;
  std::optional<std::int64_t> replies;
  std::optional<std::int64_t> quotes;
  std::optional<std::int64_t> engagement;
  std::optional<std::int64_t> impressions;
  PooledRate er_impressions;
  PooledRate er_followers;
  // Kaushik's rates per non-repost post, each over the posts that report its counts.
  std::optional<double> conversation_rate;  // replies / post
  std::optional<double> amplification_rate; // (reposts + quotes) / post
  std::optional<double> applause_rate;      // likes / post
  std::optional<double> posts_per_day;      // day, week and month rows: posts / days of the period
  // Only for Dimension::post: who posted it, when, and what.
  std::string account;
  std::string platform;
  std::optional<TimePoint> created_at;
  std::string kind;
};

// Median of `values` (mean of the middle two for an even count); std::nullopt when empty.
[[nodiscard]] std::optional<double> median(std::vector<double> values);

// Engagement of a post: likes + reposts + replies + quotes over the components the platform
// reported (std::nullopt when it reported none). Reposts have none of their own.
[[nodiscard]] std::optional<std::int64_t> post_engagement(const PostFacts &post) noexcept;

// Follower count of `account` at `at`: the latest snapshot at or before it, else the earliest
// after it; std::nullopt without snapshots.
[[nodiscard]] std::optional<std::int64_t> followers_at(const AccountFacts &account,
                                                       TimePoint at) noexcept;

// Groups `posts` (indices into dataset.posts) by `dimension` in `zone`, in a deterministic order:
// time keys ascending, other keys ascending, posts by time then ID.
[[nodiscard]] std::vector<EngagementRow> engagement_by(const Dataset &dataset, Dimension dimension,
                                                       const util::TimeZone &zone);
// The totals of all posts as one row (key = `label`).
[[nodiscard]] EngagementRow engagement_total(const Dataset &dataset, std::string label);

// Rows as a result table with the row keys of design.md §2, and the definitions behind them.
[[nodiscard]] Table engagement_table(const std::vector<EngagementRow> &rows, Dimension dimension);
[[nodiscard]] Definitions engagement_definitions();

} // namespace sociometer::analysis
