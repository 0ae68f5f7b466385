// SPDX-License-Identifier: Apache-2.0
// The monthly newsletter's figures: headline totals against the previous month, per platform and
// account, top posts, top hashtags and languages. Pure; report/ renders it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sociometer/analysis/coverage.hpp"
#include "sociometer/analysis/engagement.hpp"
#include "sociometer/model/facts.hpp"
#include "sociometer/model/table.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::analysis {

struct TopPost {
  std::string post_id;
  std::string platform;
  std::string account;
  TimePoint created_at{};
  std::string kind;
  std::string text; // shortened for display
  std::string url;
  std::optional<std::int64_t> likes;
  std::optional<std::int64_t> reposts;
  std::optional<std::int64_t> replies;
  std::optional<std::int64_t> quotes;
  std::int64_t engagement = 0;
};

struct CountRow {
  std::string key;
  std::int64_t posts = 0;
  double share = 0; // of all posts in the month
  std::optional<std::int64_t> engagement;
};

struct MonthlyReport {
  std::string organisation;
  std::string time_zone;
  std::string month;          // YYYY-MM
  std::string previous_month; // YYYY-MM
  TimePoint since{};
  TimePoint until{};
  EngagementRow current;
  EngagementRow previous;
  std::vector<std::pair<std::string, std::int64_t>> posts_by_kind; // kind → posts this month
  std::vector<EngagementRow> by_platform;
  std::vector<EngagementRow> by_account;
  std::vector<TopPost> top_posts;
  std::vector<CountRow> top_hashtags;
  std::vector<CountRow> languages;
  Definitions definitions;
};

struct MonthlyReportInput {
  std::string organisation;
  std::chrono::year_month month;
  const util::TimeZone *zone = nullptr;
  TimePoint since{};
  TimePoint until{};
  const Dataset *current = nullptr;  // posts of the month, with hashtags
  const Dataset *previous = nullptr; // posts of the month before
  std::size_t top_limit = 10;
  double min_coverage = k_default_min_coverage; // rates below it are withheld (CoverageGate)
};

// Computes the report from the two months' datasets.
[[nodiscard]] MonthlyReport build_monthly_report(const MonthlyReportInput &input);

} // namespace sociometer::analysis
