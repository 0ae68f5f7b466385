// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

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

TEST_CASE("Engagement arithmetic vectors of metrics.md §5.6", "[analysis][engagement]") {
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
