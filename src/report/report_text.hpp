// SPDX-License-Identifier: Apache-2.0
// How the newsletter's renderers (Markdown, HTML) write numbers, changes and periods, so both say
// the same thing.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sociometer/analysis/monthly_report.hpp"

namespace sociometer::report::text {

[[nodiscard]] std::string fixed(double value, int decimals);
[[nodiscard]] std::string count(const std::optional<std::int64_t> &value); // "n/a" when unknown
[[nodiscard]] std::string percent(const std::optional<double> &value);     // "12.34%"
// (now − before) / before; std::nullopt when either is missing or before is 0.
[[nodiscard]] std::optional<double> change(const std::optional<std::int64_t> &now,
                                           const std::optional<std::int64_t> &before);
// A rate's change in percentage points.
[[nodiscard]] std::optional<double> point_change(const std::optional<double> &now,
                                                 const std::optional<double> &before);
[[nodiscard]] std::string signed_percent(const std::optional<double> &value); // "+12.3%"
[[nodiscard]] std::string signed_points(const std::optional<double> &points); // "+0.12 pp"
// A rate with its coverage, or why it is withheld.
[[nodiscard]] std::string rate_with_coverage(const analysis::PooledRate &rate);
// Growth with its start and end counts.
[[nodiscard]] std::string growth_text(const analysis::FollowerGrowth &growth);
// "1–30 April 2024", "1 January – 31 March 2024", "1 December 2023 – 31 January 2024".
[[nodiscard]] std::string period_text(std::chrono::year_month_day first,
                                      std::chrono::year_month_day last);
// "March 2024" for a calendar month, else the period's dates.
[[nodiscard]] std::string period_title(const analysis::MonthlyReport &report);
// "1 Mar" for chart axes.
[[nodiscard]] std::string short_day(std::chrono::year_month_day day);
// The report's title line.
[[nodiscard]] std::string title(const analysis::MonthlyReport &report);
// The sentence saying which accounts the report covers.
[[nodiscard]] std::string scope_sentence(const analysis::MonthlyReport &report);
// "platform x, language fr" or "none".
[[nodiscard]] std::string filters_sentence(const analysis::MonthlyReport &report);
// What the report leaves out and why (followers-only posts).
[[nodiscard]] std::string coverage_sentence(const analysis::MonthlyReport &report);
// The influence network in one sentence, or why it is not ranked.
[[nodiscard]] std::string network_sentence(const analysis::ReportNetwork &network);
// One line of the headline table, as text: the period, the comparison period and the change, and
// a year earlier with the change against it (empty without data a year earlier).
struct HeadlineLine {
  std::string name;
  std::string now;
  std::string before;
  std::string change;
  std::string year;
  std::string year_change;
};
[[nodiscard]] std::vector<HeadlineLine> headline_lines(const analysis::MonthlyReport &report);
// What other accounts said about or with the own ones, in one sentence.
[[nodiscard]] std::string about_own_sentence(const analysis::AboutOwnAccounts &about);
// One platform's data coverage in sentences: the report's count against `status`'s and what is
// left out, the days without posts, and the counts known for part of the posts only.
[[nodiscard]] std::string platform_coverage_sentence(const analysis::PlatformCoverage &coverage);
// The sentence of a report without any stored campaign running in its period.
[[nodiscard]] std::string no_campaign_sentence();
// The best weekday and hour by mean engagement per post, or that the grid has no signal.
[[nodiscard]] std::string best_time_sentence(const analysis::MonthlyReport &report);
// "Mon" … "Sun" for an ISO weekday index 0–6.
[[nodiscard]] const char *weekday_abbreviation(std::size_t index);
// The sentence of a pseudonymized report.
[[nodiscard]] std::string pseudonym_sentence();
// The sentence of an empty period.
[[nodiscard]] std::string empty_sentence();

} // namespace sociometer::report::text
