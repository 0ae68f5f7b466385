// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <map>

#include "sociometer/analysis/top.hpp"

using namespace sociometer;
using namespace std::chrono;

namespace {
PostFacts post(std::string id, std::optional<std::int64_t> likes,
               std::optional<std::int64_t> impressions, TimePoint at = TimePoint{}) {
  PostFacts facts;
  facts.native_id = std::move(id);
  facts.account = 0;
  facts.metrics.likes = likes;
  facts.metrics.impressions = impressions;
  facts.created_at = at;
  return facts;
}
double number(const Cell &cell) { return std::get<double>(cell); }
} // namespace

TEST_CASE("Top posts: the shrunk rate of hand-computed posts", "[analysis][top]") {
  Dataset dataset;
  dataset.accounts.push_back(AccountFacts{});
  dataset.posts = {post("1", 10, 1000), post("2", 5, 100), post("3", 0, std::nullopt)};
  const auto table = analysis::top_posts(dataset, 0, true);
  REQUIRE(table.rows.size() == 3);
  // Ranked by shrunk rate: post 2 (0.0192308) before post 1.
  CHECK(std::get<std::string>(table.rows[0][1]) == "2");
  CHECK(number(table.rows[0][8]) == Approx(0.05));
  CHECK(number(table.rows[0][9]) ==
        Approx(12.5 / 650.0).margin(1e-12));             // (5 + 550·15/1100) / (100 + 550)
  CHECK(std::holds_alternative<Null>(table.rows[2][8])); // no denominator: no rate
  const auto by_engagement = analysis::top_posts(dataset, 2, false);
  REQUIRE(by_engagement.rows.size() == 2);
  CHECK(std::get<std::string>(by_engagement.rows[0][1]) == "1");
}

TEST_CASE("Top posts: a breakout is more than 3 robust SDs above the account's posts",
          "[analysis][top]") {
  Dataset dataset;
  dataset.accounts.push_back(AccountFacts{});
  for (int i = 0; i < 9; ++i) {
    dataset.posts.push_back(post(std::to_string(i), 10 + i % 3, std::nullopt));
  }
  dataset.posts.push_back(post("viral", 500, std::nullopt));
  const auto table = analysis::top_posts(dataset, 0, false);
  CHECK(std::get<std::string>(table.rows[0][1]) == "viral");
  CHECK(std::get<std::int64_t>(table.rows[0][10]) == 1);
  CHECK(std::get<std::int64_t>(table.rows[1][10]) == 0);
}

TEST_CASE("Top languages count posts, share and distinct authors", "[analysis][top]") {
  Dataset dataset;
  dataset.accounts.resize(2);
  auto a = post("a", 1, std::nullopt);
  a.lang = "fr";
  auto b = post("b", 2, std::nullopt);
  b.lang = "fr";
  b.account = 1;
  auto c = post("c", 3, std::nullopt);
  dataset.posts = {a, b, c};
  const auto table = analysis::top_items(dataset, analysis::TopKind::languages, 0);
  REQUIRE(table.rows.size() == 2);
  CHECK(std::get<std::string>(table.rows[0][1]) == "fr");
  CHECK(std::get<std::int64_t>(table.rows[0][2]) == 2);
  CHECK(number(table.rows[0][3]) == Approx(2.0 / 3.0));
  CHECK(std::get<std::int64_t>(table.rows[0][4]) == 2);
  CHECK(std::get<std::int64_t>(table.rows[0][5]) == 3);
  CHECK(std::get<std::string>(table.rows[1][1]) == "und"); // no language is shown, not dropped
}

TEST_CASE("Best time: cells in the report zone, hidden below 3 rated posts",
          "[analysis][besttime]") {
  Dataset dataset;
  dataset.accounts.push_back(AccountFacts{});
  // Sundays 2024-03-31 01:00Z and 2024-10-27 01:30Z are 03:00 CEST and 02:30 CET in Zurich.
  const auto sunday_after_spring =
      time_point_cast<milliseconds>(sys_days{year{2024} / March / day{31}} + hours{1});
  for (int i = 0; i < 3; ++i) {
    dataset.posts.push_back(post("s" + std::to_string(i), 10 * (i + 1), 1000,
                                 sunday_after_spring + weeks{i + 1} - hours{1} + hours{1}));
  }
  dataset.posts.push_back(
      post("lonely", 5, 1000,
           time_point_cast<milliseconds>(sys_days{year{2024} / October / day{27}} + minutes{90})));
  const auto grid = analysis::best_time(dataset, util::TimeZone("Europe/Zurich"));
  const auto &table = grid.table;
  REQUIRE(table.rows.size() == 168);
  CHECK(grid.notes.empty()); // the median rate is the reference: nothing to say
  // 2024-04-07/14/21 01:00Z = Sunday 03:00 CEST: cell (7, 3), rates 0.01, 0.02, 0.03 over an
  // account median of 0.015 (median of 0.005, 0.01, 0.02, 0.03) → median relative 20/15.
  const auto &cell = table.rows[(7 - 1) * 24 + 3];
  CHECK(std::get<std::int64_t>(cell[2]) == 3);
  CHECK(number(cell[4]) == Approx(0.02 / 0.015));
  const auto &lonely = table.rows[(7 - 1) * 24 + 2]; // 01:30Z = 02:30 CET (after the fall change)
  CHECK(std::get<std::int64_t>(lonely[2]) == 1);
  CHECK(std::holds_alternative<Null>(lonely[4]));
}

TEST_CASE("Best time: an account whose median rate is 0 is compared with its mean, else by "
          "engagement, else not at all, and the grid says so",
          "[analysis][besttime]") {
  Dataset dataset;
  dataset.accounts.resize(3);
  dataset.accounts[0].handle = "mostly_silent";
  dataset.accounts[1].handle = "no_rates";
  dataset.accounts[2].handle = "no_engagement";
  // Mondays 2024-01-01, 08, 15, 22, 29 at 10:00 UTC = 11:00 in Zurich (cell (1, 11)).
  const auto monday = [](int week) {
    return time_point_cast<milliseconds>(sys_days{year{2024} / January / day{1}} + weeks{week} +
                                         hours{10});
  };
  // Account 0: rates 0.01, 0.02, 0.03 on Mondays and 0 on four Thursdays (cell (4, 11)): median 0,
  // mean 0.06 / 7; Monday's relative performances 0.01·7/0.06 … median 0.02·7/0.06 = 7/3.
  for (int i = 0; i < 3; ++i) {
    dataset.posts.push_back(post("m" + std::to_string(i), 10 * (i + 1), 1000, monday(i)));
  }
  for (int i = 0; i < 4; ++i) {
    dataset.posts.push_back(post("t" + std::to_string(i), 0, 1000, monday(i) + days{3}));
  }
  // Account 1: no impressions, no followers, engagement 2, 4, 6 (median 4): relative 0.5, 1, 1.5,
  // all on Tuesdays 2024-01-02/09/16 at 10:00 UTC (cell (2, 11)).
  for (int i = 0; i < 3; ++i) {
    auto facts = post("n" + std::to_string(i), 2 * (i + 1), std::nullopt, monday(i) + days{1});
    facts.account = 1;
    dataset.posts.push_back(facts);
  }
  // Account 2: three posts without any engagement, Wednesdays (cell (3, 11)): not rated.
  for (int i = 0; i < 3; ++i) {
    auto facts = post("z" + std::to_string(i), 0, 1000, monday(i) + days{2});
    facts.account = 2;
    dataset.posts.push_back(facts);
  }
  const auto grid = analysis::best_time(dataset, util::TimeZone("Europe/Zurich"));
  const auto &monday_cell = grid.table.rows[(1 - 1) * 24 + 11];
  CHECK(std::get<std::int64_t>(monday_cell[3]) == 3);
  CHECK(number(monday_cell[4]) == Approx(7.0 / 3.0));
  CHECK(number(grid.table.rows[(4 - 1) * 24 + 11][4]) == Approx(0.0));
  const auto &tuesday_cell = grid.table.rows[(2 - 1) * 24 + 11];
  CHECK(std::get<std::int64_t>(tuesday_cell[3]) == 3);
  CHECK(number(tuesday_cell[4]) == Approx(1.0));
  const auto &wednesday_cell = grid.table.rows[(3 - 1) * 24 + 11];
  CHECK(std::get<std::int64_t>(wednesday_cell[2]) == 3);
  CHECK(std::get<std::int64_t>(wednesday_cell[3]) == 0);
  CHECK(std::holds_alternative<Null>(wednesday_cell[4]));
  REQUIRE(grid.notes.size() == 3);
  CHECK(grid.notes[0] == "mostly_silent: median rate 0 (most posts without engagement); "
                         "compared with the mean rate");
  CHECK(grid.notes[1] == "no_rates: no post with a rate; compared by engagement per post "
                         "against the account's median (else mean) engagement");
  CHECK(grid.notes[2] == "no_engagement: no engagement in the window; posts not rated");
}

TEST_CASE("Top posts --by-rate without any rate is refused, not ranked by engagement",
          "[analysis][top]") {
  Dataset dataset;
  dataset.accounts.push_back(AccountFacts{}); // no follower snapshots
  dataset.posts = {post("1", 10, std::nullopt), post("2", 5, std::nullopt)};
  CHECK_THROWS_WITH(analysis::top_posts(dataset, 0, true),
                    Catch::Contains("--by-rate: no selected post has a rate"));
  CHECK(analysis::top_posts(dataset, 0, false).rows.size() == 2);
  // One rated post is enough to rank by rate (unrated posts come last).
  dataset.posts.push_back(post("3", 1, 100));
  const auto table = analysis::top_posts(dataset, 0, true);
  CHECK(std::get<std::string>(table.rows[0][1]) == "3");
}

TEST_CASE("Top posts read native IDs only for the posts that tie with or rank above the last "
          "shown row, and break those ties by native ID",
          "[analysis][top][scan]") {
  // Engagement 9, 7, 7, 7, 5, 3 (store IDs 1..6): the second of two rows is one of three 7s.
  Dataset dataset;
  dataset.accounts.push_back(AccountFacts{});
  const std::vector<std::pair<std::string, std::int64_t>> posts = {{"a", 9}, {"z", 7}, {"m", 7},
                                                                   {"b", 7}, {"c", 5}, {"d", 3}};
  for (std::size_t i = 0; i < posts.size(); ++i) {
    auto facts = post(posts[i].first, posts[i].second, std::nullopt);
    facts.id = static_cast<std::int64_t>(i) + 1;
    dataset.posts.push_back(facts);
  }
  std::vector<std::int64_t> asked;
  const auto lookup = [&](bool record) {
    return [&, record](const std::vector<std::int64_t> &ids) {
      std::vector<std::string> values;
      for (const auto id : ids) {
        if (record) {
          asked.push_back(id);
        }
        values.push_back(dataset.posts[static_cast<std::size_t>(id - 1)].native_id);
      }
      return values;
    };
  };
  const auto table =
      analysis::top_posts(analysis::scan_of(dataset), 2, false, lookup(false), lookup(true));
  std::sort(asked.begin(), asked.end());
  CHECK(asked == std::vector<std::int64_t>{1, 2, 3, 4}); // not the 5 and the 3
  REQUIRE(table.rows.size() == 2);
  CHECK(std::get<std::string>(table.rows[0][1]) == "a");
  CHECK(std::get<std::string>(table.rows[1][1]) == "b"); // the lowest native ID of the 7s
  // All rows: the same order as the loaded Dataset's ranking.
  const auto all =
      analysis::top_posts(analysis::scan_of(dataset), 0, false, lookup(false), lookup(false));
  const auto loaded = analysis::top_posts(dataset, 0, false);
  REQUIRE(all.rows.size() == 6);
  for (std::size_t i = 0; i < all.rows.size(); ++i) {
    auto row = all.rows[i];
    row.back() = loaded.rows[i].back(); // the lookup above hands native IDs as texts
    CHECK(row == loaded.rows[i]);
  }
  CHECK(std::get<std::string>(all.rows[2][1]) == "m");
  CHECK(std::get<std::string>(all.rows[3][1]) == "z");
}

TEST_CASE("Top items over a scan: each post's items counted once, as over the loaded posts",
          "[analysis][top][scan]") {
  Dataset dataset;
  dataset.accounts.resize(2);
  dataset.accounts[1].handle = "mentioned";
  dataset.posts = {post("1", 4, std::nullopt), post("2", std::nullopt, std::nullopt),
                   post("3", 1, std::nullopt)};
  dataset.posts[2].account = 1;
  dataset.hashtags = {{0, "water"}, {0, "water"}, {0, "eau"}, {1, "water"}, {2, "eau"}};
  dataset.urls = {{0, "https://www.example.org/a"}, {2, "https://example.org/b"}};
  dataset.interactions = {{0, 1, EdgeKind::mention, 0, 1}, {0, 1, EdgeKind::reply, 1, 1}};
  const auto hashtags = analysis::top_items(dataset, analysis::TopKind::hashtags, 0);
  REQUIRE(hashtags.rows.size() == 2);
  CHECK(hashtags.rows[0] == std::vector<Cell>{std::int64_t{1}, std::string("eau"), std::int64_t{2},
                                              2.0 / 3.0, std::int64_t{2}, std::int64_t{5}});
  CHECK(hashtags.rows[1] == std::vector<Cell>{std::int64_t{2}, std::string("water"),
                                              std::int64_t{2}, 2.0 / 3.0, std::int64_t{1},
                                              std::int64_t{4}});
  const auto domains = analysis::top_items(dataset, analysis::TopKind::domains, 0);
  REQUIRE(domains.rows.size() == 1);
  CHECK(std::get<std::int64_t>(domains.rows[0][2]) == 2);
  const auto mentions = analysis::top_items(dataset, analysis::TopKind::mentions, 0);
  REQUIRE(mentions.rows.size() == 1); // the reply edge is no mention
  CHECK(std::get<std::string>(mentions.rows[0][1]) == "mentioned");
  CHECK(std::get<std::int64_t>(mentions.rows[0][2]) == 1);
}

TEST_CASE("Best time over a scan equals best time over the loaded posts",
          "[analysis][besttime][scan]") {
  Dataset dataset;
  dataset.accounts.resize(2);
  for (int i = 0; i < 40; ++i) {
    auto facts = post(std::to_string(i), i % 7,
                      i % 3 == 0 ? std::nullopt : std::optional<std::int64_t>(100 + i),
                      TimePoint{hours{i * 5}});
    facts.account = i % 2;
    facts.kind = i % 11 == 0 ? PostKind::repost : PostKind::post;
    dataset.posts.push_back(facts);
  }
  const util::TimeZone zone("Europe/Zurich");
  const auto loaded = analysis::best_time(dataset, zone);
  const auto scanned = analysis::best_time(analysis::scan_of(dataset), zone);
  CHECK(scanned.table.rows == loaded.table.rows);
  CHECK(scanned.notes == loaded.notes);
}

TEST_CASE("Top posts of every post ask for texts a few thousand rows at a time, and hand rows "
          "over in rank order",
          "[analysis][top][scan]") {
  // 10,000 posts: with --limit 0 every one is shown; the texts of all of them were once asked
  // for (and held) at once.
  Dataset dataset;
  dataset.accounts.push_back(AccountFacts{});
  constexpr std::int64_t k_posts = 10000;
  for (std::int64_t i = 0; i < k_posts; ++i) {
    auto facts = post("n" + std::to_string(100000 + i), i % 997, std::nullopt);
    facts.id = i + 1;
    facts.text = "text of " + std::to_string(i + 1);
    dataset.posts.push_back(facts);
  }
  std::vector<std::size_t> text_requests;
  const auto texts = [&](const std::vector<std::int64_t> &ids) {
    text_requests.push_back(ids.size());
    std::vector<std::string> values;
    for (const auto id : ids) {
      values.push_back(dataset.posts[static_cast<std::size_t>(id - 1)].text);
    }
    return values;
  };
  const auto native_ids = [&](const std::vector<std::int64_t> &ids) {
    std::vector<std::string> values;
    for (const auto id : ids) {
      values.push_back(dataset.posts[static_cast<std::size_t>(id - 1)].native_id);
    }
    return values;
  };
  const auto streamed =
      analysis::top_posts(analysis::scan_of(dataset), 0, false, texts, native_ids);
  REQUIRE(streamed.rows.size() == static_cast<std::size_t>(k_posts));
  REQUIRE(text_requests.size() == 3);
  CHECK(text_requests == std::vector<std::size_t>{4096, 4096, 1808});
  const auto loaded = analysis::top_posts(dataset, 0, false);
  CHECK(streamed.rows == loaded.rows);
}

TEST_CASE("Top posts shown by engagement carry the rates and flags that all their account's "
          "posts give",
          "[analysis][top]") {
  // Three accounts of 400 posts each, more than the candidates kept for 7 rows (2 × 7 + 64), so
  // that the kept set is pruned many times; ties at every engagement; some without impressions.
  Dataset dataset;
  dataset.accounts.resize(3);
  for (int i = 0; i < 1200; ++i) {
    auto facts =
        post(std::to_string(i), (i * 37) % 101,
             i % 5 == 0 ? std::nullopt : std::optional<std::int64_t>(100 + (i * 13) % 900));
    facts.account = i % 3;
    dataset.posts.push_back(facts);
  }
  auto outlier = post("outlier", 5000, 1000);
  outlier.account = 2;
  dataset.posts.push_back(outlier);
  const auto every = analysis::top_posts(dataset, 0, false);
  const auto shown = analysis::top_posts(dataset, 7, false);
  REQUIRE(shown.rows.size() == 7);
  REQUIRE(every.rows.size() == dataset.posts.size());
  for (std::size_t i = 0; i < shown.rows.size(); ++i) {
    INFO("row " << i);
    CHECK(shown.rows[i] == every.rows[i]);
  }
  CHECK(std::get<std::string>(shown.rows[0][1]) == "outlier");
  CHECK(std::get<std::int64_t>(shown.rows[0][10]) == 1);   // a breakout within its account
  CHECK(std::holds_alternative<double>(shown.rows[0][9])); // shrunk towards all 401 posts' rate
}

TEST_CASE("Top posts tied in engagement and native ID on two platforms rank by store ID",
          "[analysis][top]") {
  // Scanned in the reverse of store-ID order, with enough posts tied with them that the kept
  // candidates are pruned (and reordered) on the way: the order met must not decide.
  for (const bool x_first : {true, false}) {
    Dataset posts;
    posts.accounts.resize(1);
    std::map<std::int64_t, std::string> native_ids;
    const auto add = [&](std::int64_t id, const std::string &native_id, Platform platform) {
      auto facts = post(native_id, 5, std::nullopt);
      facts.id = id;
      facts.platform = platform;
      posts.posts.push_back(facts);
      native_ids[id] = native_id;
    };
    add(1000, "7", x_first ? Platform::mastodon : Platform::x);
    for (int i = 0; i < 300; ++i) {
      add(999 - i, "8" + std::to_string(i), Platform::x);
    }
    add(1, "7", x_first ? Platform::x : Platform::mastodon);
    const analysis::PostScan scan = [&](const analysis::PostVisitor &visit) {
      for (const auto &facts : posts.posts) {
        visit(posts, facts);
      }
      return posts;
    };
    const analysis::PostTexts native = [&](const std::vector<std::int64_t> &ids) {
      std::vector<std::string> found;
      for (const auto id : ids) {
        found.push_back(native_ids.at(id));
      }
      return found;
    };
    const analysis::PostTexts texts = [](const std::vector<std::int64_t> &ids) {
      return std::vector<std::string>(ids.size());
    };
    const auto shown = analysis::top_posts(scan, 1, false, texts, native);
    REQUIRE(shown.rows.size() == 1);
    CHECK(std::get<std::string>(shown.rows[0][1]) == "7");
    // Store ID 1, met last, ranks first.
    CHECK(std::get<std::string>(shown.rows[0][3]) == (x_first ? "x" : "mastodon"));
  }
}

TEST_CASE("Top posts: the shrunk rate and breakout of a shown post, worked by hand",
          "[analysis][top]") {
  // One account: 35 posts with 1 like, 34 with 2 and one with 50, each seen by 100. Shown: 1 row
  // of 70 candidates, so the kept ones are pruned (at 66) before the prior is applied.
  Dataset dataset;
  dataset.accounts.resize(1);
  for (int i = 0; i < 69; ++i) {
    dataset.posts.push_back(post(std::to_string(100 + i), i < 35 ? 1 : 2, 100));
  }
  dataset.posts.push_back(post("outlier", 50, 100));
  const auto shown = analysis::top_posts(dataset, 1, false);
  REQUIRE(shown.rows.size() == 1);
  CHECK(std::get<std::string>(shown.rows[0][1]) == "outlier");
  CHECK(number(shown.rows[0][8]) == Approx(0.5));
  // m = 100 (the median impressions), pooled = (35 + 68 + 50) / 7000:
  // (50 + 100 · 153/7000) / (100 + 100).
  CHECK(number(shown.rows[0][9]) == Approx((50.0 + 100.0 * 153.0 / 7000.0) / 200.0));
  // log1p: median (ln 2 + ln 3) / 2, MAD (ln 3 - ln 2) / 2, so z = (ln 51 - median) / (1.4826 ·
  // MAD) ≈ 10.1 > 3.
  CHECK(std::get<std::int64_t>(shown.rows[0][10]) == 1);
}
