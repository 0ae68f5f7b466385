// SPDX-License-Identifier: Apache-2.0
#include "sociometer/analysis/engagement.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <unordered_map>

#include "sociometer/error.hpp"
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

// Σ numerator / Σ denominator over the posts that have both.
struct Ratio {
  double sum_n = 0;
  double sum_d = 0;
  std::int64_t posts = 0;
  void add(double numerator, double denominator) {
    sum_n += numerator;
    sum_d += denominator;
    ++posts;
  }
  void add_all(const Ratio &other) {
    sum_n += other.sum_n;
    sum_d += other.sum_d;
    posts += other.posts;
  }
  [[nodiscard]] std::optional<double> value(double scale = 1.0) const {
    return posts > 0 && sum_d > 0 ? std::optional<double>(scale * sum_n / sum_d) : std::nullopt;
  }
};

// The distinct authors (account indices) of one group's posts. A flag per account index in
// every group was quadratic with `engagement --by account` (5.2 GB for 288,000 accounts); a
// std::set per post was 7% of `engagement --by platform`. So: a list, sorted and deduplicated
// each time it doubles (at most 8 bytes per distinct author), that turns into flags once the
// group names a 32nd of the accounts up to its highest index (then an eighth of a byte per
// account up to the highest index it meets); a repeat of the last author costs nothing.
class DistinctAuthors {
public:
  void add(std::int32_t account) {
    if (account == m_last) {
      return;
    }
    m_last = account;
    if (!m_flags.empty()) {
      const auto index = static_cast<std::size_t>(account);
      if (index >= m_flags.size()) {
        m_flags.resize(index + 1, false);
      }
      m_flags[index] = true;
      return;
    }
    m_list.push_back(account);
    if (m_list.size() >= m_compact_at) {
      compact();
    }
  }

  // Adds the authors of `other`, whose account indices become `index_of[index]` here.
  void add_all(const DistinctAuthors &other, const std::vector<std::int32_t> &index_of) {
    for (const auto index : other.ascending()) {
      add(index_of[static_cast<std::size_t>(index)]);
    }
  }

  // The authors in ascending order of index.
  [[nodiscard]] std::vector<std::int32_t> ascending() const {
    std::vector<std::int32_t> authors;
    if (m_flags.empty()) {
      authors = m_list;
      std::sort(authors.begin(), authors.end());
      authors.erase(std::unique(authors.begin(), authors.end()), authors.end());
      return authors;
    }
    for (std::size_t i = 0; i < m_flags.size(); ++i) {
      if (m_flags[i]) {
        authors.push_back(static_cast<std::int32_t>(i));
      }
    }
    return authors;
  }

private:
  void compact() {
    std::sort(m_list.begin(), m_list.end());
    m_list.erase(std::unique(m_list.begin(), m_list.end()), m_list.end());
    const auto highest = m_list.empty() ? std::size_t{0} : static_cast<std::size_t>(m_list.back());
    if (m_list.size() * 32 > highest + 1) {
      m_flags.assign(highest + 1, false);
      for (const auto index : m_list) {
        m_flags[static_cast<std::size_t>(index)] = true;
      }
      m_list = decltype(m_list)(); // `= {}` would keep the capacity
      return;
    }
    m_compact_at = std::max<std::size_t>(2 * m_list.size(), k_first_compaction);
  }

  static constexpr std::size_t k_first_compaction = 1024;
  std::vector<std::int32_t> m_list; // until flags pay: sorted up to its last compaction
  std::vector<bool> m_flags;        // by account index, once they pay
  std::size_t m_compact_at = k_first_compaction;
  std::int32_t m_last = -1;
};

// Accumulates one group's posts; finish() turns the sums into an EngagementRow.
class Accumulator {
public:
  void add_post(const Dataset &dataset, const PostFacts &post) {
    ++m_sums.posts;
    if (post.account >= 0) {
      add_author(post.account);
    }
    if (post.kind == PostKind::repost) {
      return; // a repost's engagement belongs to the original post
    }
    ++m_rated_posts;
    const auto &counts = post.metrics;
    const unsigned components = (counts.likes ? 1U : 0U) | (counts.reposts ? 2U : 0U) |
                                (counts.replies ? 4U : 0U) | (counts.quotes ? 8U : 0U);
    if (components != 0) {
      ++m_component_sets[components];
    }
    m_with_likes += counts.likes ? 1 : 0;
    m_with_reposts += counts.reposts ? 1 : 0;
    m_with_replies += counts.replies ? 1 : 0;
    add(m_sums.likes, counts.likes);
    add(m_sums.reposts, counts.reposts);
    add(m_sums.replies, counts.replies);
    add(m_sums.quotes, counts.quotes);
    add(m_sums.impressions, counts.impressions);
    add(m_sums.link_clicks, counts.link_clicks);
    if (counts.link_clicks && counts.impressions && *counts.impressions > 0) {
      m_ctr.add(static_cast<double>(*counts.link_clicks), static_cast<double>(*counts.impressions));
    }
    const auto followers = author_followers_at(dataset, post);
    const auto f = followers && *followers > 0 ? static_cast<double>(*followers) : 0.0;
    if (f > 0) {
      if (counts.replies) {
        m_conversation.add(static_cast<double>(*counts.replies), f);
      }
      if (counts.reposts) {
        m_amplification.add(static_cast<double>(*counts.reposts + counts.quotes.value_or(0)), f);
      }
      if (counts.likes) {
        m_applause.add(static_cast<double>(*counts.likes), f);
      }
    }
    const auto engagement = post_engagement(post);
    add(m_sums.engagement, engagement);
    if (!engagement) {
      return;
    }
    const auto e = static_cast<double>(*engagement);
    if (counts.impressions && *counts.impressions > 0) {
      const auto i = static_cast<double>(*counts.impressions);
      m_impressions.sum_e += e;
      m_impressions.sum_d += i;
      m_impressions.rates.push_back(e / i);
    }
    if (f > 0) {
      m_followers.sum_e += e;
      m_followers.sum_d += f;
      m_followers.rates.push_back(e / f);
    }
  }

  // Follower growth over `period` of the authors' platform accounts (of `only` when set).
  [[nodiscard]] FollowerGrowth growth(const Dataset &dataset, const Span &period,
                                      std::optional<Platform> only) const {
    std::vector<const FollowerSnapshots *> accounts;
    for (const auto index : m_authors.ascending()) {
      const auto &author = dataset.accounts[static_cast<std::size_t>(index)];
      if (!only || author.platform == *only) {
        accounts.push_back(&author.followers);
      }
      for (const auto &linked : author.linked) {
        if (!only || linked.platform == *only) {
          accounts.push_back(&linked.followers);
        }
      }
    }
    return follower_growth(accounts, period.since, period.until);
  }

  // The group's row; the sums stay, so that a caller may make it twice (engagement's two passes).
  // `medians`: false leaves the medians out (their sorts are most of the cost).
  [[nodiscard]] EngagementRow finish(Cell key, bool medians = true) const {
    EngagementRow row;
    row.key = std::move(key);
    row.posts = m_sums.posts;
    row.likes = m_sums.likes;
    row.reposts = m_sums.reposts;
    row.replies = m_sums.replies;
    row.quotes = m_sums.quotes;
    row.engagement = m_sums.engagement;
    row.impressions = m_sums.impressions;
    row.link_clicks = m_sums.link_clicks;
    row.er_impressions = m_impressions.finish(m_rated_posts, medians);
    row.er_followers = m_followers.finish(m_rated_posts, medians);
    const auto per_post = [](const std::optional<std::int64_t> &total, std::int64_t posts) {
      return total && posts > 0
                 ? std::optional<double>(static_cast<double>(*total) / static_cast<double>(posts))
                 : std::nullopt;
    };
    row.conversation_rate = per_post(row.replies, m_with_replies);
    std::optional<std::int64_t> amplification = row.reposts;
    if (amplification && row.quotes) {
      *amplification += *row.quotes;
    }
    row.amplification_rate = per_post(amplification, m_with_reposts);
    row.applause_rate = per_post(row.likes, m_with_likes);
    row.conversation_per_1k = m_conversation.value(1000.0);
    row.amplification_per_1k = m_amplification.value(1000.0);
    row.applause_per_1k = m_applause.value(1000.0);
    row.ctr = m_ctr.value();
    if (m_rated_posts > 0) {
      row.ctr_coverage = static_cast<double>(m_ctr.posts) / static_cast<double>(m_rated_posts);
    }
    if (m_component_sets.size() > 1) {
      for (const auto &[components, posts] : m_component_sets) {
        std::string names;
        for (const auto &[bit, name] : k_component_names) {
          if ((components & bit) != 0) {
            names += (names.empty() ? "" : "+") + std::string(name);
          }
        }
        row.mixed_components += (row.mixed_components.empty() ? "" : ", ") + names + " (" +
                                std::to_string(posts) + (posts == 1 ? " post)" : " posts)");
      }
    }
    return row;
  }

  // Adds the sums of `other`, whose account indices become `index_of[index]` here. Every sum of
  // doubles adds whole numbers (counts, follower counts), so the order of adding changes nothing.
  void add_all(const Accumulator &other, const std::vector<std::int32_t> &index_of) {
    m_sums.posts += other.m_sums.posts;
    add(m_sums.likes, other.m_sums.likes);
    add(m_sums.reposts, other.m_sums.reposts);
    add(m_sums.replies, other.m_sums.replies);
    add(m_sums.quotes, other.m_sums.quotes);
    add(m_sums.engagement, other.m_sums.engagement);
    add(m_sums.impressions, other.m_sums.impressions);
    add(m_sums.link_clicks, other.m_sums.link_clicks);
    for (const auto &[components, posts] : other.m_component_sets) {
      m_component_sets[components] += posts;
    }
    m_authors.add_all(other.m_authors, index_of);
    m_rated_posts += other.m_rated_posts;
    m_with_likes += other.m_with_likes;
    m_with_reposts += other.m_with_reposts;
    m_with_replies += other.m_with_replies;
    m_impressions.add_all(other.m_impressions);
    m_followers.add_all(other.m_followers);
    m_conversation.add_all(other.m_conversation);
    m_amplification.add_all(other.m_amplification);
    m_applause.add_all(other.m_applause);
    m_ctr.add_all(other.m_ctr);
  }

  // The engagement summed so far (what finish() reports).
  [[nodiscard]] const std::optional<std::int64_t> &engagement() const noexcept {
    return m_sums.engagement;
  }

private:
  void add_author(std::int32_t account) { m_authors.add(account); }

  struct Rate {
    double sum_e = 0;
    double sum_d = 0;
    std::vector<double> rates;
    void add_all(const Rate &other) {
      sum_e += other.sum_e;
      sum_d += other.sum_d;
      rates.insert(rates.end(), other.rates.begin(), other.rates.end());
    }
    [[nodiscard]] PooledRate finish(std::int64_t eligible, bool with_median) const {
      PooledRate result;
      if (eligible > 0) {
        result.coverage = static_cast<double>(rates.size()) / static_cast<double>(eligible);
      }
      if (!rates.empty()) {
        result.pooled = sum_e / sum_d;
        result.median = with_median ? median(rates) : std::nullopt;
      }
      return result;
    }
  };

  static constexpr std::array<std::pair<unsigned, std::string_view>, 4> k_component_names{
      {{1U, "likes"}, {2U, "reposts"}, {4U, "replies"}, {8U, "quotes"}}};

  // The row's counts as they are summed; finish() makes the row (an EngagementRow in every group
  // was two thirds of `--by account`'s memory).
  struct Sums {
    std::int64_t posts = 0;
    std::optional<std::int64_t> likes;
    std::optional<std::int64_t> reposts;
    std::optional<std::int64_t> replies;
    std::optional<std::int64_t> quotes;
    std::optional<std::int64_t> engagement;
    std::optional<std::int64_t> impressions;
    std::optional<std::int64_t> link_clicks;
  };
  Sums m_sums;
  // Posts by the set of engagement components they report (bit mask of k_component_names).
  std::map<unsigned, std::int64_t> m_component_sets;
  DistinctAuthors m_authors;
  std::int64_t m_rated_posts = 0;
  std::int64_t m_with_likes = 0;
  std::int64_t m_with_reposts = 0;
  std::int64_t m_with_replies = 0;
  Rate m_impressions;
  Rate m_followers;
  Ratio m_conversation;
  Ratio m_amplification;
  Ratio m_applause;
  Ratio m_ctr;
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

// key_of for posts handed over in time order: the key of a day, week or month holds until its
// period ends, so it is formatted once per period rather than once per post (printf and the
// time zone's rules were a tenth of `engagement --by month`).
class KeysInTimeOrder {
public:
  KeysInTimeOrder(Dimension dimension, const util::TimeZone &zone)
      : m_dimension(dimension), m_zone(zone) {}

  const Cell &operator()(const Dataset &dataset, const PostFacts &post) {
    const bool periodic = m_dimension == Dimension::day || m_dimension == Dimension::week ||
                          m_dimension == Dimension::month;
    if (periodic && m_valid && post.created_at >= m_start && post.created_at < m_end) {
      return m_key;
    }
    m_key = key_of(dataset, post, m_dimension, m_zone);
    m_valid = periodic;
    if (periodic) {
      using std::chrono::days;
      using std::chrono::sys_days;
      const auto parts = util::local_parts(m_zone, post.created_at);
      std::chrono::year_month_day first = parts.day;
      std::chrono::year_month_day next = sys_days{parts.day} + days{1};
      if (m_dimension == Dimension::week) {
        first = sys_days{parts.day} - days{parts.iso_weekday - 1};
        next = sys_days{first} + days{7};
      } else if (m_dimension == Dimension::month) {
        first = parts.day.year() / parts.day.month() / std::chrono::day{1};
        next = first + std::chrono::months{1};
      }
      m_start = m_zone.start_of_day(first);
      m_end = m_zone.start_of_day(next);
    }
    return m_key;
  }

private:
  Dimension m_dimension;
  const util::TimeZone &m_zone;
  Cell m_key;
  bool m_valid = false;
  TimePoint m_start{};
  TimePoint m_end{};
};

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

namespace {

// Sets the compound monthly rate of a growth measured over `span`.
void set_monthly_rate(FollowerGrowth &growth, const Span &span, const util::TimeZone &zone) {
  const double months = months_in(span, zone);
  if (months == 1.0) {
    growth.monthly = growth.growth;           // the same number, without pow's last-digit rounding
  } else if (growth.growth && months > 0.0) { // growth is set exactly when F_start > 0
    growth.monthly = std::pow(static_cast<double>(*growth.end) / static_cast<double>(*growth.start),
                              1.0 / months) -
                     1.0;
  }
}

// The row of one post under Dimension::post.
EngagementRow post_row(const Dataset &dataset, const PostFacts &post) {
  Accumulator accumulator;
  accumulator.add_post(dataset, post);
  auto row = accumulator.finish(post.native_id);
  row.account = post.account >= 0 ? dataset.accounts[static_cast<std::size_t>(post.account)].handle
                                  : std::string();
  row.platform = std::string(to_string(post.platform));
  row.created_at = post.created_at;
  row.kind = std::string(to_string(post.kind));
  return row;
}

using Group = std::pair<const Cell *, Accumulator *>;

// The row of one group: its sums finished, with follower growth for account and platform rows
// over `period` and month rows over their month; with Detail::gated only what the coverage gate
// and the mixed components read.
EngagementRow group_row(const Dataset &dataset, const Cell &key, const Accumulator &accumulator,
                        Dimension dimension, const util::TimeZone &zone,
                        const std::optional<Span> &period,
                        EngagementSums::Detail detail = EngagementSums::Detail::full) {
  if (detail == EngagementSums::Detail::gated) {
    return accumulator.finish(key, false);
  }
  FollowerGrowth growth;
  const auto *text = std::get_if<std::string>(&key);
  if (dimension == Dimension::account && period) {
    growth = accumulator.growth(dataset, *period, std::nullopt);
    set_monthly_rate(growth, *period, zone);
  } else if (dimension == Dimension::platform && period && text != nullptr) {
    growth = accumulator.growth(dataset, *period, parse_platform(*text));
    set_monthly_rate(growth, *period, zone);
  }
  int days = 0;
  if (dimension == Dimension::day) {
    days = 1;
  } else if (dimension == Dimension::week) {
    days = 7;
  } else if (dimension == Dimension::month && text != nullptr) {
    if (const auto month = util::parse_year_month(*text)) {
      const std::chrono::year_month_day_last last{month->year() / month->month() /
                                                  std::chrono::last};
      days = static_cast<int>(static_cast<unsigned>(last.day()));
      const Span calendar_month{
          zone.start_of_day(*month / std::chrono::day{1}),
          zone.start_of_day((*month + std::chrono::months{1}) / std::chrono::day{1})};
      growth = accumulator.growth(dataset, calendar_month, std::nullopt);
      set_monthly_rate(growth, calendar_month, zone);
    }
  }
  auto row = accumulator.finish(key);
  row.followers = growth;
  if (days > 0) {
    row.posts_per_day = static_cast<double>(row.posts) / days;
  }
  return row;
}

// The rows of `groups`, in their order; each group's lists are dropped once its row is made.
std::vector<EngagementRow> group_rows(const Dataset &dataset, const std::vector<Group> &groups,
                                      Dimension dimension, const util::TimeZone &zone,
                                      const std::optional<Span> &period) {
  std::vector<EngagementRow> rows;
  rows.reserve(groups.size());
  for (const auto &[key, accumulator] : groups) {
    rows.push_back(group_row(dataset, *key, *accumulator, dimension, zone, period));
    *accumulator = Accumulator{}; // its lists are done with: memory for the next rows
  }
  return rows;
}

// The groups of `groups` in key order, as group_rows takes them.
std::vector<Group> in_key_order(std::map<Cell, Accumulator> &groups) {
  std::vector<Group> ordered;
  ordered.reserve(groups.size());
  for (auto &[key, accumulator] : groups) {
    ordered.emplace_back(&key, &accumulator);
  }
  return ordered;
}

} // namespace

std::vector<EngagementRow> engagement_by(const Dataset &dataset, Dimension dimension,
                                         const util::TimeZone &zone,
                                         const std::optional<Span> &period) {
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
      rows.push_back(post_row(dataset, dataset.posts[index]));
    }
    return rows;
  }
  EngagementSums sums(dimension, zone);
  for (const auto &post : dataset.posts) {
    sums.add(dataset, post);
  }
  return sums.rows(dataset, period);
}

struct EngagementSums::Impl {
  Impl(std::optional<Dimension> by, const util::TimeZone &in)
      : dimension(by), zone(in), key_of_post(by.value_or(Dimension::platform), in) {}

  std::optional<Dimension> dimension;
  const util::TimeZone &zone;
  KeysInTimeOrder key_of_post;
  std::map<Cell, Accumulator> groups; // ordered: deterministic, keys ascending
  Accumulator *group = nullptr;       // the last post's: consecutive posts mostly share a group
  Cell group_key;
  Accumulator all; // without a dimension
};

EngagementSums::EngagementSums(std::optional<Dimension> dimension, const util::TimeZone &zone)
    : m_impl(std::make_unique<Impl>(dimension, zone)) {
  if (dimension == Dimension::post) {
    throw Error(ErrorKind::internal, "EngagementSums: rows per post are not sums");
  }
}
EngagementSums::~EngagementSums() = default;
EngagementSums::EngagementSums(EngagementSums &&) noexcept = default;
EngagementSums &EngagementSums::operator=(EngagementSums &&) noexcept = default;

void EngagementSums::add(const Dataset &authors, const PostFacts &post) {
  auto &sums = *m_impl;
  if (!sums.dimension) {
    sums.all.add_post(authors, post);
    return;
  }
  const auto &key = sums.key_of_post(authors, post);
  if (sums.group == nullptr || key != sums.group_key) {
    sums.group = &sums.groups[key];
    sums.group_key = key;
  }
  sums.group->add_post(authors, post);
}

void EngagementSums::append(EngagementSums &&later, Dataset &authors, Dataset &&later_authors) {
  auto &sums = *m_impl;
  auto &other = *later.m_impl;
  if (sums.dimension != other.dimension) {
    throw Error(ErrorKind::internal, "EngagementSums::append: sums of another dimension");
  }
  // The later scan's accounts by this scan's index: found by store ID, else appended.
  std::unordered_map<std::int64_t, std::int32_t> index_by_id;
  index_by_id.reserve(authors.accounts.size() + later_authors.accounts.size());
  for (std::size_t i = 0; i < authors.accounts.size(); ++i) {
    index_by_id.emplace(authors.accounts[i].id, static_cast<std::int32_t>(i));
  }
  std::vector<std::int32_t> index_of;
  index_of.reserve(later_authors.accounts.size());
  for (auto &account : later_authors.accounts) {
    const auto [at, added] =
        index_by_id.try_emplace(account.id, static_cast<std::int32_t>(authors.accounts.size()));
    if (added) {
      authors.accounts.push_back(std::move(account));
    }
    index_of.push_back(at->second);
  }
  later_authors.accounts.clear();
  sums.all.add_all(other.all, index_of);
  other.all = Accumulator{};
  for (auto at = other.groups.begin(); at != other.groups.end();) {
    sums.groups[at->first].add_all(at->second, index_of);
    at = other.groups.erase(at); // freed as it is added: the two are never held whole at once
  }
  sums.group = nullptr; // the map may hold other groups now: find the next post's again
}

std::vector<EngagementRow> EngagementSums::rows(const Dataset &authors,
                                                const std::optional<Span> &period) {
  auto &sums = *m_impl;
  if (!sums.dimension) {
    throw Error(ErrorKind::internal, "EngagementSums::rows: a total has no rows");
  }
  auto groups = in_key_order(sums.groups);
  return group_rows(authors, groups, *sums.dimension, sums.zone, period);
}

std::vector<EngagementRow> EngagementSums::top_rows(const Dataset &authors,
                                                    const std::optional<Span> &period,
                                                    std::size_t limit) {
  auto &sums = *m_impl;
  if (!sums.dimension) {
    throw Error(ErrorKind::internal, "EngagementSums::top_rows: a total has no rows");
  }
  auto groups = in_key_order(sums.groups);
  // Stable over the key order: ties keep it, as a stable sort of rows() by engagement would.
  const auto more_engagement = [](const Group &a, const Group &b) {
    return a.second->engagement().value_or(-1) > b.second->engagement().value_or(-1);
  };
  std::stable_sort(groups.begin(), groups.end(), more_engagement);
  groups.resize(std::min(groups.size(), limit));
  return group_rows(authors, groups, *sums.dimension, sums.zone, period);
}

void EngagementSums::each_row(const Dataset &authors, const std::optional<Span> &period,
                              Detail detail,
                              const std::function<void(EngagementRow &&)> &visit) const {
  const auto &sums = *m_impl;
  if (!sums.dimension) {
    throw Error(ErrorKind::internal, "EngagementSums::each_row: a total has no rows");
  }
  for (const auto &[key, accumulator] : sums.groups) {
    visit(group_row(authors, key, accumulator, *sums.dimension, sums.zone, period, detail));
  }
}

std::size_t EngagementSums::keys() const noexcept { return m_impl->groups.size(); }

EngagementRow EngagementSums::total(const Dataset &authors, std::string label,
                                    const std::optional<Span> &period) {
  auto &sums = *m_impl;
  if (sums.dimension) {
    throw Error(ErrorKind::internal, "EngagementSums::total: rows by a dimension are no total");
  }
  FollowerGrowth growth;
  if (period) {
    growth = sums.all.growth(authors, *period, std::nullopt);
  }
  auto row = sums.all.finish(std::move(label));
  row.followers = growth;
  return row;
}

PostScan scan_of(const Dataset &dataset) {
  return [&dataset](const PostVisitor &visit) {
    for (const auto &post : dataset.posts) {
      visit(dataset, post);
    }
    Dataset authors;
    authors.accounts = dataset.accounts;
    return authors;
  };
}

AuthorScan author_scan_of(const Dataset &dataset) {
  return [&dataset](const AuthorSelection &selected, const PostVisitor &visit) {
    for (const auto &post : dataset.posts) {
      const bool wanted =
          post.account < 0
              ? selected.authorless
              : std::find(selected.account_ids.begin(), selected.account_ids.end(),
                          dataset.accounts[static_cast<std::size_t>(post.account)].id) !=
                    selected.account_ids.end();
      if (wanted) {
        visit(dataset, post);
      }
    }
    Dataset authors;
    authors.accounts = dataset.accounts;
    return authors;
  };
}

void engagement_by_post(const PostScan &posts, const std::function<void(EngagementRow &&)> &row) {
  // Rows go out in (time, native ID) order. A store stream (Store::stream_posts) hands posts over
  // in that order; other scans in (time, store ID) order, so the rows of one publication time
  // wait until the next time comes and are put in order then.
  std::vector<EngagementRow> same_time;
  const auto flush = [&] {
    std::stable_sort(same_time.begin(), same_time.end(),
                     [](const EngagementRow &a, const EngagementRow &b) { return a.key < b.key; });
    for (auto &waiting : same_time) {
      row(std::move(waiting));
    }
    same_time.clear();
  };
  posts([&](const Dataset &dataset, const PostFacts &post) {
    if (!same_time.empty() && same_time.front().created_at != post.created_at) {
      flush();
    }
    same_time.push_back(post_row(dataset, post));
  });
  flush();
}

EngagementRow engagement_total(const PostScan &posts, std::string label,
                               const std::optional<Span> &period) {
  const auto utc = util::TimeZone::utc(); // a total has no keys to place in a time zone
  EngagementSums sums(std::nullopt, utc);
  const auto authors =
      posts([&](const Dataset &dataset, const PostFacts &post) { sums.add(dataset, post); });
  return sums.total(authors, std::move(label), period);
}

EngagementRow engagement_total(const Dataset &dataset, std::string label,
                               const std::optional<Span> &period) {
  return engagement_total(scan_of(dataset), std::move(label), period);
}

void withhold_thin_rates(EngagementRow &row, const std::string &where, CoverageGate &gate) {
  for (const auto &[name, rate] : {std::pair{"er_impressions", &row.er_impressions},
                                   std::pair{"er_followers", &row.er_followers}}) {
    if (!gate.keep(name, where, rate->pooled, rate->coverage)) {
      rate->pooled.reset();
      rate->median.reset();
      rate->withheld = true;
    }
  }
  if (!gate.keep("ctr", where, row.ctr, row.ctr_coverage)) {
    row.ctr.reset();
  }
}

void withhold_thin_rates(EngagementRow &row, CoverageGate &gate) {
  const auto *text = std::get_if<std::string>(&row.key);
  const auto *number = std::get_if<std::int64_t>(&row.key);
  withhold_thin_rates(row,
                      text != nullptr     ? *text
                      : number != nullptr ? std::to_string(*number)
                                          : std::string("(row)"),
                      gate);
}

void withhold_thin_rates(std::vector<EngagementRow> &rows, CoverageGate &gate) {
  for (auto &row : rows) {
    withhold_thin_rates(row, gate);
  }
}

} // namespace sociometer::analysis
