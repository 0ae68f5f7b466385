// SPDX-License-Identifier: Apache-2.0
// How the newsletter's renderers (Markdown, HTML) write numbers, changes, periods and sentences in
// the report's language, so both say the same thing.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "i18n.hpp"
#include "sociometer/analysis/monthly_report.hpp"

namespace sociometer::report::text {

// A number with `decimals` decimals in the C locale, for SVG coordinates and colours.
[[nodiscard]] std::string fixed(double value, int decimals);
// "1,100"; "n/a" (translated) when unknown.
[[nodiscard]] std::string count(const Language &lang, const std::optional<std::int64_t> &value);
// "12.34%" in the language's format; "n/a" when unknown.
[[nodiscard]] std::string percent(const Language &lang, const std::optional<double> &value);
// (now − before) / before; std::nullopt when either is missing or before is 0.
[[nodiscard]] std::optional<double> change(const std::optional<std::int64_t> &now,
                                           const std::optional<std::int64_t> &before);
// A rate's change in percentage points.
[[nodiscard]] std::optional<double> point_change(const std::optional<double> &now,
                                                 const std::optional<double> &before);
[[nodiscard]] std::string signed_percent(const Language &lang,
                                         const std::optional<double> &value); // "+12.3%"
[[nodiscard]] std::string signed_points(const Language &lang,
                                        const std::optional<double> &points); // "+0.12 pp"
// A rate with its coverage, or why it is withheld.
[[nodiscard]] std::string rate_with_coverage(const Language &lang,
                                             const analysis::PooledRate &rate);
// Growth with its start and end counts.
[[nodiscard]] std::string growth_text(const Language &lang, const analysis::FollowerGrowth &growth);
// "March 2024" for a calendar month, else the period's dates.
// A period label of the report ("2024-03", "2024-01-01..2024-03-31") in the report's language
// ("March 2024", "1 January – 31 March 2024"); any other label as it is.
[[nodiscard]] std::string period_label(const Language &lang, const std::string &label);
// When the report was generated, as local date and time in the report's zone.
[[nodiscard]] std::string generated_sentence(const Language &lang,
                                             const analysis::MonthlyReport &report,
                                             TimePoint generated_at);
[[nodiscard]] std::string period_title(const Language &lang, const analysis::MonthlyReport &report);
// The report's title line.
[[nodiscard]] std::string title(const Language &lang, const analysis::MonthlyReport &report);
// "Period: 1–31 March 2024, Europe/Zurich; compared with 1–29 February 2024."
[[nodiscard]] std::string period_sentence(const Language &lang,
                                          const analysis::MonthlyReport &report);
// The sentence saying which accounts the report covers.
[[nodiscard]] std::string scope_sentence(const Language &lang,
                                         const analysis::MonthlyReport &report);
// "Filters: platform x, language fr." or "Filters: none."
[[nodiscard]] std::string filters_sentence(const Language &lang,
                                           const analysis::MonthlyReport &report);
// What the report leaves out and why (followers-only posts).
[[nodiscard]] std::string coverage_sentence(const Language &lang,
                                            const analysis::MonthlyReport &report);
// The influence network in one sentence, or why it is not ranked.
// Why the graph is not ranked (NetworkSignal), in the report's language; empty when it is ranked.
[[nodiscard]] std::string network_reason(const Language &lang,
                                         const analysis::ReportNetwork &network);
// Engagement components ("likes+reposts") in the report's language.
[[nodiscard]] std::string component_list(const Language &lang, const std::string &components);
// The note that engagement components differ between or within the platform rows; empty when
// they do not.
[[nodiscard]] std::string components_note(const Language &lang,
                                          const analysis::MonthlyReport &report);
// Under the account table of a report over every account: which of the accounts it shows;
// empty when it shows all of them.
[[nodiscard]] std::string accounts_top_note(const Language &lang,
                                            const analysis::MonthlyReport &report);
// The definition `key` of the report in its language; `english` (the analysis' text, which JSON
// carries) for a key the catalog has no text for.
[[nodiscard]] std::string definition_text(const Language &lang,
                                          const analysis::MonthlyReport &report,
                                          const std::string &key, const std::string &english);
[[nodiscard]] std::string network_sentence(const Language &lang,
                                           const analysis::ReportNetwork &network);
// "Communities (members): 1 (12), 2 (5)."
[[nodiscard]] std::string communities_sentence(const Language &lang,
                                               const analysis::ReportNetwork &network);
// "Posts by kind: post 2, reply 2, quote 0, repost 2."
[[nodiscard]] std::string kinds_sentence(const Language &lang,
                                         const analysis::MonthlyReport &report);
// The day a top post was published on, in the report's time zone.
[[nodiscard]] std::chrono::year_month_day post_day(const analysis::MonthlyReport &report,
                                                   const analysis::TopPost &post);
// "test_org (x)"
[[nodiscard]] std::string account_on(const Language &lang, const std::string &account,
                                     const std::string &platform);
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
[[nodiscard]] std::vector<HeadlineLine> headline_lines(const Language &lang,
                                                       const analysis::MonthlyReport &report);
// What other accounts said about or with the own ones, in one sentence.
[[nodiscard]] std::string about_own_sentence(const Language &lang,
                                             const analysis::AboutOwnAccounts &about);
// One platform's data coverage in sentences: the report's count against `status`'s and what is
// left out, the days without posts, and the counts known for part of the posts only.
[[nodiscard]] std::string platform_coverage_sentence(const Language &lang,
                                                     const analysis::PlatformCoverage &coverage);
// A campaign's new supporters, marked when the store does not reach back the whole look-back.
[[nodiscard]] std::string new_supporters_text(const Language &lang,
                                              const analysis::CauseMetrics &campaign);
// "Tue 10:00": one cell of the weekday × hour grid (weekday 0 is Monday).
[[nodiscard]] std::string best_time_cell(const Language &lang, std::size_t weekday,
                                         std::size_t hour);
// The best weekday and hour by mean engagement per post, or that the grid has no signal.
[[nodiscard]] std::string best_time_sentence(const Language &lang,
                                             const analysis::MonthlyReport &report);

} // namespace sociometer::report::text
