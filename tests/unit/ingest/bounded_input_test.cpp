// SPDX-License-Identifier: Apache-2.0
// Inputs larger than the size limits (docs/formats.md, "Size limits"): refused or skipped by
// name and position, in bounded memory, the good records around them kept. The limits are made
// small through the environment so that no test needs a large file.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::ScopedEnv;

namespace {

constexpr const char *k_line_limit_message =
    " bytes is longer than the limit of 4096 bytes (SOCIOMETER_MAX_LINE_BYTES); skipped";

// The first line of a fixture, without its newline.
std::string first_line(const std::string &relative) {
  const auto content = test::read_file(fixture(relative));
  return content.substr(0, content.find('\n'));
}

// `line` with a padding member added to its first object, so that it is `extra` bytes longer and
// still a valid record of its format.
std::string padded(const std::string &line, std::size_t extra) {
  auto result = line;
  result.insert(result.find('{') + 1, "\"pad\": \"" + std::string(extra, 'x') + "\", ");
  return result;
}

// A JSONL file of its first line, that line made longer than the line limit, and its second line:
// the long line alone is skipped, by number, and the good lines are read as without it.
void check_long_line_skipped(const std::string &relative) {
  const ScopedEnv limit("SOCIOMETER_MAX_LINE_BYTES", "4096");
  test::TempDir dir;
  const auto content = test::read_file(fixture(relative));
  const auto first = content.substr(0, content.find('\n'));
  const auto second =
      content.substr(first.size() + 1, content.find('\n', first.size() + 1) - first.size() - 1);
  const auto reference = dir.file("good.jsonl");
  test::write_file(reference, first + "\n" + second + "\n");
  const auto path = dir.file("long.jsonl");
  const auto long_line = padded(first, 10000);
  test::write_file(path, first + "\n" + long_line + "\n" + second + "\n");
  const auto target = test::parse_fixture(path);
  REQUIRE(target.diagnostics.size() == 1);
  CHECK(target.diagnostics[0].file == path);
  CHECK(target.diagnostics[0].line == std::optional<std::int64_t>(2));
  CHECK(target.diagnostics[0].message ==
        "line of " + std::to_string(long_line.size()) + k_line_limit_message);
  CHECK(target.diagnostics[0].record_skipped);
  const auto good = test::parse_fixture(reference);
  CHECK_FALSE(good.posts.empty());
  CHECK(target.posts.size() == good.posts.size());
}

} // namespace

TEST_CASE("A JSONL line longer than the line limit is skipped; the lines around it are read",
          "[ingest][hostile][limits]") {
  SECTION("twarc2") { check_long_line_skipped("x/twarc/page-and-stream.jsonl"); }
  SECTION("Bluesky") { check_long_line_skipped("bluesky/pages.jsonl"); }
  SECTION("Mastodon REST") { check_long_line_skipped("mastodon/rest/timeline.jsonl"); }
  SECTION("a long last line without newline") {
    const ScopedEnv limit("SOCIOMETER_MAX_LINE_BYTES", "4096");
    test::TempDir dir;
    const auto path = dir.file("last.jsonl");
    const auto good = first_line("x/twarc/page-and-stream.jsonl");
    test::write_file(path, good + "\n" + std::string(50000, 'x'));
    const auto target = test::parse_fixture(path);
    REQUIRE(target.diagnostics.size() == 1);
    CHECK(target.diagnostics[0].line == std::optional<std::int64_t>(2));
    CHECK(target.diagnostics[0].message == std::string("line of 50000") + k_line_limit_message);
    CHECK_FALSE(target.posts.empty());
  }
}

TEST_CASE("An archive entry larger than the input limit is refused by name, not read",
          "[ingest][hostile][limits]") {
  const ScopedEnv limit("SOCIOMETER_MAX_INPUT_BYTES", "4000");
  const std::string message =
      ": larger than the limit of 4000 bytes (SOCIOMETER_MAX_INPUT_BYTES); not read";
  SECTION("a zip") {
    const auto zip = fixture("x/archive-wrapped.zip");
    test::CollectingTarget target;
    const auto error = test::parse_error(zip, target);
    CHECK_THAT(error.what(), Catch::StartsWith(zip + "!wrapper/data/tweets.js" + message));
    CHECK(target.posts.empty());
    CHECK(target.abandoned == 2); // both tweet parts, each on its own
  }
  SECTION("a folder") {
    test::TempDir dir;
    const auto root = test::copy_fixture(dir, "x/archive", "archive");
    const auto error = test::parse_error(root);
    CHECK_THAT(error.what(), Catch::StartsWith(root + "/data/tweets.js" + message));
  }
  SECTION("a whole-file JSON document") {
    const auto statuses = fixture("mastodon/rest/statuses.json");
    CHECK(std::string(test::parse_error(statuses).what()) == statuses + message);
  }
}

TEST_CASE("An element of a whole-file document longer than the line limit is skipped",
          "[ingest][hostile][limits]") {
  const ScopedEnv limit("SOCIOMETER_MAX_LINE_BYTES", "4096");
  test::TempDir dir;
  const auto path = dir.file("statuses.json");
  auto document = test::read_file(fixture("mastodon/rest/statuses.json"));
  document.insert(document.find('{') + 1, "\"pad\": \"" + std::string(10000, 'x') + "\", ");
  test::write_file(path, document);
  const auto target = test::parse_fixture(path);
  REQUIRE_FALSE(target.diagnostics.empty());
  CHECK(target.diagnostics[0].line == std::optional<std::int64_t>(2));
  CHECK_THAT(target.diagnostics[0].message,
             Catch::StartsWith("status of ") &&
                 Catch::EndsWith(" bytes is longer than the limit of 4096 bytes "
                                 "(SOCIOMETER_MAX_LINE_BYTES); skipped (byte 4)"));
  CHECK_FALSE(target.posts.empty()); // the statuses after it
}

TEST_CASE("CSV records beyond the limits are skipped; the rows around them are read",
          "[ingest][hostile][limits][csv]") {
  test::TempDir dir;
  const auto good = test::read_file(fixture("meta-csv/facebook-posts.csv"));
  const auto header_end = good.find('\n') + 1;
  SECTION("a record longer than the line limit") {
    const ScopedEnv limit("SOCIOMETER_MAX_LINE_BYTES", "4096");
    const auto path = dir.file("long.csv");
    auto content = good;
    content.insert(header_end, std::string(10000, 'x') + "\n");
    test::write_file(path, content);
    const auto target = test::parse_fixture(path);
    const auto all = test::parse_fixture(fixture("meta-csv/facebook-posts.csv"));
    REQUIRE_FALSE(target.diagnostics.empty());
    CHECK(target.diagnostics[0].line == std::optional<std::int64_t>(2));
    CHECK_THAT(target.diagnostics[0].message,
               Catch::Contains("record longer than the limit of 4096 bytes "
                               "(SOCIOMETER_MAX_LINE_BYTES)"));
    CHECK(target.posts.size() == all.posts.size());
  }
  SECTION("a record of a million fields") {
    const auto path = dir.file("wide.csv");
    auto content = good;
    content.insert(header_end, std::string(1'000'000, ',') + "\n");
    test::write_file(path, content);
    const auto target = test::parse_fixture(path);
    const auto all = test::parse_fixture(fixture("meta-csv/facebook-posts.csv"));
    REQUIRE_FALSE(target.diagnostics.empty());
    CHECK(target.diagnostics[0].line == std::optional<std::int64_t>(2));
    CHECK(target.diagnostics[0].message == "record of more than 10000 fields; row skipped");
    CHECK(target.posts.size() == all.posts.size());
  }
}

TEST_CASE("Counts that are negative, not numbers or beyond 64 bits are not reported, with a "
          "warning",
          "[ingest][hostile][counts]") {
  test::TempDir dir;
  const auto path = dir.file("counts.jsonl");
  test::write_file(
      path, R"({"data": [{"id": "1765000000000000001", "text": "Hello", "author_id": "15",)"
            R"( "created_at": "2024-03-05T14:02:11.000Z", "public_metrics": {"like_count": -5,)"
            R"( "retweet_count": "many", "reply_count": 1e30, "quote_count": 18446744073709551615,)"
            R"( "impression_count": 2000, "bookmark_count": null}}], "includes": {"users":)"
            R"( [{"id": "15", "username": "org", "public_metrics": {"followers_count": -1}}]}})"
            "\n");
  const auto target = test::parse_fixture(path);
  REQUIRE(target.posts.size() == 1);
  const auto &metrics = target.posts[0].metrics;
  REQUIRE(metrics);
  CHECK_FALSE(metrics->likes);
  CHECK_FALSE(metrics->reposts);
  CHECK_FALSE(metrics->replies);
  CHECK_FALSE(metrics->quotes);
  CHECK_FALSE(metrics->bookmarks);
  CHECK(metrics->impressions == std::optional<std::int64_t>(2000));
  REQUIRE(target.accounts.size() == 1);
  CHECK_FALSE(target.accounts[0].followers);
  REQUIRE(target.diagnostics.size() == 2);
  CHECK(target.diagnostics[0].message ==
        "user 15: followers_count -1 is not a count; treated as not reported");
  CHECK(target.diagnostics[1].line == std::optional<std::int64_t>(1));
  CHECK(target.diagnostics[1].message ==
        "tweet 1765000000000000001: like_count -5, retweet_count \"many\", reply_count 1e+30, "
        "quote_count 18446744073709551615 are not counts; treated as not reported");
  CHECK_FALSE(target.diagnostics[1].record_skipped);
}

TEST_CASE("A twarc2 created_at that is not a storable time is said, and the ID's time used",
          "[ingest][hostile][time]") {
  test::TempDir dir;
  const auto path = dir.file("year.jsonl");
  test::write_file(path,
                   R"({"data": [{"id": "1765000000000000001", "text": "Hi", "author_id": "15",)"
                   R"( "created_at": "30000-01-01T00:00:00.000Z"}]})"
                   "\n");
  const auto target = test::parse_fixture(path);
  REQUIRE(target.posts.size() == 1);
  CHECK(test::rfc3339(target.posts[0].created_at) == "2024-03-05T13:02:46Z"); // from the ID
  REQUIRE(target.diagnostics.size() == 1);
  CHECK(target.diagnostics[0].message ==
        "tweet 1765000000000000001: created_at \"30000-01-01T00:00:00.000Z\" is not a time "
        "between 1970 and 9999; the time of its ID is used");
  CHECK_FALSE(target.diagnostics[0].record_skipped);
}

TEST_CASE("A CSV header of a million columns is refused, naming the line",
          "[ingest][limits][csv]") {
  test::TempDir dir;
  const auto path = dir.file("wide.csv");
  std::string header = "id,created_at,text";
  for (int column = 0; column < 1'000'000; ++column) {
    header += ",c" + std::to_string(column);
  }
  test::write_file(path, header + "\n1,2024-03-05T14:02:11Z,hello\n");
  ingest::InputOptions options;
  options.platform = Platform::facebook;
  options.column_map = "id=id,created_at=created_at,text=text";
  CHECK(std::string(test::parse_error(path, options).what()) ==
        path + ": cannot read the header line (line 1: record of more than 10000 fields)");
}
