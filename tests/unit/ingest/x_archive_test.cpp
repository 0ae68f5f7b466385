// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::slice;

TEST_CASE("X archive folder: every tweet of every part, owner and follower counts",
          "[ingest][x-archive]") {
  const auto target = test::parse_fixture(fixture("x/archive"));
  CHECK(target.diagnostics.empty());
  // 7 tweet objects in two parts, one of them an older edit version of another.
  REQUIRE(target.posts.size() == 6);
  CHECK(target.units == 3); // account data, then one unit per tweets part

  const auto &owner = target.accounts.front();
  CHECK(owner.ref.native_id == "1500000000000000001");
  CHECK(owner.ref.handle == "test_org");
  CHECK(owner.owner);
  const auto &counts = target.accounts.back();
  CHECK(counts.followers == std::optional<std::int64_t>(2));
  CHECK(counts.following == std::optional<std::int64_t>(1));
  CHECK(util::format_rfc3339(*counts.observed_at) == "2024-05-01T08:00:00Z");
}

TEST_CASE("X archive: offsets are code points on the escaped text", "[ingest][x-archive]") {
  const auto target = test::parse_fixture(fixture("x/archive"));
  // An astral emoji and `&amp;` both come before the hashtag and the mention.
  const auto &post = target.post_with_id("1765000000000000001");
  CHECK(post.text == "Hello 🌊 R&D team! #CleanWater with @partner_org https://t.co/abc123");
  REQUIRE(post.hashtags.size() == 1);
  CHECK(slice(post.text, post.hashtags[0].start, post.hashtags[0].end) == "#CleanWater");
  CHECK(post.hashtags[0].normalized == "cleanwater");
  REQUIRE(post.mentions.size() == 1);
  CHECK(slice(post.text, post.mentions[0].start, post.mentions[0].end) == "@partner_org");
  REQUIRE(post.urls.size() == 1);
  CHECK(slice(post.text, post.urls[0].start, post.urls[0].end) == "https://t.co/abc123");
  CHECK(post.urls[0].expanded_url == "https://example.org/water?utm_source=x");

  const auto &quote = target.post_with_id("1766000000000000004"); // `&amp;` and a ZWJ family
  CHECK(slice(quote.text, quote.hashtags[0].start, quote.hashtags[0].end) == "#الماء_حياة");
}

TEST_CASE("X archive: a tweet's source record is kept without the archive's indentation",
          "[ingest][x-archive]") {
  const auto target = test::parse_fixture(fixture("x/archive"));
  const auto &post = target.post_with_id("1765000000000000001");
  // The archive writes `"tweet" : {` on a line of its own, indented; the record keeps the value.
  CHECK_THAT(post.raw, Catch::StartsWith(R"({"tweet":{"edit_info":{"initial":{"editTweetIds":)"
                                         R"(["1765000000000000001"],)"));
  CHECK_THAT(post.raw, Catch::Contains(R"("source":"<a href=\"https://mobile.twitter.com\" )"));
  CHECK(post.raw.find('\n') == std::string::npos);
  CHECK(post.raw.find("  ") == std::string::npos);
}

TEST_CASE("X archive: kinds, counts and edges of each tweet", "[ingest][x-archive]") {
  const auto target = test::parse_fixture(fixture("x/archive"));

  const auto &original = target.post_with_id("1765000000000000001");
  CHECK(original.kind == PostKind::post);
  CHECK(original.metrics->likes ==
        std::optional<std::int64_t>(42)); // counts are strings in archives
  CHECK(original.metrics->reposts == std::optional<std::int64_t>(7));
  CHECK_FALSE(original.metrics->replies); // not in archives: unknown, not zero
  CHECK(original.source_app == "Twitter Web App");
  CHECK(original.url == "https://x.com/test_org/status/1765000000000000001");

  const auto &retweet = target.post_with_id("1765000000000000002");
  CHECK(retweet.kind == PostKind::repost);
  CHECK(retweet.text_truncated);
  CHECK_FALSE(retweet.metrics); // "0" counts of a retweet are never credited to the reposter
  REQUIRE(retweet.edges.size() == 1);
  CHECK(retweet.edges[0].kind == EdgeKind::repost);
  CHECK(retweet.edges[0].target.native_id == "1500000000000000002");
  CHECK(retweet.hashtags[1].normalized == "waterislife"); // full-width letters fold

  const auto &reply = target.post_with_id("1765000000000000003");
  CHECK(reply.kind == PostKind::reply);
  CHECK(reply.reply_to_id == "1764000000000000009");
  REQUIRE(reply.edges.size() == 1); // the leading @mention is the automatic reply mention
  CHECK(reply.edges[0].kind == EdgeKind::reply);
  CHECK(reply.edges[0].target.native_id == "1500000000000000002");

  const auto &quote = target.post_with_id("1766000000000000004");
  CHECK(quote.kind == PostKind::quote);
  CHECK(quote.quoted_id == "1765900000000000000");
  CHECK(quote.edges.size() == 2); // quote of other_ngo, and a mention of it

  // An @mention opener without a status ID is a mention, not a reply.
  const auto &opener = target.post_with_id("1766000000000000012");
  CHECK(opener.kind == PostKind::post);
  REQUIRE(opener.edges.size() == 1);
  CHECK(opener.edges[0].kind == EdgeKind::mention);
}

TEST_CASE("X archive: of an edit chain only the newest version is a post", "[ingest][x-archive]") {
  const auto target = test::parse_fixture(fixture("x/archive"));
  const auto &newest = target.post_with_id("1766000000000000011");
  CHECK(newest.edit_history_ids ==
        std::vector<std::string>{"1766000000000000010", "1766000000000000011"});
  for (const auto &post : target.posts) {
    CHECK(post.native_id != "1766000000000000010");
  }
}

TEST_CASE("X archive zip with a wrapper folder reads in place", "[ingest][x-archive]") {
  const auto target = test::parse_fixture(fixture("x/archive-wrapped.zip"));
  CHECK(target.posts.size() == 6);
  CHECK(target.diagnostics.empty());
}

TEST_CASE("A truncated zip is rejected naming the file", "[ingest][x-archive]") {
  try {
    auto input = ingest::open_input(fixture("x/archive-truncated.zip"));
    FAIL("a truncated zip must not open");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::input);
    CHECK_THAT(error.what(), Catch::StartsWith(fixture("x/archive-truncated.zip") + ": "));
    CHECK_THAT(error.what(), Catch::Contains("zip"));
  }
}

TEST_CASE("A truncated tweets part fails with its position; the other parts are kept",
          "[ingest][x-archive]") {
  test::TempDir dir;
  const auto root = test::copy_fixture(dir, "x/archive", "archive");
  const auto part = root + "/data/tweets.js";
  const auto content = test::read_file(part);
  test::write_file(part, content.substr(0, content.size() / 2)); // cut mid-array

  test::CollectingTarget target;
  const auto error = test::parse_error(root, target);
  CHECK(error.kind() == ErrorKind::input);
  CHECK_THAT(error.what(), Catch::StartsWith(part + ":"));
  CHECK_THAT(error.what(), Catch::Contains("truncated JSON"));
  CHECK_THAT(error.what(), Catch::Contains("(byte "));
  CHECK(target.abandoned == 1);    // the broken part's records are dropped as a unit…
  CHECK(target.units == 2);        // …while the account data and part 1 were committed
  CHECK(target.posts.size() == 3); // part 1: four tweets, one an older edit version
}

TEST_CASE("Two broken parts: the first is named, the other counted, the account data kept",
          "[ingest][x-archive]") {
  test::TempDir dir;
  const auto root = test::copy_fixture(dir, "x/archive", "archive");
  for (const auto *name : {"/data/tweets.js", "/data/tweets-part1.js"}) {
    const auto content = test::read_file(root + name);
    test::write_file(root + name, content.substr(0, content.size() / 2));
  }
  test::CollectingTarget target;
  const auto error = test::parse_error(root, target);
  CHECK(error.kind() == ErrorKind::input);
  CHECK_THAT(error.what(), Catch::Contains("truncated JSON"));
  CHECK_THAT(error.what(), Catch::EndsWith(" (and 1 more parts)"));
  CHECK(target.abandoned == 2);
  CHECK(target.units == 1); // the account data
  CHECK(target.posts.empty());
}

TEST_CASE("Invalid UTF-8 in an archive part names the line", "[ingest][x-archive]") {
  test::TempDir dir;
  const auto root = test::copy_fixture(dir, "x/archive", "archive");
  const auto part = root + "/data/tweets-part1.js";
  auto content = test::read_file(part);
  content.replace(content.find("Bravo"), 5, "Br\xff\xfeo");
  test::write_file(part, content);
  test::CollectingTarget target;
  const auto error = test::parse_error(root, target);
  CHECK_THAT(error.what(), Catch::Contains("tweets-part1.js:"));
  CHECK_THAT(error.what(), Catch::Contains("invalid UTF-8"));
  CHECK(target.posts.size() == 3); // part 0 is intact
}

TEST_CASE("Inputs are recognised by content, not by name", "[ingest][detect]") {
  test::TempDir dir;
  SECTION("an empty file") {
    test::write_file(dir.file("empty.jsonl"), "");
    CHECK_THROWS_WITH(ingest::open_input(dir.file("empty.jsonl")),
                      dir.file("empty.jsonl") + ": empty file");
  }
  SECTION("an unknown format") {
    test::write_file(dir.file("tweets.jsonl"), "id,text\n1,hello\n");
    CHECK_THROWS_WITH(ingest::open_input(dir.file("tweets.jsonl")),
                      dir.file("tweets.jsonl") + ": unknown input format");
  }
  SECTION("a twarc capture under any name") {
    std::filesystem::copy_file(fixture("x/twarc/page-and-stream.jsonl"), dir.file("capture.txt"));
    CHECK(ingest::open_input(dir.file("capture.txt"))->format() == "twarc2");
  }
  SECTION("one file of an archive is not the archive") {
    try {
      (void)ingest::open_input(fixture("x/archive/data/tweets.js"));
      FAIL("a lone tweets.js is not accepted");
    } catch (const Error &error) {
      CHECK_THAT(error.hint(), Catch::Contains("pass the whole archive"));
    }
  }
}

TEST_CASE("Parsing on a second thread delivers the same operations in the same order",
          "[ingest][background]") {
  const auto direct = test::parse_fixture(fixture("x/archive"));
  test::CollectingTarget background;
  auto input = ingest::open_input(fixture("x/archive"));
  ingest::parse_in_background(*input, background);
  REQUIRE(background.posts.size() == direct.posts.size());
  for (std::size_t i = 0; i < direct.posts.size(); ++i) {
    CHECK(background.posts[i].native_id == direct.posts[i].native_id);
    CHECK(background.posts[i].text == direct.posts[i].text);
  }
  CHECK(background.units == direct.units);
  CHECK(background.accounts.size() == direct.accounts.size());
}

TEST_CASE("A parse error on the second thread arrives after the records before it",
          "[ingest][background]") {
  test::TempDir dir;
  const auto root = test::copy_fixture(dir, "x/archive", "archive");
  const auto part = root + "/data/tweets.js";
  const auto content = test::read_file(part);
  test::write_file(part, content.substr(0, content.size() / 2));
  test::CollectingTarget target;
  auto input = ingest::open_input(root);
  CHECK_THROWS_AS(ingest::parse_in_background(*input, target), Error);
  CHECK(target.abandoned == 1);
  CHECK(target.posts.size() == 3);
}

TEST_CASE("When the consumer fails, the parser thread stops and the error propagates",
          "[ingest][background]") {
  struct FailingTarget final : ingest::IngestTarget {
    int seen = 0;
    void account(const AccountRecord &) override {}
    void post(const PostRecord &) override {
      if (++seen == 2) {
        throw Error(ErrorKind::store, "disk full");
      }
    }
    void page_metric(const PageMetricRecord &) override {}
    void record_boundary() override {}
    void commit_unit() override {}
    void abandon_unit() override {}
    void diagnose(ingest::Diagnostic) override {}
  } target;
  auto input = ingest::open_input(fixture("x/archive"));
  CHECK_THROWS_WITH(ingest::parse_in_background(*input, target), "disk full");
  CHECK(target.seen == 2);
}
