// SPDX-License-Identifier: Apache-2.0
// Engagement metrics (docs/metrics.md §1): counts, pooled rates with coverage and median, grouped
// by one dimension. Pure functions over a Dataset; no I/O.
#pragma once

#include <chrono>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sociometer/analysis/coverage.hpp"
#include "sociometer/model/facts.hpp"
#include "sociometer/model/table.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::analysis {

enum class Dimension { post, account, platform, day, week, month, hour, weekday, language, kind };
[[nodiscard]] std::optional<Dimension> parse_dimension(std::string_view name) noexcept;
[[nodiscard]] std::string_view to_string(Dimension dimension) noexcept;

// A rate over a group: Σ engagement / Σ denominator over the posts that have the denominator,
// the share of posts that had it, and the median per-post rate. All null when no post had it.
// `withheld`: pooled and median were nulled for too little coverage (withhold_thin_rates).
struct PooledRate {
  std::optional<double> pooled;
  std::optional<double> coverage;
  std::optional<double> median;
  bool withheld = false;
};

// Follower growth over a period (docs/metrics.md §2), pooled over the platform accounts of a row:
// start and end are sums over the accounts that have a count at both boundaries.
struct FollowerGrowth {
  std::optional<std::int64_t> start;   // Σ F_start
  std::optional<std::int64_t> end;     // Σ F_end
  std::optional<std::int64_t> net_new; // end − start
  std::optional<double> growth;        // (end − start) / start; null when start is unknown or 0
  std::optional<double> coverage;      // share of the row's accounts with both boundary counts
  std::optional<bool> interpolated;    // a boundary count was interpolated (set with `growth`)
  // Compound monthly rate (end / start)^(1 / months) − 1 over the row's span (docs/metrics.md §2,
  // for multi-month views); set by engagement_by where `growth` is.
  std::optional<double> monthly;
};

struct EngagementRow {
  Cell key; // text for most dimensions, integer for hour and weekday
  std::int64_t posts = 0;
  // When the row's non-repost posts do not all report the same engagement components: each set
  // with its posts, "likes+reposts (3 posts), likes+reposts+replies+quotes (5 posts)"; else empty.
  std::string mixed_components;
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
  // The same per 1,000 followers at post time: 1000 · Σ count / Σ followers over the posts
  // that report the count and whose author has a follower count.
  std::optional<double> conversation_per_1k;
  std::optional<double> amplification_per_1k;
  std::optional<double> applause_per_1k;
  // Link clicks (Meta exports) and click-through Σ clicks / Σ impressions over the posts that
  // report both, with the share of non-repost posts that do.
  std::optional<std::int64_t> link_clicks;
  std::optional<double> ctr;
  std::optional<double> ctr_coverage;
  std::optional<double> posts_per_day; // day, week and month rows: posts / days of the period
  FollowerGrowth followers;            // account and platform rows over the selection, month rows
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

// How far from a post a follower snapshot may be and still be the post's follower base, and the
// longest gap between two snapshots that a boundary count is interpolated across
// (docs/metrics.md §1, §2): a count years away from the post says nothing about its audience.
inline constexpr std::chrono::days k_follower_snapshot_distance{30};

// Follower count of `account` at `at`: the latest snapshot at or before it, else the earliest
// after it, either only within k_follower_snapshot_distance of `at`; std::nullopt otherwise.
[[nodiscard]] std::optional<std::int64_t> followers_at(const AccountFacts &account,
                                                       TimePoint at) noexcept;

// Follower count of the account that wrote `post` at its publication (followers_at on the
// author's own platform account, also inside a linked identity); std::nullopt when unknown.
[[nodiscard]] std::optional<std::int64_t> author_followers_at(const Dataset &dataset,
                                                              const PostFacts &post) noexcept;

// How far from a period boundary a follower snapshot may be and still count as the boundary's.
inline constexpr std::chrono::days k_growth_tolerance{3};

// The follower count at a period boundary: the snapshot nearest to `boundary` within
// ±`tolerance` (the earlier one on a tie); else the linear interpolation between the last
// snapshot before and the first after, rounded (`interpolated`), when they are at most
// k_follower_snapshot_distance apart; std::nullopt when one side has no snapshot or the gap is
// longer. `first`/`last` are the indices of the snapshots used.
struct BoundaryFollowers {
  std::int64_t followers = 0;
  bool interpolated = false;
  std::size_t first = 0;
  std::size_t last = 0;
};
[[nodiscard]] std::optional<BoundaryFollowers>
followers_at_boundary(const FollowerSnapshots &snapshots, TimePoint boundary,
                      std::chrono::milliseconds tolerance = k_growth_tolerance) noexcept;

// Growth over [since, until) pooled over `accounts` (one snapshot series per platform account).
// An account counts only when both boundaries have a count and they come from different
// snapshots (one snapshot near both boundaries says nothing about a change).
[[nodiscard]] FollowerGrowth follower_growth(const std::vector<const FollowerSnapshots *> &accounts,
                                             TimePoint since, TimePoint until);

// A half-open span [since, until): the selection's period, over which account and platform rows
// measure follower growth.
struct Span {
  TimePoint since{};
  TimePoint until{};
};

// The length of `span` in months: whole calendar months when both ends fall on the first of a
// month at local midnight in `zone`, else days / 30.436875 (the mean Gregorian month).
[[nodiscard]] double months_in(const Span &span, const util::TimeZone &zone);

// Groups `posts` (indices into dataset.posts) by `dimension` in `zone`, in a deterministic order:
// time keys ascending, other keys ascending, posts by time then ID. With `period`, account and
// platform rows get the follower growth of their authors over it; month rows always get it over
// their own calendar month.
[[nodiscard]] std::vector<EngagementRow>
engagement_by(const Dataset &dataset, Dimension dimension, const util::TimeZone &zone,
              const std::optional<Span> &period = std::nullopt);
// Posts handed over one at a time, for grouping without holding them: a PostScan calls its
// visitor with each post (in time order) and the Dataset of their authors, and returns that
// Dataset once the last post is visited (store::Store::scan_posts is one).
using PostVisitor = std::function<void(const Dataset &authors, const PostFacts &post)>;
using PostScan = std::function<Dataset(const PostVisitor &visit)>;
// The posts of a loaded Dataset as a PostScan (the Dataset must outlive it).
[[nodiscard]] PostScan scan_of(const Dataset &dataset);
// Whose posts a narrower scan reads: accounts by store ID (AccountFacts::id; the accounts linked
// with them too), and with `authorless` the posts without a known author.
struct AuthorSelection {
  std::vector<std::int64_t> account_ids;
  bool authorless = false;
};
// The posts of the selected authors, handed over as a PostScan hands them.
using AuthorScan = std::function<Dataset(const AuthorSelection &authors, const PostVisitor &visit)>;
// The posts of a loaded Dataset as an AuthorScan (the Dataset must outlive it).
[[nodiscard]] AuthorScan author_scan_of(const Dataset &dataset);
// The rows of Dimension::post for scanned posts, handed to `row` one at a time in engagement_by's
// order (time, then native ID; the scan must carry native IDs): only the rows of one publication
// time are held. A row of one post has no rate to withhold and never mixes components.
void engagement_by_post(const PostScan &posts, const std::function<void(EngagementRow &&)> &row);
// The totals of all posts as one row (key = `label`); with `period`, the follower growth of all
// authors over it.
[[nodiscard]] EngagementRow engagement_total(const Dataset &dataset, std::string label,
                                             const std::optional<Span> &period = std::nullopt);
// engagement_total over scanned posts: the same row, holding only the authors and a rate per post.
[[nodiscard]] EngagementRow engagement_total(const PostScan &posts, std::string label,
                                             const std::optional<Span> &period = std::nullopt);

// engagement_by (every dimension but post) or engagement_total summed as the posts come, for a
// caller that feeds one scan to several sums (the monthly report): add() each post, then call
// rows(), top_rows() or total() once, with the scan's authors: they finish the groups, whose sums
// are gone afterwards (each_row() keeps them). Memory: per key its authors and a rate per post for
// the medians.
class EngagementSums {
public:
  // Rows per key of `dimension`; without one, a single total row.
  EngagementSums(std::optional<Dimension> dimension, const util::TimeZone &zone);
  ~EngagementSums();
  EngagementSums(EngagementSums &&) noexcept;
  EngagementSums &operator=(EngagementSums &&) noexcept;
  EngagementSums(const EngagementSums &) = delete;
  EngagementSums &operator=(const EngagementSums &) = delete;

  void add(const Dataset &authors, const PostFacts &post);
  // Adds the sums of `later`, which summed posts of the same selection published after every
  // post added here, as read by another scan whose authors are `later_authors`: its accounts join
  // `authors` (this scan's authors) in the order met, as one scan over both would have met them
  // (matched by AccountFacts::id). Afterwards the rows are those of one EngagementSums over all
  // the posts; `later` is left empty.
  void append(EngagementSums &&later, Dataset &authors, Dataset &&later_authors);
  // engagement_by's rows (with a dimension).
  [[nodiscard]] std::vector<EngagementRow> rows(const Dataset &authors,
                                                const std::optional<Span> &period);
  // The rows of the `limit` keys with the most engagement (ties in key order), most first; only
  // those rows are finished. (A report over every account ranks them without summing every
  // account's row: report_sums.hpp's AccountEngagement.)
  [[nodiscard]] std::vector<EngagementRow>
  top_rows(const Dataset &authors, const std::optional<Span> &period, std::size_t limit);
  // What each_row() computes: whole rows, or only what withhold_thin_rates and
  // mixed_components_definition read (no medians, no follower growth: most of the cost).
  enum class Detail { full, gated };
  // rows() handed to `visit` one at a time, in key order, leaving the sums as they are: a caller
  // may go over them twice (first `gated` for the definitions, then to write) and never hold
  // every row.
  void each_row(const Dataset &authors, const std::optional<Span> &period, Detail detail,
                const std::function<void(EngagementRow &&)> &visit) const;
  // How many keys the posts added so far have (with a dimension).
  [[nodiscard]] std::size_t keys() const noexcept;
  // engagement_total's row (without one).
  [[nodiscard]] EngagementRow total(const Dataset &authors, std::string label,
                                    const std::optional<Span> &period);

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

// Withholds the rates of `row` measured on too few of its posts (`gate`): er_impressions and
// er_followers (pooled and median) and ctr become null; their coverage stays. `where` names the
// row in the reasons the gate collects.
void withhold_thin_rates(EngagementRow &row, const std::string &where, CoverageGate &gate);
// The same for a row named by its key, and for every row.
void withhold_thin_rates(EngagementRow &row, CoverageGate &gate);
void withhold_thin_rates(std::vector<EngagementRow> &rows, CoverageGate &gate);
// The `engagement_components_mixed` definition: the rows with mixed_components and what they
// mix; std::nullopt when every row's posts report the same components.
[[nodiscard]] std::optional<std::string>
mixed_components_definition(const std::vector<EngagementRow> &rows);
// The `min_coverage` definition of the rates withhold_thin_rates applies to.
[[nodiscard]] std::string engagement_coverage_rule(const CoverageGate &gate);

// Rows as a result table with the row keys of docs/output.md, and the definitions behind them.
[[nodiscard]] Table engagement_table(const std::vector<EngagementRow> &rows, Dimension dimension);
// engagement_table's columns and the cells of one of its rows, for writing rows as they come.
[[nodiscard]] std::vector<Column> engagement_columns(Dimension dimension);
[[nodiscard]] std::vector<Cell> engagement_cells(const EngagementRow &row, Dimension dimension);
[[nodiscard]] Definitions engagement_definitions();
// The formula of follower_growth, without the rows it applies to.
[[nodiscard]] std::string follower_growth_definition();
// Only the definitions of `keys` (for outputs that show a subset of the columns).
[[nodiscard]] Definitions engagement_definitions(std::initializer_list<std::string_view> keys);

} // namespace sociometer::analysis
