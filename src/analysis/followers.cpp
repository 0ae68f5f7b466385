// SPDX-License-Identifier: Apache-2.0
// Follower counts at a post's time and at a period's boundaries, and follower growth over a period
// (docs/metrics.md): what engagement's rates per follower and growth rows read.
#include <algorithm>
#include <cmath>

#include "sociometer/analysis/engagement.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::analysis {
namespace {

// The latest snapshot at or before `at`, else the earliest after it, each only within
// k_follower_snapshot_distance of `at`.
std::optional<std::int64_t> as_of(const FollowerSnapshots &series, TimePoint at) noexcept {
  const auto after =
      std::upper_bound(series.begin(), series.end(), at,
                       [](TimePoint t, const auto &entry) { return t < entry.first; });
  if (after != series.begin() && at - std::prev(after)->first <= k_follower_snapshot_distance) {
    return std::prev(after)->second;
  }
  if (after != series.end() && after->first - at <= k_follower_snapshot_distance) {
    return after->second;
  }
  return std::nullopt;
}

} // namespace

std::optional<std::int64_t> followers_at(const AccountFacts &account, TimePoint at) noexcept {
  return as_of(account.followers, at);
}

std::optional<std::int64_t> author_followers_at(const Dataset &dataset,
                                                const PostFacts &post) noexcept {
  if (post.account < 0) {
    return std::nullopt;
  }
  const auto &account = dataset.accounts[static_cast<std::size_t>(post.account)];
  if (post.author_linked >= 0 &&
      static_cast<std::size_t>(post.author_linked) < account.linked.size()) {
    return as_of(account.linked[static_cast<std::size_t>(post.author_linked)].followers,
                 post.created_at);
  }
  return as_of(account.followers, post.created_at);
}

std::optional<BoundaryFollowers>
followers_at_boundary(const FollowerSnapshots &snapshots, TimePoint boundary,
                      std::chrono::milliseconds tolerance) noexcept {
  if (snapshots.empty()) {
    return std::nullopt;
  }
  const auto after =
      std::upper_bound(snapshots.begin(), snapshots.end(), boundary,
                       [](TimePoint t, const auto &entry) { return t < entry.first; });
  std::optional<std::size_t> best;
  if (after != snapshots.begin() && boundary - std::prev(after)->first <= tolerance) {
    best = static_cast<std::size_t>(std::prev(after) - snapshots.begin());
  }
  if (after != snapshots.end() && after->first - boundary <= tolerance &&
      (!best || after->first - boundary < boundary - snapshots[*best].first)) {
    best = static_cast<std::size_t>(after - snapshots.begin());
  }
  if (best) {
    return BoundaryFollowers{snapshots[*best].second, false, *best, *best};
  }
  if (after == snapshots.begin() || after == snapshots.end()) {
    return std::nullopt; // no snapshot on one side of the boundary
  }
  const auto &[t0, f0] = *std::prev(after);
  const auto &[t1, f1] = *after;
  if (t1 - t0 > k_follower_snapshot_distance) {
    return std::nullopt; // a straight line across a long gap would be a guess, not a count
  }
  const auto share = std::chrono::duration<double>(boundary - t0) / (t1 - t0);
  const auto value = static_cast<double>(f0) + static_cast<double>(f1 - f0) * share;
  const auto index = static_cast<std::size_t>(after - snapshots.begin());
  return BoundaryFollowers{std::llround(value), true, index - 1, index};
}

FollowerGrowth follower_growth(const std::vector<const FollowerSnapshots *> &accounts,
                               TimePoint since, TimePoint until) {
  FollowerGrowth result;
  if (accounts.empty()) {
    return result;
  }
  std::int64_t start = 0;
  std::int64_t end = 0;
  std::size_t measured = 0;
  bool interpolated = false;
  for (const auto *snapshots : accounts) {
    const auto at_start = followers_at_boundary(*snapshots, since);
    const auto at_end = followers_at_boundary(*snapshots, until);
    if (!at_start || !at_end ||
        (at_start->first == at_end->first && at_start->last == at_end->last)) {
      continue;
    }
    start += at_start->followers;
    end += at_end->followers;
    interpolated = interpolated || at_start->interpolated || at_end->interpolated;
    ++measured;
  }
  result.coverage = static_cast<double>(measured) / static_cast<double>(accounts.size());
  if (measured == 0) {
    return result;
  }
  result.start = start;
  result.end = end;
  result.net_new = end - start;
  result.interpolated = interpolated;
  if (start > 0) {
    result.growth = static_cast<double>(end - start) / static_cast<double>(start);
  }
  return result;
}

double months_in(const Span &span, const util::TimeZone &zone) {
  const auto month_start = [&](TimePoint t) -> std::optional<std::chrono::year_month> {
    const auto day = util::local_parts(zone, t).day;
    if (day.day() != std::chrono::day{1} || zone.start_of_day(day) != t) {
      return std::nullopt;
    }
    return day.year() / day.month();
  };
  const auto from = month_start(span.since);
  const auto to = month_start(span.until);
  if (from && to) {
    return static_cast<double>((*to - *from).count());
  }
  constexpr double k_mean_month_days = 365.2425 / 12.0;
  return std::chrono::duration<double, std::ratio<86400>>(span.until - span.since).count() /
         k_mean_month_days;
}

} // namespace sociometer::analysis
