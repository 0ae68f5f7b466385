// SPDX-License-Identifier: Apache-2.0
// The report's data-coverage figures: what each platform's numbers rest on.
#include <map>
#include <set>

#include "sociometer/analysis/engagement.hpp"
#include "sociometer/analysis/monthly_report.hpp"

namespace sociometer::analysis {
namespace {

using Days = std::chrono::sys_days;

// Runs of more than k_coverage_gap_days days in [first, last] without any of `days`.
std::vector<CoverageGap> gaps_between(const std::set<Days> &days, Days first, Days last) {
  std::vector<CoverageGap> gaps;
  const auto add = [&](Days from, Days to) { // both without posts, inclusive
    const auto length = (to - from).count() + 1;
    if (length > k_coverage_gap_days) {
      gaps.push_back({std::chrono::year_month_day{from}, std::chrono::year_month_day{to}, length});
    }
  };
  auto next_uncovered = first;
  for (const auto day : days) {
    if (day < first || day > last) {
      continue;
    }
    if (day > next_uncovered) {
      add(next_uncovered, day - std::chrono::days{1});
    }
    next_uncovered = day + std::chrono::days{1};
  }
  if (next_uncovered <= last) {
    add(next_uncovered, last);
  }
  return gaps;
}

} // namespace

void count_coverage(CoverageCounts &counts, const Dataset &authors, const PostFacts &post,
                    Days local_day) {
  const auto platform = to_string(post.platform);
  auto found = counts.find(std::string(platform));
  if (found == counts.end()) {
    found = counts.emplace(std::string(platform), PlatformPostCounts{}).first;
  }
  auto &row = found->second;
  ++row.counted;
  row.days.insert(local_day);
  if (post.kind == PostKind::repost) {
    return;
  }
  ++row.originals;
  row.impressions += post.metrics.impressions ? 1 : 0;
  row.link_clicks += post.metrics.link_clicks ? 1 : 0;
  row.followers += author_followers_at(authors, post) ? 1 : 0;
}

std::vector<PlatformCoverage> report_coverage(const Dataset &current, const CoverageFacts &facts,
                                              const util::TimeZone &zone,
                                              std::chrono::year_month_day first_day,
                                              std::chrono::year_month_day last_day) {
  CoverageCounts counts;
  for (const auto &post : current.posts) {
    count_coverage(counts, current, post, Days{util::local_parts(zone, post.created_at).day});
  }
  return report_coverage(counts, facts, zone, first_day, last_day);
}

std::vector<PlatformCoverage> report_coverage(const CoverageCounts &platforms,
                                              const CoverageFacts &facts,
                                              const util::TimeZone &zone,
                                              std::chrono::year_month_day first_day,
                                              std::chrono::year_month_day last_day) {
  std::map<std::string, PlatformCoverage> rows;
  const auto row_of = [&](const std::string &platform) -> PlatformCoverage & {
    auto &row = rows[platform];
    row.platform = platform;
    return row;
  };
  for (const auto &left_out : facts.left_out) {
    auto &row = row_of(std::string(to_string(left_out.platform)));
    row.stored = left_out.stored;
    row.followers_only = left_out.followers_only;
    row.edit_versions = left_out.edit_versions;
    row.placeholders = left_out.placeholders;
  }
  for (const auto &source : facts.sources) {
    row_of(std::string(to_string(source.platform)))
        .sources.push_back({source.source, util::local_parts(zone, source.first_post).day,
                            util::local_parts(zone, source.last_post).day, source.posts});
  }
  for (const auto &[platform, posts] : platforms) {
    auto &row = row_of(platform);
    row.counted = posts.counted;
    row.gaps = gaps_between(posts.days, Days{first_day}, Days{last_day});
    row.metrics = {{"impressions", posts.impressions, posts.originals},
                   {"followers", posts.followers, posts.originals},
                   {"link_clicks", posts.link_clicks, posts.originals}};
  }
  std::vector<PlatformCoverage> coverage;
  coverage.reserve(rows.size());
  for (auto &[platform, row] : rows) {
    coverage.push_back(std::move(row));
  }
  return coverage;
}

} // namespace sociometer::analysis
