// SPDX-License-Identifier: Apache-2.0
// Hostile and odd inputs across the parsers: nesting far beyond any real export, archive entries
// that are links or devices, folders with entries that cannot be read.
#include <catch2/catch.hpp>
#include <filesystem>
#include <sys/stat.h>

#include "sociometer/util/text.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::fixture;

namespace {

// A complete, valid JSON array nested `depth` levels deep.
std::string nested_array(std::size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

// The first line of a fixture, with its newline.
std::string first_line(const std::string &relative) {
  const auto content = test::read_file(fixture(relative));
  return content.substr(0, content.find('\n') + 1);
}

// Parses `good` followed by a complete 100k-deep last line without a final newline: the good line
// is kept, and the deep line is reported as too deep, not as truncated.
void check_deep_last_line(const std::string &good, const std::string &deep_line) {
  test::TempDir dir;
  const auto path = dir.file("deep.jsonl");
  test::write_file(path, good + deep_line);
  const auto target = test::parse_fixture(path);
  CHECK_FALSE(target.posts.empty());
  REQUIRE(target.diagnostics.size() == 1);
  CHECK(target.diagnostics[0].file == path);
  CHECK(target.diagnostics[0].line == std::optional<std::int64_t>(2));
  CHECK(target.diagnostics[0].message == "nesting deeper than 1024 levels; line skipped");
  CHECK(target.diagnostics[0].record_skipped);
}

} // namespace

TEST_CASE("A complete JSONL line nested 100k deep is too deep, not truncated",
          "[ingest][hostile][depth]") {
  const auto deep = nested_array(100000);
  SECTION("twarc2") {
    check_deep_last_line(first_line("x/twarc/page-and-stream.jsonl"), R"({"data": )" + deep + "}");
  }
  SECTION("Bluesky") {
    check_deep_last_line(first_line("bluesky/pages.jsonl"), R"({"feed": )" + deep + "}");
  }
  SECTION("Mastodon REST") {
    check_deep_last_line(first_line("mastodon/rest/timeline.jsonl"), deep);
  }
}

TEST_CASE("Deep nesting inside archives and documents is named as such",
          "[ingest][hostile][depth]") {
  test::TempDir dir;
  const auto deep = nested_array(100000);
  SECTION("an item of a Mastodon outbox is skipped") {
    const auto root = test::copy_fixture(dir, "mastodon/archive", "archive");
    auto outbox = test::read_file(root + "/outbox.json");
    const auto items = outbox.rfind("\"orderedItems\": [") + 17; // the second, real list
    outbox.insert(items, "{\"type\": \"Create\", \"object\": " + deep + "},");
    test::write_file(root + "/outbox.json", outbox);
    const auto target = test::parse_fixture(root);
    REQUIRE_FALSE(target.diagnostics.empty());
    CHECK_THAT(target.diagnostics[0].message,
               Catch::EndsWith(": nesting deeper than 1024 levels; skipped"));
    CHECK(target.posts.size() == 8);
  }
  SECTION("an X archive part fails with its position") {
    const auto root = test::copy_fixture(dir, "x/archive", "archive");
    auto part = test::read_file(root + "/data/tweets-part1.js");
    part.insert(part.find('[') + 1, "\n" + deep + ",");
    test::write_file(root + "/data/tweets-part1.js", part);
    test::CollectingTarget target;
    const auto error = test::parse_error(root, target);
    CHECK_THAT(error.what(), Catch::StartsWith(root + "/data/tweets-part1.js:3: nesting deeper "
                                                      "than 1024 levels"));
  }
}

TEST_CASE("Links and devices in archives are ignored and never shadow a regular entry",
          "[ingest][hostile][container]") {
  for (const auto *name : {"mastodon/hostile-links.tar.gz", "mastodon/hostile-links.zip"}) {
    INFO(name);
    const auto target = test::parse_fixture(fixture(name));
    CHECK(target.posts.size() == 2); // the real outbox.json's, not /etc/passwd
    REQUIRE_FALSE(target.diagnostics.empty());
    CHECK(target.diagnostics[0].file == fixture(name) + "!outbox.json");
    CHECK(target.diagnostics[0].message == "symbolic link in the archive; ignored");
    CHECK_FALSE(target.diagnostics[0].record_skipped);
  }
  const auto tar = test::parse_fixture(fixture("mastodon/hostile-links.tar.gz"));
  REQUIRE(tar.diagnostics.size() == 3);
  CHECK(tar.diagnostics[1].message == "device or special file in the archive; ignored");
  CHECK(tar.diagnostics[2].file == fixture("mastodon/hostile-links.tar.gz") + "!outbox-copy.json");
  CHECK(tar.diagnostics[2].message == "hard link in the archive; ignored");
}

TEST_CASE("A folder's unreadable entries are reported by path; the rest is listed",
          "[ingest][hostile][container]") {
  test::TempDir dir;
  const auto root = dir.file("captures");
  std::filesystem::create_directories(root + "/a");
  std::filesystem::create_directories(root + "/locked");
  test::write_file(root + "/a/one.jsonl", first_line("x/twarc/page-and-stream.jsonl"));
  test::write_file(root + "/b.jsonl", first_line("x/twarc/page-and-stream.jsonl"));
  test::write_file(root + "/locked/hidden.jsonl", "{}\n");
  std::filesystem::create_symlink(root + "/gone.jsonl", root + "/dangling.jsonl");
  REQUIRE(::chmod((root + "/locked").c_str(), 0) == 0);
  // Listed where the permission applies (root ignores it): inputs, then unreadable entries.
  const auto listed = test::run_unprivileged([&] {
    const auto expanded = ingest::expand_path(root);
    std::string text;
    for (const auto &input : expanded.inputs) {
      text += input + "\n";
    }
    for (const auto &entry : expanded.unreadable) {
      text += "unreadable " + entry.path + ": " + entry.reason + "\n";
    }
    return text;
  });
  REQUIRE(::chmod((root + "/locked").c_str(), 0755) == 0);
  if (!listed) {
    WARN("cannot drop root's privileges: the permission case is not checked");
    return;
  }
  CHECK(*listed == root + "/a/one.jsonl\n" + root + "/b.jsonl\n" + "unreadable " + root +
                       "/dangling.jsonl: cannot read: No such file or directory\n" + "unreadable " +
                       root + "/locked: cannot list folder: Permission denied\n");
}

TEST_CASE("DYI timestamps outside what a date can hold are skipped, never a nonsense date",
          "[ingest][hostile][meta_dyi]") {
  test::TempDir dir;
  const auto path = dir.file("your_posts_1.json");
  test::write_file(path, R"([{"timestamp": 1709647331, "data": [{"post": "kept"}]},)"
                         R"( {"timestamp": 884541340800, "data": [{"post": "year 30000"}]},)"
                         R"( {"timestamp": 9223372036854775807, "data": [{"post": "overflow"}]},)"
                         R"( {"timestamp": -100, "data": [{"post": "before 1970"}]}])");
  const auto target = test::parse_fixture(path, {std::nullopt, {}, util::TimeZone::utc(), "org"});
  REQUIRE(target.posts.size() == 1);
  CHECK(test::rfc3339(target.posts[0].created_at) == "2024-03-05T14:02:11Z");
  REQUIRE(target.diagnostics.size() == 3);
  CHECK(target.diagnostics[0].message ==
        "timestamp 884541340800 is not between 1970 and 9999; skipped");
  CHECK(target.diagnostics[0].offset.has_value());
  CHECK(target.diagnostics[0].record_skipped);
}
