// SPDX-License-Identifier: Apache-2.0
// The monthly report's sums over its period's posts (report_sums.hpp).
#include "report_sums.hpp"

#include <algorithm>

namespace sociometer::analysis {
namespace {

constexpr std::pair<unsigned, const char *> k_components[] = {
    {1U, "likes"}, {2U, "reposts"}, {4U, "replies"}, {8U, "quotes"}};

unsigned components_of(const PostFacts &post) {
  const auto &counts = post.metrics;
  return (counts.likes ? 1U : 0U) | (counts.reposts ? 2U : 0U) | (counts.replies ? 4U : 0U) |
         (counts.quotes ? 8U : 0U);
}

} // namespace

std::string component_names(unsigned components) {
  std::string names;
  for (const auto &[bit, name] : k_components) {
    if ((components & bit) != 0) {
      names += (names.empty() ? "" : "+") + std::string(name);
    }
  }
  return names.empty() ? std::string("none") : names;
}

void ComponentCounts::add(const PostFacts &post) {
  if (post.kind == PostKind::repost) {
    return;
  }
  const auto platform = to_string(post.platform);
  const auto components = components_of(post);
  entry(reported, platform) |= components;
  if (components != 0) {
    ++entry(sets, platform)[components];
  }
}

void AccountEngagement::add(const PostFacts &post) {
  auto *tally = &m_authorless;
  if (post.account >= 0) {
    const auto index = static_cast<std::size_t>(post.account);
    if (index >= m_authors.size()) {
      m_authors.resize(index + 1);
    }
    tally = &m_authors[index];
  }
  tally->posted = true;
  if (const auto engagement = post_engagement(post)) { // none for a repost
    tally->engagement += *engagement;
    tally->engaged = true;
  }
}

AccountEngagement::Ranking AccountEngagement::top(const Dataset &authors, std::size_t limit) const {
  // The authors by key (author index -1: the posts without one), then one group per key.
  constexpr std::string_view k_authorless_key = "(unknown)"; // as EngagementSums names it
  std::vector<std::pair<std::string_view, std::int32_t>> by_key;
  for (std::size_t i = 0; i < m_authors.size(); ++i) {
    if (m_authors[i].posted) {
      by_key.emplace_back(authors.accounts[i].handle, static_cast<std::int32_t>(i));
    }
  }
  if (m_authorless.posted) {
    by_key.emplace_back(k_authorless_key, -1);
  }
  std::sort(by_key.begin(), by_key.end());
  struct Group {
    std::size_t first = 0; // in by_key
    std::size_t end = 0;
    std::int64_t engagement = -1; // none ranks as -1, as EngagementSums::top_rows ranks it
  };
  std::vector<Group> groups;
  for (std::size_t i = 0; i < by_key.size(); ++i) {
    if (groups.empty() || by_key[groups.back().first].first != by_key[i].first) {
      groups.push_back({i, i, -1});
    }
    auto &group = groups.back();
    group.end = i + 1;
    const auto &tally =
        by_key[i].second < 0 ? m_authorless : m_authors[static_cast<std::size_t>(by_key[i].second)];
    if (tally.engaged) {
      group.engagement = std::max<std::int64_t>(group.engagement, 0) + tally.engagement;
    }
  }
  Ranking ranking;
  ranking.keys = groups.size();
  // Stable over the key order: ties keep it.
  std::stable_sort(groups.begin(), groups.end(),
                   [](const Group &a, const Group &b) { return a.engagement > b.engagement; });
  groups.resize(std::min(groups.size(), limit));
  for (const auto &group : groups) {
    Key key{std::string(by_key[group.first].first), {}, false, std::nullopt};
    if (group.engagement >= 0) {
      key.engagement = group.engagement;
    }
    for (auto i = group.first; i < group.end; ++i) {
      if (by_key[i].second < 0) {
        key.authorless = true;
      } else {
        key.account_ids.push_back(authors.accounts[static_cast<std::size_t>(by_key[i].second)].id);
      }
    }
    ranking.top.push_back(std::move(key));
  }
  return ranking;
}

PeriodSums::PeriodSums(const util::TimeZone &zone, const MonthlyReport &report,
                       std::size_t top_limit, std::size_t account_rows_in_scan)
    : total(std::nullopt, zone), by_platform(Dimension::platform, zone),
      by_account(Dimension::account, zone), top(top_limit), m_zone(zone),
      m_every_account(report.scope == ReportScope::all_accounts),
      m_account_rows_max(account_rows_in_scan), m_first_day(report.first_day),
      m_last_day(report.last_day) {
  for (auto day = m_first_day; day <= m_last_day; day += std::chrono::days{1}) {
    days.push_back({std::chrono::year_month_day{day}, 0, std::nullopt});
  }
}

void PeriodSums::add(const Dataset &authors, const PostFacts &post,
                     const std::vector<std::string_view> &post_hashtags) {
  ++posts;
  total.add(authors, post);
  by_platform.add(authors, post);
  if (m_every_account) {
    account_engagement.add(post);
  }
  if (m_account_rows_in_scan) {
    by_account.add(authors, post);
    if (m_every_account && by_account.keys() > m_account_rows_max) {
      // Too many accounts to sum every row: the top ones are read again (MonthlyReportInput).
      by_account = EngagementSums(Dimension::account, m_zone);
      m_account_rows_in_scan = false;
    }
  }
  ++entry(kinds, to_string(post.kind));
  components.add(post);
  const auto engagement = post_engagement(post); // none for a repost
  if (engagement && top.limit() > 0) {
    top.add(*engagement, post);
  }
  const auto count = [&](CountRow &row) {
    ++row.posts;
    if (engagement) {
      row.engagement = row.engagement.value_or(0) + *engagement;
    }
  };
  m_tags.assign(post_hashtags.begin(), post_hashtags.end());
  std::sort(m_tags.begin(), m_tags.end());
  m_tags.erase(std::unique(m_tags.begin(), m_tags.end()), m_tags.end()); // once per post
  for (const auto tag : m_tags) {
    count(entry(hashtags, tag));
  }
  count(entry(languages, post.lang.empty() ? std::string_view("und") : post.lang));

  const auto parts = util::local_parts(m_zone, post.created_at);
  const std::chrono::sys_days day{parts.day};
  count_coverage(coverage, authors, post, day);
  const auto weekday = static_cast<std::size_t>(parts.iso_weekday - 1);
  const auto hour = static_cast<std::size_t>(parts.hour);
  ++m_best_time_posts[weekday][hour];
  if (engagement) {
    m_rated[weekday][hour].first += *engagement;
    ++m_rated[weekday][hour].second;
  }
  if (day >= m_first_day && day <= m_last_day) {
    auto &row = days[static_cast<std::size_t>((day - m_first_day).count())];
    ++row.posts;
    if (engagement) {
      row.engagement = row.engagement.value_or(0) + *engagement;
    }
  }
}

void PeriodSums::fill_best_time(MonthlyReport &report) const {
  for (std::size_t weekday = 0; weekday < 7; ++weekday) {
    for (std::size_t hour = 0; hour < 24; ++hour) {
      auto &cell = report.best_time[weekday][hour];
      cell.posts += m_best_time_posts[weekday][hour];
      const auto [sum, rated_posts] = m_rated[weekday][hour];
      if (rated_posts > 0) {
        cell.mean_engagement = static_cast<double>(sum) / static_cast<double>(rated_posts);
      }
    }
  }
}

} // namespace sociometer::analysis
