// SPDX-License-Identifier: Apache-2.0
// `fetch mastodon` through cli::run (in-process) against a loopback Mastodon stand-in: pages,
// cursors, incremental runs, rate limits, server errors, malformed pages and tokens.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "fetch_bench.hpp"
#include "mastodon_standin.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::query_number;
using test::query_text;
using test::run_cli;
using test::ScopedEnv;
using test::without_cr;

namespace {

// `SELECT aggregate(status number) FROM posts`: a status's native ID is its URI, which ends in it.
std::string status_number_sql(const std::string &aggregate, const test::MastodonStandIn &server) {
  return "SELECT " + aggregate + "(CAST(substr(native_id, length('" + server.url() +
         "/users/org/statuses/') + 1) AS INTEGER)) FROM posts";
}

} // namespace

TEST_CASE("fetch mastodon: every page once, then only what is new", "[cli][fetch]") {
  test::FetchBench<test::MastodonStandIn> bench(95); // three pages of 40, 40 and 15
  const auto &db = bench.db;
  auto &server = bench.server;
  auto result = bench.fetch({"--format", "csv"});
  INFO(result.err);
  REQUIRE(result.code == 0);
  CHECK(without_cr(result.out) ==
        "source,pages,statuses,posts_new,posts_updated,posts_unchanged,newest_id,"
        "backfill_done\nmastodon " +
            server.url() + " account @org,3,95,95,0,0,95,1\n");
  CHECK(query_number(db, "SELECT count(*) FROM posts WHERE platform = 'mastodon'") == 95);
  CHECK(query_number(db, "SELECT count(DISTINCT native_id) FROM posts") == 95);
  // The profile's follower count was recorded on the way.
  CHECK(query_number(db, "SELECT max(followers) FROM follower_snapshots") == 1250);
  CHECK(query_text(db, "SELECT newest_id || ' ' || oldest_id || ' ' || backfill_done || ' ' || "
                       "items || ' ' || last_outcome FROM fetch_cursors") == "95 1 1 95 ok");

  // Five new statuses: the second run asks only for what is newer than 95.
  server.publish(5);
  const auto before = server.requests().size();
  result = bench.fetch({"--format", "csv"});
  REQUIRE(result.code == 0);
  CHECK(without_cr(result.out).find(",1,5,5,0,0,100,1\n") != std::string::npos);
  const auto requests = server.requests();
  REQUIRE(requests.size() == before + 2); // the lookup and one page
  CHECK(requests.back() == "/api/v1/accounts/42/statuses?limit=40&min_id=95");
  CHECK(query_number(db, "SELECT count(*) FROM posts") == 100);

  // Nothing new: nothing stored, nothing duplicated.
  result = bench.fetch({"--format", "csv"});
  REQUIRE(result.code == 0);
  CHECK(without_cr(result.out).find(",0,0,0,0,0,100,1\n") != std::string::npos);
  CHECK(query_number(db, "SELECT count(*) FROM posts") == 100);
}

TEST_CASE("fetch mastodon: --limit bounds the first run; a 429 waits and says why; a 500 is "
          "retried",
          "[cli][fetch]") {
  test::FetchBench<test::MastodonStandIn> bench(200);
  const auto &db = bench.db;
  auto &server = bench.server;
  server.rate_limit_next = 1;
  auto result = bench.fetch({"--limit", "50", "--format", "json"});
  INFO(result.err);
  REQUIRE(result.code == 0);
  CHECK_THAT(result.err, Catch::Contains("sociometer: warning: rate limit: HTTP 429, "
                                         "Retry-After 1 s; waiting until "));
  CHECK(query_number(db, "SELECT count(*) FROM posts") == 50);
  CHECK(query_number(db, status_number_sql("min", server)) == 151);
  CHECK(query_text(db, "SELECT backfill_done FROM fetch_cursors") == "1");

  server.publish(3);
  server.fail_next = 1;
  result = bench.fetch();
  REQUIRE(result.code == 0);
  CHECK_THAT(result.err, Catch::Contains("HTTP 500; retry 1 of 3; waiting until"));
  CHECK(query_number(db, "SELECT count(*) FROM posts") == 53); // the limit held only the first run
}

TEST_CASE("fetch mastodon: a malformed page fails the run and leaves the cursor where it was; the "
          "rerun completes without a gap",
          "[cli][fetch]") {
  test::FetchBench<test::MastodonStandIn> bench(60);
  const auto &db = bench.db;
  auto &server = bench.server;
  REQUIRE(bench.fetch({"--limit", "40"}).code == 0);
  server.publish(50); // 61..110: two pages forward
  server.garbage_next = 1;
  auto result = bench.fetch();
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::Contains("the page is not JSON"));
  CHECK_THAT(result.err, Catch::Contains("nothing of it was stored"));
  CHECK(query_number(db, "SELECT count(*) FROM posts") == 40);
  CHECK(query_text(db, "SELECT newest_id FROM fetch_cursors") == "60");
  CHECK_THAT(query_text(db, "SELECT last_outcome FROM fetch_cursors"),
             Catch::StartsWith("failed: "));
  CHECK(query_text(db, "SELECT outcome FROM imports ORDER BY id DESC LIMIT 1") == "failed");

  result = bench.fetch();
  INFO(result.err);
  REQUIRE(result.code == 0);
  CHECK(query_number(db, "SELECT count(*) FROM posts") == 90); // 21..110: nothing missing
  CHECK(query_number(db, "SELECT count(DISTINCT native_id) FROM posts") == 90);
  CHECK(query_number(db, status_number_sql("min", server)) == 21);
}

TEST_CASE("fetch mastodon: the token is sent, and never shown or stored", "[cli][fetch]") {
  test::FetchBench<test::MastodonStandIn> bench(3);
  const auto &db = bench.db;
  auto &server = bench.server;
  const ScopedEnv token("SOCIOMETER_MASTODON_TOKEN", "CANARY-TOKEN-7f3a");
  const auto result = bench.fetch({"-vv"});
  REQUIRE(result.code == 0);
  CHECK(server.authorizations() == std::set<std::string>{"Bearer CANARY-TOKEN-7f3a"});
  CHECK_THAT(result.err, Catch::Contains("GET " + server.url())); // -vv shows the requests
  test::check_secret_kept(result, db, "CANARY");
}

TEST_CASE("fetch mastodon: clear errors for a wrong account, a missing choice and a dead server",
          "[cli][fetch]") {
  test::FetchBench<test::MastodonStandIn> bench(3);
  const auto &db = bench.db;
  auto &server = bench.server;
  auto result = run_cli(
      {"--db", db, "fetch", "mastodon", "--instance", server.url(), "--account", "@nosuch"});
  CHECK(result.code == 1);
  CHECK_THAT(result.err,
             Catch::StartsWith("sociometer: error: " + server.url() + " has no account @nosuch\n"));
  result = run_cli({"--db", db, "fetch", "mastodon", "--instance", server.url()});
  CHECK(result.code == 2);
  CHECK_THAT(result.err, Catch::Contains("give one of --account or --tag"));
  // Nothing listens on port 9 of 127.0.0.1 (discard): connection refused, retried, then exit 1.
  result = run_cli(
      {"--db", db, "fetch", "mastodon", "--instance", "http://127.0.0.1:9", "--account", "@org"});
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::Contains("gave up after 4 attempts"));
}

TEST_CASE("status lists each fetch source and where it stands", "[cli][fetch][status]") {
  test::FetchBench<test::MastodonStandIn> bench(7);
  const auto &db = bench.db;
  auto &server = bench.server;
  REQUIRE(bench.fetch().code == 0);
  const auto result = run_cli({"--db", db, "status"});
  REQUIRE(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("fetch_sources:"));
  CHECK_THAT(result.out, Catch::Contains("mastodon " + server.url() + " account @org"));
  const auto json = run_cli({"--db", db, "status", "--format", "json"});
  CHECK_THAT(json.out, Catch::Contains("\"fetch_sources\": ["));
  CHECK_THAT(json.out, Catch::Contains("\"items\": 7"));
  CHECK_THAT(json.out, Catch::Contains("\"last_outcome\": \"ok\""));
}
