// SPDX-License-Identifier: Apache-2.0
// A repost counts under its original's language in every command that counts languages
// (docs/metrics.md §5): platforms tag reposts `und` or nothing, having no words of their own.
#include <catch2/catch.hpp>

#include "store/post_selection.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::run_cli;

namespace {

// bluesky/repost-english.json: example-org's two French posts (3/22, 3/23) and its repost (3/22)
// of example-partner's English post; the original is stored too, as a referenced post.
std::string bluesky_store(const test::TempDir &dir) {
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "ingest", fixture("bluesky/repost-english.json")}).code == 0);
  return db;
}

} // namespace

TEST_CASE("engagement --by language and --lang count a repost under its original's language",
          "[cli][languages]") {
  test::TempDir dir;
  const auto db = bluesky_store(dir);
  // fr: the two own posts; en: the repost (its original is not one of the selected posts).
  auto result = run_cli({"--db", db, "engagement", "--by", "language", "--format", "csv"});
  REQUIRE(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("\r\nen,1,"));
  CHECK_THAT(result.out, Catch::Contains("\r\nfr,2,"));
  CHECK_THAT(result.out, !Catch::Contains("und"));

  result = run_cli({"--db", db, "engagement", "--by", "kind", "--lang", "en", "--format", "csv"});
  REQUIRE(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("\r\nrepost,1,"));
}

TEST_CASE("top languages and the monthly report count a repost under its original's language",
          "[cli][languages]") {
  test::TempDir dir;
  const auto db = bluesky_store(dir);
  // 3 posts: fr 2 (share 2/3), en 1 (1/3).
  auto result = run_cli({"--db", db, "top", "languages", "--format", "csv"});
  REQUIRE(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("1,fr,2,0.6666666666666666,1,"));
  CHECK_THAT(result.out, Catch::Contains("2,en,1,0.3333333333333333,1,"));

  result = run_cli({"--db", db, "report", "--month", "2024-03"});
  REQUIRE(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("| fr | 2 | 66.67% | 17 |\n| en | 1 | 33.33% | n/a |\n"));
  CHECK_THAT(result.out, !Catch::Contains("| und |"));
}

TEST_CASE("influencers count a repost under its original's language", "[cli][languages]") {
  test::TempDir dir;
  const auto db = bluesky_store(dir);
  // example-org's posts: fr 2, en 1 (the repost); the community's top languages list both.
  const auto result = run_cli({"--db", db, "influencers", "--communities", "--format", "json"});
  REQUIRE(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains(R"x("top_languages": [
        {
          "value": "fr",
          "count": 2
        },
        {
          "value": "en",
          "count": 1
        }
      ])x"));
}

TEST_CASE("a Mastodon boost takes the language of its original stored from another input",
          "[cli][languages]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  // The archive's Announce of 03-05 names only the boosted post's URI: its language is unknown.
  REQUIRE(run_cli({"--db", db, "ingest", fixture("mastodon/archive")}).code == 0);
  const std::vector<std::string> arabic_by_kind = {"--db",   db,   "engagement", "--by", "kind",
                                                   "--lang", "ar", "--format",   "csv"};
  auto result = run_cli(arabic_by_kind);
  REQUIRE(result.code == 0);
  CHECK_THAT(result.out, !Catch::Contains("\r\nrepost,"));
  // The REST capture holds the boosted post (language `ar`): from then on the boost is Arabic.
  REQUIRE(run_cli({"--db", db, "ingest", fixture("mastodon/rest/statuses.json")}).code == 0);
  result = run_cli(arabic_by_kind);
  REQUIRE(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("\r\nrepost,1,"));
}

TEST_CASE("the repost language keeps the analysis scan on the covering time index",
          "[cli][languages]") {
  test::TempDir dir;
  const auto db = bluesky_store(dir);
  for (const char *language : {store::k_post_language_sql, store::k_post_language_by_lookup_sql}) {
    const auto result = run_cli(
        {"--db", db, "sql",
         std::string("EXPLAIN QUERY PLAN SELECT p.id, p.account_id, p.created_at, ") + language +
             " FROM posts AS p WHERE p.is_primary = 1 AND p.created_at >= '2024-03-01'",
         "--format", "csv"});
    REQUIRE(result.code == 0);
    CHECK_THAT(result.out, Catch::Contains("SEARCH p USING COVERING INDEX posts_created"));
  }
}
