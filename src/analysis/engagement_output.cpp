// SPDX-License-Identifier: Apache-2.0
// How engagement rows are shown: their columns and cells, and the definitions their figures
// carry in every output (JSON `definitions`, report footnotes); the sums are in engagement.cpp.
#include <optional>
#include <string>

#include "sociometer/analysis/engagement.hpp"

namespace sociometer::analysis {
namespace {

// k_follower_snapshot_distance for definitions ("30 days").
std::string snapshot_distance_text() {
  return std::to_string(k_follower_snapshot_distance.count()) + " days";
}

Cell optional_cell(const std::optional<std::int64_t> &value) {
  return value ? Cell{*value} : Cell{Null{}};
}
Cell optional_cell(const std::optional<double> &value) {
  return value ? Cell{*value} : Cell{Null{}};
}

} // namespace

std::string engagement_coverage_rule(const CoverageGate &gate) {
  return gate.rule("er_impressions, er_followers (with their _median) and ctr");
}

std::string follower_growth_definition() {
  return "(F_end - F_start) / F_start, F = follower count at the period's start and end: the "
         "snapshot nearest the boundary within +/-3 days, else interpolated linearly between the "
         "snapshots around it when they are at most " +
         snapshot_distance_text() +
         " apart (_interpolated = 1); null when "
         "a boundary has no snapshot on one side or only a longer gap, or both boundaries fall on "
         "the same snapshot, never 0 for unknown; summed over the "
         "platform accounts of the row's authors that have both (platform rows: only that "
         "platform's accounts); _coverage = share of those accounts that have both";
}

std::optional<std::string> mixed_components_definition(const std::vector<EngagementRow> &rows) {
  std::string text;
  for (const auto &row : rows) {
    if (row.mixed_components.empty()) {
      continue;
    }
    const auto key = std::holds_alternative<std::string>(row.key) ? std::get<std::string>(row.key)
                     : std::holds_alternative<std::int64_t>(row.key)
                         ? std::to_string(std::get<std::int64_t>(row.key))
                         : std::string("(all)");
    text += (text.empty() ? "" : "; ") + key + ": " + row.mixed_components;
  }
  if (text.empty()) {
    return std::nullopt;
  }
  return "rows whose posts report different engagement components (sources differ: an archive "
         "gives likes and reposts, an API all four), so engagement and its rates add unlike "
         "things; compare within one source — " +
         text;
}

Definitions engagement_definitions() {
  return {
      {"posts", "primary posts published in the period, all kinds (post, reply, repost, quote)"},
      {"engagement",
       "likes + reposts + replies + quotes (each count at its latest reported value), counted on "
       "the post that received "
       "them; reposts carry none of their own; components a platform does not report are left "
       "out (X archives report likes and reposts only); null when no post reported any"},
      {"er_impressions",
       "sum(engagement) / sum(impressions) over the non-repost posts that have impressions "
       "(pooled); _coverage = share of non-repost posts that have impressions; _median = median "
       "per-post rate"},
      {"er_followers",
       "sum(engagement) / sum(followers at post time) over the non-repost posts whose author has a "
       "follower snapshot within " +
           snapshot_distance_text() +
           " of the post (the latest at or before it, else the "
           "earliest after it; none that close: the post has no follower base and is not rated); "
           "_coverage = share of non-repost posts that have one; _median = median per-post rate"},
      {"period", "calendar day, ISO week (YYYY-Www) or month in the report time zone; posts are "
                 "attributed to the period they were published in"},
      {"hour", "local hour 0-23 in the report time zone"},
      {"conversation_rate",
       "Kaushik: replies received per non-repost post, over the posts that report replies"},
      {"amplification_rate",
       "Kaushik: (reposts + quotes) received per non-repost post, over the posts that "
       "report reposts"},
      {"applause_rate", "Kaushik: likes per non-repost post, over the posts that report likes"},
      {"conversation_per_1k",
       "Kaushik, relative: replies per post per 1,000 followers = 1000 * sum(replies) / "
       "sum(followers at post time), over the non-repost posts that report replies and whose "
       "author has a follower count (as in er_followers); null when no such post"},
      {"amplification_per_1k",
       "Kaushik, relative: (reposts + quotes) per post per 1,000 followers = 1000 * sum(reposts + "
       "quotes) / sum(followers at post time), over the non-repost posts that report reposts and "
       "whose author has a follower count; null when no such post"},
      {"applause_per_1k",
       "Kaushik, relative: likes per post per 1,000 followers = 1000 * sum(likes) / "
       "sum(followers at post time), over the non-repost posts that report likes and whose "
       "author has a follower count; null when no such post"},
      {"link_clicks",
       "clicks on the posts' links as the platform reports them (Meta exports); null when no post "
       "reports them"},
      {"ctr",
       "click-through: sum(link_clicks) / sum(impressions) over the non-repost posts that report "
       "both (platform exports only); _coverage = share of non-repost posts that do"},
      {"posts_per_day",
       "posts / calendar days of the day, week or month (null for other dimensions)"},
      {"follower_growth",
       follower_growth_definition() +
           "; account and platform rows: over the selected period (null without --month or "
           "--since and --until); month rows: over the calendar month; null for other "
           "dimensions"},
      {"follower_growth_monthly",
       "compound monthly rate (F_end / F_start)^(1 / months) - 1 over the same span and accounts "
       "as follower_growth; months = whole calendar months when the span runs from the first of "
       "a month to the first of another (local midnight), else days / 30.436875; equals "
       "follower_growth over one calendar month"},
      {"followers_start",
       "F_start summed over the accounts measured by follower_growth; followers_end: F_end; "
       "followers_net_new: followers_end - followers_start (net change: new follows minus "
       "unfollows)"},
      {"weekday", "ISO weekday in the report time zone, 1 = Monday … 7 = Sunday"},
  };
}

Definitions engagement_definitions(std::initializer_list<std::string_view> keys) {
  const auto all = engagement_definitions();
  Definitions selected;
  for (const auto key : keys) {
    if (const auto it = all.find(std::string(key)); it != all.end()) {
      selected.insert(*it);
    }
  }
  return selected;
}

std::vector<Column> engagement_columns(Dimension dimension) {
  std::vector<Column> columns;
  std::string key_name;
  ColumnType key_type = ColumnType::text;
  switch (dimension) {
  case Dimension::day:
  case Dimension::week:
  case Dimension::month:
    key_name = "period";
    break;
  case Dimension::post:
    key_name = "post_id";
    key_type = ColumnType::id;
    break;
  case Dimension::language:
    key_name = "language";
    break;
  case Dimension::hour:
  case Dimension::weekday:
    key_name = std::string(to_string(dimension));
    key_type = ColumnType::integer;
    break;
  default:
    key_name = std::string(to_string(dimension));
    break;
  }
  columns.push_back({key_name, key_type});
  if (dimension == Dimension::post) {
    columns.push_back({"platform", ColumnType::text});
    columns.push_back({"account", ColumnType::text});
    columns.push_back({"created_at", ColumnType::timestamp});
    columns.push_back({"kind", ColumnType::text});
  }
  for (const auto *name :
       {"posts", "likes", "reposts", "replies", "quotes", "engagement", "impressions"}) {
    columns.push_back({name, ColumnType::integer});
  }
  for (const auto *name : {"er_impressions", "er_impressions_coverage", "er_impressions_median",
                           "er_followers", "er_followers_coverage", "er_followers_median"}) {
    columns.push_back({name, ColumnType::ratio});
  }
  for (const auto *name : {"conversation_rate", "amplification_rate", "applause_rate",
                           "conversation_per_1k", "amplification_per_1k", "applause_per_1k"}) {
    columns.push_back({name, ColumnType::number});
  }
  columns.push_back({"link_clicks", ColumnType::integer});
  columns.push_back({"ctr", ColumnType::ratio});
  columns.push_back({"ctr_coverage", ColumnType::ratio});
  columns.push_back({"posts_per_day", ColumnType::number});
  for (const auto *name : {"followers_start", "followers_end", "followers_net_new"}) {
    columns.push_back({name, ColumnType::integer});
  }
  columns.push_back({"follower_growth", ColumnType::ratio});
  columns.push_back({"follower_growth_monthly", ColumnType::ratio});
  columns.push_back({"follower_growth_coverage", ColumnType::ratio});
  columns.push_back({"follower_growth_interpolated", ColumnType::integer});
  return columns;
}

std::vector<Cell> engagement_cells(const EngagementRow &row, Dimension dimension) {
  std::vector<Cell> cells;
  cells.push_back(row.key);
  if (dimension == Dimension::post) {
    cells.emplace_back(row.platform);
    cells.emplace_back(row.account);
    cells.push_back(row.created_at ? Cell{util::format_rfc3339(*row.created_at)} : Cell{Null{}});
    cells.emplace_back(row.kind);
  }
  cells.emplace_back(row.posts);
  for (const auto *value :
       {&row.likes, &row.reposts, &row.replies, &row.quotes, &row.engagement, &row.impressions}) {
    cells.push_back(optional_cell(*value));
  }
  for (const auto *rate : {&row.er_impressions, &row.er_followers}) {
    cells.push_back(optional_cell(rate->pooled));
    cells.push_back(optional_cell(rate->coverage));
    cells.push_back(optional_cell(rate->median));
  }
  for (const auto *value :
       {&row.conversation_rate, &row.amplification_rate, &row.applause_rate,
        &row.conversation_per_1k, &row.amplification_per_1k, &row.applause_per_1k}) {
    cells.push_back(optional_cell(*value));
  }
  cells.push_back(optional_cell(row.link_clicks));
  cells.push_back(optional_cell(row.ctr));
  cells.push_back(optional_cell(row.ctr_coverage));
  cells.push_back(optional_cell(row.posts_per_day));
  const auto &growth = row.followers;
  cells.push_back(optional_cell(growth.start));
  cells.push_back(optional_cell(growth.end));
  cells.push_back(optional_cell(growth.net_new));
  cells.push_back(optional_cell(growth.growth));
  cells.push_back(optional_cell(growth.monthly));
  cells.push_back(optional_cell(growth.coverage));
  cells.push_back(growth.interpolated ? Cell{std::int64_t{*growth.interpolated ? 1 : 0}}
                                      : Cell{Null{}});
  return cells;
}

Table engagement_table(const std::vector<EngagementRow> &rows, Dimension dimension) {
  Table table;
  table.columns = engagement_columns(dimension);
  table.rows.reserve(rows.size());
  for (const auto &row : rows) {
    table.rows.push_back(engagement_cells(row, dimension));
  }
  return table;
}

} // namespace sociometer::analysis
