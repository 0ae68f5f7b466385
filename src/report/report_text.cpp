// SPDX-License-Identifier: Apache-2.0
#include "report_text.hpp"

#include <cstdio>

namespace sociometer::report::text {
namespace {

constexpr const char *k_month_names[] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};

const char *month_name(std::chrono::year_month_day day) {
  const auto month = static_cast<unsigned>(day.month());
  return month >= 1 && month <= 12 ? k_month_names[month - 1] : "?";
}

std::string day_month(std::chrono::year_month_day day) {
  return std::to_string(static_cast<unsigned>(day.day())) + " " + month_name(day);
}

std::string plural(std::int64_t n, const char *one, const char *many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string year(std::chrono::year_month_day day) {
  return std::to_string(static_cast<int>(day.year()));
}

} // namespace

std::string fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string count(const std::optional<std::int64_t> &value) {
  return value ? std::to_string(*value) : "n/a";
}

std::string percent(const std::optional<double> &value) {
  return value ? fixed(*value * 100.0, 2) + "%" : "n/a";
}

std::optional<double> change(const std::optional<std::int64_t> &now,
                             const std::optional<std::int64_t> &before) {
  if (!now || !before || *before == 0) {
    return std::nullopt;
  }
  return static_cast<double>(*now - *before) / static_cast<double>(*before);
}

std::optional<double> point_change(const std::optional<double> &now,
                                   const std::optional<double> &before) {
  if (!now || !before) {
    return std::nullopt;
  }
  return (*now - *before) * 100.0;
}

std::string signed_percent(const std::optional<double> &value) {
  if (!value) {
    return "n/a";
  }
  return (*value >= 0 ? "+" : "") + fixed(*value * 100.0, 1) + "%";
}

std::string signed_points(const std::optional<double> &points) {
  if (!points) {
    return "n/a";
  }
  return (*points >= 0 ? "+" : "") + fixed(*points, 2) + " pp";
}

std::string rate_with_coverage(const analysis::PooledRate &rate) {
  if (rate.withheld) {
    return "insufficient coverage (" + percent(rate.coverage) + " of posts)";
  }
  if (!rate.pooled) {
    return "n/a";
  }
  return percent(rate.pooled) + " (coverage " + percent(rate.coverage) + ")";
}

std::string growth_text(const analysis::FollowerGrowth &growth) {
  if (!growth.start) {
    return "n/a";
  }
  std::string text = signed_percent(growth.growth) + " (" + std::to_string(*growth.start) + " → " +
                     std::to_string(*growth.end);
  if (growth.coverage && *growth.coverage < 1.0) {
    text += "; " + percent(growth.coverage) + " of accounts";
  }
  if (growth.interpolated.value_or(false)) {
    text += "; interpolated";
  }
  return text + ")";
}

std::string period_text(std::chrono::year_month_day first, std::chrono::year_month_day last) {
  if (first == last) {
    return day_month(first) + " " + year(first);
  }
  if (first.year() == last.year() && first.month() == last.month()) {
    return std::to_string(static_cast<unsigned>(first.day())) + "–" + day_month(last) + " " +
           year(last);
  }
  if (first.year() == last.year()) {
    return day_month(first) + " – " + day_month(last) + " " + year(last);
  }
  return day_month(first) + " " + year(first) + " – " + day_month(last) + " " + year(last);
}

std::string period_title(const analysis::MonthlyReport &report) {
  if (!report.month.empty()) {
    return std::string(month_name(report.first_day)) + " " + year(report.first_day);
  }
  return period_text(report.first_day, report.last_day);
}

std::string short_day(std::chrono::year_month_day day) {
  return std::to_string(static_cast<unsigned>(day.day())) + " " +
         std::string(month_name(day)).substr(0, 3);
}

std::string title(const analysis::MonthlyReport &report) {
  const auto name = report.organisation.empty() ? std::string("Social media report")
                                                : report.organisation + " — social media report";
  return name + ", " + period_title(report);
}

std::string scope_sentence(const analysis::MonthlyReport &report) {
  switch (report.scope) {
  case analysis::ReportScope::own: {
    std::string accounts;
    for (const auto &account : report.own_accounts) {
      accounts += (accounts.empty() ? "" : ", ") + account;
    }
    return "Accounts: the organisation's own (" + accounts +
           "); what other accounts said about or with them is counted apart.";
  }
  case analysis::ReportScope::account:
    return "Accounts: the one chosen with --account.";
  case analysis::ReportScope::all_accounts:
    break;
  }
  return "Accounts: every account in the store. No account is declared as the organisation's "
         "own, so this report may show other organisations' posts (declare yours with "
         "`sociometer account set HANDLE --platform P --role own`).";
}

std::string filters_sentence(const analysis::MonthlyReport &report) {
  std::string filters;
  for (const auto &[flag, value] : report.filters) {
    filters += (filters.empty() ? "" : ", ") + flag + " " + value;
  }
  return "Filters: " + (filters.empty() ? std::string("none") : filters) + ".";
}

std::string coverage_sentence(const analysis::MonthlyReport &report) {
  const auto left_out = report.followers_only_left_out;
  if (left_out == 0) {
    return "Every post of the period in scope is counted: none is followers-only.";
  }
  return std::to_string(left_out) +
         (left_out == 1 ? " followers-only post of the period is"
                        : " followers-only posts of the period are") +
         " left out of every figure: their audience did not consent to wider reporting (`status` "
         "counts them among its posts).";
}

std::string network_sentence(const analysis::ReportNetwork &network) {
  const auto size = plural(network.accounts, "account", "accounts") + " and " +
                    plural(network.edges, "interaction", "interactions") +
                    " (reposts, quotes, replies, mentions)";
  if (network.too_little_signal) {
    return "Not ranked: " + *network.too_little_signal + "; this period has " + size + ".";
  }
  return "The amplification network of this period has " + size + " in " +
         plural(static_cast<std::int64_t>(network.communities.size()), "community", "communities") +
         ".";
}

std::vector<HeadlineLine> headline_lines(const analysis::MonthlyReport &report) {
  const auto &now = report.current;
  const auto &before = report.previous;
  const analysis::EngagementRow no_row;
  const auto &year = report.year_earlier ? *report.year_earlier : no_row;
  const bool has_year = report.year_earlier.has_value();
  std::vector<HeadlineLine> lines;
  using Count = std::optional<std::int64_t> analysis::EngagementRow::*;
  for (const auto &[name, member] :
       {std::pair<const char *, Count>{"Engagement", &analysis::EngagementRow::engagement},
        {"Likes", &analysis::EngagementRow::likes},
        {"Reposts received", &analysis::EngagementRow::reposts},
        {"Replies received", &analysis::EngagementRow::replies},
        {"Quotes received", &analysis::EngagementRow::quotes},
        {"Impressions", &analysis::EngagementRow::impressions}}) {
    lines.push_back({name, count(now.*member), count(before.*member),
                     signed_percent(change(now.*member, before.*member)),
                     has_year ? count(year.*member) : "",
                     has_year ? signed_percent(change(now.*member, year.*member)) : ""});
  }
  lines.insert(lines.begin(), {"Posts", std::to_string(now.posts), std::to_string(before.posts),
                               signed_percent(change(now.posts, before.posts)),
                               has_year ? std::to_string(year.posts) : "",
                               has_year ? signed_percent(change(now.posts, year.posts)) : ""});
  using Rate = analysis::PooledRate analysis::EngagementRow::*;
  for (const auto &[name, member] :
       {std::pair<const char *, Rate>{"Engagement rate (impressions)",
                                      &analysis::EngagementRow::er_impressions},
        {"Engagement rate (followers)", &analysis::EngagementRow::er_followers}}) {
    lines.push_back(
        {name, rate_with_coverage(now.*member), rate_with_coverage(before.*member),
         signed_points(point_change((now.*member).pooled, (before.*member).pooled)),
         has_year ? rate_with_coverage(year.*member) : "",
         has_year ? signed_points(point_change((now.*member).pooled, (year.*member).pooled)) : ""});
  }
  // Growth is already a change; a change of it would be a second derivative nobody asked for.
  lines.push_back({"Follower growth", growth_text(now.followers), growth_text(before.followers), "",
                   has_year ? growth_text(year.followers) : "", ""});
  return lines;
}

std::string about_own_sentence(const analysis::AboutOwnAccounts &about) {
  if (about.posts == 0) {
    return "No post by another account mentioned, replied to, reposted or quoted our accounts in "
           "this period.";
  }
  return plural(about.posts, "post", "posts") + " by " +
         plural(about.accounts, "other account", "other accounts") +
         " interacted with our accounts: " + plural(about.mentions, "mention", "mentions") + ", " +
         plural(about.replies, "reply", "replies") + ", " +
         plural(about.reposts, "repost", "reposts") + ", " +
         plural(about.quotes, "quote", "quotes") +
         "; engagement of those posts: " + count(about.engagement) + ".";
}

std::string platform_coverage_sentence(const analysis::PlatformCoverage &coverage) {
  std::string text = std::to_string(coverage.counted) + " of the " +
                     plural(coverage.stored, "post", "posts") +
                     " `status` counts for this period and scope are in the figures";
  std::string left_out;
  if (coverage.followers_only > 0) {
    left_out += plural(coverage.followers_only, "followers-only post", "followers-only posts");
  }
  if (coverage.edit_versions > 0) {
    left_out += (left_out.empty() ? "" : " and ") +
                plural(coverage.edit_versions, "older version", "older versions") +
                " of edited posts";
  }
  text += left_out.empty() ? "." : " (left out: " + left_out + ").";
  if (coverage.placeholders > 0) {
    text += " " + plural(coverage.placeholders, "post is", "posts are") +
            " counted without text: a notice stands in its place.";
  }
  if (coverage.gaps.empty()) {
    text += " No run of more than " + std::to_string(analysis::k_coverage_gap_days) +
            " days without a post.";
  } else {
    text += " Days without any post:";
    for (std::size_t i = 0; i < coverage.gaps.size(); ++i) {
      const auto &gap = coverage.gaps[i];
      text += (i == 0 ? " " : "; ") + period_text(gap.first_day, gap.last_day) + " (" +
              plural(gap.days, "day", "days") + ")";
    }
    text += ".";
  }
  std::string partial;
  for (const auto &metric : coverage.metrics) {
    if (metric.posts > 0 && metric.known < metric.posts) {
      partial += (partial.empty() ? " " : "; ") + metric.metric + " for " +
                 std::to_string(metric.known) + " of " + std::to_string(metric.posts) + " posts";
    }
  }
  if (!partial.empty()) {
    text += " Known for part of the posts only (reposts excluded):" + partial + ".";
  }
  return text;
}

std::string no_campaign_sentence() {
  return "No stored campaign runs in this period (define one with `sociometer campaign add`).";
}

const char *weekday_abbreviation(std::size_t index) {
  static constexpr const char *k_days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  return index < 7 ? k_days[index] : "?";
}

std::string best_time_sentence(const analysis::MonthlyReport &report) {
  double best = 0;
  std::string when;
  for (std::size_t day = 0; day < 7; ++day) {
    for (std::size_t hour = 0; hour < 24; ++hour) {
      const auto &cell = report.best_time[day][hour];
      if (cell.mean_engagement && *cell.mean_engagement > best) {
        best = *cell.mean_engagement;
        when = std::string(weekday_abbreviation(day)) + " " + std::to_string(hour) + ":00";
      }
    }
  }
  if (when.empty()) {
    return "No post of the period reports engagement: the grid has no signal.";
  }
  return "Mean engagement per post by weekday and hour of publication (" + report.time_zone +
         "). Best: " + when + ", " + fixed(best, 1) + " per post.";
}

std::string pseudonym_sentence() {
  return "Accounts that are not the organisation's own, partners or peers appear under "
         "pseudonyms (anon-…), the same in every report of this store.";
}

std::string empty_sentence() {
  return "No posts in this period for these accounts and filters: the tables below are empty. If "
         "posts were expected, check the imports and fetches (`sociometer status`).";
}

} // namespace sociometer::report::text
