// SPDX-License-Identifier: Apache-2.0
#include "sociometer/analysis/engagement.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "sociometer/util/time.hpp"

namespace sociometer::analysis {
namespace {

constexpr std::array<std::pair<Dimension, std::string_view>, 10> k_dimensions{{
    {Dimension::post, "post"},
    {Dimension::account, "account"},
    {Dimension::platform, "platform"},
    {Dimension::day, "day"},
    {Dimension::week, "week"},
    {Dimension::month, "month"},
    {Dimension::hour, "hour"},
    {Dimension::weekday, "weekday"},
    {Dimension::language, "language"},
    {Dimension::kind, "kind"},
}};

void add(std::optional<std::int64_t> &total, const std::optional<std::int64_t> &value) {
  if (value) {
    total = total.value_or(0) + *value;
  }
}

// Accumulates one group's posts; finish() turns the sums into an EngagementRow.
class Accumulator {
public:
  void add_post(const Dataset &dataset, const PostFacts &post) {
    ++m_row.posts;
    if (post.kind == PostKind::repost) {
      return; // a repost's engagement belongs to the original post
    }
    ++m_rated_posts;
    m_with_likes += post.metrics.likes ? 1 : 0;
    m_with_reposts += post.metrics.reposts ? 1 : 0;
    m_with_replies += post.metrics.replies ? 1 : 0;
    add(m_row.likes, post.metrics.likes);
    add(m_row.reposts, post.metrics.reposts);
    add(m_row.replies, post.metrics.replies);
    add(m_row.quotes, post.metrics.quotes);
    add(m_row.impressions, post.metrics.impressions);
    const auto engagement = post_engagement(post);
    add(m_row.engagement, engagement);
    if (!engagement) {
      return;
    }
    const auto e = static_cast<double>(*engagement);
    if (post.metrics.impressions && *post.metrics.impressions > 0) {
      const auto i = static_cast<double>(*post.metrics.impressions);
      m_impressions.sum_e += e;
      m_impressions.sum_d += i;
      m_impressions.rates.push_back(e / i);
    }
    if (post.account >= 0) {
      const auto &account = dataset.accounts[static_cast<std::size_t>(post.account)];
      if (const auto followers = followers_at(account, post.created_at);
          followers && *followers > 0) {
        const auto f = static_cast<double>(*followers);
        m_followers.sum_e += e;
        m_followers.sum_d += f;
        m_followers.rates.push_back(e / f);
      }
    }
  }

  EngagementRow finish(Cell key) {
    m_row.key = std::move(key);
    m_row.er_impressions = m_impressions.finish(m_rated_posts);
    m_row.er_followers = m_followers.finish(m_rated_posts);
    const auto per_post = [](const std::optional<std::int64_t> &total, std::int64_t posts) {
      return total && posts > 0
                 ? std::optional<double>(static_cast<double>(*total) / static_cast<double>(posts))
                 : std::nullopt;
    };
    m_row.conversation_rate = per_post(m_row.replies, m_with_replies);
    std::optional<std::int64_t> amplification = m_row.reposts;
    if (amplification && m_row.quotes) {
      *amplification += *m_row.quotes;
    }
    m_row.amplification_rate = per_post(amplification, m_with_reposts);
    m_row.applause_rate = per_post(m_row.likes, m_with_likes);
    return std::move(m_row);
  }

private:
  struct Rate {
    double sum_e = 0;
    double sum_d = 0;
    std::vector<double> rates;
    PooledRate finish(std::int64_t eligible) {
      PooledRate result;
      if (eligible > 0) {
        result.coverage = static_cast<double>(rates.size()) / static_cast<double>(eligible);
      }
      if (!rates.empty()) {
        result.pooled = sum_e / sum_d;
        result.median = median(std::move(rates));
      }
      return result;
    }
  };

  EngagementRow m_row;
  std::int64_t m_rated_posts = 0;
  std::int64_t m_with_likes = 0;
  std::int64_t m_with_reposts = 0;
  std::int64_t m_with_replies = 0;
  Rate m_impressions;
  Rate m_followers;
};

// The text or integer key of `post` under `dimension`.
Cell key_of(const Dataset &dataset, const PostFacts &post, Dimension dimension,
            const util::TimeZone &zone) {
  switch (dimension) {
  case Dimension::post:
    return post.native_id;
  case Dimension::account:
    return post.account >= 0 ? dataset.accounts[static_cast<std::size_t>(post.account)].handle
                             : std::string("(unknown)");
  case Dimension::platform:
    return std::string(to_string(post.platform));
  case Dimension::language:
    return post.lang.empty() ? std::string("und") : post.lang;
  case Dimension::kind:
    return std::string(to_string(post.kind));
  default:
    break;
  }
  const auto parts = util::local_parts(zone, post.created_at);
  switch (dimension) {
  case Dimension::day:
    return util::format_date(parts.day);
  case Dimension::month:
    return util::format_year_month(parts.day.year() / parts.day.month());
  case Dimension::week: {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-W%02u", parts.iso_year, parts.iso_week);
    return std::string(buffer);
  }
  case Dimension::hour:
    return std::int64_t{parts.hour};
  default:
    return std::int64_t{parts.iso_weekday};
  }
}

Cell optional_cell(const std::optional<std::int64_t> &value) {
  return value ? Cell{*value} : Cell{Null{}};
}
Cell optional_cell(const std::optional<double> &value) {
  return value ? Cell{*value} : Cell{Null{}};
}

} // namespace

std::optional<Dimension> parse_dimension(std::string_view name) noexcept {
  for (const auto &[value, text] : k_dimensions) {
    if (text == name) {
      return value;
    }
  }
  return std::nullopt;
}

std::string_view to_string(Dimension dimension) noexcept {
  for (const auto &[value, text] : k_dimensions) {
    if (value == dimension) {
      return text;
    }
  }
  return "unknown";
}

std::optional<double> median(std::vector<double> values) {
  if (values.empty()) {
    return std::nullopt;
  }
  std::sort(values.begin(), values.end());
  const auto middle = values.size() / 2;
  return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

std::optional<std::int64_t> post_engagement(const PostFacts &post) noexcept {
  if (post.kind == PostKind::repost) {
    return std::nullopt;
  }
  std::optional<std::int64_t> total;
  add(total, post.metrics.likes);
  add(total, post.metrics.reposts);
  add(total, post.metrics.replies);
  add(total, post.metrics.quotes);
  return total;
}

std::optional<std::int64_t> followers_at(const AccountFacts &account, TimePoint at) noexcept {
  const auto &series = account.followers;
  if (series.empty()) {
    return std::nullopt;
  }
  const auto after =
      std::upper_bound(series.begin(), series.end(), at,
                       [](TimePoint t, const auto &entry) { return t < entry.first; });
  if (after == series.begin()) {
    return series.front().second;
  }
  return std::prev(after)->second;
}

std::vector<EngagementRow> engagement_by(const Dataset &dataset, Dimension dimension,
                                         const util::TimeZone &zone) {
  std::vector<EngagementRow> rows;
  if (dimension == Dimension::post) {
    std::vector<std::size_t> order(dataset.posts.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
      order[i] = i;
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      const auto &pa = dataset.posts[a];
      const auto &pb = dataset.posts[b];
      return std::tie(pa.created_at, pa.native_id) < std::tie(pb.created_at, pb.native_id);
    });
    for (const auto index : order) {
      const auto &post = dataset.posts[index];
      Accumulator accumulator;
      accumulator.add_post(dataset, post);
      auto row = accumulator.finish(post.native_id);
      row.account = post.account >= 0
                        ? dataset.accounts[static_cast<std::size_t>(post.account)].handle
                        : std::string();
      row.platform = std::string(to_string(post.platform));
      row.created_at = post.created_at;
      row.kind = std::string(to_string(post.kind));
      rows.push_back(std::move(row));
    }
    return rows;
  }
  std::map<Cell, Accumulator> groups; // ordered: deterministic, keys ascending
  for (const auto &post : dataset.posts) {
    groups[key_of(dataset, post, dimension, zone)].add_post(dataset, post);
  }
  for (auto &[key, accumulator] : groups) {
    rows.push_back(accumulator.finish(key));
    auto &row = rows.back();
    const auto &text = std::get<std::string>(key);
    int days = 0;
    if (dimension == Dimension::day) {
      days = 1;
    } else if (dimension == Dimension::week) {
      days = 7;
    } else if (dimension == Dimension::month) {
      if (const auto month = util::parse_year_month(text)) {
        const std::chrono::year_month_day_last last{month->year() / month->month() /
                                                    std::chrono::last};
        days = static_cast<int>(static_cast<unsigned>(last.day()));
      }
    }
    if (days > 0) {
      row.posts_per_day = static_cast<double>(row.posts) / days;
    }
  }
  return rows;
}

EngagementRow engagement_total(const Dataset &dataset, std::string label) {
  Accumulator accumulator;
  for (const auto &post : dataset.posts) {
    accumulator.add_post(dataset, post);
  }
  return accumulator.finish(std::move(label));
}

Table engagement_table(const std::vector<EngagementRow> &rows, Dimension dimension) {
  Table table;
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
  table.columns.push_back({key_name, key_type});
  if (dimension == Dimension::post) {
    table.columns.push_back({"platform", ColumnType::text});
    table.columns.push_back({"account", ColumnType::text});
    table.columns.push_back({"created_at", ColumnType::timestamp});
    table.columns.push_back({"kind", ColumnType::text});
  }
  for (const auto *name :
       {"posts", "likes", "reposts", "replies", "quotes", "engagement", "impressions"}) {
    table.columns.push_back({name, ColumnType::integer});
  }
  for (const auto *name : {"er_impressions", "er_impressions_coverage", "er_impressions_median",
                           "er_followers", "er_followers_coverage", "er_followers_median"}) {
    table.columns.push_back({name, ColumnType::ratio});
  }
  for (const auto *name :
       {"conversation_rate", "amplification_rate", "applause_rate", "posts_per_day"}) {
    table.columns.push_back({name, ColumnType::number});
  }
  for (const auto &row : rows) {
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
    for (const auto *value : {&row.conversation_rate, &row.amplification_rate, &row.applause_rate,
                              &row.posts_per_day}) {
      cells.push_back(optional_cell(*value));
    }
    table.rows.push_back(std::move(cells));
  }
  return table;
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
       "follower snapshot (the latest at or before the post, else the earliest after it)"},
      {"period", "calendar day, ISO week (YYYY-Www) or month in the report time zone; posts are "
                 "attributed to the period they were published in"},
      {"hour", "local hour 0-23 in the report time zone"},
      {"conversation_rate",
       "Kaushik: replies received per non-repost post, over the posts that report replies"},
      {"amplification_rate",
       "Kaushik: (reposts + quotes) received per non-repost post, over the posts that "
       "report reposts"},
      {"applause_rate", "Kaushik: likes per non-repost post, over the posts that report likes"},
      {"posts_per_day",
       "posts / calendar days of the day, week or month (null for other dimensions)"},
      {"weekday", "ISO weekday in the report time zone, 1 = Monday … 7 = Sunday"},
  };
}

} // namespace sociometer::analysis
