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

// A candidate for the top posts: its engagement and the post as the scan handed it over.
using Candidate = TopByEngagement<PostFacts>::Entry;

// Everything the report sums over the period's posts, fed by one scan: headline, platform and
// account rows, kinds, top-post candidates, hashtags, languages, components, days, the best-time
// grid and the coverage counts. Nothing is held per post.
class PeriodSums {
public:
  // The days of `report`'s period (its first_day and last_day) must be set.
  PeriodSums(const util::TimeZone &zone, const MonthlyReport &report, std::size_t top_limit);

  void add(const Dataset &authors, const PostFacts &post,
           const std::vector<std::string_view> &post_hashtags);
  // Mean engagement per post by local weekday and hour into `report`.
  void fill_best_time(MonthlyReport &report) const;

  std::int64_t posts = 0;
  EngagementSums total;
  EngagementSums by_platform;
  EngagementSums by_account;
  std::map<std::string, std::int64_t, std::less<>> kinds;
  TopByEngagement<PostFacts> top; // none when the report shows no top posts (limit 0)
  CountMap hashtags;
  CountMap languages;
  ComponentCounts components;
  std::vector<DailyRow> days; // every local day of the period, days without posts included
  CoverageCounts coverage;

private:
  const util::TimeZone &m_zone;
  std::chrono::sys_days m_first_day;
  std::chrono::sys_days m_last_day;
  std::array<std::array<std::int64_t, 24>, 7> m_best_time_posts{};
  // Per weekday and hour: the engagement summed over the posts that have some, and their number.
  std::array<std::array<std::pair<std::int64_t, std::int64_t>, 24>, 7> m_rated{};
  std::vector<std::string_view> m_tags; // reused
};

} // namespace sociometer::analysis
