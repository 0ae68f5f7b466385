// SPDX-License-Identifier: Apache-2.0
#include "sociometer/analysis/monthly_report.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "sociometer/util/text.hpp"

namespace sociometer::analysis {
namespace {

constexpr std::size_t k_preview_code_points = 100;

std::string handle_of(const Dataset &dataset, const PostFacts &post) {
  return post.account >= 0 ? dataset.accounts[static_cast<std::size_t>(post.account)].handle
                           : std::string();
}

std::string one_line(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::replace(text.begin(), text.end(), '\r', ' ');
  std::replace(text.begin(), text.end(), '|', '/'); // keeps Markdown table cells intact
  return util::truncate_code_points(text, k_preview_code_points);
}

std::string post_url(const std::string &platform, const std::string &handle,
                     const std::string &id) {
  if (platform == "x" && !handle.empty()) {
    return "https://x.com/" + handle + "/status/" + id;
  }
  return {};
}

// Ranks `counts` by posts (desc), then key, keeps `limit`, and fills shares.
std::vector<CountRow> ranked(std::map<std::string, CountRow> &counts, std::int64_t total,
                             std::size_t limit) {
  std::vector<CountRow> rows;
  for (auto &[key, row] : counts) {
    row.key = key;
    row.share = total > 0 ? static_cast<double>(row.posts) / static_cast<double>(total) : 0.0;
    rows.push_back(row);
  }
  std::sort(rows.begin(), rows.end(), [](const CountRow &a, const CountRow &b) {
    return a.posts != b.posts ? a.posts > b.posts : a.key < b.key;
  });
  if (rows.size() > limit) {
    rows.resize(limit);
  }
  return rows;
}

// Withholds the rates of every engagement row of `report` measured on too few posts, and says
// where in its definitions.
void withhold_report_rates(MonthlyReport &report, double min_coverage) {
  CoverageGate gate(min_coverage);
  withhold_thin_rates(report.current, "headline " + report.month, gate);
  withhold_thin_rates(report.previous, "previous month " + report.previous_month, gate);
  for (auto &row : report.by_platform) {
    withhold_thin_rates(row, "platform " + std::get<std::string>(row.key), gate);
  }
  for (auto &row : report.by_account) {
    withhold_thin_rates(row, "account " + std::get<std::string>(row.key), gate);
  }
  report.definitions["min_coverage"] =
      gate.rule("er_impressions and er_followers (with their _median)");
  report.definitions.merge(gate.withheld_definitions());
}

} // namespace

MonthlyReport build_monthly_report(const MonthlyReportInput &input) {
  const auto &current = *input.current;
  MonthlyReport report;
  report.organisation = input.organisation;
  report.time_zone = input.zone->name();
  report.month = util::format_year_month(input.month);
  report.previous_month = util::format_year_month(input.month - std::chrono::months{1});
  report.since = input.since;
  report.until = input.until;
  // Follower growth over each calendar month: of the authors of that month's posts.
  const Span month{input.since, input.until};
  const Span previous_month{
      input.zone->start_of_day((input.month - std::chrono::months{1}) / std::chrono::day{1}),
      input.since};
  report.current = engagement_total(current, report.month, month);
  report.previous = engagement_total(*input.previous, report.previous_month, previous_month);

  std::map<std::string, std::int64_t> kinds;
  for (const auto &post : current.posts) {
    ++kinds[std::string(to_string(post.kind))];
  }
  for (const auto kind : {PostKind::post, PostKind::reply, PostKind::quote, PostKind::repost}) {
    report.posts_by_kind.emplace_back(std::string(to_string(kind)),
                                      kinds[std::string(to_string(kind))]);
  }
  report.by_platform = engagement_by(current, Dimension::platform, *input.zone, month);
  report.by_account = engagement_by(current, Dimension::account, *input.zone, month);
  // Accounts by engagement, so the newsletter leads with what worked.
  std::stable_sort(report.by_account.begin(), report.by_account.end(),
                   [](const EngagementRow &a, const EngagementRow &b) {
                     return a.engagement.value_or(-1) > b.engagement.value_or(-1);
                   });

  std::vector<TopPost> top;
  for (const auto &post : current.posts) {
    const auto engagement = post_engagement(post);
    if (!engagement) {
      continue;
    }
    TopPost row;
    row.post_id = post.native_id;
    row.platform = std::string(to_string(post.platform));
    row.account = handle_of(current, post);
    row.created_at = post.created_at;
    row.kind = std::string(to_string(post.kind));
    row.text = one_line(post.text);
    row.url = post_url(row.platform, row.account, row.post_id);
    row.likes = post.metrics.likes;
    row.reposts = post.metrics.reposts;
    row.replies = post.metrics.replies;
    row.quotes = post.metrics.quotes;
    row.engagement = *engagement;
    top.push_back(std::move(row));
  }
  std::sort(top.begin(), top.end(), [](const TopPost &a, const TopPost &b) {
    return a.engagement != b.engagement ? a.engagement > b.engagement : a.post_id < b.post_id;
  });
  if (top.size() > input.top_limit) {
    top.resize(input.top_limit);
  }
  report.top_posts = std::move(top);

  const auto total_posts = static_cast<std::int64_t>(current.posts.size());
  std::map<std::string, CountRow> hashtags;
  std::set<std::pair<std::int32_t, std::string>> seen; // a tag counts once per post
  for (const auto &[index, tag] : current.hashtags) {
    if (!seen.emplace(index, tag).second) {
      continue;
    }
    auto &row = hashtags[tag];
    ++row.posts;
    if (const auto engagement = post_engagement(current.posts[static_cast<std::size_t>(index)])) {
      row.engagement = row.engagement.value_or(0) + *engagement;
    }
  }
  report.top_hashtags = ranked(hashtags, total_posts, input.top_limit);

  std::map<std::string, CountRow> languages;
  for (const auto &post : current.posts) {
    auto &row = languages[post.lang.empty() ? std::string("und") : post.lang];
    ++row.posts;
    if (const auto engagement = post_engagement(post)) {
      row.engagement = row.engagement.value_or(0) + *engagement;
    }
  }
  report.languages = ranked(languages, total_posts, languages.size());

  // Only what the report shows: its rows carry no hour, weekday, Kaushik or click columns.
  report.definitions =
      engagement_definitions({"posts", "engagement", "er_impressions", "er_followers",
                              "follower_growth", "followers_start"});
  report.definitions["follower_growth"] =
      follower_growth_definition() +
      "; over each calendar month, of the authors of that month's posts (use --owned for the "
      "organisation's own accounts only)";
  report.definitions["change"] = "(this month - previous month) / previous month; null when the "
                                 "previous month has no value or zero";
  report.definitions["top_posts"] =
      "non-repost posts of the month ranked by engagement, then post ID";
  report.definitions["top_hashtags"] =
      "hashtags (NFKC + case folded) by number of posts of the month using them, all kinds; "
      "engagement summed over the non-repost posts among them";
  report.definitions["languages"] =
      "language of each post: platform-reported, otherwise detected from the text (und when "
      "unsure: too short, mixed or no text); a repost's is its original's when the original is "
      "stored";
  report.definitions["attribution"] = "publication cohort: a post's latest counts belong to the "
                                      "month it was published in";
  withhold_report_rates(report, input.min_coverage);
  return report;
}

} // namespace sociometer::analysis
