// SPDX-License-Identifier: Apache-2.0
// What the monthly report sums over its period's posts in one scan (monthly_report.cpp feeds
// them): count rows, engagement components, top-post candidates and every section's sums.
// Internal to the analysis library.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sociometer/analysis/engagement.hpp"
#include "sociometer/analysis/monthly_report.hpp"
#include "sociometer/model/facts.hpp"
#include "sociometer/util/time.hpp"
#include "top_by_engagement.hpp"

namespace sociometer::analysis {

// Count rows by key; found by a string_view without building a string per post.
using CountMap = std::map<std::string, CountRow, std::less<>>;

// The entry of `key` in `map`, added when new.
template <class Map> typename Map::mapped_type &entry(Map &map, std::string_view key) {
  auto found = map.find(key);
  if (found == map.end()) {
    found = map.emplace(std::string(key), typename Map::mapped_type{}).first;
  }
  return found->second;
}

// The names of the engagement components in the bit set `components` ("likes+reposts"; "none").
[[nodiscard]] std::string component_names(unsigned components);

// The engagement components the period's non-repost posts report, per platform: all of them
// together, and how many posts report each set (as engagement_by counts them).
struct ComponentCounts {
  std::map<std::string, unsigned, std::less<>> reported;
  std::map<std::string, std::map<unsigned, std::int64_t>, std::less<>> sets;

  void add(const PostFacts &post);
};

// Each author's engagement over the period, to find the top accounts of a report over every
// account without summing every account's row (some 500 bytes and four allocations an account;
// here 16 bytes an author). Keys are those of EngagementSums by Dimension::account: the handle,
// "(unknown)" for posts without a known author.
class AccountEngagement {
public:
  void add(const PostFacts &post);

  struct Key {
    std::string key;
    std::vector<std::int64_t> account_ids;  // the key's authors (AccountFacts::id)
    bool authorless = false;                // it holds the posts without a known author
    std::optional<std::int64_t> engagement; // summed over its posts; none: no post had a count
  };
  struct Ranking {
    std::size_t keys = 0; // how many keys the posts added have
    std::vector<Key> top; // the first `limit`, as EngagementSums::top_rows ranks them
  };
  // The `limit` keys with the most engagement (none ranks last), ties in key order; `authors`
  // are the scan's.
  [[nodiscard]] Ranking top(const Dataset &authors, std::size_t limit) const;

private:
  struct Tally {
    std::int64_t engagement = 0;
    bool posted = false;
    bool engaged = false; // a post of it has an engagement count
  };
  std::vector<Tally> m_authors; // by author index
  Tally m_authorless;
};

// A candidate for the top posts: its engagement and the post as the scan handed it over.
using Candidate = TopByEngagement<PostFacts>::Entry;

// Everything the report sums over the period's posts, fed by one scan: headline, platform and
// account rows, kinds, top-post candidates, hashtags, languages, components, days, the best-time
// grid and the coverage counts. Nothing is held per post.
class PeriodSums {
public:
  // The days of `report`'s period (its first_day and last_day) must be set. Over every account
  // (`report`'s scope), each author's engagement goes into `account_engagement`; over the own
  // accounts or one --account, their sums into `by_account`.
  // Over every account, `by_account` also sums whole rows until it has more than
  // `account_rows_in_scan` keys; then it is emptied and account_rows_in_scan() turns false.
  PeriodSums(const util::TimeZone &zone, const MonthlyReport &report, std::size_t top_limit,
             std::size_t account_rows_in_scan);

  void add(const Dataset &authors, const PostFacts &post,
           const std::vector<std::string_view> &post_hashtags);
  // Mean engagement per post by local weekday and hour into `report`.
  void fill_best_time(MonthlyReport &report) const;
  // Whether `by_account` holds every account's row (always, but over every account of many).
  [[nodiscard]] bool account_rows_in_scan() const noexcept { return m_account_rows_in_scan; }

  std::int64_t posts = 0;
  EngagementSums total;
  EngagementSums by_platform;
  EngagementSums by_account;            // every account's row while account_rows_in_scan()
  AccountEngagement account_engagement; // over every account only
  std::map<std::string, std::int64_t, std::less<>> kinds;
  TopByEngagement<PostFacts> top; // none when the report shows no top posts (limit 0)
  CountMap hashtags;
  CountMap languages;
  ComponentCounts components;
  std::vector<DailyRow> days; // every local day of the period, days without posts included
  CoverageCounts coverage;

private:
  const util::TimeZone &m_zone;
  bool m_every_account;
  std::size_t m_account_rows_max;
  bool m_account_rows_in_scan = true;
  std::chrono::sys_days m_first_day;
  std::chrono::sys_days m_last_day;
  std::array<std::array<std::int64_t, 24>, 7> m_best_time_posts{};
  // Per weekday and hour: the engagement summed over the posts that have some, and their number.
  std::array<std::array<std::pair<std::int64_t, std::int64_t>, 24>, 7> m_rated{};
  std::vector<std::string_view> m_tags; // reused
};

} // namespace sociometer::analysis
