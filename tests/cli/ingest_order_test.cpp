// SPDX-License-Identifier: Apache-2.0
// One answer whatever the ingest order (tests/fixtures/x/order, written by its make_fixtures.py):
// two twarc2 captures of the same tweets, retrieved five days apart, where each holds a
// placeholder for a tweet the other has in full, an edit chain, and a reply opening with
// `@alice @carol` that bob's X archive also holds.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::run_cli;

namespace {

// Fixes `generated_at` of JSON outputs for the lifetime of the object.
class FixedClock {
public:
  FixedClock() { ::setenv("SOURCE_DATE_EPOCH", "1714608000", 1); }
  ~FixedClock() { ::unsetenv("SOURCE_DATE_EPOCH"); }
  FixedClock(const FixedClock &) = delete;
  FixedClock &operator=(const FixedClock &) = delete;
};

const std::string k_late = "x/order/a-late.jsonl";   // retrieved 2022-10-25
const std::string k_early = "x/order/b-early.jsonl"; // retrieved 2022-10-20
const std::string k_archive = "x/order/archive";     // bob's, generated 2022-11-01

// A new store at `db` with `inputs` ingested one by one in the order given, and one campaign.
void ingest_in_order(const std::string &db, const std::vector<std::string> &inputs) {
  for (const auto &input : inputs) {
    const auto result = run_cli({"--db", db, "ingest", fixture(input)});
    INFO(result.err);
    REQUIRE(result.code == 0);
  }
  REQUIRE(run_cli({"--db", db, "campaign", "add", "water", "--hashtag", "CleanWater", "--url",
                   "example.org"})
              .code == 0);
}

// stdout of one command on the store at `db` (which must succeed).
std::string output(const std::string &db, std::vector<std::string> args) {
  args.insert(args.begin(), {"--db", db});
  const auto result = run_cli(args);
  INFO(result.err);
  REQUIRE(result.code == 0);
  return result.out;
}

// The result of one read-only query as CSV, to compare with hand-worked values.
std::string sql_rows(const std::string &db, const std::string &query) {
  return output(db, {"sql", query, "--format", "csv"});
}

// The commands whose outputs must not depend on how the store was filled.
const std::vector<std::vector<std::string>> &every_command() {
  static const std::vector<std::vector<std::string>> commands = {
      {"engagement", "--by", "month", "--format", "json"},
      {"engagement", "--by", "post", "--format", "json"},
      {"top", "posts", "--format", "json"},
      {"top", "hashtags", "--format", "json"},
      {"top", "domains", "--format", "json"},
      {"top", "mentions", "--format", "json"},
      {"influencers", "--format", "json"},
      {"network", "export", "--format", "gexf"},
      {"network", "export", "--format", "csv"},
      {"causes", "--format", "json"},
      {"report", "--month", "2022-10", "--format", "json"},
  };
  return commands;
}

} // namespace

TEST_CASE("Every command gives one answer whatever the order of ingests", "[cli][order]") {
  const FixedClock clock;
  test::TempDir dir;
  const auto forward = dir.file("forward.db");
  const auto backward = dir.file("backward.db");
  ingest_in_order(forward, {k_archive, k_late, k_early});
  ingest_in_order(backward, {k_early, k_late, k_archive});
  for (const auto &command : every_command()) {
    INFO(command[0] + " " + command[1]);
    CHECK(output(forward, command) == output(backward, command));
  }
}

TEST_CASE("One run of several inputs fills the store as runs of one input each do",
          "[cli][order]") {
  const FixedClock clock;
  test::TempDir dir;
  const auto apart = dir.file("apart.db");
  const auto together = dir.file("together.db");
  ingest_in_order(apart, {k_archive, k_late, k_early});
  // One run: the new store's three inputs are bulk loaded as one, indexes built at the end
  // (tests/unit/store/bulk_load_test.cpp shows the load spanning them); it must store the same.
  const auto result =
      run_cli({"--db", together, "ingest", fixture(k_archive), fixture(k_late), fixture(k_early)});
  INFO(result.err);
  REQUIRE(result.code == 0);
  REQUIRE(run_cli({"--db", together, "campaign", "add", "water", "--hashtag", "CleanWater", "--url",
                   "example.org"})
              .code == 0);
  for (const auto &command : every_command()) {
    INFO(command[0] + " " + command[1]);
    CHECK(output(apart, command) == output(together, command));
  }
  // What a bulk load defers: the secondary indexes, the triggers and the reposts' languages.
  for (const auto *query :
       {"SELECT type, name, sql FROM sqlite_master ORDER BY name",
        "SELECT * FROM repost_languages ORDER BY post_id", "SELECT * FROM posts ORDER BY id",
        "SELECT * FROM edges ORDER BY 1, 2, 3",
        "SELECT path, outcome, posts_new, posts_updated, posts_unchanged "
        "FROM imports ORDER BY id"}) {
    INFO(query);
    CHECK(sql_rows(apart, query) == sql_rows(together, query));
  }
  CHECK(sql_rows(together, "SELECT count(*) FROM settings WHERE key = 'deferred_indexes'") ==
        "count(*)\r\n0\r\n");
}

TEST_CASE("A placeholder or a withheld stub never replaces a tweet's content", "[cli][order]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  // The alphabetical order: the later capture first, then the earlier one with placeholders.
  ingest_in_order(db, {k_late, k_early});
  // Worked by hand: the real texts of dave's two tweets and erin's, whichever capture had them.
  CHECK(sql_rows(db, "SELECT native_id, text FROM posts WHERE native_id IN "
                     "('1580000000000000004', '1580000000000000005', '1580000000000000006') "
                     "ORDER BY native_id") ==
        "native_id,text\r\n"
        "1580000000000000004,Great day with @carol #CleanWater https://t.co/aaa\r\n"
        "1580000000000000005,Water report out #CleanWater https://t.co/bbb\r\n"
        "1580000000000000006,Our statement #CleanWater\r\n");
  // Domains: example.org/day and example.org/report; the notices' support.twitter.com is none.
  CHECK(sql_rows(db, "SELECT domain, count(*) FROM post_urls GROUP BY domain") ==
        "domain,count(*)\r\nexample.org,2\r\n");
  const auto domains = output(db, {"top", "domains", "--format", "csv"});
  CHECK_THAT(domains, !Catch::Contains("support.twitter.com"));
  // #CleanWater: alice's call, dave's two tweets and erin's statement.
  CHECK_THAT(output(db, {"top", "hashtags", "--format", "csv"}), Catch::Contains("cleanwater,4,"));
  // The notices' counts say nothing: the likes of 0004 and 0005 are their real capture's.
  CHECK(sql_rows(db, "SELECT p.native_id, m.observed_at, m.likes FROM metric_snapshots AS m "
                     "JOIN posts AS p ON p.id = m.post_id WHERE p.native_id IN "
                     "('1580000000000000004', '1580000000000000005', '1580000000000000006') "
                     "ORDER BY 1, 2") == "native_id,observed_at,likes\r\n"
                                         "1580000000000000004,2022-10-25T12:00:00.000Z,5\r\n"
                                         "1580000000000000005,2022-10-20T12:00:00.000Z,7\r\n"
                                         "1580000000000000006,2022-10-20T12:00:00.000Z,2\r\n");
  // dave → carol, the mention in dave's real text, survives the placeholder.
  CHECK_THAT(output(db, {"top", "mentions", "--format", "csv"}), Catch::Contains("carol,1"));
}

TEST_CASE("An edited tweet in captures counts once, its latest version carrying the counts",
          "[cli][order]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  ingest_in_order(db, {k_early, k_late});
  // Posts of 2022-10, worked by hand: alice's call (20 likes), the edited launch tweet once (its
  // latest version: 10 likes, not the first version's 4), dave's two (5, 7), erin's (2) and
  // bob's reply (1): 6 posts, 45 likes.
  const auto month = output(db, {"engagement", "--by", "month", "--format", "csv"});
  INFO(month);
  CHECK_THAT(month, Catch::Contains("2022-10,6,45,"));
  CHECK(sql_rows(db, "SELECT count(*) FROM posts WHERE is_primary = 1") == "count(*)\r\n7\r\n");
  const auto posts = output(db, {"engagement", "--by", "post", "--format", "csv"});
  CHECK_THAT(posts, Catch::Contains("1580000000000000003"));
  CHECK_THAT(posts, !Catch::Contains("1580000000000000002"));
  CHECK_THAT(output(db, {"accounts", "--format", "csv"}),
             Catch::Contains("x,alice,1400000000000000101,Alice,other,,2,"));
  // #ExampleLaunch is one post's.
  CHECK_THAT(output(db, {"top", "hashtags", "--format", "csv"}),
             Catch::Contains("examplelaunch,1,"));
}

TEST_CASE("A reply's leading mentions are automatic by archive and API alike", "[cli][order]") {
  const FixedClock clock;
  test::TempDir dir;
  const auto archive = dir.file("archive.db");
  const auto capture = dir.file("capture.db");
  ingest_in_order(archive, {k_archive});
  ingest_in_order(capture, {k_late});
  // `@alice @carol thanks, see you there with @dave`, answering alice: alice and carol are
  // addressed by the reply (worked by hand: only dave is a mention, once).
  const std::vector<std::string> mentions = {"top", "mentions", "--account",
                                             "bob", "--format", "csv"};
  const auto by_archive = output(archive, mentions);
  CHECK(by_archive == output(capture, mentions));
  CHECK_THAT(by_archive, Catch::Contains("dave,1"));
  CHECK_THAT(by_archive, !Catch::Contains("carol"));
  CHECK_THAT(by_archive, !Catch::Contains("alice"));
  const auto edges = "SELECT e.kind, a.native_id FROM edges AS e JOIN accounts AS a ON a.id = "
                     "e.target_account_id JOIN posts AS p ON p.id = e.post_id WHERE p.native_id "
                     "= '1580000000000000007' ORDER BY 1, 2";
  CHECK(sql_rows(archive, edges) == sql_rows(capture, edges));
  CHECK(sql_rows(archive, edges) ==
        "kind,native_id\r\nmention,1400000000000000104\r\nreply,1400000000000000101\r\n");
}
