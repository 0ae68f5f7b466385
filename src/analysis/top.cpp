// SPDX-License-Identifier: Apache-2.0
#include "sociometer/analysis/top.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <map>
#include <memory>
#include <set>

#include "sociometer/analysis/engagement.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"
#include "top_by_engagement.hpp"

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

// What ranking needs of a post with engagement (64 bytes); its native ID is read only when it
// is needed to break a tie at the shown rows, its text only when it is shown.
struct Candidate {
  std::int64_t id = 0;
  TimePoint created_at{};
  std::int64_t engagement = 0;
  std::int64_t impressions = 0;
  double denominator = 0; // 0 when the post has none
  double shrunk = 0;
  std::int32_t account = -1;
  Platform platform = Platform::other;
  PostKind kind = PostKind::post;
  bool has_impressions = false;
  bool has_shrunk = false;
  bool breakout = false;

  [[nodiscard]] std::optional<double> rate() const {
    return denominator > 0 ? std::optional<double>(static_cast<double>(engagement) / denominator)
                           : std::nullopt;
  }
};

// An account's posts with engagement as its shrinkage prior and breakout flags need them: 16 bytes
// a post, where a whole candidate is 64 (only the shown candidates are kept, by default).
struct AccountSample {
  std::vector<double> log_engagement; // log1p(E) of each post
  std::vector<double> denominators;   // of those with a denominator
  double sum_e = 0;                   // E summed over those with a denominator
  double sum_d = 0;

  void add(const Candidate &candidate) {
    log_engagement.push_back(std::log1p(static_cast<double>(candidate.engagement)));
    if (candidate.denominator > 0) {
      sum_e += static_cast<double>(candidate.engagement);
      sum_d += candidate.denominator;
      denominators.push_back(candidate.denominator);
    }
  }
};

// What an account's sample says about each of its posts: the shrinkage prior (its pooled rate,
// with strength m = its median denominator) and the spread of log1p(engagement).
struct AccountPrior {
  std::optional<double> m;
  double sum_e = 0;
  double sum_d = 0;
  std::optional<double> median_log;
  double mad = 0;

  explicit AccountPrior(AccountSample &&sample)
      : m(median(std::move(sample.denominators))), sum_e(sample.sum_e), sum_d(sample.sum_d),
        median_log(median(sample.log_engagement)) {
    for (auto &value : sample.log_engagement) {
      value = std::fabs(value - *median_log); // the deviations, in place
    }
    mad = median(std::move(sample.log_engagement)).value_or(0.0);
  }

  // The candidate's rate shrunk towards the account's pooled rate, and the breakout flag (robust
  // z-score of log1p(engagement) above 3).
  void apply(Candidate &candidate) const {
    if (const auto d = candidate.denominator; d > 0 && m && sum_d > 0) {
      const double pooled = sum_e / sum_d;
      candidate.shrunk = (static_cast<double>(candidate.engagement) + *m * pooled) / (d + *m);
      candidate.has_shrunk = true;
    }
    // Robust z-score on log1p(E) within the account; needs a spread to be meaningful.
    if (mad > 0.0) {
      const double z =
          (std::log1p(static_cast<double>(candidate.engagement)) - *median_log) / (1.4826 * mad);
      candidate.breakout = z > 3.0;
    }
  }
};

} // namespace

std::optional<TopKind> parse_top_kind(std::string_view name) noexcept {
  for (const auto &[kind, text] : k_kinds) {
    if (text == name) {
      return kind;
    }
  }
  return std::nullopt;
}

namespace {

// The posts `top posts` ranks, each with its shrunk rate and breakout flag, and the accounts of
// the scan (into `authors`). Ranked by engagement, only the shown posts and their ties are kept;
// ranked by shrunk rate (`keep_every_post`), which needs every account's whole sample first,
// every post with engagement is. A deque grows without copying: no moment with the old and the
// new block both held.
std::deque<Candidate> scored_candidates(const PostScan &posts, std::size_t limit,
                                        bool keep_every_post, Dataset &authors) {
  std::deque<Candidate> candidates;
  TopByEngagement<Candidate> kept(keep_every_post ? 0 : limit);
  std::map<std::int32_t, AccountSample> samples; // only while not every post is kept
  authors = posts([&](const Dataset &dataset, const PostFacts &post) {
    const auto engagement = post_engagement(post);
    if (!engagement) {
      return;
    }
    Candidate candidate;
    candidate.id = post.id;
    candidate.created_at = post.created_at;
    candidate.engagement = *engagement;
    candidate.has_impressions = post.metrics.impressions.has_value();
    candidate.impressions = post.metrics.impressions.value_or(0);
    candidate.account = post.account;
    candidate.platform = post.platform;
    candidate.kind = post.kind;
    candidate.denominator = denominator(dataset, post).value_or(0.0);
    if (keep_every_post) {
      candidates.push_back(candidate);
    } else {
      samples[post.account].add(candidate);
      kept.add(candidate.engagement, candidate);
    }
  });
  if (keep_every_post) {
    // Every post is at hand: each account's run of candidates is its sample, with nothing held
    // per account (a capture by 273,000 authors). The ranking sorts them again; its sums are of
    // whole numbers, so their order does not change a digit.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
      return a.account != b.account ? a.account < b.account : a.id < b.id;
    });
    for (auto first = candidates.begin(); first != candidates.end();) {
      const auto end = std::find_if(first, candidates.end(), [&](const Candidate &candidate) {
        return candidate.account != first->account;
      });
      AccountSample sample;
      std::for_each(first, end, [&](const Candidate &candidate) { sample.add(candidate); });
      const AccountPrior prior(std::move(sample));
      std::for_each(first, end, [&](Candidate &candidate) { prior.apply(candidate); });
      first = end;
    }
    return candidates;
  }
  // Moved a block at a time: the kept entries' blocks are freed as the candidates' are filled.
  for (auto entries = kept.take(); !entries.empty(); entries.pop_front()) {
    candidates.push_back(entries.front().second);
  }
  std::map<std::int32_t, AccountPrior> priors;
  for (auto &[account, sample] : samples) {
    priors.emplace(account, AccountPrior(std::move(sample)));
  }
  samples.clear();
  for (auto &candidate : candidates) {
    priors.at(candidate.account).apply(candidate);
  }
  return candidates;
}

} // namespace

void top_posts(const PostScan &posts, std::size_t limit, bool by_rate, const PostTexts &texts_of,
               const PostTexts &native_ids_of, RowSink &sink) {
  Dataset authors;
  auto candidates = scored_candidates(posts, limit, by_rate || limit == 0, authors);
  // Ranking by a rate no post has would silently be a ranking by engagement: refuse it.
  if (by_rate && !candidates.empty() &&
      std::none_of(candidates.begin(), candidates.end(),
                   [](const Candidate &candidate) { return candidate.has_shrunk; })) {
    throw Error(ErrorKind::input,
                "top posts --by-rate: no selected post has a rate (neither impressions nor a "
                "follower count near its time)",
                "rank by engagement (without --by-rate), or ingest captures with impressions or "
                "follower counts");
  }
  // Rank by (shrunk rate,) engagement, then native ID. Native IDs are read only for the posts
  // that rank at or above the last shown row without them: the ties there need them.
  const auto rate_of = [](const Candidate &c) { return c.has_shrunk ? c.shrunk : -1.0; };
  const auto before = [&](const Candidate &a, const Candidate &b) {
    if (by_rate && rate_of(a) != rate_of(b)) {
      return rate_of(a) > rate_of(b);
    }
    return a.engagement > b.engagement;
  };
  std::sort(candidates.begin(), candidates.end(), before);
  std::size_t ranked = candidates.size();
  if (limit > 0 && ranked > limit) {
    const auto &last = candidates[limit - 1];
    ranked = limit;
    while (ranked < candidates.size() && !before(last, candidates[ranked])) {
      ++ranked;
    }
  }
  candidates.resize(ranked);
  std::vector<std::int64_t> ids;
  ids.reserve(ranked);
  for (const auto &candidate : candidates) {
    ids.push_back(candidate.id);
  }
  const auto native_ids = native_ids_of(ids);
  std::vector<std::uint32_t> order(ranked);
  for (std::uint32_t i = 0; i < ranked; ++i) {
    order[i] = i;
  }
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (before(candidates[a], candidates[b]) || before(candidates[b], candidates[a])) {
      return a < b; // already in rank order
    }
    // The same native ID on two platforms: by store ID, so that the order never depends on the
    // order the candidates were kept in.
    return native_ids[a] != native_ids[b] ? native_ids[a] < native_ids[b]
                                          : candidates[a].id < candidates[b].id;
  });
  if (limit > 0 && order.size() > limit) {
    order.resize(limit);
  }
  sink.columns({{"rank", ColumnType::integer},
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
                {"text", ColumnType::text}});
  // Texts are read a chunk of rows at a time: `--limit 0` shows every post, and holding all
  // their texts at once grew with the store (982 MiB at 1M posts).
  constexpr std::size_t k_text_chunk = 4096;
  std::vector<std::int64_t> shown;
  for (std::size_t first = 0; first < order.size(); first += k_text_chunk) {
    const auto end = std::min(order.size(), first + k_text_chunk);
    shown.clear();
    for (auto i = first; i < end; ++i) {
      shown.push_back(candidates[order[i]].id);
    }
    const auto texts = texts_of(shown);
    for (auto i = first; i < end; ++i) {
      const auto &candidate = candidates[order[i]];
      sink.row({static_cast<std::int64_t>(i + 1), native_ids[order[i]],
                handle_of(authors, candidate.account), std::string(to_string(candidate.platform)),
                util::format_rfc3339(candidate.created_at), std::string(to_string(candidate.kind)),
                candidate.engagement,
                candidate.has_impressions ? Cell{candidate.impressions} : Cell{Null{}},
                optional_cell(candidate.rate()),
                candidate.has_shrunk ? Cell{candidate.shrunk} : Cell{Null{}},
                std::int64_t{candidate.breakout ? 1 : 0},
                preview(i - first < texts.size() ? texts[i - first] : std::string())});
    }
  }
}

Table top_posts(const PostScan &posts, std::size_t limit, bool by_rate, const PostTexts &texts,
                const PostTexts &native_ids) {
  Table table;
  TableSink sink(table);
  top_posts(posts, limit, by_rate, texts, native_ids, sink);
  return table;
}

Table top_posts(const Dataset &dataset, std::size_t limit, bool by_rate) {
  // Posts are named by their index here: a Dataset's posts need not carry store IDs.
  const PostScan scan = [&](const PostVisitor &visit) {
    PostFacts copy;
    for (std::size_t i = 0; i < dataset.posts.size(); ++i) {
      copy = dataset.posts[i];
      copy.id = static_cast<std::int64_t>(i);
      visit(dataset, copy);
    }
    Dataset authors;
    authors.accounts = dataset.accounts;
    return authors;
  };
  const auto field_of = [&](std::string PostFacts::*field) {
    return [&dataset, field](const std::vector<std::int64_t> &indices) {
      std::vector<std::string> values;
      values.reserve(indices.size());
      for (const auto index : indices) {
        values.push_back(dataset.posts[static_cast<std::size_t>(index)].*field);
      }
      return values;
    };
  };
  return top_posts(scan, limit, by_rate, field_of(&PostFacts::text),
                   field_of(&PostFacts::native_id));
}

Table top_items(const ItemScan &posts, TopKind kind, std::size_t limit) {
  struct Tally {
    std::int64_t posts = 0;
    std::optional<std::int64_t> engagement;
    std::set<std::int32_t> accounts;
  };
  std::map<std::string, Tally> tallies;
  std::int64_t total = 0;
  std::vector<std::string> keys; // of one post, each counted once
  const auto count = [&](const Dataset &authors, const PostFacts &post,
                         const std::vector<std::string_view> &texts,
                         const std::vector<std::int32_t> &accounts) {
    ++total;
    keys.clear();
    switch (kind) {
    case TopKind::hashtags:
      keys.assign(texts.begin(), texts.end());
      break;
    case TopKind::mentions:
      for (const auto account : accounts) {
        keys.push_back(handle_of(authors, account));
      }
      break;
    case TopKind::domains:
      for (const auto url : texts) {
        if (auto domain = util::url_domain(url); !domain.empty()) {
          keys.push_back(std::move(domain));
        }
      }
      break;
    default:
      keys.emplace_back(post.lang.empty() ? "und" : post.lang);
      break;
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    const auto engagement = post_engagement(post);
    for (const auto &key : keys) {
      auto &tally = tallies[key];
      ++tally.posts;
      if (engagement) {
        tally.engagement = tally.engagement.value_or(0) + *engagement;
      }
      tally.accounts.insert(post.account);
    }
  };
  posts(count);
  std::string key_name = kind == TopKind::hashtags   ? "hashtag"
                         : kind == TopKind::mentions ? "account"
                         : kind == TopKind::domains  ? "domain"
                                                     : "language";
  std::vector<std::pair<std::string, Tally>> sorted(std::make_move_iterator(tallies.begin()),
                                                    std::make_move_iterator(tallies.end()));
  std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
    return a.second.posts != b.second.posts ? a.second.posts > b.second.posts : a.first < b.first;
  });
  const auto all = static_cast<double>(total);
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
                          all > 0 ? Cell{static_cast<double>(tally.posts) / all} : Cell{Null{}},
                          static_cast<std::int64_t>(tally.accounts.size()),
                          tally.engagement ? Cell{*tally.engagement} : Cell{Null{}}});
  }
  return table;
}

ItemScan item_scan_of(const Dataset &dataset, TopKind kind) {
  // The Dataset's items grouped by post, as a store scan hands them over.
  struct Items {
    std::vector<std::vector<std::string_view>> texts;
    std::vector<std::vector<std::int32_t>> accounts;
  };
  auto items = std::make_shared<Items>();
  items->texts.resize(dataset.posts.size());
  items->accounts.resize(dataset.posts.size());
  const auto in_range = [&](std::int32_t post) {
    return post >= 0 && static_cast<std::size_t>(post) < dataset.posts.size();
  };
  const auto &pairs = kind == TopKind::hashtags ? dataset.hashtags : dataset.urls;
  if (kind == TopKind::hashtags || kind == TopKind::domains) {
    for (const auto &[post, text] : pairs) {
      if (in_range(post)) {
        items->texts[static_cast<std::size_t>(post)].emplace_back(text);
      }
    }
  }
  for (const auto &interaction : dataset.interactions) {
    if (interaction.kind == EdgeKind::mention && in_range(interaction.post)) {
      items->accounts[static_cast<std::size_t>(interaction.post)].push_back(interaction.target);
    }
  }
  return [&dataset, items](const ItemVisitor &visit) {
    for (std::size_t i = 0; i < dataset.posts.size(); ++i) {
      visit(dataset, dataset.posts[i], items->texts[i], items->accounts[i]);
    }
    Dataset authors;
    authors.accounts = dataset.accounts;
    return authors;
  };
}

Table top_items(const Dataset &dataset, TopKind kind, std::size_t limit) {
  return top_items(item_scan_of(dataset, kind), kind, limit);
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

namespace {

// What each post of one account is compared with in the best-time grid.
struct ComparisonBasis {
  bool by_rate = true;    // else by engagement per post
  double reference = 0.0; // 0: the account's posts are not compared
};

std::optional<double> mean(const std::vector<double> &values) {
  if (values.empty()) {
    return std::nullopt;
  }
  double sum = 0.0;
  for (const auto value : values) {
    sum += value;
  }
  return sum / static_cast<double>(values.size());
}

// The median of `values` when positive, else their mean when positive (most posts at 0: the
// median says nothing), else nothing. `used_mean` tells which.
std::optional<double> positive_centre(const std::vector<double> &values, bool &used_mean) {
  used_mean = false;
  if (const auto middle = median(values); middle && *middle > 0.0) {
    return middle;
  }
  used_mean = true;
  if (const auto average = mean(values); average && *average > 0.0) {
    return average;
  }
  return std::nullopt;
}

// "a", "a, b, c" or "a, b, c and 4 more accounts": who a best-time note is about.
std::string accounts_phrase(const std::vector<std::string> &names) {
  constexpr std::size_t k_named = 3;
  std::string phrase;
  for (std::size_t i = 0; i < std::min(names.size(), k_named); ++i) {
    phrase += (i == 0 ? "" : ", ") + names[i];
  }
  if (names.size() > k_named) {
    phrase += " and " + std::to_string(names.size() - k_named) + " more accounts";
  }
  return phrase;
}

// What the best-time grid keeps of a scanned post: its account, its rate or engagement, and
// its cell (24 bytes; the grid needs every post's value for the medians).
struct TimedPost {
  std::optional<double> rate;
  std::int64_t engagement = 0;
  std::int32_t account = -1;
  std::uint8_t cell = 0;
  bool repost = false;
  bool engaged = false; // `engagement` was reported
};

// Per account: its median rate if positive, else its mean rate, else (no rate) its median or
// mean engagement per non-repost post. One note per basis other than the median rate, naming
// the accounts on it.
std::map<std::int32_t, ComparisonBasis> comparison_bases(const Dataset &authors,
                                                         const std::deque<TimedPost> &posts,
                                                         std::vector<std::string> &notes) {
  std::map<std::int32_t, std::vector<double>> account_rates;
  std::map<std::int32_t, std::vector<double>> account_engagement;
  std::set<std::int32_t> accounts;
  for (const auto &post : posts) {
    if (post.rate) {
      account_rates[post.account].push_back(*post.rate);
    }
    if (post.repost) {
      continue;
    }
    accounts.insert(post.account);
    if (post.engaged) {
      account_engagement[post.account].push_back(static_cast<double>(post.engagement));
    }
  }
  std::map<std::int32_t, ComparisonBasis> bases;
  std::vector<std::string> by_mean_rate;
  std::vector<std::string> by_engagement;
  std::vector<std::string> unrated;
  for (const auto account : accounts) {
    bool used_mean = false;
    if (const auto rate = positive_centre(account_rates[account], used_mean)) {
      bases[account] = {true, *rate};
      if (used_mean) {
        by_mean_rate.push_back(handle_of(authors, account));
      }
    } else if (const auto engagement = positive_centre(account_engagement[account], used_mean)) {
      bases[account] = {false, *engagement};
      by_engagement.push_back(handle_of(authors, account));
    } else {
      bases[account] = {true, 0.0};
      unrated.push_back(handle_of(authors, account));
    }
  }
  if (!by_mean_rate.empty()) {
    notes.push_back(accounts_phrase(by_mean_rate) +
                    ": median rate 0 (most posts without engagement); compared with the mean rate");
  }
  if (!by_engagement.empty()) {
    notes.push_back(accounts_phrase(by_engagement) +
                    ": no post with a rate; compared by engagement per post against the "
                    "account's median (else mean) engagement");
  }
  if (!unrated.empty()) {
    notes.push_back(accounts_phrase(unrated) + ": no engagement in the window; posts not rated");
  }
  return bases;
}

} // namespace

BestTimeGrid best_time(const PostScan &scan, const util::TimeZone &zone) {
  // Each post's rate relative to its account's median rate: comparable across accounts and sizes.
  // A deque grows without copying: no moment with the old and the new block both held.
  std::deque<TimedPost> posts;
  const auto authors = scan([&](const Dataset &dataset, const PostFacts &post) {
    TimedPost timed;
    timed.account = post.account;
    timed.repost = post.kind == PostKind::repost;
    const auto engagement = post_engagement(post);
    if (engagement) {
      timed.engaged = true;
      timed.engagement = *engagement;
      if (const auto d = denominator(dataset, post)) {
        timed.rate = static_cast<double>(*engagement) / *d;
      }
    }
    if (!timed.repost) {
      const auto parts = util::local_parts(zone, post.created_at);
      timed.cell = static_cast<std::uint8_t>((parts.iso_weekday - 1) * 24 + parts.hour);
    }
    posts.push_back(timed);
  });
  BestTimeGrid grid;
  const auto bases = comparison_bases(authors, posts, grid.notes);
  std::array<std::vector<double>, std::size_t{7} * 24> relative;
  std::array<std::int64_t, std::size_t{7} * 24> counts{};
  for (const auto &post : posts) {
    if (post.repost) {
      continue;
    }
    ++counts[post.cell];
    const auto &basis = bases.at(post.account);
    std::optional<double> value = post.rate;
    if (!basis.by_rate) {
      value =
          post.engaged ? std::optional<double>(static_cast<double>(post.engagement)) : std::nullopt;
    }
    if (value && basis.reference > 0.0) {
      relative[post.cell].push_back(*value / basis.reference);
    }
  }
  grid.table.columns = {{"weekday", ColumnType::integer},
                        {"hour", ColumnType::integer},
                        {"posts", ColumnType::integer},
                        {"rated_posts", ColumnType::integer},
                        {"relative_performance", ColumnType::number}};
  for (std::size_t cell = 0; cell < relative.size(); ++cell) {
    const auto rated = static_cast<std::int64_t>(relative[cell].size());
    grid.table.rows.push_back({static_cast<std::int64_t>(cell / 24 + 1),
                               static_cast<std::int64_t>(cell % 24), counts[cell], rated,
                               rated >= 3 ? optional_cell(median(relative[cell])) : Cell{Null{}}});
  }
  return grid;
}

BestTimeGrid best_time(const Dataset &dataset, const util::TimeZone &zone) {
  return best_time(scan_of(dataset), zone);
}

Definitions best_time_definitions() {
  return {
      {"weekday", "ISO weekday in the report time zone, 1 = Monday … 7 = Sunday"},
      {"hour", "local hour 0-23 in the report time zone (DST changes follow the tz database)"},
      {"posts", "non-repost posts published in the cell"},
      {"rated_posts", "of those, posts compared with their account (a rate: engagement / "
                      "impressions, else / followers; for an account without any rate, "
                      "engagement per post)"},
      {"relative_performance",
       "median over the cell of (post rate / median rate of the same account "
       "in the window); 1.0 = a typical post of that account; null with fewer "
       "than 3 rated posts (insufficient data, not zero). When an account's median rate is 0 "
       "its mean rate is the reference; without any rate, its median (else mean) engagement "
       "per post; without engagement its posts are not rated (see `comparison_notes`)"},
  };
}

} // namespace sociometer::analysis
