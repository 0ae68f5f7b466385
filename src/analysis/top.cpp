// SPDX-License-Identifier: Apache-2.0
#include "sociometer/analysis/top.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>

#include "sociometer/analysis/engagement.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"

namespace sociometer::analysis {
namespace {

// The denominator a post's rate uses: impressions when reported, else followers at post time.
std::optional<double> denominator(const Dataset &dataset, const PostFacts &post) {
  if (post.metrics.impressions && *post.metrics.impressions > 0) {
    return static_cast<double>(*post.metrics.impressions);
  }
  if (const auto followers = author_followers_at(dataset, post); followers && *followers > 0) {
    return static_cast<double>(*followers);
  }
  return std::nullopt;
}

// One line of at most 100 code points, for lists.
std::string preview(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::replace(text.begin(), text.end(), '\r', ' ');
  return util::truncate_code_points(text, 100);
}

Cell optional_cell(const std::optional<double> &value) {
  return value ? Cell{*value} : Cell{Null{}};
}

std::string handle_of(const Dataset &dataset, std::int32_t account) {
  if (account < 0) {
    return {};
  }
  const auto &facts = dataset.accounts[static_cast<std::size_t>(account)];
  return facts.handle.empty() ? facts.native_id : facts.handle;
}

constexpr std::array<std::pair<TopKind, std::string_view>, 5> k_kinds{{
    {TopKind::posts, "posts"},
    {TopKind::hashtags, "hashtags"},
    {TopKind::mentions, "mentions"},
    {TopKind::domains, "domains"},
    {TopKind::languages, "languages"},
}};

} // namespace

std::optional<TopKind> parse_top_kind(std::string_view name) noexcept {
  for (const auto &[kind, text] : k_kinds) {
    if (text == name) {
      return kind;
    }
  }
  return std::nullopt;
}

Table top_posts(const Dataset &dataset, std::size_t limit, bool by_rate) {
  struct Candidate {
    const PostFacts *post;
    std::int64_t engagement;
    std::optional<double> rate;
    std::optional<double> shrunk;
    bool breakout = false;
  };
  std::vector<Candidate> candidates;
  std::map<std::int32_t, std::vector<std::size_t>> by_account;
  for (const auto &post : dataset.posts) {
    const auto engagement = post_engagement(post);
    if (!engagement) {
      continue;
    }
    Candidate candidate{&post, *engagement, std::nullopt, std::nullopt};
    if (const auto d = denominator(dataset, post)) {
      candidate.rate = static_cast<double>(*engagement) / *d;
    }
    by_account[post.account].push_back(candidates.size());
    candidates.push_back(candidate);
  }
  for (const auto &[account, members] : by_account) {
    // Shrinkage prior: the account's pooled rate, with strength m = its median denominator.
    double sum_e = 0;
    double sum_d = 0;
    std::vector<double> denominators;
    std::vector<double> log_engagement;
    for (const auto index : members) {
      const auto &candidate = candidates[index];
      log_engagement.push_back(std::log1p(static_cast<double>(candidate.engagement)));
      if (const auto d = denominator(dataset, *candidate.post)) {
        sum_e += static_cast<double>(candidate.engagement);
        sum_d += *d;
        denominators.push_back(*d);
      }
    }
    const auto m = median(denominators);
    const auto median_log = median(log_engagement);
    std::vector<double> deviations;
    deviations.reserve(log_engagement.size());
    for (const auto value : log_engagement) {
      deviations.push_back(std::fabs(value - *median_log));
    }
    const auto mad = median(deviations).value_or(0.0);
    for (const auto index : members) {
      auto &candidate = candidates[index];
      if (const auto d = denominator(dataset, *candidate.post); d && m && sum_d > 0) {
        const double pooled = sum_e / sum_d;
        candidate.shrunk = (static_cast<double>(candidate.engagement) + *m * pooled) / (*d + *m);
      }
      // Robust z-score on log1p(E) within the account; needs a spread to be meaningful.
      if (mad > 0.0) {
        const double z =
            (std::log1p(static_cast<double>(candidate.engagement)) - *median_log) / (1.4826 * mad);
        candidate.breakout = z > 3.0;
      }
    }
  }
  // Ranking by a rate no post has would silently be a ranking by engagement: refuse it.
  if (by_rate && !candidates.empty() &&
      std::none_of(candidates.begin(), candidates.end(),
                   [](const Candidate &candidate) { return candidate.shrunk.has_value(); })) {
    throw Error(ErrorKind::input,
                "top posts --by-rate: no selected post has a rate (neither impressions nor a "
                "follower count near its time)",
                "rank by engagement (without --by-rate), or ingest captures with impressions or "
                "follower counts");
  }
  std::sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
    if (by_rate) {
      const double ra = a.shrunk.value_or(-1.0);
      const double rb = b.shrunk.value_or(-1.0);
      if (ra != rb) {
        return ra > rb;
      }
    }
    if (a.engagement != b.engagement) {
      return a.engagement > b.engagement;
    }
    return a.post->native_id < b.post->native_id;
  });
  Table table;
  table.columns = {{"rank", ColumnType::integer},
                   {"post_id", ColumnType::id},
                   {"account", ColumnType::text},
                   {"platform", ColumnType::text},
                   {"created_at", ColumnType::timestamp},
                   {"kind", ColumnType::text},
                   {"engagement", ColumnType::integer},
                   {"impressions", ColumnType::integer},
                   {"er", ColumnType::ratio},
                   {"er_shrunk", ColumnType::ratio},
                   {"breakout", ColumnType::integer},
                   {"text", ColumnType::text}};
  std::int64_t rank = 0;
  for (const auto &candidate : candidates) {
    if (limit > 0 && table.rows.size() >= limit) {
      break;
    }
    const auto &post = *candidate.post;
    table.rows.push_back({++rank, post.native_id, handle_of(dataset, post.account),
                          std::string(to_string(post.platform)),
                          util::format_rfc3339(post.created_at), std::string(to_string(post.kind)),
                          candidate.engagement,
                          post.metrics.impressions ? Cell{*post.metrics.impressions} : Cell{Null{}},
                          optional_cell(candidate.rate), optional_cell(candidate.shrunk),
                          std::int64_t{candidate.breakout ? 1 : 0}, preview(post.text)});
  }
  return table;
}

Table top_items(const Dataset &dataset, TopKind kind, std::size_t limit) {
  struct Tally {
    std::int64_t posts = 0;
    std::optional<std::int64_t> engagement;
    std::set<std::int32_t> accounts;
  };
  std::map<std::string, Tally> tallies;
  std::set<std::pair<std::int32_t, std::string>> seen; // count an item once per post
  const auto count = [&](std::int32_t post_index, const std::string &key) {
    if (post_index < 0 || !seen.emplace(post_index, key).second) {
      return;
    }
    const auto &post = dataset.posts[static_cast<std::size_t>(post_index)];
    auto &tally = tallies[key];
    ++tally.posts;
    if (const auto engagement = post_engagement(post)) {
      tally.engagement = tally.engagement.value_or(0) + *engagement;
    }
    tally.accounts.insert(post.account);
  };
  std::string key_name;
  switch (kind) {
  case TopKind::hashtags:
    key_name = "hashtag";
    for (const auto &[post, tag] : dataset.hashtags) {
      count(post, tag);
    }
    break;
  case TopKind::mentions:
    key_name = "account";
    for (const auto &interaction : dataset.interactions) {
      if (interaction.kind == EdgeKind::mention) {
        count(interaction.post, handle_of(dataset, interaction.target));
      }
    }
    break;
  case TopKind::domains:
    key_name = "domain";
    for (const auto &[post, url] : dataset.urls) {
      if (auto domain = util::url_domain(url); !domain.empty()) {
        count(post, domain);
      }
    }
    break;
  default:
    key_name = "language";
    for (std::size_t i = 0; i < dataset.posts.size(); ++i) {
      const auto &lang = dataset.posts[i].lang;
      count(static_cast<std::int32_t>(i), lang.empty() ? "und" : lang);
    }
    break;
  }
  std::vector<std::pair<std::string, Tally>> sorted(tallies.begin(), tallies.end());
  std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
    return a.second.posts != b.second.posts ? a.second.posts > b.second.posts : a.first < b.first;
  });
  const auto total = static_cast<double>(dataset.posts.size());
  Table table;
  table.columns = {{"rank", ColumnType::integer},     {key_name, ColumnType::text},
                   {"posts", ColumnType::integer},    {"share", ColumnType::ratio},
                   {"accounts", ColumnType::integer}, {"engagement", ColumnType::integer}};
  std::int64_t rank = 0;
  for (const auto &[key, tally] : sorted) {
    if (limit > 0 && table.rows.size() >= limit) {
      break;
    }
    table.rows.push_back({++rank, key, tally.posts,
                          total > 0 ? Cell{static_cast<double>(tally.posts) / total} : Cell{Null{}},
                          static_cast<std::int64_t>(tally.accounts.size()),
                          tally.engagement ? Cell{*tally.engagement} : Cell{Null{}}});
  }
  return table;
}

Definitions top_definitions(TopKind kind) {
  if (kind == TopKind::posts) {
    return {
        {"engagement",
         "likes + reposts + replies + quotes; reposts have none of their own and are not listed"},
        {"er", "engagement / impressions, else / followers at post time; null without either"},
        {"er_shrunk",
         "(E + m·ER_pool) / (D + m): the rate pulled towards the account's pooled rate in the "
         "window, m = the account's median denominator, so small denominators do not dominate"},
        {"breakout", "1 when the robust z-score of log1p(engagement) within the account, "
                     "(x − median) / (1.4826·MAD), is above 3"},
        {"rank", "by engagement (or by er_shrunk with --by-rate), then post ID"},
    };
  }
  Definitions definitions = {
      {"posts", "posts of the selection with the item, each post counted once"},
      {"share", "posts / all posts of the selection"},
      {"accounts", "distinct authors of those posts"},
      {"engagement", "engagement summed over those posts (reposts carry none)"},
  };
  if (kind == TopKind::mentions) {
    definitions["account"] =
        "mentioned account; automatic reply mentions and handles inside reposts are not mentions";
  } else if (kind == TopKind::hashtags) {
    definitions["hashtag"] = "NFKC + case folded";
  } else if (kind == TopKind::domains) {
    definitions["domain"] = "host of the expanded link, lower case, without www.";
  }
  return definitions;
}

Table best_time(const Dataset &dataset, const util::TimeZone &zone) {
  // Each post's rate relative to its account's median rate: comparable across accounts and sizes.
  std::map<std::int32_t, std::vector<double>> account_rates;
  std::vector<std::optional<double>> rates(dataset.posts.size());
  for (std::size_t i = 0; i < dataset.posts.size(); ++i) {
    const auto &post = dataset.posts[i];
    const auto engagement = post_engagement(post);
    const auto d = denominator(dataset, post);
    if (engagement && d) {
      rates[i] = static_cast<double>(*engagement) / *d;
      account_rates[post.account].push_back(*rates[i]);
    }
  }
  std::map<std::int32_t, double> account_median;
  for (auto &[account, values] : account_rates) {
    account_median[account] = median(values).value_or(0.0);
  }
  std::array<std::vector<double>, std::size_t{7} * 24> relative;
  std::array<std::int64_t, std::size_t{7} * 24> posts{};
  for (std::size_t i = 0; i < dataset.posts.size(); ++i) {
    const auto &post = dataset.posts[i];
    if (post.kind == PostKind::repost) {
      continue;
    }
    const auto parts = util::local_parts(zone, post.created_at);
    const auto cell =
        static_cast<std::size_t>(parts.iso_weekday - 1) * 24 + static_cast<std::size_t>(parts.hour);
    ++posts[cell];
    if (rates[i] && account_median[post.account] > 0.0) {
      relative[cell].push_back(*rates[i] / account_median[post.account]);
    }
  }
  Table table;
  table.columns = {{"weekday", ColumnType::integer},
                   {"hour", ColumnType::integer},
                   {"posts", ColumnType::integer},
                   {"rated_posts", ColumnType::integer},
                   {"relative_performance", ColumnType::number}};
  for (std::size_t cell = 0; cell < relative.size(); ++cell) {
    const auto rated = static_cast<std::int64_t>(relative[cell].size());
    table.rows.push_back({static_cast<std::int64_t>(cell / 24 + 1),
                          static_cast<std::int64_t>(cell % 24), posts[cell], rated,
                          rated >= 3 ? optional_cell(median(relative[cell])) : Cell{Null{}}});
  }
  return table;
}

Definitions best_time_definitions() {
  return {
      {"weekday", "ISO weekday in the report time zone, 1 = Monday … 7 = Sunday"},
      {"hour", "local hour 0-23 in the report time zone (DST changes follow the tz database)"},
      {"posts", "non-repost posts published in the cell"},
      {"rated_posts", "of those, posts with a rate (engagement / impressions, else / followers)"},
      {"relative_performance",
       "median over the cell of (post rate / median rate of the same account "
       "in the window); 1.0 = a typical post of that account; null with fewer "
       "than 3 rated posts (insufficient data, not zero)"},
  };
}

} // namespace sociometer::analysis
