// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <array>
#include <map>

#include "sociometer/analysis/engagement.hpp"

using namespace sociometer;

namespace {
PostFacts post(std::string id, std::optional<std::int64_t> likes,
               std::optional<std::int64_t> impressions, PostKind kind = PostKind::post) {
  PostFacts facts;
  facts.native_id = std::move(id);
  facts.kind = kind;
  facts.account = 0;
  facts.metrics.likes = likes;
  facts.metrics.impressions = impressions;
  return facts;
}
} // namespace

TEST_CASE("Engagement arithmetic: pooled rate, coverage and median of three hand-computed posts",
          "[analysis][engagement]") {
  Dataset dataset;
  dataset.accounts.push_back(AccountFacts{});
  dataset.posts = {post("1", 10, 1000), post("2", 5, 100), post("3", 0, std::nullopt)};
  const auto total = analysis::engagement_total(dataset, "all");
  CHECK(total.posts == 3);
  CHECK(total.engagement == std::optional<std::int64_t>(15));
  CHECK(*total.er_impressions.pooled == Approx(15.0 / 1100.0).epsilon(1e-12)); // 0.0136364
  CHECK(*total.er_impressions.coverage == Approx(2.0 / 3.0));
  CHECK(*total.er_impressions.median == Approx(0.030)); // median of 0.010 and 0.050
  CHECK_FALSE(total.er_followers.pooled);               // no follower snapshots: NULL, not 0
  CHECK(*total.er_followers.coverage == Approx(0.0));
}

TEST_CASE("Reposts count as posts but carry no engagement or rate", "[analysis][engagement]") {
  Dataset dataset;
  dataset.accounts.push_back(AccountFacts{});
  auto repost = post("r", 99, 5000, PostKind::repost);
  dataset.posts = {post("1", 10, 1000), repost};
  const auto total = analysis::engagement_total(dataset, "all");
  CHECK(total.posts == 2);
  CHECK(total.likes == std::optional<std::int64_t>(10));
  CHECK(*total.er_impressions.pooled == Approx(0.01));
  CHECK(*total.er_impressions.coverage == Approx(1.0)); // of the one non-repost post
}

TEST_CASE("Missing counts stay unknown instead of zero", "[analysis][engagement]") {
  Dataset dataset;
  dataset.accounts.push_back(AccountFacts{});
  dataset.posts = {post("1", std::nullopt, std::nullopt)};
  const auto total = analysis::engagement_total(dataset, "all");
  CHECK_FALSE(total.engagement);
  CHECK_FALSE(total.likes);
  CHECK_FALSE(total.replies);
}

TEST_CASE("Followers at post time: the latest snapshot before, else the first after",
          "[analysis][engagement]") {
  using namespace std::chrono;
  AccountFacts account;
  const TimePoint t0{milliseconds{1000}};
  account.followers = {{t0 + milliseconds{100}, 10}, {t0 + milliseconds{300}, 30}};
  CHECK(analysis::followers_at(account, t0) == std::optional<std::int64_t>(10));
  CHECK(analysis::followers_at(account, t0 + milliseconds{200}) == std::optional<std::int64_t>(10));
  CHECK(analysis::followers_at(account, t0 + milliseconds{300}) == std::optional<std::int64_t>(30));
  CHECK_FALSE(analysis::followers_at(AccountFacts{}, t0));
}

TEST_CASE("Grouping by month uses the report time zone", "[analysis][engagement]") {
  using namespace std::chrono;
  Dataset dataset;
  dataset.accounts.push_back(AccountFacts{});
  auto late = post("1", 1, std::nullopt);
  // 2024-03-31T22:30Z is already April in Zurich (UTC+2 after the DST change).
  late.created_at = time_point_cast<milliseconds>(sys_days{year{2024} / March / day{31}} +
                                                  hours{22} + minutes{30});
  dataset.posts = {late};
  const auto in_utc =
      analysis::engagement_by(dataset, analysis::Dimension::month, util::TimeZone::utc());
  const auto in_zurich =
      analysis::engagement_by(dataset, analysis::Dimension::month, util::TimeZone("Europe/Zurich"));
  CHECK(std::get<std::string>(in_utc.at(0).key) == "2024-03");
  CHECK(std::get<std::string>(in_zurich.at(0).key) == "2024-04");
}

namespace {
using namespace std::chrono;
TimePoint day_of(int y, unsigned m, unsigned d, int h = 0) {
  return time_point_cast<milliseconds>(sys_days{year{y} / month{m} / day{d}} + hours{h});
}
} // namespace

TEST_CASE("Follower growth: hand-computed boundary counts and rates",
          "[analysis][engagement][growth]") {
  const auto since = day_of(2024, 3, 1);
  const auto until = day_of(2024, 4, 1);
  SECTION("F_start 1000, F_end 1100 gives 0.10") {
    const FollowerSnapshots series = {{since, 1000}, {until, 1100}};
    const auto growth = analysis::follower_growth({&series}, since, until);
    REQUIRE(growth.growth);
    CHECK(*growth.growth == Approx(0.10).epsilon(1e-12));
    CHECK(growth.start == std::optional<std::int64_t>(1000));
    CHECK(growth.end == std::optional<std::int64_t>(1100));
    CHECK(growth.net_new == std::optional<std::int64_t>(100));
    CHECK(growth.coverage == std::optional<double>(1.0));
    CHECK(growth.interpolated == std::optional<bool>(false));
  }
  SECTION("a missing start snapshot gives NULL, not 0") {
    const FollowerSnapshots series = {{until, 1100}};
    const auto growth = analysis::follower_growth({&series}, since, until);
    CHECK_FALSE(growth.growth);
    CHECK_FALSE(growth.start);
    CHECK_FALSE(growth.net_new);
    CHECK_FALSE(growth.interpolated);
    CHECK(growth.coverage == std::optional<double>(0.0));
  }
  SECTION("a missing end snapshot gives NULL") {
    const FollowerSnapshots series = {{since, 1000}, {day_of(2024, 3, 20), 1050}};
    CHECK_FALSE(analysis::follower_growth({&series}, since, until).growth);
  }
  SECTION("no accounts: nothing, not even a coverage") {
    const auto growth = analysis::follower_growth({}, since, until);
    CHECK_FALSE(growth.growth);
    CHECK_FALSE(growth.coverage);
  }
  SECTION("one snapshot near both boundaries of a short period says nothing about a change") {
    const FollowerSnapshots series = {{day_of(2024, 3, 2), 1000}};
    CHECK_FALSE(
        analysis::follower_growth({&series}, day_of(2024, 3, 1), day_of(2024, 3, 3)).growth);
  }
  SECTION("F_start 0: net change known, growth NULL (no division by zero)") {
    const FollowerSnapshots series = {{since, 0}, {until, 25}};
    const auto growth = analysis::follower_growth({&series}, since, until);
    CHECK_FALSE(growth.growth);
    CHECK(growth.net_new == std::optional<std::int64_t>(25));
  }
  SECTION("pooled over the accounts that have both boundaries, with coverage") {
    const FollowerSnapshots a = {{since, 1000}, {until, 1100}};
    const FollowerSnapshots b = {{since, 3000}, {until, 3300}};
    const FollowerSnapshots c = {{until, 50}}; // no start: left out, lowers the coverage
    const auto growth = analysis::follower_growth({&a, &b, &c}, since, until);
    REQUIRE(growth.growth);
    CHECK(*growth.growth == Approx(400.0 / 4000.0));
    CHECK(growth.start == std::optional<std::int64_t>(4000));
    CHECK(*growth.coverage == Approx(2.0 / 3.0));
  }
}

TEST_CASE("Boundary follower counts: nearest snapshot within 3 days, else interpolated",
          "[analysis][engagement][growth]") {
  const auto boundary = day_of(2024, 3, 1);
  SECTION("the nearest snapshot within the tolerance, before or after") {
    const FollowerSnapshots series = {{day_of(2024, 2, 27), 900}, // 3 days before
                                      {day_of(2024, 3, 2), 1010}};
    const auto value = analysis::followers_at_boundary(series, boundary);
    REQUIRE(value);
    CHECK(value->followers == 1010);
    CHECK_FALSE(value->interpolated);
  }
  SECTION("on a tie the earlier (as-of) snapshot") {
    const FollowerSnapshots series = {{day_of(2024, 2, 29), 990}, {day_of(2024, 3, 2), 1010}};
    CHECK(analysis::followers_at_boundary(series, boundary)->followers == 990);
  }
  SECTION("exactly 3 days away still counts; beyond, the bracketing snapshots are interpolated") {
    const FollowerSnapshots near = {{day_of(2024, 3, 4), 1030}};
    CHECK(analysis::followers_at_boundary(near, boundary)->followers == 1030);
    const FollowerSnapshots far = {{day_of(2024, 2, 20), 1000}, {day_of(2024, 3, 10), 1190}};
    const auto value = analysis::followers_at_boundary(far, boundary);
    REQUIRE(value);
    CHECK(value->interpolated);
    CHECK(value->followers == 1100); // 10 of 19 days: 1000 + 190 * 10/19
  }
  SECTION("no snapshot on one side beyond the tolerance: none") {
    const FollowerSnapshots after = {{day_of(2024, 3, 10), 1190}};
    CHECK_FALSE(analysis::followers_at_boundary(after, boundary));
    const FollowerSnapshots before = {{day_of(2024, 2, 10), 1190}};
    CHECK_FALSE(analysis::followers_at_boundary(before, boundary));
    CHECK_FALSE(analysis::followers_at_boundary({}, boundary));
  }
}

TEST_CASE("Growth in engagement rows: account and platform rows over the period, month rows",
          "[analysis][engagement][growth]") {
  Dataset dataset;
  AccountFacts org;
  org.handle = "org";
  org.platform = Platform::x;
  org.followers = {{day_of(2024, 2, 29), 1000}, {day_of(2024, 3, 31), 1100}};
  // The same organisation on Mastodon, linked as one identity.
  org.linked.push_back(
      {Platform::mastodon, {{day_of(2024, 3, 1), 200}, {day_of(2024, 4, 1), 300}}});
  AccountFacts newcomer; // snapshots only from mid-March: no start count
  newcomer.handle = "newcomer";
  newcomer.platform = Platform::x;
  newcomer.followers = {{day_of(2024, 3, 15), 40}, {day_of(2024, 4, 1), 60}};
  dataset.accounts = {org, newcomer};
  auto on_x = post("1", 5, std::nullopt);
  on_x.platform = Platform::x;
  on_x.created_at = day_of(2024, 3, 5);
  auto on_mastodon = post("2", 1, std::nullopt);
  on_mastodon.platform = Platform::mastodon;
  on_mastodon.created_at = day_of(2024, 3, 6);
  on_mastodon.author_linked = 0;
  auto by_newcomer = post("3", 1, std::nullopt);
  by_newcomer.account = 1;
  by_newcomer.platform = Platform::x;
  by_newcomer.created_at = day_of(2024, 3, 20);
  dataset.posts = {on_x, on_mastodon, by_newcomer};
  const analysis::Span march{day_of(2024, 3, 1), day_of(2024, 4, 1)};
  const auto utc = util::TimeZone::utc();

  const auto accounts = analysis::engagement_by(dataset, analysis::Dimension::account, utc, march);
  REQUIRE(accounts.size() == 2);
  CHECK(std::get<std::string>(accounts[1].key) == "org");
  CHECK(accounts[1].followers.start == std::optional<std::int64_t>(1200)); // X + Mastodon
  CHECK(accounts[1].followers.end == std::optional<std::int64_t>(1400));
  CHECK(*accounts[1].followers.growth == Approx(200.0 / 1200.0));
  CHECK(std::get<std::string>(accounts[0].key) == "newcomer");
  CHECK_FALSE(accounts[0].followers.growth); // NULL, never 0
  CHECK(accounts[0].followers.coverage == std::optional<double>(0.0));

  const auto platforms =
      analysis::engagement_by(dataset, analysis::Dimension::platform, utc, march);
  REQUIRE(platforms.size() == 2);
  CHECK(std::get<std::string>(platforms[0].key) == "mastodon");
  CHECK(*platforms[0].followers.growth == Approx(0.5)); // only the Mastodon account: 200 → 300
  CHECK(std::get<std::string>(platforms[1].key) == "x");
  CHECK(*platforms[1].followers.growth == Approx(0.10)); // org on X; newcomer unmeasured
  CHECK(*platforms[1].followers.coverage == Approx(0.5));

  // Without a period account rows have no growth; month rows use their calendar month.
  const auto open = analysis::engagement_by(dataset, analysis::Dimension::account, utc);
  CHECK_FALSE(open[1].followers.growth);
  CHECK_FALSE(open[1].followers.coverage);
  const auto months = analysis::engagement_by(dataset, analysis::Dimension::month, utc);
  REQUIRE(months.size() == 1);
  CHECK(months[0].followers.start == std::optional<std::int64_t>(1200));
  CHECK(*months[0].followers.coverage == Approx(2.0 / 3.0));
  const auto days = analysis::engagement_by(dataset, analysis::Dimension::day, utc);
  CHECK_FALSE(days[0].followers.coverage);

  // A post by the linked Mastodon account is rated against the Mastodon audience.
  CHECK(analysis::author_followers_at(dataset, dataset.posts[1]) ==
        std::optional<std::int64_t>(200));
  CHECK(analysis::author_followers_at(dataset, dataset.posts[0]) ==
        std::optional<std::int64_t>(1000));
}

TEST_CASE("Kaushik's rates per 1,000 followers at post time", "[analysis][engagement]") {
  Dataset dataset;
  AccountFacts small;
  small.followers = {{TimePoint{}, 1000}};
  AccountFacts large;
  large.followers = {{TimePoint{}, 3000}};
  AccountFacts unknown; // no snapshots
  dataset.accounts = {small, large, unknown};
  auto a = post("a", 20, std::nullopt);
  a.metrics.replies = 4;
  a.metrics.reposts = 2;
  a.metrics.quotes = 1;
  a.created_at = TimePoint{std::chrono::milliseconds{1}};
  auto b = post("b", 40, std::nullopt);
  b.account = 1;
  b.metrics.replies = 6;
  b.metrics.reposts = 5;
  b.created_at = a.created_at;
  auto c = post("c", 1000, std::nullopt); // no follower count: left out of the relative rates
  c.account = 2;
  c.metrics.replies = 100;
  dataset.posts = {a, b, c};
  const auto total = analysis::engagement_total(dataset, "all");
  // 1000 * Σ count / Σ followers over the posts with both: (count per post) per 1k followers.
  CHECK(*total.conversation_per_1k == Approx(1000.0 * 10 / 4000)); // 2.5
  CHECK(*total.amplification_per_1k == Approx(1000.0 * 8 / 4000)); // reposts + quotes
  CHECK(*total.applause_per_1k == Approx(1000.0 * 60 / 4000));
  CHECK(*total.conversation_rate == Approx(110.0 / 3.0)); // the per-post rate keeps every post

  Dataset without;
  without.accounts = {unknown};
  auto d = post("d", 3, std::nullopt);
  d.metrics.replies = 1;
  without.posts = {d};
  const auto none = analysis::engagement_total(without, "all");
  CHECK(none.conversation_rate);
  CHECK_FALSE(none.conversation_per_1k); // unknown audience: NULL
  CHECK_FALSE(none.applause_per_1k);
}

TEST_CASE("Click-through: clicks over impressions where both are reported",
          "[analysis][engagement]") {
  Dataset dataset;
  dataset.accounts.push_back(AccountFacts{});
  auto a = post("a", 42, 5120);
  a.metrics.link_clicks = 21;
  auto b = post("b", 4, 880);
  b.metrics.link_clicks = 19;
  auto c = post("c", 3, 1000); // impressions but no clicks (X): not in the rate
  auto d = post("d", 1, std::nullopt);
  d.metrics.link_clicks = 7; // clicks without impressions: counted, not rated
  dataset.posts = {a, b, c, d};
  const auto total = analysis::engagement_total(dataset, "all");
  CHECK(total.link_clicks == std::optional<std::int64_t>(47));
  CHECK(*total.ctr == Approx(40.0 / 6000.0));
  CHECK(*total.ctr_coverage == Approx(0.5));

  Dataset no_clicks;
  no_clicks.accounts.push_back(AccountFacts{});
  no_clicks.posts = {post("x", 1, 100)};
  const auto none = analysis::engagement_total(no_clicks, "all");
  CHECK_FALSE(none.link_clicks);
  CHECK_FALSE(none.ctr);
  CHECK(none.ctr_coverage == std::optional<double>(0.0));
}

TEST_CASE("Compound monthly follower growth over a multi-month period",
          "[analysis][engagement][growth]") {
  const auto zurich = util::TimeZone("Europe/Zurich");
  SECTION("months: whole calendar months between local month starts, else days / 30.436875") {
    CHECK(analysis::months_in({day_of(2024, 1, 1), day_of(2024, 3, 1)}, util::TimeZone::utc()) ==
          2.0);
    // Local midnight in Zurich is 23:00 UTC the day before (CET), 22:00 in summer (CEST).
    CHECK(analysis::months_in({day_of(2023, 12, 31, 23), day_of(2024, 3, 31, 22)}, zurich) == 3.0);
    CHECK(analysis::months_in({day_of(2024, 1, 1), day_of(2024, 3, 1)}, zurich) ==
          Approx(60.0 / 30.436875)); // UTC midnights are 01:00 in Zurich: not month starts there
    CHECK(analysis::months_in({day_of(2024, 3, 1), day_of(2024, 3, 16)}, util::TimeZone::utc()) ==
          Approx(15.0 / 30.436875));
  }
  SECTION("1000 → 1210 over two calendar months is 10 % a month; growth stays 21 %") {
    Dataset dataset;
    AccountFacts account;
    account.handle = "org";
    account.followers = {{day_of(2024, 1, 1), 1000}, {day_of(2024, 3, 1), 1210}};
    dataset.accounts.push_back(account);
    auto only = post("1", 10, 1000);
    only.created_at = day_of(2024, 2, 10);
    dataset.posts = {only};
    const analysis::Span period{day_of(2024, 1, 1), day_of(2024, 3, 1)};
    const auto rows = analysis::engagement_by(dataset, analysis::Dimension::account,
                                              util::TimeZone::utc(), period);
    REQUIRE(rows.size() == 1);
    REQUIRE(rows[0].followers.growth);
    CHECK(*rows[0].followers.growth == Approx(0.21).epsilon(1e-12));
    REQUIRE(rows[0].followers.monthly);
    CHECK(*rows[0].followers.monthly == Approx(0.10).epsilon(1e-12));
  }
  SECTION("F_start 0: no growth, so no monthly rate either") {
    Dataset dataset;
    AccountFacts account;
    account.followers = {{day_of(2024, 1, 1), 0}, {day_of(2024, 3, 1), 40}};
    dataset.accounts.push_back(account);
    dataset.posts = {post("1", 10, 1000)};
    const auto rows =
        analysis::engagement_by(dataset, analysis::Dimension::account, util::TimeZone::utc(),
                                analysis::Span{day_of(2024, 1, 1), day_of(2024, 3, 1)});
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].followers.net_new == std::optional<std::int64_t>(40));
    CHECK_FALSE(rows[0].followers.growth);
    CHECK_FALSE(rows[0].followers.monthly);
  }
  SECTION("a span that is not whole months: 1000 → 1100 over 45 days") {
    Dataset dataset;
    AccountFacts account;
    account.followers = {{day_of(2024, 3, 10), 1000}, {day_of(2024, 4, 24), 1100}};
    dataset.accounts.push_back(account);
    dataset.posts = {post("1", 10, 1000)};
    const auto rows =
        analysis::engagement_by(dataset, analysis::Dimension::account, util::TimeZone::utc(),
                                analysis::Span{day_of(2024, 3, 10), day_of(2024, 4, 24)});
    REQUIRE(rows.size() == 1);
    REQUIRE(rows[0].followers.monthly);
    // 45 days = 45 / 30.436875 months: 1.1^(30.436875 / 45) − 1 = 0.066589
    CHECK(*rows[0].followers.monthly == Approx(0.0665887).margin(1e-6));
  }
}

TEST_CASE("Follower base: only a snapshot within 30 days of the post rates it",
          "[analysis][engagement][followers]") {
  // An archive exported in 2023 records its owner's 96 followers then; posts from 2015 and from
  // two weeks before the export.
  AccountFacts owner;
  owner.followers = {{day_of(2023, 6, 1), 96}};
  SECTION("followers_at: 30 days either side counts, a millisecond more does not") {
    CHECK(analysis::followers_at(owner, day_of(2023, 5, 2)) == std::optional<std::int64_t>(96));
    CHECK(analysis::followers_at(owner, day_of(2023, 7, 1)) == std::optional<std::int64_t>(96));
    CHECK_FALSE(analysis::followers_at(owner, day_of(2023, 5, 2) - milliseconds{1}));
    CHECK_FALSE(analysis::followers_at(owner, day_of(2023, 7, 1) + milliseconds{1}));
    CHECK_FALSE(analysis::followers_at(owner, day_of(2015, 3, 10)));
  }
  SECTION("the latest before within reach, else the earliest after within reach") {
    AccountFacts account;
    account.followers = {{day_of(2024, 1, 1), 500}, {day_of(2024, 3, 1), 700}};
    // 2024-02-05: 35 days after the first, 25 before the second: the second.
    CHECK(analysis::followers_at(account, day_of(2024, 2, 5)) == std::optional<std::int64_t>(700));
    // 2024-01-20: 19 days after the first (as-of), although the second is not far either.
    CHECK(analysis::followers_at(account, day_of(2024, 1, 20)) == std::optional<std::int64_t>(500));
  }
  SECTION("er_followers and its coverage leave out the 2015 post") {
    Dataset dataset;
    dataset.accounts = {owner};
    auto old_post = post("2015", 10, std::nullopt);
    old_post.created_at = day_of(2015, 3, 10);
    auto recent = post("2023", 4, std::nullopt);
    recent.created_at = day_of(2023, 5, 18); // 14 days before the export
    dataset.posts = {old_post, recent};
    const auto total = analysis::engagement_total(dataset, "all");
    REQUIRE(total.er_followers.pooled);
    CHECK(*total.er_followers.pooled == Approx(4.0 / 96.0));  // not (10 + 4) / (96 + 96)
    CHECK(*total.er_followers.coverage == Approx(0.5));       // 1 of 2 posts has a base
    CHECK(*total.applause_per_1k == Approx(1000.0 * 4 / 96)); // the same base
  }
}

TEST_CASE("Follower growth is not interpolated across a gap longer than 30 days",
          "[analysis][engagement][growth]") {
  const auto since = day_of(2024, 3, 1);
  const auto until = day_of(2024, 4, 1);
  SECTION("1000 on 2024-02-10, 3 on 2024-03-31: a 50-day gap around the start gives NULL") {
    // Interpolating would give 1000 − 997 · 20/50 = 601 at the start and −99.5 % growth.
    const FollowerSnapshots series = {{day_of(2024, 2, 10), 1000}, {day_of(2024, 3, 31), 3}};
    CHECK_FALSE(analysis::followers_at_boundary(series, since));
    const auto growth = analysis::follower_growth({&series}, since, until);
    CHECK_FALSE(growth.growth);
    CHECK_FALSE(growth.start);
    CHECK(growth.coverage == std::optional<double>(0.0));
  }
  SECTION("a gap of exactly 30 days is still interpolated") {
    // 2024-02-20 → 2024-03-21 is 30 days; the start lies 10 of them in: 1000 + 300 · 10/30.
    const FollowerSnapshots series = {{day_of(2024, 2, 20), 1000}, {day_of(2024, 3, 21), 1300}};
    const auto value = analysis::followers_at_boundary(series, since);
    REQUIRE(value);
    CHECK(value->interpolated);
    CHECK(value->followers == 1100);
  }
}

TEST_CASE("Coverage threshold: rates measured on too few posts are withheld with a reason",
          "[analysis][engagement][coverage]") {
  Dataset dataset;
  AccountFacts account;
  account.followers = {{day_of(2024, 3, 1), 1000}};
  dataset.accounts = {account};
  // Four posts in March, one with impressions: er_impressions = 10 / 1000 at 25 % coverage;
  // every post has a follower base: er_followers = (10 + 2 + 3 + 5) / 4000 = 0.5 %.
  dataset.posts = {post("a", 10, 1000), post("b", 2, std::nullopt), post("c", 3, std::nullopt),
                   post("d", 5, std::nullopt)};
  for (auto &facts : dataset.posts) {
    facts.created_at = day_of(2024, 3, 10);
  }
  SECTION("the default 50 %: er_impressions and its median withheld, er_followers kept") {
    auto rows = analysis::engagement_by(dataset, analysis::Dimension::month, util::TimeZone::utc());
    REQUIRE(rows.size() == 1);
    analysis::CoverageGate gate;
    analysis::withhold_thin_rates(rows, gate);
    CHECK_FALSE(rows[0].er_impressions.pooled);
    CHECK_FALSE(rows[0].er_impressions.median);
    CHECK(rows[0].er_impressions.withheld);
    CHECK(*rows[0].er_impressions.coverage == Approx(0.25)); // the reason stays visible
    CHECK(*rows[0].er_followers.pooled == Approx(20.0 / 4000.0));
    CHECK_FALSE(rows[0].er_followers.withheld);
    const auto reasons = gate.withheld_definitions();
    REQUIRE(reasons.size() == 1);
    CHECK(reasons.at("er_impressions_withheld") ==
          "er_impressions withheld (null): coverage < 50% (--min-coverage) in 2024-03 "
          "(coverage 25%)");
  }
  SECTION("an analyst's lower threshold shows it") {
    auto rows = analysis::engagement_by(dataset, analysis::Dimension::month, util::TimeZone::utc());
    analysis::CoverageGate gate(0.25);
    analysis::withhold_thin_rates(rows, gate);
    CHECK(*rows[0].er_impressions.pooled == Approx(0.01));
    CHECK(gate.withheld_definitions().empty());
  }
  SECTION("percentages in reasons") {
    CHECK(analysis::percent_text(1.0 / 119.0) == "0.84%");
    CHECK(analysis::percent_text(0.5) == "50%");
    CHECK(analysis::percent_text(0.0042) == "0.42%");
  }
}

TEST_CASE("A row whose posts report different engagement components says so",
          "[analysis][engagement]") {
  Dataset dataset;
  dataset.accounts.push_back(AccountFacts{});
  dataset.accounts[0].platform = Platform::x;
  // Two archive tweets (likes and reposts only) and one API tweet (all four).
  auto archive_a = post("a", 3, std::nullopt);
  archive_a.metrics.reposts = 1;
  auto archive_b = post("b", 5, std::nullopt);
  archive_b.metrics.reposts = 0;
  auto api = post("c", 7, 100);
  api.metrics.reposts = 2;
  api.metrics.replies = 1;
  api.metrics.quotes = 0;
  for (auto *facts : {&archive_a, &archive_b, &api}) {
    facts->platform = Platform::x;
  }
  dataset.posts = {archive_a, archive_b, api};
  const auto rows =
      analysis::engagement_by(dataset, analysis::Dimension::platform, util::TimeZone::utc());
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].mixed_components ==
        "likes+reposts (2 posts), likes+reposts+replies+quotes (1 post)");
  const auto definition = analysis::mixed_components_definition(rows);
  REQUIRE(definition);
  CHECK_THAT(*definition,
             Catch::EndsWith("x: likes+reposts (2 posts), likes+reposts+replies+quotes (1 post)"));

  // The same components everywhere: nothing to say.
  dataset.posts = {archive_a, archive_b};
  CHECK_FALSE(analysis::mixed_components_definition(
      analysis::engagement_by(dataset, analysis::Dimension::platform, util::TimeZone::utc())));
}

TEST_CASE("Engagement over scanned posts gives the rows of the loaded posts",
          "[analysis][engagement][scan]") {
  Dataset dataset;
  dataset.accounts.resize(2);
  dataset.accounts[0].handle = "org";
  dataset.accounts[0].platform = Platform::x;
  dataset.accounts[0].followers = {{day_of(2024, 1, 1), 1000}, {day_of(2024, 3, 1), 1200}};
  dataset.accounts[1].handle = "peer";
  dataset.accounts[1].platform = Platform::mastodon;
  const std::array<std::pair<const char *, TimePoint>, 5> posts{{{"b", day_of(2024, 1, 5, 9)},
                                                                 {"a", day_of(2024, 1, 5, 9)},
                                                                 {"c", day_of(2024, 1, 7)},
                                                                 {"d", day_of(2024, 2, 2)},
                                                                 {"e", day_of(2024, 2, 3)}}};
  std::int64_t likes = 1;
  for (const auto &[id, at] : posts) {
    auto facts = post(id, likes, likes * 100);
    facts.created_at = at;
    facts.account = likes % 2 == 0 ? 1 : 0;
    facts.platform = likes % 2 == 0 ? Platform::mastodon : Platform::x;
    facts.lang = likes % 2 == 0 ? "de" : "en";
    likes += 3;
    dataset.posts.push_back(facts);
  }
  dataset.posts[2].kind = PostKind::repost;
  const analysis::Span period{day_of(2024, 1, 1), day_of(2024, 3, 1)};
  for (const auto dimension :
       {analysis::Dimension::account, analysis::Dimension::platform, analysis::Dimension::month,
        analysis::Dimension::day, analysis::Dimension::language, analysis::Dimension::kind}) {
    const auto zone = util::TimeZone("Europe/Zurich");
    const auto loaded = analysis::engagement_table(
        analysis::engagement_by(dataset, dimension, zone, period), dimension);
    // `engagement`'s path: the posts scanned into sums, each row made from them as it is written.
    analysis::EngagementSums sums(dimension, zone);
    const auto authors = analysis::scan_of(dataset)(
        [&](const Dataset &scanned_authors, const PostFacts &p) { sums.add(scanned_authors, p); });
    std::vector<analysis::EngagementRow> rows;
    sums.each_row(authors, period, analysis::EngagementSums::Detail::full,
                  [&](analysis::EngagementRow &&row) { rows.push_back(std::move(row)); });
    const auto scanned = analysis::engagement_table(rows, dimension);
    CHECK(scanned.rows == loaded.rows);
  }
  // Rows per post come in time order, then native ID ("a" before "b" at the same time).
  const auto loaded =
      analysis::engagement_by(dataset, analysis::Dimension::post, util::TimeZone::utc());
  std::vector<analysis::EngagementRow> streamed;
  analysis::engagement_by_post(analysis::scan_of(dataset), [&](analysis::EngagementRow &&row) {
    streamed.push_back(std::move(row));
  });
  REQUIRE(streamed.size() == loaded.size());
  CHECK(std::get<std::string>(streamed[0].key) == "a");
  CHECK(analysis::engagement_table(streamed, analysis::Dimension::post).rows ==
        analysis::engagement_table(loaded, analysis::Dimension::post).rows);
  const auto utc = util::TimeZone::utc();
  CHECK_THROWS(
      analysis::EngagementSums(analysis::Dimension::post, utc)); // rows per post are no sums
}

TEST_CASE("Follower growth sums each author once, however many authors and groups there are",
          "[analysis][engagement][growth]") {
  // 3,000 authors posting in an interleaved order: the platform rows pass the distinct-author
  // list's compactions and its turn into flags; each account row has one author.
  Dataset dataset;
  constexpr int k_authors = 3000;
  std::int64_t start_sum = 0;
  std::int64_t end_sum = 0;
  for (int i = 0; i < k_authors; ++i) {
    AccountFacts account;
    account.handle = "a" + std::to_string(i);
    account.platform = i % 3 == 0 ? Platform::mastodon : Platform::x;
    account.followers = {{day_of(2024, 3, 1), 100 + i}, {day_of(2024, 4, 1), 200 + 2 * i}};
    if (account.platform == Platform::x) {
      start_sum += 100 + i;
      end_sum += 200 + 2 * i;
    }
    dataset.accounts.push_back(account);
  }
  for (int n = 0; n < 4 * k_authors; ++n) {
    const int author = (n * 7919) % k_authors; // each author four times, scattered
    auto p = post(std::to_string(n), 1, std::nullopt);
    p.account = author;
    p.platform = dataset.accounts[static_cast<std::size_t>(author)].platform;
    p.created_at = day_of(2024, 3, 10);
    dataset.posts.push_back(p);
  }
  const analysis::Span march{day_of(2024, 3, 1), day_of(2024, 4, 1)};
  const auto utc = util::TimeZone::utc();
  const auto platforms =
      analysis::engagement_by(dataset, analysis::Dimension::platform, utc, march);
  REQUIRE(platforms.size() == 2);
  CHECK(std::get<std::string>(platforms[1].key) == "x");
  CHECK(platforms[1].followers.start == std::optional<std::int64_t>(start_sum));
  CHECK(platforms[1].followers.end == std::optional<std::int64_t>(end_sum));
  CHECK(platforms[1].followers.coverage == std::optional<double>(1.0));
  const auto accounts = analysis::engagement_by(dataset, analysis::Dimension::account, utc, march);
  REQUIRE(accounts.size() == static_cast<std::size_t>(k_authors));
  for (const auto &row : accounts) {
    const auto i = std::stoi(std::get<std::string>(row.key).substr(1));
    REQUIRE(row.followers.start == std::optional<std::int64_t>(100 + i));
    REQUIRE(row.followers.end == std::optional<std::int64_t>(200 + 2 * i));
    REQUIRE(row.posts == 4);
  }
}

TEST_CASE("EngagementSums::each_row gives rows()'s rows, twice, and gated rows without medians",
          "[analysis][engagement]") {
  Dataset dataset;
  for (int i = 0; i < 3; ++i) {
    AccountFacts account;
    account.handle = "a" + std::to_string(i);
    account.platform = Platform::x;
    account.followers = {{day_of(2024, 3, 1), 100 + i}, {day_of(2024, 4, 1), 150 + i}};
    dataset.accounts.push_back(account);
  }
  for (int n = 0; n < 9; ++n) {
    auto p = post(std::to_string(n), 1 + n, 1000);
    p.account = n % 3;
    p.platform = Platform::x;
    p.created_at = day_of(2024, 3, 2 + n);
    dataset.posts.push_back(p);
  }
  const analysis::Span march{day_of(2024, 3, 1), day_of(2024, 4, 1)};
  const auto utc = util::TimeZone::utc();
  analysis::EngagementSums sums(analysis::Dimension::account, utc);
  for (const auto &p : dataset.posts) {
    sums.add(dataset, p);
  }
  const auto expected = analysis::engagement_by(dataset, analysis::Dimension::account, utc, march);
  for (int pass = 0; pass < 2; ++pass) { // the sums stay for a second pass
    std::vector<analysis::EngagementRow> rows;
    sums.each_row(dataset, march, analysis::EngagementSums::Detail::full,
                  [&](analysis::EngagementRow &&row) { rows.push_back(std::move(row)); });
    REQUIRE(rows.size() == expected.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      CHECK(rows[i].key == expected[i].key);
      CHECK(rows[i].engagement == expected[i].engagement);
      CHECK(rows[i].er_impressions.pooled == expected[i].er_impressions.pooled);
      CHECK(rows[i].er_impressions.median == expected[i].er_impressions.median);
      CHECK(rows[i].followers.start == expected[i].followers.start);
      CHECK(rows[i].followers.end == expected[i].followers.end);
    }
  }
  std::vector<analysis::EngagementRow> gated;
  sums.each_row(dataset, march, analysis::EngagementSums::Detail::gated,
                [&](analysis::EngagementRow &&row) { gated.push_back(std::move(row)); });
  REQUIRE(gated.size() == expected.size());
  CHECK(gated[0].er_impressions.pooled == expected[0].er_impressions.pooled);
  CHECK(gated[0].er_impressions.coverage == expected[0].er_impressions.coverage);
  CHECK_FALSE(gated[0].er_impressions.median);
  CHECK_FALSE(gated[0].followers.start);
}

namespace {
// The posts [begin, end) of `all` as a scan of their own would hand them over: their authors in a
// Dataset of its own, in the order met, the posts' account indices into it.
struct PartScan {
  Dataset authors;
  std::vector<PostFacts> posts;
};
PartScan part_of(const Dataset &all, std::size_t begin, std::size_t end) {
  PartScan part;
  std::map<std::int32_t, std::int32_t> index_here;
  for (auto i = begin; i < end; ++i) {
    auto p = all.posts[i];
    if (p.account >= 0) {
      const auto [at, added] = index_here.try_emplace(
          p.account, static_cast<std::int32_t>(part.authors.accounts.size()));
      if (added) {
        part.authors.accounts.push_back(all.accounts[static_cast<std::size_t>(p.account)]);
      }
      p.account = at->second;
    }
    part.posts.push_back(std::move(p));
  }
  return part;
}
} // namespace

TEST_CASE("EngagementSums::append: two scans of a split selection give the rows of one",
          "[analysis][engagement][scan]") {
  // 300 authors (store IDs 1000 on), 1,200 posts over March and April in time order: some
  // authors post only before the split, some only after, most on both sides; the platform rows'
  // author lists pass their compactions and turn into flags.
  Dataset dataset;
  for (int i = 0; i < 300; ++i) {
    AccountFacts account;
    account.id = 1000 + i;
    account.handle = "a" + std::to_string(i);
    account.platform = i % 4 == 0 ? Platform::mastodon : Platform::x;
    account.followers = {{day_of(2024, 3, 1), 100 + i}, {day_of(2024, 5, 1), 180 + 3 * i}};
    dataset.accounts.push_back(account);
  }
  for (int n = 0; n < 1200; ++n) {
    int author = (n * 7919) % 300;
    if (n < 600 && author >= 280) {
      author -= 20; // 280-299 post only after the split
    }
    auto p =
        post(std::to_string(n), n % 7 == 0 ? std::nullopt : std::optional<std::int64_t>(n % 13),
             n % 5 == 0 ? std::nullopt : std::optional<std::int64_t>(100 + n));
    p.account = n % 97 == 0 ? -1 : author;
    p.platform = dataset.accounts[static_cast<std::size_t>(author)].platform;
    p.created_at = day_of(2024, 3, 1) + std::chrono::hours(n);
    p.kind = n % 11 == 0 ? PostKind::repost : PostKind::post;
    p.lang = n % 3 == 0 ? "de" : "en";
    p.metrics.replies = n % 4;
    p.metrics.link_clicks = n % 6 == 0 ? std::optional<std::int64_t>(n % 9) : std::nullopt;
    dataset.posts.push_back(p);
  }
  // One scan over all posts meets the accounts in the order of their first post.
  const auto whole = part_of(dataset, 0, dataset.posts.size());
  const analysis::Span period{day_of(2024, 3, 1), day_of(2024, 5, 1)};
  const auto utc = util::TimeZone::utc();
  const auto rows_of = [&](const analysis::EngagementSums &sums, const Dataset &authors,
                           analysis::Dimension dimension) {
    std::vector<analysis::EngagementRow> rows;
    sums.each_row(authors, period, analysis::EngagementSums::Detail::full,
                  [&](analysis::EngagementRow &&row) { rows.push_back(std::move(row)); });
    return analysis::engagement_table(rows, dimension).rows;
  };
  for (const std::size_t split : {std::size_t{1}, std::size_t{600}, std::size_t{1199}}) {
    const auto earlier = part_of(dataset, 0, split);
    const auto later = part_of(dataset, split, dataset.posts.size());
    for (const auto dimension : {analysis::Dimension::account, analysis::Dimension::platform,
                                 analysis::Dimension::month, analysis::Dimension::language}) {
      analysis::EngagementSums one(dimension, utc);
      for (const auto &p : whole.posts) {
        one.add(whole.authors, p);
      }
      analysis::EngagementSums first(dimension, utc);
      analysis::EngagementSums second(dimension, utc);
      for (const auto &p : earlier.posts) {
        first.add(earlier.authors, p);
      }
      for (const auto &p : later.posts) {
        second.add(later.authors, p);
      }
      auto authors = earlier.authors;
      auto later_authors = later.authors;
      first.append(std::move(second), authors, std::move(later_authors));
      REQUIRE(authors.accounts.size() == whole.authors.accounts.size());
      for (std::size_t i = 0; i < authors.accounts.size(); ++i) {
        REQUIRE(authors.accounts[i].id == whole.authors.accounts[i].id);
      }
      CHECK(rows_of(first, authors, dimension) == rows_of(one, whole.authors, dimension));
    }
    // Without a dimension: the total, with the follower growth of every author.
    analysis::EngagementSums one(std::nullopt, utc);
    analysis::EngagementSums first(std::nullopt, utc);
    analysis::EngagementSums second(std::nullopt, utc);
    for (const auto &p : whole.posts) {
      one.add(whole.authors, p);
    }
    for (const auto &p : earlier.posts) {
      first.add(earlier.authors, p);
    }
    for (const auto &p : later.posts) {
      second.add(later.authors, p);
    }
    auto authors = earlier.authors;
    first.append(std::move(second), authors, Dataset(later.authors));
    const auto merged = first.total(authors, "all", period);
    const auto expected = one.total(whole.authors, "all", period);
    CHECK(analysis::engagement_table({merged}, analysis::Dimension::platform).rows ==
          analysis::engagement_table({expected}, analysis::Dimension::platform).rows);
    CHECK(merged.followers.start == expected.followers.start);
    CHECK(merged.followers.end == expected.followers.end);
  }
  analysis::EngagementSums by_month(analysis::Dimension::month, utc);
  Dataset authors;
  CHECK_THROWS(by_month.append(analysis::EngagementSums(analysis::Dimension::platform, utc),
                               authors, Dataset{}));
}
