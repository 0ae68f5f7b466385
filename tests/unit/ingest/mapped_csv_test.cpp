// SPDX-License-Identifier: Apache-2.0
// CSV read through a user-given column map (`ingest --map`), LinkedIn-like fixtures.
#include <catch2/catch.hpp>

#include "sociometer/error.hpp"
#include "sociometer/util/time.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::rfc3339;

namespace {

using Count = std::optional<std::int64_t>;

ingest::InputOptions mapped(const std::string &map) {
  ingest::InputOptions options;
  options.column_map = map;
  return options;
}

} // namespace

TEST_CASE("Mapped CSV: a LinkedIn sheet through a map file, header below a note", "[csv][mapped]") {
  auto options = mapped(fixture("csv/linkedin-map.txt"));
  options.platform = Platform::other;
  const auto path = fixture("csv/linkedin-posts.csv");
  const auto input = ingest::open_input(path, options);
  CHECK(input->format() == "mapped-csv");
  CHECK(input->platform() == Platform::other);
  const auto target = test::parse_fixture(path, options);
  REQUIRE(target.posts.size() == 2);

  const auto &first = target.post_with_id(
      "https://www.linkedin.com/feed/update/urn:li:activity:7170000000000000001");
  CHECK(first.platform == Platform::other);
  CHECK(first.text == "Bonjour 🌍 مرحبا 你好 #ExampleLaunch");
  CHECK(first.url == first.native_id);
  CHECK(first.author.handle == "Example Org");
  CHECK(rfc3339(first.created_at) == "2024-03-05T00:00:00Z");
  CHECK(first.kind == PostKind::post);
  CHECK(first.metrics->impressions == Count(2450));
  CHECK(first.metrics->likes == Count(51));
  CHECK(first.metrics->replies == Count(7));
  CHECK(first.metrics->reposts == Count(4));
  CHECK(first.metrics->link_clicks == Count(96));
  CHECK_FALSE(first.metrics->reach);
  REQUIRE(first.hashtags.size() == 1);
  CHECK(first.hashtags[0].normalized == "examplelaunch");
  CHECK_FALSE(first.join_on_content);

  const auto &second = target.post_with_id(
      "https://www.linkedin.com/feed/update/urn:li:activity:7170000000000000002");
  CHECK(second.text == "Équipe au complet 👩🏽‍💻 \"merci\"");
  CHECK_FALSE(second.metrics->likes);
  CHECK(second.metrics->reposts == Count(0));

  REQUIRE(target.diagnostics.size() == 1);
  CHECK_THAT(ingest::format_diagnostic(target.diagnostics[0]),
             Catch::StartsWith(path + ":5: created_at '' is not ISO 8601"));
  CHECK(target.diagnostics[0].record_skipped);
}

TEST_CASE("Mapped CSV: inline map, backslash-escaped quotes, local times in --source-tz",
          "[csv][mapped]") {
  auto options = mapped("Link=id, Date=created_at, Message=text");
  options.platform = Platform::facebook;
  options.source_time_zone = util::TimeZone("America/New_York");
  const auto target = test::parse_fixture(fixture("csv/linkedin-comments-backslash.csv"), options);
  REQUIRE(target.posts.size() == 2);
  const auto &post = target.post_with_id("urn:li:comment:1");
  CHECK(post.platform == Platform::facebook);
  CHECK(post.text == "He said \"bonjour\" 🙂");
  CHECK(rfc3339(post.created_at) == "2024-03-05T15:00:00Z"); // 10:00 EST
  CHECK_FALSE(post.metrics);
  CHECK(target.post_with_id("urn:li:comment:2").text == "Plain, with a comma");
  REQUIRE(target.diagnostics.size() == 1); // the note about the dialect
  CHECK_FALSE(target.diagnostics[0].record_skipped);
  CHECK_THAT(target.diagnostics[0].message, Catch::Contains("backslashes"));
}

TEST_CASE("Mapped CSV: kinds, references and epoch times", "[csv][mapped]") {
  test::TempDir dir;
  const auto path = dir.file("posts.csv");
  test::write_file(path, "id,when,who,body,parent,boosted,kind,likes\n"
                         "10,1709647331,@alice,hello,,,,3\n"
                         "11,2024-03-05T14:02:11Z,bob,re,10,,,1\n"
                         "12,2024-03-05 15:00,bob,,,99,,7\n"
                         "13,2024-03-05 16:00,bob,odd,,,weird,\n");
  auto options = mapped(
      "id=id,when=created_at,who=author,body=text,parent=reply_to,boosted=shared_of,kind=kind,"
      "likes=likes");
  const auto target = test::parse_fixture(path, options);
  CHECK(rfc3339(target.post_with_id("10").created_at) == "2024-03-05T14:02:11Z");
  CHECK(target.post_with_id("10").author.handle == "alice");
  const auto &reply = target.post_with_id("11");
  CHECK(reply.kind == PostKind::reply);
  CHECK(reply.reply_to_id == "10");
  const auto &repost = target.post_with_id("12");
  CHECK(repost.kind == PostKind::repost);
  CHECK_FALSE(repost.metrics); // a repost's counts are never the reposter's
  const auto &referenced = target.post_with_id("99");
  CHECK(referenced.role == RecordRole::referenced);
  CHECK(referenced.state == PostState::unavailable);
  CHECK(target.post_with_id("13").kind == PostKind::post);
  REQUIRE(target.diagnostics.size() == 1);
  CHECK(target.diagnostics[0].line == std::optional<std::int64_t>(5));
  CHECK_THAT(target.diagnostics[0].message, Catch::StartsWith("kind 'weird'"));
}

TEST_CASE("Mapped CSV: bad maps and missing columns are clear errors", "[csv][mapped]") {
  const auto path = fixture("csv/linkedin-comments-backslash.csv");
  auto error = test::parse_error(path, mapped("Link=id,Date=created_at,Message=body"));
  CHECK(error.kind() == ErrorKind::usage);
  CHECK(std::string(error.what()) == "--map: unknown field 'body' in 'Message=body'");
  CHECK_THAT(error.hint(), Catch::Contains("id, created_at, text, author_id"));

  error = test::parse_error(path, mapped("Link=id,Message=text"));
  CHECK(error.kind() == ErrorKind::usage);
  CHECK_THAT(error.what(), Catch::Contains("required fields id and created_at"));

  error = test::parse_error(path, mapped("Link=id,Date=created_at,Body=text"));
  CHECK(error.kind() == ErrorKind::input);
  CHECK(std::string(error.what()) ==
        path + ": mapped column 'Body' not in the header; the header has: 'Date', 'Link', "
               "'Message'");

  // A file of one quoted cell per line cannot be mapped.
  test::TempDir dir;
  test::write_file(dir.file("one.csv"), "\"Date,Link,Message\"\n\"2024-03-05,x,y\"\n");
  error = test::parse_error(dir.file("one.csv"), mapped("Link=id,Date=created_at"));
  CHECK(error.kind() == ErrorKind::input);
  CHECK_THAT(error.what(), Catch::Contains("every line is one quoted cell"));
}

TEST_CASE("An unknown CSV without --map is refused with a hint to map it", "[csv][mapped]") {
  try {
    (void)ingest::open_input(fixture("csv/linkedin-posts.csv"));
    FAIL("expected an error");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::input);
    CHECK_THAT(error.hint(), Catch::Contains("--map"));
  }
}

TEST_CASE("Mapped CSV end to end: --map and --platform, re-ingest unchanged",
          "[csv][mapped][cli]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  const std::vector<std::string> args = {"--db",       db,
                                         "ingest",     fixture("csv/linkedin-posts.csv"),
                                         "--map",      fixture("csv/linkedin-map.txt"),
                                         "--platform", "other",
                                         "--format",   "csv"};
  auto result = test::run_cli(args);
  CHECK(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains(",mapped-csv,partial,2,0,0,0,1"));
  result = test::run_cli(args);
  CHECK_THAT(result.out, Catch::Contains(",mapped-csv,partial,0,0,2,0,1"));
  result = test::run_cli({"--db", db, "sql",
                          "SELECT p.platform, count(*), sum(m.likes) FROM posts p "
                          "JOIN metric_snapshots m ON m.post_id = p.id GROUP BY p.platform",
                          "--format", "csv"});
  CHECK(result.out == "platform,count(*),sum(m.likes)\r\nother,2,51\r\n");

  result = test::run_cli({"--db", db, "ingest", fixture("csv/linkedin-posts.csv"), "--map",
                          "Post link=id,Created=created_at"});
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::Contains("mapped column 'Created' not in the header"));
  result = test::run_cli(
      {"--db", db, "ingest", fixture("csv/linkedin-posts.csv"), "--map", "Post link=identifier"});
  CHECK(result.code == 2);
}
