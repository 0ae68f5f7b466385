// SPDX-License-Identifier: Apache-2.0
// The month-over-month change of the monthly report, which its renderer computes: (this month −
// previous month) / previous month, and no number when either side is missing or the previous
// month is zero. Headline rows are set by hand; the expected changes are worked out beside them.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "sociometer/analysis/monthly_report.hpp"
#include "sociometer/report/renderer.hpp"

using namespace sociometer;

namespace {

analysis::MonthlyReport headline() {
  analysis::MonthlyReport report;
  report.organisation = "Test Org";
  report.time_zone = "UTC";
  report.month = "2024-03";
  report.previous_month = "2024-02";
  report.label = "2024-03";
  report.previous_label = "2024-02";
  report.first_day = std::chrono::year{2024} / 3 / 1;
  report.last_day = std::chrono::year{2024} / 3 / 31;
  report.previous_first_day = std::chrono::year{2024} / 2 / 1;
  report.previous_last_day = std::chrono::year{2024} / 2 / 29;
  auto &now = report.current;
  auto &before = report.previous;
  now.posts = 5;
  before.posts = 2; // (5 − 2) / 2 = +150 %
  now.engagement = 54;
  before.engagement = 20; // (54 − 20) / 20 = +170 %
  now.likes = 46;
  before.likes = 18; // 28 / 18 = +155.56 %
  now.reposts = 7;
  before.reposts = 0; // previous month zero: no change
  now.replies = 1;    // previous month not reported: no change
  now.quotes = 0;
  before.quotes = 4; // −100 %
  now.impressions = 1000;
  before.impressions = 500; // +100 %
  // Rates change only when both are shown; analysis withholds one measured on too few posts.
  now.er_impressions = {std::nullopt, 0.25, std::nullopt, true}; // 25 % coverage: withheld
  before.er_impressions = {0.02, 1.0, std::nullopt};
  now.er_followers = {0.008, 0.5, std::nullopt}; // (0.008 − 0.010) / 0.010 = −20 %
  before.er_followers = {0.010, 1.0, std::nullopt};
  return report;
}

std::string render(const analysis::MonthlyReport &report, report::Format format) {
  std::ostringstream out;
  report::render_monthly_report(report, report::Envelope{}, format, "en", out);
  return out.str();
}

} // namespace

TEST_CASE("Monthly report Markdown: the headline's change column", "[report][monthly_report]") {
  const auto text = render(headline(), report::Format::md);
  CHECK_THAT(text, Catch::Contains("| Metric | March 2024 | February 2024 | Change |\n"));
  CHECK_THAT(text, Catch::Contains("| Posts | 5 | 2 | +150.0% |\n"));
  CHECK_THAT(text, Catch::Contains("| Engagement | 54 | 20 | +170.0% |\n"));
  CHECK_THAT(text, Catch::Contains("| Likes | 46 | 18 | +155.6% |\n"));
  CHECK_THAT(text, Catch::Contains("| Reposts received | 7 | 0 | n/a |\n"));
  CHECK_THAT(text, Catch::Contains("| Replies received | 1 | n/a | n/a |\n"));
  CHECK_THAT(text, Catch::Contains("| Quotes received | 0 | 4 | -100.0% |\n"));
  CHECK_THAT(text, Catch::Contains("| Impressions | 1,000 | 500 | +100.0% |\n"));
  CHECK_THAT(text, Catch::Contains("| Engagement rate (impressions) | insufficient coverage "
                                   "(25.00% of posts) | 2.00% (coverage 100.00%) | n/a |\n"));
  // Rates change in percentage points: 0.80% − 1.00% = −0.20 pp (a relative −20% misleads).
  CHECK_THAT(text, Catch::Contains("| Engagement rate (followers) | 0.80% (coverage 50.00%) | "
                                   "1.00% (coverage 100.00%) | -0.20 pp |\n"));
}

TEST_CASE("Monthly report JSON: the change block", "[report][monthly_report]") {
  const auto document = nlohmann::json::parse(render(headline(), report::Format::json));
  const auto &change = document.at("report").at("change");
  CHECK(change.at("posts").get<double>() == Approx(1.5));
  CHECK(change.at("engagement").get<double>() == Approx(1.7));
  CHECK(change.at("impressions").get<double>() == Approx(1.0));
  CHECK(change.at("er_followers_pp").get<double>() == Approx(-0.2));
  CHECK(change.at("er_impressions_pp").is_null()); // this month's is withheld

  auto report = headline();
  report.previous.posts = 0;
  report.previous.engagement.reset();
  report.previous.impressions = 0;
  const auto empty = nlohmann::json::parse(render(report, report::Format::json));
  const auto &no_change = empty.at("report").at("change");
  CHECK(no_change.at("posts").is_null());       // previous month zero
  CHECK(no_change.at("engagement").is_null());  // previous month unknown
  CHECK(no_change.at("impressions").is_null()); // previous month zero
}

TEST_CASE("Monthly report HTML: one self-contained, accessible page", "[report][monthly_report]") {
  auto report = headline();
  report.organisation = "Test <Org> & Co";
  report.daily = {{std::chrono::year{2024} / 3 / 1, 2, 10},
                  {std::chrono::year{2024} / 3 / 2, 0, {}}};
  report.best_time[0][9] = {2, 5.0};
  report.languages = {{"ar", 3, 0.6, 12}, {"en", 2, 0.4, 8}};
  const auto html = render(report, report::Format::html);
  CHECK_THAT(html, Catch::StartsWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"));
  CHECK_THAT(html, Catch::Contains("<meta charset=\"utf-8\">"));
  // Text is escaped, in the title as in the heading.
  CHECK_THAT(html, Catch::Contains("<title>Test &lt;Org&gt; &amp; Co — social media report, "
                                   "March 2024</title>"));
  // Each chart is an image with a title and a description a screen reader reads.
  for (const auto *chart : {"chart-daily", "chart-besttime", "chart-languages"}) {
    INFO(chart);
    CHECK_THAT(html, Catch::Contains(std::string("id=\"") + chart + "\" role=\"img\""));
    CHECK_THAT(html, Catch::Contains(std::string("<title id=\"") + chart + "-title\">"));
    CHECK_THAT(html, Catch::Contains(std::string("<desc id=\"") + chart + "-desc\">"));
  }
  CHECK_THAT(html, Catch::Contains("Best cell: Mon 9:00, 5.0 per post."));
  CHECK_THAT(html, Catch::Contains("@media print"));
  CHECK_THAT(html, Catch::Contains("size: A4"));
  CHECK_THAT(html, Catch::Contains("<td class=\"n\">-0.20 pp</td>"));
  // Nothing to run or fetch.
  for (const auto *outside :
       {"<script", "<link", "<img", "@import", "url(", "http://", "https://"}) {
    INFO(outside);
    CHECK_THAT(html, !Catch::Contains(outside));
  }
}

TEST_CASE("Monthly report: the account table says when it shows the top accounts only",
          "[report][monthly_report]") {
  auto report = headline();
  analysis::EngagementRow row;
  row.key = std::string("org");
  row.posts = 5;
  report.by_account = {row};
  report.accounts_with_posts = 1;
  const auto all = render(report, report::Format::md);
  CHECK_THAT(all, !Catch::Contains("accounts with the most engagement"));
  report.accounts_with_posts = 1234;
  CHECK_THAT(render(report, report::Format::md),
             Catch::Contains("The 1 accounts with the most engagement of the 1,234 that posted in "
                             "the period; `sociometer engagement --by account` lists every one."));
  CHECK_THAT(render(report, report::Format::html),
             Catch::Contains("<p class=\"note\">The 1 accounts with the most engagement"));
  const auto document = nlohmann::json::parse(render(report, report::Format::json));
  CHECK(document.at("report").at("accounts_with_posts") == 1234);
}
