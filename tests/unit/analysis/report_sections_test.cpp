// SPDX-License-Identifier: Apache-2.0
// The report's top-post links (stored URL, else built from what identifies the post) and its
// data-coverage figures, on hand-built posts of March 2024 (UTC).
#include <catch2/catch.hpp>

#include "sociometer/analysis/monthly_report.hpp"

using namespace sociometer;
using namespace sociometer::analysis;
using namespace std::chrono;

namespace {

TimePoint at(year_month_day day, int hour = 12) {
  return time_point_cast<milliseconds>(sys_days{day} + hours{hour});
}

AccountFacts account(std::int64_t id, Platform platform, std::string handle) {
  AccountFacts facts;
  facts.id = id;
  facts.platform = platform;
  facts.handle = std::move(handle);
  facts.role = AccountRole::own;
  return facts;
}

PostFacts post(std::string id, Platform platform, std::int32_t author, int day,
               std::int64_t likes) {
  PostFacts facts;
  facts.native_id = std::move(id);
  facts.platform = platform;
  facts.account = author;
  facts.created_at = at(2024y / March / day);
  facts.metrics.likes = likes;
  return facts;
}

struct Report {
  util::TimeZone zone = util::TimeZone::utc();
  Dataset current;
  Dataset previous;

  [[nodiscard]] MonthlyReport
  build(const std::function<std::optional<std::string>(std::int64_t, TimePoint)> &handle_at) const {
    MonthlyReportInput input;
    input.month = 2024y / March;
    input.zone = &zone;
    input.since = at(2024y / March / 1, 0);
    input.until = at(2024y / April / 1, 0);
    input.current = analysis::item_scan_of(current, analysis::TopKind::hashtags);
    input.posts_of_authors = analysis::author_scan_of(current);
    input.previous = analysis::scan_of(previous);
    input.handle_at = handle_at;
    return build_monthly_report(input);
  }
};

std::string url_of(const MonthlyReport &report, const std::string &id) {
  for (const auto &post : report.top_posts) {
    if (post.post_id == id) {
      return post.url;
    }
  }
  FAIL("no top post " << id);
  return {};
}

} // namespace

TEST_CASE("Report top posts link to the stored URL, else one built from the post's identity",
          "[analysis][monthly_report]") {
  Report report;
  // Store IDs 7 (X, now @org_new, was @org_old in March), 8 (Bluesky), 9 (Mastodon).
  report.current.accounts = {account(7, Platform::x, "org_new"),
                             account(8, Platform::bluesky, "org.bsky.social"),
                             account(9, Platform::mastodon, "org@social.example")};
  auto stored = post("1001", Platform::x, 0, 2, 9);
  stored.url = "https://x.com/org_old/status/1001";
  auto bluesky = post("at://did:plc:abc123/app.bsky.feed.post/3kxyz", Platform::bluesky, 1, 3, 8);
  auto mastodon = post("110000000000000001", Platform::mastodon, 2, 4, 7);
  auto mastodon_stored = post("110000000000000002", Platform::mastodon, 2, 5, 6);
  mastodon_stored.url = "https://social.example/@org/110000000000000002";
  auto hostile = post("110000000000000003", Platform::mastodon, 2, 6, 5);
  hostile.url = "javascript:alert(1)";
  // Archives and the API identify a status by its URI, which opens it.
  const std::string uri = "https://social.example/users/org/statuses/110000000000000004";
  auto by_uri = post(uri, Platform::mastodon, 2, 9, 2);
  report.current.posts = {
      stored,  post("1002", Platform::x, 0, 7, 4),      bluesky, mastodon, mastodon_stored,
      hostile, post("x-made-up", Platform::x, 0, 8, 3), by_uri};

  const auto known = [](std::int64_t account_id, TimePoint) -> std::optional<std::string> {
    switch (account_id) {
    case 7:
      return "org_old"; // the handle when it was posted, not today's
    case 9:
      return "org@social.example";
    default:
      return std::nullopt;
    }
  };
  const auto built = report.build(known);
  CHECK(url_of(built, "1001") == "https://x.com/org_old/status/1001");
  CHECK(url_of(built, "1002") == "https://x.com/org_old/status/1002");
  // The DID of the AT URI names the author whatever its handle became.
  CHECK(url_of(built, "at://did:plc:abc123/app.bsky.feed.post/3kxyz") ==
        "https://bsky.app/profile/did:plc:abc123/post/3kxyz");
  CHECK(url_of(built, "110000000000000001") == "https://social.example/@org/110000000000000001");
  CHECK(url_of(built, "110000000000000002") == "https://social.example/@org/110000000000000002");
  // A stored address that is no web address is not a link; the handle builds one.
  CHECK(url_of(built, "110000000000000003") == "https://social.example/@org/110000000000000003");
  CHECK(url_of(built, "x-made-up").empty()); // not an X status ID
  CHECK(url_of(built, uri) == uri);

  // Handle at posting time unknown (the account was renamed, no handle seen before): never
  // today's handle. X finds the author from the status ID; Mastodon gets no link.
  const auto unknown = [](std::int64_t, TimePoint) -> std::optional<std::string> {
    return std::nullopt;
  };
  const auto blind = report.build(unknown);
  CHECK(url_of(blind, "1002") == "https://x.com/i/web/status/1002");
  CHECK(url_of(blind, "110000000000000001").empty());
  CHECK(url_of(blind, uri) == uri);
  CHECK(url_of(blind, "1001") == "https://x.com/org_old/status/1001");
}

TEST_CASE("Report data coverage: sources, gaps, partly known counts and left-out posts",
          "[analysis][monthly_report]") {
  Dataset current;
  current.accounts = {account(7, Platform::x, "org")};
  current.accounts[0].followers = {{at(2024y / March / 1, 0), 1000}};
  // X posts (noon) on 1, 2, 12 and 31 March and a repost on 2 March: 3–11 (9 days) and 13–30
  // (18 days) have none. 1 March has the only impressions and link clicks. The one follower
  // snapshot (1 March, 0:00) is the audience of posts within 30 days after it: not of 31 March.
  auto first = post("1", Platform::x, 0, 1, 5);
  first.metrics.impressions = 100;
  first.metrics.link_clicks = 2;
  auto repost = post("5", Platform::x, 0, 2, 0);
  repost.kind = PostKind::repost;
  current.posts = {first, post("2", Platform::x, 0, 2, 1), post("3", Platform::x, 0, 12, 1),
                   post("4", Platform::x, 0, 31, 1), repost};
  CoverageFacts facts;
  facts.sources = {
      {Platform::x, "archive.zip (x-archive)", at(2024y / March / 1), at(2024y / March / 31), 5}};
  facts.left_out = {{Platform::x, 8, 0, 2, 1}, {Platform::mastodon, 3, 3, 0, 0}};

  const auto coverage =
      report_coverage(current, facts, util::TimeZone::utc(), 2024y / March / 1, 2024y / March / 31);
  REQUIRE(coverage.size() == 2);
  const auto &mastodon = coverage[0];
  CHECK(mastodon.platform == "mastodon");
  CHECK(mastodon.stored == 3);
  CHECK(mastodon.followers_only == 3);
  CHECK(mastodon.counted == 0);
  const auto &x = coverage[1];
  CHECK(x.platform == "x");
  CHECK(x.stored == 8);
  CHECK(x.counted == 5);
  CHECK(x.edit_versions == 2);
  CHECK(x.placeholders == 1);
  REQUIRE(x.sources.size() == 1);
  CHECK(x.sources[0].source == "archive.zip (x-archive)");
  CHECK(x.sources[0].first_day == 2024y / March / 1);
  CHECK(x.sources[0].last_day == 2024y / March / 31);
  REQUIRE(x.gaps.size() == 2);
  CHECK(x.gaps[0].first_day == 2024y / March / 3);
  CHECK(x.gaps[0].last_day == 2024y / March / 11);
  CHECK(x.gaps[0].days == 9);
  CHECK(x.gaps[1].first_day == 2024y / March / 13);
  CHECK(x.gaps[1].days == 18);
  REQUIRE(x.metrics.size() == 3);
  // Four non-repost posts.
  CHECK(x.metrics[0].metric == "impressions");
  CHECK((x.metrics[0].known == 1 && x.metrics[0].posts == 4));
  CHECK(x.metrics[1].metric == "followers");
  CHECK((x.metrics[1].known == 3 && x.metrics[1].posts == 4));
  CHECK(x.metrics[2].metric == "link_clicks");
  CHECK((x.metrics[2].known == 1 && x.metrics[2].posts == 4));
}

TEST_CASE("Report data coverage: a gap of exactly the limit is not listed",
          "[analysis][monthly_report]") {
  Dataset current;
  current.accounts = {account(7, Platform::x, "org")};
  // 1 and 9 March: 2–8 March is 7 days without a post, not more than k_coverage_gap_days.
  current.posts = {post("1", Platform::x, 0, 1, 1), post("2", Platform::x, 0, 9, 1)};
  const auto coverage = report_coverage(current, CoverageFacts{}, util::TimeZone::utc(),
                                        2024y / March / 1, 2024y / March / 9);
  REQUIRE(coverage.size() == 1);
  CHECK(coverage[0].gaps.empty());
}
