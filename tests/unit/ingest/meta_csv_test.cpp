// SPDX-License-Identifier: Apache-2.0
// Meta Business Suite CSV exports (docs/formats.md): post-level Facebook and Instagram files,
// page-level daily series, and the broken shapes real files come in. Fixtures:
// tests/fixtures/meta-csv/generate.py.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "sociometer/error.hpp"
#include "sociometer/util/time.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::rfc3339;

namespace {

using Count = std::optional<std::int64_t>;

ingest::InputOptions stockholm() {
  ingest::InputOptions options;
  options.source_time_zone = util::TimeZone("Europe/Stockholm");
  return options;
}

} // namespace

TEST_CASE("Meta Facebook post CSV: fields, local times and metrics", "[csv][meta]") {
  const auto path = fixture("meta-csv/facebook-posts.csv");
  const auto input = ingest::open_input(path, stockholm());
  CHECK(input->format() == "meta-post-csv");
  CHECK(input->platform() == Platform::facebook);
  const auto target = test::parse_fixture(path, stockholm());
  REQUIRE(target.posts.size() == 5);

  const auto &first = target.post_with_id("1765432109876543");
  CHECK(first.platform == Platform::facebook);
  CHECK(first.text == "Journée portes ouvertes ☀️ مرحبا 你好 #ExampleLaunch 🎉");
  CHECK(first.author.native_id == "1029384756102938");
  CHECK(first.author.handle == "Example Org");
  CHECK(first.url == "https://www.facebook.com/1029384756102938/posts/1765432109876543");
  CHECK(rfc3339(first.created_at) == "2024-03-05T05:02:00Z"); // 06:02 CET
  REQUIRE(first.metrics);
  CHECK(first.metrics->impressions == Count(5120)); // Views
  CHECK(first.metrics->reach == Count(4310));
  CHECK(first.metrics->likes == Count(42)); // Reactions
  CHECK(first.metrics->replies == Count(9));
  CHECK(first.metrics->reposts == Count(6));
  CHECK(first.metrics->link_clicks == Count(21));
  CHECK_FALSE(first.metrics->bookmarks);
  // Meta gives no export time: counts are as of the file's modification time.
  const auto mtime = std::chrono::file_clock::to_sys(std::filesystem::last_write_time(path));
  CHECK(first.observed_at == std::chrono::floor<std::chrono::seconds>(mtime));
  CHECK(first.join_on_content);
  CHECK(first.detail_rank == 1);
  CHECK(first.lang.empty());
  REQUIRE(first.hashtags.size() == 1);
  CHECK(first.hashtags[0].normalized == "examplelaunch");
  CHECK(first.hashtags[0].start == std::optional<std::int32_t>(36));
  CHECK(first.hashtags[0].end == std::optional<std::int32_t>(50));
  CHECK_THAT(first.raw, Catch::Contains(R"("Reactions, Comments and Shares":"57")"));
  CHECK_THAT(first.raw, Catch::Contains(R"("_graph_id":"1029384756102938_1765432109876543")"));

  // Blank beside a total that has a value is 0: "Reactions, Comments and Shares" 4 = 4 + blank +
  // blank.
  const auto &second = target.post_with_id("1765432109876544");
  CHECK(second.metrics->likes == Count(4));
  CHECK(second.metrics->replies == Count(0));
  CHECK(second.metrics->reposts == Count(0));

  // Multi-line caption from Description (longer than Title), seconds, thousands separators.
  const auto &multi = target.post_with_id("1765432109876545");
  CHECK(multi.text == "Ligne un 👍🏽\nLigne deux 👩‍👩‍👧 #Famille");
  CHECK(rfc3339(multi.created_at) == "2024-03-10T13:30:15Z");
  CHECK(multi.metrics->impressions == Count(1234));
  CHECK(multi.metrics->reach == Count(1234));
  CHECK(multi.metrics->link_clicks == Count(0)); // blank, Total clicks 40

  // A formula-looking cell is text, verbatim; the ragged row lacks everything after Reach.
  const auto &formula = target.post_with_id("1765432109876546");
  CHECK(formula.text == R"(=HYPERLINK("https://evil.example/","click"))");
  REQUIRE(formula.urls.size() == 1); // a link in the text, even in a formula
  CHECK(formula.urls[0].url == "https://evil.example/");
  CHECK(formula.metrics->impressions == Count(300));
  CHECK(formula.metrics->reach == Count(250));
  CHECK_FALSE(formula.metrics->likes);
  CHECK_FALSE(formula.metrics->replies);

  // A cell that is not a number: reported, left empty, the row kept (zeros stay zeros).
  const auto &chinese = target.post_with_id("1765432109876547");
  CHECK(chinese.text == "中文测试 #公益 مرحبا بكم");
  CHECK_FALSE(chinese.metrics->impressions);
  CHECK(chinese.metrics->reach == Count(90));
  CHECK(chinese.metrics->replies == Count(0));
  REQUIRE(target.diagnostics.size() == 1);
  CHECK_FALSE(target.diagnostics[0].record_skipped);
  CHECK(ingest::format_diagnostic(target.diagnostics[0]) ==
        path + ":7: column 'Views': '12a' is not a count; left empty");

  // One account record for the page, not marked as the owner.
  REQUIRE(target.accounts.size() == 1);
  CHECK(target.accounts[0].ref.native_id == "1029384756102938");
  CHECK(target.accounts[0].display_name == "Example Org");
  CHECK_FALSE(target.accounts[0].owner);
}

TEST_CASE("Meta Instagram post CSV", "[csv][meta]") {
  const auto target = test::parse_fixture(fixture("meta-csv/instagram-posts.csv"));
  CHECK(target.diagnostics.empty());
  REQUIRE(target.posts.size() == 2);
  const auto &post = target.post_with_id("17890000000000001");
  CHECK(post.platform == Platform::instagram);
  CHECK(post.text == "Café & croissants ☕ مرحبا 你好 #ExampleLaunch 🥐");
  CHECK(post.author.native_id == "17841400000000001");
  CHECK(post.author.handle == "example_org");
  CHECK(rfc3339(post.created_at) == "2024-03-05T06:02:00Z"); // default zone: UTC
  CHECK(post.metrics->impressions == Count(3400));
  CHECK(post.metrics->reach == Count(2100));
  CHECK(post.metrics->likes == Count(210));
  CHECK(post.metrics->reposts == Count(12));
  CHECK(post.metrics->replies == Count(18));
  CHECK(post.metrics->bookmarks == Count(25));
  CHECK_THAT(post.raw, !Catch::Contains("_graph_id"));

  const auto &arabic = target.post_with_id("17890000000000002");
  CHECK(arabic.text == "شكراً للجميع 🙏🏾 #Merci");
  CHECK(rfc3339(arabic.created_at) == "2024-03-06T20:15:00Z");
  CHECK(arabic.metrics->impressions == Count(12500));
  // Blank Shares and Saves on a measured post (12,500 views): Meta writes 0 as a blank.
  CHECK(arabic.metrics->reposts == Count(0));
  CHECK(arabic.metrics->bookmarks == Count(0));
  REQUIRE(target.accounts.size() == 1);
  CHECK(target.accounts[0].display_name == "Example Org");
}

TEST_CASE("Meta post CSV with Swedish headers", "[csv][meta]") {
  const auto target = test::parse_fixture(fixture("meta-csv/facebook-posts-sv.csv"));
  CHECK(target.diagnostics.empty());
  REQUIRE(target.posts.size() == 1);
  const auto &post = target.posts[0];
  CHECK(post.platform == Platform::facebook);
  CHECK(post.native_id == "1765432109876601");
  CHECK(post.text == "Öppet hus på lördag ☀️ #Välkommen");
  CHECK(rfc3339(post.created_at) == "2024-03-05T06:02:00Z");
  CHECK(post.metrics->impressions == Count(1500));
  CHECK(post.metrics->reach == Count(1200));
  CHECK(post.metrics->likes == Count(80));
  CHECK(post.metrics->replies == Count(7));
  CHECK(post.metrics->reposts == Count(5));
  CHECK(post.metrics->link_clicks == Count(14));
}

TEST_CASE("Meta page-level CSV (UTF-16LE): daily values keyed on the date", "[csv][meta]") {
  const auto path = fixture("meta-csv/page-views.csv");
  try {
    (void)ingest::open_input(path);
    FAIL("expected an error without --as");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::input);
    CHECK(std::string(error.what()) ==
          path + ": page-level CSVs do not name their page; pass --as HANDLE");
  }
  ingest::InputOptions options;
  options.owner_handle = "@example_org";
  const auto input = ingest::open_input(path, options);
  CHECK(input->format() == "meta-page-csv");
  const auto target = test::parse_fixture(path, options);
  REQUIRE(target.page_metrics.size() == 3);
  CHECK(target.page_metrics[0].platform == Platform::facebook);
  CHECK(target.page_metrics[0].account.handle == "example_org");
  CHECK(target.page_metrics[0].account.native_id.empty());
  CHECK(target.page_metrics[0].metric == "Facebook Page views");
  CHECK(target.page_metrics[0].day == "2025-10-25");
  CHECK(target.page_metrics[0].value == 67753);
  CHECK(target.page_metrics[1].day == "2025-10-26");
  CHECK(target.page_metrics[2].day == "2025-10-27"); // clock part 01:00 after the DST change
  CHECK(target.page_metrics[2].value == 1204);
  CHECK(target.accounts.empty()); // views are not followers
  REQUIRE(target.diagnostics.size() == 2);
  CHECK(ingest::format_diagnostic(target.diagnostics[0]) ==
        path + ":7: 'abc' is not a count; row skipped");
  CHECK(ingest::format_diagnostic(target.diagnostics[1]) ==
        path + ":8: 'yesterday' is not a date (YYYY-MM-DD...); row skipped");
  CHECK(target.diagnostics[1].record_skipped);
}

TEST_CASE("Meta page-level followers make follower snapshots; UTF-16BE Instagram series",
          "[csv][meta]") {
  ingest::InputOptions options;
  options.owner_handle = "example_org";
  auto target = test::parse_fixture(fixture("meta-csv/page-followers.csv"), options);
  CHECK(target.diagnostics.empty());
  REQUIRE(target.page_metrics.size() == 2);
  CHECK(target.page_metrics[1].value == 15241);
  REQUIRE(target.accounts.size() == 2);
  CHECK(target.accounts[0].ref.handle == "example_org");
  CHECK(target.accounts[0].followers == Count(15230));
  CHECK(rfc3339(target.accounts[0].observed_at) == "2025-08-01T00:00:00Z");

  const auto input = ingest::open_input(fixture("meta-csv/instagram-reach-utf16be.csv"), options);
  CHECK(input->platform() == Platform::instagram);
  target = test::parse_fixture(fixture("meta-csv/instagram-reach-utf16be.csv"), options);
  REQUIRE(target.page_metrics.size() == 1);
  CHECK(target.page_metrics[0].platform == Platform::instagram);
  CHECK(target.page_metrics[0].metric == "Instagram reach");
  CHECK(target.page_metrics[0].value == 4100);
  CHECK(target.accounts.empty());
}

TEST_CASE("Meta post CSV: broken rows are skipped with their line, good rows stay", "[csv][meta]") {
  auto path = fixture("meta-csv/broken-unterminated.csv");
  auto target = test::parse_fixture(path);
  CHECK(target.posts.size() == 2);
  REQUIRE(target.diagnostics.size() == 1);
  CHECK(target.diagnostics[0].record_skipped);
  CHECK_THAT(ingest::format_diagnostic(target.diagnostics[0]),
             Catch::StartsWith(path + ":4: unterminated quoted field"));

  path = fixture("meta-csv/broken-too-many-fields.csv");
  target = test::parse_fixture(path);
  REQUIRE(target.posts.size() == 1);
  CHECK(target.posts[0].native_id == "1765432109876544");
  REQUIRE(target.diagnostics.size() == 1);
  CHECK(ingest::format_diagnostic(target.diagnostics[0]) ==
        path + ":2: row has 28 fields, the header has 26; row skipped");

  path = fixture("meta-csv/broken-invalid-utf8.csv");
  target = test::parse_fixture(path);
  REQUIRE(target.posts.size() == 1);
  CHECK(target.posts[0].native_id == "1765432109876543");
  REQUIRE(target.diagnostics.size() == 1);
  CHECK(ingest::format_diagnostic(target.diagnostics[0]) ==
        path + ":3: invalid UTF-8 in field 4 at byte 6; row skipped");
}

TEST_CASE("Meta post CSV re-saved by a spreadsheet", "[csv][meta]") {
  // `;`-separated with the right headers: read, with a note.
  auto path = fixture("meta-csv/resaved-semicolon.csv");
  auto target = test::parse_fixture(path);
  REQUIRE(target.posts.size() == 1);
  CHECK(target.posts[0].text == "Journée portes ouvertes ☀️");
  CHECK(target.posts[0].metrics->reach == Count(4310));
  CHECK(target.posts[0].metrics->link_clicks == Count(21));
  REQUIRE(target.diagnostics.size() == 1);
  CHECK_FALSE(target.diagnostics[0].record_skipped);
  CHECK_THAT(target.diagnostics[0].message, Catch::Contains("spreadsheet re-save"));

  // One quoted cell per line: refused, naming the file.
  path = fixture("meta-csv/resaved-one-cell.csv");
  try {
    (void)ingest::open_input(path);
    FAIL("expected an error");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::input);
    CHECK_THAT(error.what(), Catch::StartsWith(path + ": a Meta Business Suite export re-saved"));
    CHECK_THAT(error.what(), Catch::Contains("one quoted cell"));
    CHECK_FALSE(error.hint().empty());
  }
}

TEST_CASE("Meta post CSV saved twice under two names gives the same records", "[csv][meta]") {
  test::TempDir dir;
  const auto bytes = test::read_file(fixture("meta-csv/facebook-posts.csv"));
  test::write_file(dir.file("Jan-27-2025_Feb-23-2025_1029384756102938.csv"), bytes);
  test::write_file(dir.file("copy (1).csv"), bytes);
  const auto a = test::parse_fixture(dir.file("Jan-27-2025_Feb-23-2025_1029384756102938.csv"));
  const auto b = test::parse_fixture(dir.file("copy (1).csv"));
  REQUIRE(a.posts.size() == b.posts.size());
  for (std::size_t i = 0; i < a.posts.size(); ++i) {
    CHECK(a.posts[i].native_id == b.posts[i].native_id);
    CHECK(a.posts[i].text == b.posts[i].text);
    CHECK(a.posts[i].created_at == b.posts[i].created_at);
    CHECK(a.posts[i].raw == b.posts[i].raw);
  }
}

TEST_CASE("Meta CSVs end to end: re-ingest under another name, stored metrics and page series",
          "[csv][meta][cli]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  const auto bytes = test::read_file(fixture("meta-csv/facebook-posts.csv"));
  test::write_file(dir.file("a.csv"), bytes);
  test::write_file(dir.file("b.csv"), bytes);
  auto result = test::run_cli({"--db", db, "ingest", dir.file("a.csv"), "--source-tz",
                               "Europe/Stockholm", "--format", "csv"});
  REQUIRE(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains(",meta-post-csv,ok,5,0,0,"));
  result = test::run_cli({"--db", db, "ingest", dir.file("b.csv"), "--source-tz",
                          "Europe/Stockholm", "--format", "csv"});
  REQUIRE(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains(",meta-post-csv,ok,0,0,5,"));

  result = test::run_cli(
      {"--db", db, "sql",
       "SELECT p.native_id, p.created_at, m.impressions, m.reach, m.likes, m.replies, "
       "m.link_clicks FROM posts p JOIN metric_snapshots m ON m.post_id = p.id "
       "WHERE p.native_id IN ('1765432109876543', '1765432109876544') "
       "GROUP BY p.id ORDER BY p.native_id",
       "--format", "csv"});
  REQUIRE(result.code == 0);
  CHECK(result.out == "native_id,created_at,impressions,reach,likes,replies,link_clicks\r\n"
                      "1765432109876543,2024-03-05T05:02:00.000Z,5120,4310,42,9,21\r\n"
                      "1765432109876544,2024-03-04T11:00:00.000Z,880,702,4,0,19\r\n");

  // A page-level series needs --as; with it, one value per day.
  result = test::run_cli({"--db", db, "ingest", fixture("meta-csv/page-views.csv")});
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::Contains("pass --as HANDLE"));
  result = test::run_cli({"--db", db, "ingest", fixture("meta-csv/page-views.csv"), "--as",
                          "example_org", "--platform", "facebook"});
  CHECK(result.code == 0);
  result = test::run_cli({"--db", db, "sql",
                          "SELECT a.handle, pm.metric, pm.day, pm.value FROM page_metrics pm "
                          "JOIN accounts a ON a.id = pm.account_id ORDER BY pm.day",
                          "--format", "csv"});
  CHECK(result.out == "handle,metric,day,value\r\n"
                      "example_org,Facebook Page views,2025-10-25,67753\r\n"
                      "example_org,Facebook Page views,2025-10-26,70010\r\n"
                      "example_org,Facebook Page views,2025-10-27,1204\r\n");
}

// The shape of a real export (facebook-posts-real-shape.csv): Meta writes no "0"; every row has
// Total clicks = Link + Other + Photo clicks and "Reactions, Comments and Shares" = Reactions +
// Comments + Shares with blanks as 0.
TEST_CASE("Meta post CSV: a blank count is 0 under a total with a value or on a measured post, "
          "else not reported",
          "[csv][meta]") {
  const auto target = test::parse_fixture(fixture("meta-csv/facebook-posts-real-shape.csv"));
  REQUIRE(target.posts.size() == 4);
  CHECK(target.diagnostics.empty());

  // Total clicks 30 = 9 + 21 + blank; 12 = 12 + blank + blank.
  const auto &links = target.post_with_id("1765432109877001");
  CHECK(links.metrics->impressions == Count(6000));
  CHECK(links.metrics->link_clicks == Count(9));
  CHECK(links.metrics->likes == Count(12));
  CHECK(links.metrics->replies == Count(0));
  CHECK(links.metrics->reposts == Count(0));

  // Total clicks 11 = blank + 3 + 8: no link clicks.
  const auto &photos = target.post_with_id("1765432109877002");
  CHECK(photos.metrics->link_clicks == Count(0));
  CHECK(photos.metrics->replies == Count(2));
  CHECK(photos.metrics->reposts == Count(0));

  // The whole engagement family blank, but the post was measured (Views 2000): 0, as Meta writes
  // a 0 as a blank.
  const auto &status = target.post_with_id("1765432109877003");
  CHECK(status.metrics->link_clicks == Count(1));
  CHECK(status.metrics->likes == Count(0));
  CHECK(status.metrics->replies == Count(0));
  CHECK(status.metrics->reposts == Count(0));

  // The whole click family blank on a measured post: no link clicks. Views stay as given.
  const auto &quiet = target.post_with_id("1765432109877004");
  CHECK(quiet.metrics->link_clicks == Count(0));
  CHECK(quiet.metrics->replies == Count(0));
  CHECK(quiet.metrics->impressions == Count(1000));

  // A row without Views or Reach: its blanks are unknown, except under a total with a value.
  test::TempDir dir;
  const auto path = dir.file("unmeasured.csv");
  std::ifstream header_source(fixture("meta-csv/facebook-posts-real-shape.csv"));
  std::string header;
  std::getline(header_source, header);
  test::write_file(path, header + "\n1765432109877009,1029384756102938,Example Org,Hello,,,"
                                  "03/09/2024 08:00,,,No,No,Status,,,,,Lifetime,,,5,5,,,,,,,\n");
  const auto unmeasured = test::parse_fixture(path);
  const auto &bare = unmeasured.post_with_id("1765432109877009");
  CHECK(bare.metrics->likes == Count(5));
  CHECK(bare.metrics->replies == Count(0)); // a blank part of a total of 5
  CHECK_FALSE(bare.metrics->link_clicks);   // no total, no audience: not reported
  CHECK_FALSE(bare.metrics->impressions);
}

TEST_CASE("Meta post CSV: CTR counts the posts whose blank link clicks are 0", "[csv][meta][cli]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(test::run_cli({"--db", db, "ingest", fixture("meta-csv/facebook-posts-real-shape.csv")})
              .code == 0);
  // Every post was measured (Views), so blank link clicks are 0: 9 + 0 + 1 + 0 = 10 over views
  // 6000 + 4000 + 2000 + 1000 = 13000 → CTR 10 / 13000 = 0.000769…, coverage 1. (Reading blanks
  // as not reported gave 10 / 8000 = 0.00125 at coverage 0.5.)
  const auto result =
      test::run_cli({"--db", db, "engagement", "--by", "platform", "--format", "csv"});
  REQUIRE(result.code == 0);
  // link_clicks, ctr, ctr_coverage
  CHECK_THAT(result.out, Catch::Contains(",10,0.0007692307692307692,1,"));
}

TEST_CASE("Meta post CSV: links in the caption text are links", "[csv][meta]") {
  const auto target = test::parse_fixture(fixture("meta-csv/facebook-posts-real-shape.csv"));
  // "Rapport annuel : https://example.org/rapport-2024. Merci !": the full stop ends the sentence.
  const auto &links = target.post_with_id("1765432109877001");
  REQUIRE(links.urls.size() == 1);
  CHECK(links.urls[0].url == "https://example.org/rapport-2024");
  CHECK(links.urls[0].expanded_url == "https://example.org/rapport-2024");
  CHECK(test::slice(links.text, links.urls[0].start, links.urls[0].end) ==
        "https://example.org/rapport-2024");
  CHECK(links.urls[0].start == 17);

  // `www.` without a scheme, after an emoji (code points, not bytes).
  const auto &photos = target.post_with_id("1765432109877002");
  REQUIRE(photos.urls.size() == 1);
  CHECK(photos.urls[0].url == "www.example.org/galerie");
  CHECK(photos.urls[0].expanded_url == "https://www.example.org/galerie");
  CHECK(photos.urls[0].start == 23);
  CHECK(photos.urls[0].end == 46);

  // A parenthesis the link opens stays in it; the one closing the aside does not.
  const auto &status = target.post_with_id("1765432109877003");
  REQUIRE(status.urls.size() == 1);
  CHECK(status.urls[0].url == "https://fr.wikipedia.org/wiki/Bénévolat_(France)");

  CHECK(target.post_with_id("1765432109877004").urls.empty());
}

TEST_CASE("Meta post CSV: top domains come from the links in the text", "[csv][meta][cli]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(test::run_cli({"--db", db, "ingest", fixture("meta-csv/facebook-posts-real-shape.csv")})
              .code == 0);
  // example.org in posts 1 and 2, fr.wikipedia.org in post 3; 4 posts in all.
  const auto result = test::run_cli({"--db", db, "top", "domains", "--format", "csv"});
  REQUIRE(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("1,example.org,2,0.5,1,"));
  CHECK_THAT(result.out, Catch::Contains("2,fr.wikipedia.org,1,0.25,1,"));
}
