// SPDX-License-Identifier: Apache-2.0
// One store fed by every supported format (issue #3): each platform side by side, a re-ingest
// of everything a no-op, and the analyses working across platforms.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <sstream>

#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::run_cli;

namespace {
// The rows of a plain CSV table (no quoted cells), keyed by their first cell.
std::map<std::string, std::vector<std::string>> csv_rows(const std::string &text) {
  std::map<std::string, std::vector<std::string>> rows;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (auto comma = line.find(',');; comma = line.find(',', start)) {
      cells.push_back(line.substr(start, comma == std::string::npos ? comma : comma - start));
      if (comma == std::string::npos) {
        break;
      }
      start = comma + 1;
    }
    if (!cells.empty() && !cells.front().empty()) {
      rows[cells.front()] = std::move(cells);
    }
  }
  return rows;
}
} // namespace

TEST_CASE("One store holds X, Mastodon, Bluesky, Facebook and Instagram side by side",
          "[cli][all_formats]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init", "--tz", "America/Los_Angeles"}).code == 0);
  // A REST capture's counts are as of its file time; pin it after the archive's (2024-05-01, from
  // the archive's name) so the newer REST counts win, as they would in real use.
  const auto rest_copy = dir.file("statuses.json");
  std::filesystem::copy_file(fixture("mastodon/rest/statuses.json"), rest_copy);
  std::filesystem::last_write_time(
      rest_copy, std::chrono::file_clock::from_sys(std::chrono::sys_seconds{std::chrono::sys_days{
                     std::chrono::year{2024} / std::chrono::May / std::chrono::day{2}}}));
  const std::vector<std::string> inputs = {
      fixture("x/archive"),
      fixture("mastodon/archive-20240501080000-0f1e2d3c4b5a69788796a5b4c3d2e1f0.zip"),
      fixture("bluesky/author-feed.json"),
      fixture("meta-dyi/ig"),
      fixture("meta-csv/instagram-posts.csv"),
      fixture("meta-dyi/fb-new"),
      fixture("meta-csv/facebook-posts.csv"),
      rest_copy,
  };
  std::vector<std::string> args = {"--db", db, "ingest"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  args.insert(args.end(), {"--format", "csv"});
  const auto first = run_cli(args);
  // The Mastodon archive fixture holds a Create with a string object (skipped, exit stays 0).
  CHECK(first.code == 0);

  const auto status = run_cli({"--db", db, "status", "--format", "csv"});
  REQUIRE(status.code == 0);
  for (const auto *platform :
       {"\nbluesky,", "\nfacebook,", "\ninstagram,", "\nmastodon,", "\nx,"}) {
    CHECK_THAT(status.out, Catch::Contains(platform));
  }

  // Everything again: nothing new, nothing updated.
  const auto again = run_cli(args);
  CHECK(again.code == 0);
  const auto counts = run_cli({"--db", db, "sql",
                               "SELECT sum(posts_new), sum(posts_updated) FROM imports WHERE id > "
                               "(SELECT count(*) FROM imports) / 2",
                               "--format", "csv"});
  CHECK_THAT(counts.out, Catch::EndsWith("\n0,0\r\n") || Catch::EndsWith("\n0,0\n"));

  // LinkedIn through a column map: the mapped CSV has no platform of its own, so it is "other".
  const auto linkedin = run_cli({"--db", db, "ingest", fixture("csv/linkedin-posts.csv"), "--map",
                                 fixture("csv/linkedin-map.txt")});
  CHECK(linkedin.code == 0); // the row without a date is skipped with a diagnostic

  const auto engagement = run_cli(
      {"--db", db, "engagement", "--by", "platform", "--format", "csv", "--min-coverage", "0"});
  REQUIRE(engagement.code == 0);
  const auto rows = csv_rows(engagement.out);
  REQUIRE(rows.count("platform") == 1);
  const auto &header = rows.at("platform");
  const auto cell = [&](const std::string &platform, const std::string &column) {
    REQUIRE(rows.count(platform) == 1);
    const auto at = std::find(header.begin(), header.end(), column);
    REQUIRE(at != header.end());
    return rows.at(platform).at(static_cast<std::size_t>(at - header.begin()));
  };
  const auto number = [&](const std::string &platform, const std::string &column) {
    const auto text = cell(platform, column);
    INFO(platform << " " << column << " = '" << text << "'");
    REQUIRE(!text.empty());
    return std::stod(text);
  };
  // Each expectation below is worked out from the fixture files, not from a run. Engagement =
  // likes + reposts + replies + quotes at the latest snapshot; rates skip reposts (definitions).
  // `--min-coverage 0` shows every rate however few posts it covers: this is about arithmetic.

  SECTION("Bluesky: an author-feed page") {
    // The own post: 42 likes, 7 reposts, 1 reply, 0 quotes; the repost of the partner's post is
    // the org's post too but carries no counts of its own. No follower counts in a feed page.
    CHECK(cell("bluesky", "posts") == "2");
    CHECK(number("bluesky", "engagement") == 50);
    CHECK(number("bluesky", "likes") == 42);
    CHECK(cell("bluesky", "er_followers").empty());
    CHECK(number("bluesky", "applause_rate") == 42); // one non-repost post
  }
  SECTION("X archive: likes and reposts only, followers from follower.js") {
    // tweets.js + tweets-part1.js: 7 tweets, of which 1766…010 is the first version of the edited
    // 1766…011, so 6 posts. Likes 42+0+3+10+5+2 = 62, retweets 7+0+0+2+1+0 = 10. The archive
    // reports no replies or quotes: those columns stay empty, not 0.
    CHECK(cell("x", "posts") == "6");
    CHECK(number("x", "likes") == 62);
    CHECK(number("x", "reposts") == 10);
    CHECK(cell("x", "replies").empty());
    CHECK(cell("x", "quotes").empty());
    CHECK(number("x", "engagement") == 72);
    // follower.js lists 2 followers at the export (2024-05-01T08:00Z). The 5 non-repost posts
    // have 49, 3, 12, 6, 2; only the April ones (12, 6, 2) are within 30 days of that count, the
    // March ones (56 days) have no follower base → pooled 20 / (3 × 2), coverage 3 / 5, median of
    // 6, 3, 1 = 3.
    CHECK(number("x", "er_followers") == Approx(20.0 / 6));
    CHECK(number("x", "er_followers_coverage") == Approx(0.6));
    CHECK(number("x", "er_followers_median") == 3);
    CHECK(number("x", "amplification_rate") == 2);       // 10 / 5
    CHECK(number("x", "applause_rate") == Approx(12.4)); // 62 / 5
  }
  SECTION("Mastodon: archive and REST routes give one row per post, the newer counts win") {
    // Archive: an Announce, the launch post (42 likes, 7 shares), a reply, a public post, an
    // unlisted one, a followers-only one (left out of analyses), a DM (never stored), a Create
    // with a URI object (skipped) and an April post (5 likes, 1 share). REST adds the unlisted
    // 112110… (4 favourites, 1 reblog, 0 replies) and newer counts for the launch post (45, 8,
    // 3 replies, 1 quote). Posts: Announce + 5 archive posts + 112110 = 7.
    // The archive's counts are as of the time in its name, whatever the file's time.
    const auto observed = run_cli(
        {"--db", db, "sql",
         "SELECT m.observed_at FROM metric_snapshots AS m JOIN posts AS p ON p.id = m.post_id "
         "WHERE p.native_id LIKE '%/statuses/112100000000000001'",
         "--format", "csv"});
    CHECK_THAT(observed.out, Catch::Contains("2024-05-01T08:00:00"));
    CHECK(cell("mastodon", "posts") == "7");
    CHECK(number("mastodon", "likes") == 54);   // 45 + 5 + 4
    CHECK(number("mastodon", "reposts") == 10); // 8 + 1 + 1
    CHECK(number("mastodon", "replies") == 3);  // 3 + 0
    CHECK(number("mastodon", "quotes") == 1);
    CHECK(number("mastodon", "engagement") == 68);
    // The REST account has 1,200 followers at the capture (2024-05-02T00:00Z); 3 of the 6
    // non-repost posts report counts (57, 6, 5), but only 112110 (2024-04-03) is within 30 days
    // of that count (03-05 and 04-01T10:00 are further): 5 / 1,200 on 1 of 6 posts.
    CHECK(number("mastodon", "er_followers") == Approx(5.0 / 1200));
    CHECK(number("mastodon", "er_followers_coverage") == Approx(1.0 / 6));
    CHECK(number("mastodon", "er_followers_median") == Approx(5.0 / 1200));
    CHECK(number("mastodon", "conversation_rate") == Approx(1.5));       // (3 + 0) / 2
    CHECK(number("mastodon", "amplification_rate") == Approx(11.0 / 3)); // (9 + 1 + 1) / 3
    CHECK(number("mastodon", "applause_rate") == Approx(18));            // 54 / 3
  }
  SECTION("Facebook: DYI posts without counts beside Business Suite rows") {
    // 2 DYI posts (fb-new; part 2 is truncated and skipped) and 5 CSV rows that match none of
    // them. CSV Reactions/Comments/Shares: 42/9/6, 4/0/0 (blanks beside the total 4), 17/2/1,
    // –/–/– (the formula row, no total), 3/0/0.
    CHECK(cell("facebook", "posts") == "7");
    CHECK(number("facebook", "likes") == 66);
    CHECK(number("facebook", "reposts") == 7);
    CHECK(number("facebook", "replies") == 11);
    CHECK(cell("facebook", "quotes").empty());
    CHECK(number("facebook", "engagement") == 84);
    // Views 5,120 + 880 + 1,234 + 300 ('12a' is no count) = 7,534. The pooled rate uses the 3
    // posts with both engagement and views: (57 + 4 + 20) / (5,120 + 880 + 1,234); 3 of 7 posts.
    CHECK(number("facebook", "impressions") == 7534);
    CHECK(number("facebook", "er_impressions") == Approx(81.0 / 7234));
    CHECK(number("facebook", "er_impressions_coverage") == Approx(3.0 / 7));
    CHECK(number("facebook", "er_impressions_median") == Approx(57.0 / 5120));
    CHECK(number("facebook", "conversation_rate") == Approx(11.0 / 4));
    CHECK(number("facebook", "amplification_rate") == Approx(7.0 / 4));
    CHECK(number("facebook", "applause_rate") == Approx(16.5)); // 66 / 4
  }
  SECTION("Instagram: the CSV row joins its DYI post") {
    // 4 DYI posts; the CSV's first row is the DYI launch post (same text, 06:02 Los Angeles =
    // 14:02 UTC), the second is new: 5 posts. Likes 210 + 640, Shares 12 + blank (0: the post has
    // Views, and Meta writes 0 as a blank), Comments 18 + 33.
    CHECK(cell("instagram", "posts") == "5");
    CHECK(number("instagram", "likes") == 850);
    CHECK(number("instagram", "reposts") == 12);
    CHECK(number("instagram", "replies") == 51);
    CHECK(number("instagram", "engagement") == 913);
    CHECK(number("instagram", "impressions") == 15900); // Views 3,400 + 12,500
    CHECK(number("instagram", "er_impressions") == Approx(913.0 / 15900));
    CHECK(number("instagram", "er_impressions_coverage") == Approx(0.4));
    CHECK(number("instagram", "er_impressions_median") ==
          Approx((240.0 / 3400 + 673.0 / 12500) / 2));
    CHECK(number("instagram", "amplification_rate") == 6); // (12 + 0) / 2 posts with Shares
  }
  SECTION("LinkedIn through the column map") {
    // Two dated rows: Likes 51 + –, Reposts 4 + 0, Comments 7 + 1; Impressions 2,450 + 800.
    CHECK(cell("other", "posts") == "2");
    CHECK(number("other", "engagement") == 63);
    CHECK(number("other", "er_impressions") == Approx(63.0 / 3250));
    CHECK(number("other", "er_impressions_median") == Approx((62.0 / 2450 + 1.0 / 800) / 2));
    CHECK(number("other", "applause_rate") == 51);
  }
}
