// SPDX-License-Identifier: Apache-2.0
// analysis::build_monthly_report on two hand-built months (February and March 2024, UTC). Every
// reference value is worked out in the comments from the posts below, not read off the code.
// The month-over-month change is the renderer's (tests/unit/report/monthly_report_renderer_test).
#include <catch2/catch.hpp>
#include <map>
#include <mutex>
#include <thread>
#include <tuple>

#include "sociometer/analysis/monthly_report.hpp"

using namespace sociometer;
using namespace sociometer::analysis;
using namespace std::chrono;

namespace {

TimePoint at(year_month_day day) { return time_point_cast<milliseconds>(sys_days{day}); }

enum { org, org_masto };

// Two accounts of the organisation: @org on X with follower snapshots on 1 Feb (900), 1 Mar
// (1000) and 1 Apr (1100); @orgm on Mastodon without any.
AccountList accounts() {
  AccountFacts x;
  x.platform = Platform::x;
  x.native_id = "1";
  x.handle = "org";
  x.role = AccountRole::own;
  x.followers = {{at(2024y / February / 1), 900},
                 {at(2024y / March / 1), 1000},
                 {at(2024y / April / 1), 1100}};
  AccountFacts masto;
  masto.platform = Platform::mastodon;
  masto.native_id = "2";
  masto.handle = "orgm";
  masto.role = AccountRole::own;
  return {x, masto};
}

PostFacts post(std::string id, Platform platform, std::int32_t account, year_month_day day,
               PostKind kind, std::string lang) {
  PostFacts facts;
  facts.native_id = std::move(id);
  facts.platform = platform;
  facts.account = account;
  facts.created_at = at(day);
  facts.kind = kind;
  facts.lang = std::move(lang);
  return facts;
}

// March, five posts (index: ID, platform, kind, counts → engagement = likes + reposts + replies +
// quotes over the counts reported):
//   0: 101 X        post    10 + 2 + 1 + 0 = 13, 1000 impressions, en
//   1: 102 X        reply    3 + 0 + 0 + 0 =  3, en
//   2: 103 Mastodon post    20 + 5         = 25 (replies and quotes not reported), de
//   3: 104 X        repost  no counts of its own → no engagement, no language (und)
//   4: 100 Mastodon post    13             = 13 (ties with 101), de
// Totals: 5 posts, engagement 13 + 3 + 25 + 13 = 54, impressions 1000.
Dataset march() {
  Dataset dataset;
  dataset.accounts = accounts();
  auto p101 = post("101", Platform::x, org, 2024y / March / 5, PostKind::post, "en");
  p101.text = "Hello\nworld | now";
  p101.metrics.likes = 10;
  p101.metrics.reposts = 2;
  p101.metrics.replies = 1;
  p101.metrics.quotes = 0;
  p101.metrics.impressions = 1000;
  auto p102 = post("102", Platform::x, org, 2024y / March / 10, PostKind::reply, "en");
  p102.metrics.likes = 3;
  p102.metrics.reposts = 0;
  p102.metrics.replies = 0;
  p102.metrics.quotes = 0;
  auto p103 = post("103", Platform::mastodon, org_masto, 2024y / March / 12, PostKind::post, "de");
  p103.text = std::string(150, 'a');
  p103.metrics.likes = 20;
  p103.metrics.reposts = 5;
  auto p104 = post("104", Platform::x, org, 2024y / March / 20, PostKind::repost, "");
  auto p100 = post("100", Platform::mastodon, org_masto, 2024y / March / 25, PostKind::post, "de");
  p100.metrics.likes = 13;
  dataset.posts = {p101, p102, p103, p104, p100};
  // (post index, tag); post 0 carries #climate twice, which counts once.
  dataset.hashtags = {{0, "climate"}, {0, "climate"}, {2, "climate"}, {1, "aid"},
                      {3, "aid"},     {1, "aaa"},     {4, "zeta"}};
  return dataset;
}

// February, two posts: 90 X post 8 + 2 = 10 with 500 impressions; 91 Mastodon post 10 likes = 10.
// Totals: 2 posts, engagement 20, impressions 500.
Dataset february() {
  Dataset dataset;
  dataset.accounts = accounts();
  auto p90 = post("90", Platform::x, org, 2024y / February / 10, PostKind::post, "en");
  p90.metrics.likes = 8;
  p90.metrics.reposts = 2;
  p90.metrics.impressions = 500;
  auto p91 = post("91", Platform::mastodon, org_masto, 2024y / February / 20, PostKind::post, "de");
  p91.metrics.likes = 10;
  dataset.posts = {p90, p91};
  return dataset;
}

// The input for the calendar month `month` in UTC, with `top_limit` top posts and hashtags.
MonthlyReportInput input_for(year_month month, const util::TimeZone &zone, const Dataset &current,
                             const Dataset &previous, std::size_t top_limit) {
  MonthlyReportInput input;
  input.month = month;
  input.zone = &zone;
  input.since = at(month / 1);
  input.until = at((month + months{1}) / 1);
  input.current = analysis::item_scan_of(current, analysis::TopKind::hashtags);
  input.posts_of_authors = analysis::author_scan_of(current);
  input.previous = analysis::scan_of(previous);
  input.top_limit = top_limit;
  return input;
}

struct Fixture {
  util::TimeZone zone = util::TimeZone::utc();
  Dataset current = march();
  Dataset previous = february();

  [[nodiscard]] MonthlyReport build(std::size_t top_limit = 3) const {
    auto input = input_for(2024y / March, zone, current, previous, top_limit);
    input.organisation = "Test Org";
    return build_monthly_report(input);
  }
};

// (post ID, engagement) of the top posts, in order.
std::vector<std::pair<std::string, std::int64_t>> ranked_posts(const MonthlyReport &report) {
  std::vector<std::pair<std::string, std::int64_t>> ranked;
  for (const auto &post : report.top_posts) {
    ranked.emplace_back(post.post_id, post.engagement);
  }
  return ranked;
}

// (key, posts, engagement) of count rows, in order; shares are checked on their own.
using Counts = std::vector<std::tuple<std::string, std::int64_t, std::optional<std::int64_t>>>;
Counts counts_of(const std::vector<CountRow> &rows) {
  Counts counts;
  for (const auto &row : rows) {
    counts.emplace_back(row.key, row.posts, row.engagement);
  }
  return counts;
}

std::string key_of(const EngagementRow &row) { return std::get<std::string>(row.key); }

} // namespace

TEST_CASE("Monthly report: headline of this month against the month before",
          "[analysis][monthly_report]") {
  const auto report = Fixture{}.build();
  CHECK(report.organisation == "Test Org");
  CHECK(report.time_zone == "UTC");
  CHECK(report.month == "2024-03");
  CHECK(report.previous_month == "2024-02");
  CHECK(report.current.posts == 5);
  CHECK(report.current.engagement == std::optional<std::int64_t>(54));
  CHECK(report.current.likes == std::optional<std::int64_t>(10 + 3 + 20 + 13));
  CHECK(report.current.impressions == std::optional<std::int64_t>(1000));
  CHECK(report.previous.posts == 2);
  CHECK(report.previous.engagement == std::optional<std::int64_t>(20));
  CHECK(report.previous.impressions == std::optional<std::int64_t>(500));

  // Follower growth over each calendar month, of that month's authors. Only @org has snapshots,
  // so half of the two authors is covered. March: 1000 (1 Mar) → 1100 (1 Apr) = +0.10.
  // February, over [1 Feb, 1 Mar): 900 → 1000 = +1/9.
  REQUIRE(report.current.followers.growth);
  CHECK(*report.current.followers.start == 1000);
  CHECK(*report.current.followers.end == 1100);
  CHECK(*report.current.followers.growth == Approx(0.10));
  CHECK(*report.current.followers.coverage == Approx(0.5));
  REQUIRE(report.previous.followers.growth);
  CHECK(*report.previous.followers.start == 900);
  CHECK(*report.previous.followers.end == 1000);
  CHECK(*report.previous.followers.growth == Approx(1.0 / 9.0));
}

TEST_CASE("Monthly report: posts by kind, per platform and per account",
          "[analysis][monthly_report]") {
  const auto report = Fixture{}.build();
  // Always the four kinds in this order, zero included: 3 posts (101, 103, 100), 1 reply, no
  // quote, 1 repost.
  const std::vector<std::pair<std::string, std::int64_t>> kinds = {
      {"post", 3}, {"reply", 1}, {"quote", 0}, {"repost", 1}};
  CHECK(report.posts_by_kind == kinds);

  // Platforms by name: Mastodon 103 + 100 = 2 posts, 25 + 13 = 38, likes 20 + 13 = 33,
  // reposts 5; X 101 + 102 + 104 = 3 posts, 13 + 3 = 16, likes 13.
  REQUIRE(report.by_platform.size() == 2);
  CHECK(key_of(report.by_platform[0]) == "mastodon");
  CHECK(report.by_platform[0].posts == 2);
  CHECK(report.by_platform[0].engagement == std::optional<std::int64_t>(38));
  CHECK(report.by_platform[0].likes == std::optional<std::int64_t>(33));
  CHECK(report.by_platform[0].reposts == std::optional<std::int64_t>(5));
  CHECK(key_of(report.by_platform[1]) == "x");
  CHECK(report.by_platform[1].posts == 3);
  CHECK(report.by_platform[1].engagement == std::optional<std::int64_t>(16));
  CHECK(report.by_platform[1].likes == std::optional<std::int64_t>(13));
  // Platform rows carry their authors' growth over the month: X 1000 → 1100, Mastodon none.
  CHECK_FALSE(report.by_platform[0].followers.growth);
  REQUIRE(report.by_platform[1].followers.growth);
  CHECK(*report.by_platform[1].followers.growth == Approx(0.10));

  // Accounts by engagement, highest first: orgm (38) before org (16), although "org" sorts first.
  REQUIRE(report.by_account.size() == 2);
  CHECK(key_of(report.by_account[0]) == "orgm");
  CHECK(report.by_account[0].engagement == std::optional<std::int64_t>(38));
  CHECK(key_of(report.by_account[1]) == "org");
  CHECK(report.by_account[1].engagement == std::optional<std::int64_t>(16));
}

TEST_CASE("Monthly report: over every account, the accounts with the most engagement only",
          "[analysis][monthly_report]") {
  const Fixture fixture;
  // No own account declared: a capture's thousands of accounts are a top list of --top rows.
  auto input = input_for(2024y / March, fixture.zone, fixture.current, fixture.previous, 1);
  input.scope = analysis::ReportScope::all_accounts;
  const auto every = build_monthly_report(input);
  REQUIRE(every.by_account.size() == 1);
  CHECK(key_of(every.by_account[0]) == "orgm"); // 38 against 16
  CHECK(every.accounts_with_posts == 2);
  REQUIRE(every.definitions.count("by_account") == 1);
  CHECK(every.definitions.at("by_account").find("the 1 accounts with the most engagement") == 0);
  // The own scope lists every own account whatever --top says.
  input.scope = analysis::ReportScope::own;
  const auto own = build_monthly_report(input);
  REQUIRE(own.by_account.size() == 2);
  CHECK(own.accounts_with_posts == 2);
  CHECK(own.definitions.count("by_account") == 0);
}

TEST_CASE("Monthly report: top posts by engagement, then post ID, without reposts",
          "[analysis][monthly_report]") {
  const auto report = Fixture{}.build(3);
  // Engagement: 103 → 25, 100 → 13, 101 → 13, 102 → 3; 104 is a repost. The tie at 13 goes to
  // the smaller ID ("100" < "101"); the limit of 3 drops 102.
  using Ranked = std::vector<std::pair<std::string, std::int64_t>>;
  REQUIRE(ranked_posts(report) == Ranked{{"103", 25}, {"100", 13}, {"101", 13}});

  const auto &x_post = report.top_posts[2];
  CHECK(x_post.platform == "x");
  CHECK(x_post.account == "org");
  CHECK(x_post.kind == "post");
  CHECK(x_post.created_at == at(2024y / March / 5));
  CHECK(x_post.likes == std::optional<std::int64_t>(10));
  CHECK(x_post.reposts == std::optional<std::int64_t>(2));
  CHECK(x_post.replies == std::optional<std::int64_t>(1));
  CHECK(x_post.quotes == std::optional<std::int64_t>(0));
  // One line for a Markdown table cell: newline → space, '|' → '/'.
  CHECK(x_post.text == "Hello world / now");
  // Without a stored URL nor a known handle at posting time: X's identity-free link; a Mastodon
  // status ID alone names no instance (tests/unit/analysis/report_sections_test.cpp has the rest).
  CHECK(x_post.url == "https://x.com/i/web/status/101");
  CHECK(report.top_posts[0].url.empty());
  // 150 × 'a' is cut to 100 code points and an ellipsis.
  CHECK(report.top_posts[0].text == std::string(100, 'a') + "…");
  CHECK_FALSE(report.top_posts[0].replies);

  CHECK(ranked_posts(Fixture{}.build(10)) ==
        Ranked{{"103", 25}, {"100", 13}, {"101", 13}, {"102", 3}});
}

TEST_CASE("Monthly report: top posts of a long month, held as a bounded set of candidates",
          "[analysis][monthly_report]") {
  // 1,000 X posts on 1-28 March, so that the candidates are pruned several times (every
  // 2 x limit + 64 posts) and the tie at the limit spans posts held before and after a pruning:
  // post i (ID "p" + 4 digits of i) has engagement i % 50, except posts 990-999, which have 100
  // and come last. With a limit of 12: the ten at 100 by ID (p0990 ... p0999), then the two
  // smallest IDs at engagement 49: p0049 and p0099.
  Fixture fixture;
  fixture.current.posts.clear();
  fixture.current.hashtags.clear();
  for (int i = 0; i < 1000; ++i) {
    char id[8];
    std::snprintf(id, sizeof id, "p%04d", i);
    auto p = post(id, Platform::x, org, 2024y / March / (1 + i % 28), PostKind::post, "en");
    p.id = i + 1;
    p.metrics.likes = i >= 990 ? 100 : i % 50;
    fixture.current.posts.push_back(p);
  }
  using Ranked = std::vector<std::pair<std::string, std::int64_t>>;
  Ranked want;
  for (int i = 990; i < 1000; ++i) {
    want.emplace_back("p0" + std::to_string(i), 100);
  }
  want.emplace_back("p0049", 49);
  want.emplace_back("p0099", 49);
  CHECK(ranked_posts(fixture.build(12)) == want);
  // Every post ties: the first three IDs.
  for (auto &p : fixture.current.posts) {
    p.metrics.likes = 7;
  }
  CHECK(ranked_posts(fixture.build(3)) == Ranked{{"p0000", 7}, {"p0001", 7}, {"p0002", 7}});
}

TEST_CASE("Monthly report: top posts of a month loaded without content read theirs by ID",
          "[analysis][monthly_report]") {
  // The month as Store::load gives it without content: store IDs, no native IDs, texts or links.
  Fixture fixture;
  const auto full = fixture.current;
  std::map<std::int64_t, const PostFacts *> by_id;
  for (std::size_t i = 0; i < fixture.current.posts.size(); ++i) {
    auto &post = fixture.current.posts[i];
    post.id = static_cast<std::int64_t>(i) + 1;
    by_id[post.id] = &full.posts[i];
    post.native_id.clear();
    post.text.clear();
  }
  const std::string stored_url = "https://x.com/org/status/102"; // post 102's, by ID only
  std::vector<std::int64_t> text_reads;
  auto input = input_for(2024y / March, fixture.zone, fixture.current, fixture.previous, 3);
  const auto read = [&](std::string PostFacts::*field) {
    return [&by_id, field](const std::vector<std::int64_t> &ids) {
      std::vector<std::string> values;
      for (const auto id : ids) {
        const auto found = by_id.find(id);
        values.push_back(found == by_id.end() ? std::string() : found->second->*field);
      }
      return values;
    };
  };
  input.content.native_ids = read(&PostFacts::native_id);
  input.content.texts = [&](const std::vector<std::int64_t> &ids) {
    text_reads.insert(text_reads.end(), ids.begin(), ids.end());
    return read(&PostFacts::text)(ids);
  };
  input.content.urls = [&](const std::vector<std::int64_t> &ids) {
    std::vector<std::string> urls(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
      urls[i] = ids[i] == 2 ? stored_url : std::string();
    }
    return urls;
  };
  const auto report = build_monthly_report(input);
  using Ranked = std::vector<std::pair<std::string, std::int64_t>>;
  // As with the content loaded: the tie at 13 still goes to "100" before "101".
  REQUIRE(ranked_posts(report) == Ranked{{"103", 25}, {"100", 13}, {"101", 13}});
  CHECK(report.top_posts[2].text == "Hello world / now");
  CHECK(report.top_posts[2].url == "https://x.com/i/web/status/101");
  CHECK(report.top_posts[0].text == std::string(100, 'a') + "…");
  // Texts are read for the shown posts only (store IDs 3, 5, 1), not the whole month.
  CHECK(text_reads == std::vector<std::int64_t>{3, 5, 1});

  input.top_limit = 10; // 102 shown: its stored link is read by ID
  const auto all = build_monthly_report(input);
  REQUIRE(all.top_posts.size() == 4);
  CHECK(all.top_posts[3].post_id == "102");
  CHECK(all.top_posts[3].url == stored_url);
}

TEST_CASE("Monthly report: hashtags and languages with their share of the month's posts",
          "[analysis][monthly_report]") {
  const auto report = Fixture{}.build(3);
  // Posts using each tag (a tag counts once per post), share of the 5 posts, and engagement of
  // the non-repost posts among them:
  //   aid     posts 102, 104   2  0.4  3 (104 is a repost)
  //   climate posts 101, 103   2  0.4  13 + 25 = 38
  //   aaa     post 102         1  0.2  3
  //   zeta    post 100         1  0.2  13
  // By posts, then tag: aid, climate, aaa, zeta; the limit of 3 drops zeta.
  const auto none = std::optional<std::int64_t>();
  REQUIRE(counts_of(report.top_hashtags) ==
          Counts{{"aid", 2, 3}, {"climate", 2, 38}, {"aaa", 1, 3}});
  CHECK(report.top_hashtags[0].share == Approx(0.4));
  CHECK(report.top_hashtags[1].share == Approx(0.4));
  CHECK(report.top_hashtags[2].share == Approx(0.2));

  // Languages are never cut: de 103 + 100 (2, 38), en 101 + 102 (2, 16), und the repost 104
  // (1, no engagement at all).
  REQUIRE(counts_of(report.languages) == Counts{{"de", 2, 38}, {"en", 2, 16}, {"und", 1, none}});
  CHECK(report.languages[1].share == Approx(0.4));
  CHECK(report.languages[2].share == Approx(0.2));
}

TEST_CASE("Monthly report: definitions of the shown figures only", "[analysis][monthly_report]") {
  const auto report = Fixture{}.build();
  for (const auto *key :
       {"posts", "engagement", "er_impressions", "er_followers", "follower_growth", "change",
        "top_posts", "top_hashtags", "languages", "attribution"}) {
    CHECK(report.definitions.count(key) == 1);
  }
  // The report has no Kaushik or click columns, so it does not define them.
  CHECK(report.definitions.count("applause_rate") == 0);
  CHECK(report.definitions.count("ctr") == 0);
}

TEST_CASE("Monthly report: January compares with December of the year before",
          "[analysis][monthly_report]") {
  const auto zone = util::TimeZone::utc();
  const Dataset empty;
  const auto report = build_monthly_report(input_for(2025y / January, zone, empty, empty, 10));
  CHECK(report.month == "2025-01");
  CHECK(report.previous_month == "2024-12");
  CHECK(report.current.posts == 0);
  CHECK(report.top_posts.empty());
  CHECK(report.top_hashtags.empty());
  CHECK(report.languages.empty());
  const std::vector<std::pair<std::string, std::int64_t>> no_kinds = {
      {"post", 0}, {"reply", 0}, {"quote", 0}, {"repost", 0}};
  CHECK(report.posts_by_kind == no_kinds);
}

TEST_CASE("Monthly report: the platform table says when engagement components differ",
          "[analysis][monthly_report]") {
  const auto report = Fixture{}.build();
  // Mastodon: 103 reports likes+reposts, 100 likes only (mixed within the row); X: 101 and 102
  // report all four. The rows are not comparable, and the report says so.
  const std::vector<std::string> components = {"likes+reposts", "likes+reposts+replies+quotes"};
  CHECK(report.platform_components == components);
  REQUIRE(report.components_note);
  CHECK_THAT(*report.components_note,
             Catch::Contains("differ between platforms (mastodon: likes+reposts; x: "
                             "likes+reposts+replies+quotes)"));
  CHECK_THAT(*report.components_note,
             Catch::Contains("mastodon: likes (1 post), likes+reposts (1 post)"));
  CHECK(report.definitions.at("engagement_components_mixed") == *report.components_note);
}

TEST_CASE("Monthly report: no components note when every platform reports the same",
          "[analysis][monthly_report]") {
  Fixture fixture;
  fixture.current.posts.erase(fixture.current.posts.begin() + 2); // 103
  fixture.current.posts.pop_back();                               // 100
  fixture.current.hashtags.clear();
  const auto report = fixture.build();
  CHECK_FALSE(report.components_note);
  CHECK(report.definitions.count("engagement_components_mixed") == 0);
}

TEST_CASE("Monthly report: what others said about or with the own accounts",
          "[analysis][monthly_report]") {
  // @org (own) and @fan (no role). @fan's post 1 mentions and replies to @org, its post 2
  // reposts @org; @org's own post 3 mentions @fan and is not counted.
  Dataset others;
  others.accounts = accounts();
  AccountFacts fan;
  fan.platform = Platform::x;
  fan.native_id = "3";
  fan.handle = "fan";
  others.accounts.push_back(fan); // index 2
  auto p1 = post("1", Platform::x, 2, 2024y / March / 3, PostKind::reply, "en");
  p1.metrics.likes = 4;
  auto p2 = post("2", Platform::x, 2, 2024y / March / 4, PostKind::repost, "en");
  auto p3 = post("3", Platform::x, org, 2024y / March / 5, PostKind::post, "en");
  others.posts = {p1, p2, p3};
  others.interactions = {{2, org, EdgeKind::mention, 0},
                         {2, org, EdgeKind::reply, 0},
                         {2, org, EdgeKind::repost, 1},
                         {org, 2, EdgeKind::mention, 2}};
  Fixture fixture;
  auto input = input_for(2024y / March, fixture.zone, fixture.current, fixture.previous, 3);
  // Handed over as store::PostItemKind::interactions does: kind names and targets pairwise.
  input.others = [&others](const ItemVisitor &visit) {
    for (std::size_t i = 0; i < others.posts.size(); ++i) {
      std::vector<std::string_view> kinds;
      std::vector<std::int32_t> targets;
      for (const auto &interaction : others.interactions) {
        if (interaction.post == static_cast<std::int32_t>(i)) {
          kinds.push_back(to_string(interaction.kind));
          targets.push_back(interaction.target);
        }
      }
      visit(others, others.posts[i], kinds, targets);
    }
    Dataset accounts;
    accounts.accounts = others.accounts;
    return accounts;
  };
  input.scope = ReportScope::own;
  const auto report = build_monthly_report(input);
  REQUIRE(report.about_own);
  const auto &about = *report.about_own;
  CHECK(about.posts == 2); // posts 1 and 2, each once
  CHECK(about.accounts == 1);
  CHECK(about.mentions == 1);
  CHECK(about.replies == 1);
  CHECK(about.reposts == 1);
  CHECK(about.quotes == 0);
  CHECK(about.engagement == std::optional<std::int64_t>(4)); // the repost has none of its own
  REQUIRE(about.top_accounts.size() == 1);
  CHECK(about.top_accounts[0].account == "fan");
  CHECK(about.top_accounts[0].posts == 2);
}

TEST_CASE("Monthly report: a period of days is compared with as many days before",
          "[analysis][monthly_report]") {
  Fixture fixture;
  auto input = input_for(2024y / March, fixture.zone, fixture.current, fixture.previous, 3);
  input.month.reset();
  input.since = at(2024y / March / 10);
  input.until = at(2024y / March / 20);
  input.previous_since = at(2024y / February / 29);
  input.previous_until = input.since;
  const auto report = build_monthly_report(input);
  CHECK(report.month.empty());
  CHECK(report.label == "2024-03-10..2024-03-19");
  CHECK(report.previous_label == "2024-02-29..2024-03-09");
  CHECK(report.first_day == 2024y / March / 10);
  CHECK(report.last_day == 2024y / March / 19);
  // One row per local day, in order.
  REQUIRE(report.daily.size() == 10);
  CHECK(report.daily.front().day == 2024y / March / 10);
  CHECK(report.daily.back().day == 2024y / March / 19);
}

TEST_CASE("Monthly report: comparisons and coverage read on a second thread give the same report",
          "[analysis][monthly_report]") {
  Fixture fixture;
  const auto main_thread = std::this_thread::get_id();
  // Which thread each comparison read ran on, and in what order the reads came.
  std::mutex seen_mutex;
  std::vector<std::pair<std::string, bool>> seen;
  const auto note = [&](const std::string &what) {
    const std::lock_guard<std::mutex> lock(seen_mutex);
    seen.emplace_back(what, std::this_thread::get_id() == main_thread);
  };
  const auto build = [&](bool beside) {
    auto input = input_for(2024y / March, fixture.zone, fixture.current, fixture.previous, 3);
    const auto previous = input.previous;
    input.previous = [&note, previous](const PostVisitor &visit) {
      note("previous");
      return previous(visit);
    };
    input.year_earlier = [&note, previous](const PostVisitor &visit) {
      note("year_earlier");
      return previous(visit); // any posts: what matters here is that both runs agree
    };
    input.year_earlier_since = at(2023y / March / 1);
    input.year_earlier_until = at(2023y / April / 1);
    input.coverage = [&note] {
      note("coverage");
      CoverageFacts facts;
      facts.left_out = {{Platform::x, 10, 0, 0, 0}, {Platform::mastodon, 6, 2, 0, 0}};
      return facts;
    };
    input.comparisons_beside = beside;
    return build_monthly_report(input);
  };
  const auto here = build(false);
  const auto read_here = seen;
  seen.clear();
  const auto beside = build(true);
  // On this thread, after the period's scan; or on another one. Always in the same order.
  CHECK(read_here == std::vector<std::pair<std::string, bool>>{
                         {"coverage", true}, {"year_earlier", true}, {"previous", true}});
  CHECK(seen == std::vector<std::pair<std::string, bool>>{
                    {"coverage", false}, {"year_earlier", false}, {"previous", false}});
  for (const auto *report : {&here, &beside}) {
    CHECK(report->followers_only_left_out == 2); // counted in the coverage facts
    CHECK(report->previous.posts == 2);
    CHECK(report->previous.engagement == std::optional<std::int64_t>(20));
    REQUIRE(report->year_earlier);
    CHECK(report->year_earlier_label == "2023-03");
    CHECK(report->year_earlier->posts == 2);
    REQUIRE(report->previous.followers.growth);
    CHECK(*report->previous.followers.growth == Approx(1.0 / 9.0));
  }
  CHECK(!here.coverage.empty());
  CHECK(here.coverage.size() == beside.coverage.size());
  CHECK(here.current.posts == beside.current.posts);
}
