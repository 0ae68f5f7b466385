// SPDX-License-Identifier: Apache-2.0
// `fetch mastodon` through cli::run (in-process) against a loopback Mastodon stand-in: pages,
// cursors, incremental runs, rate limits, server errors, malformed pages and tokens.
#include <catch2/catch.hpp>

#include "mastodon_standin.hpp"
#include "store_query.hpp"
#include "test_support.hpp"
#include <algorithm>
#include <cstdlib>

using namespace sociometer;
using test::lf;
using test::one_number;
using test::one_text;
using test::run_cli;
using test::ScopedEnv;

namespace {

std::vector<std::string> fetch_args(const std::string &db, const test::MastodonStandIn &server,
                                    std::vector<std::string> more = {}) {
  std::vector<std::string> args{"--db",       db,           "fetch",     "mastodon",
                                "--instance", server.url(), "--account", "@org"};
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

} // namespace

TEST_CASE("fetch mastodon: every page once, then only what is new", "[cli][fetch]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  test::MastodonStandIn server(95); // three pages of 40, 40 and 15
  auto result = run_cli(fetch_args(db, server, {"--format", "csv"}));
  INFO(result.err);
  REQUIRE(result.code == 0);
  CHECK(lf(result.out) == "source,pages,statuses,posts_new,posts_updated,posts_unchanged,newest_id,"
                          "backfill_done\nmastodon " +
                              server.url() + " account @org,3,95,95,0,0,95,1\n");
  CHECK(one_number(db, "SELECT count(*) FROM posts WHERE platform = 'mastodon'") == 95);
  CHECK(one_number(db, "SELECT count(DISTINCT native_id) FROM posts") == 95);
  // The profile's follower count was recorded on the way.
  CHECK(one_number(db, "SELECT max(followers) FROM follower_snapshots") == 1250);
  CHECK(one_text(db, "SELECT newest_id || ' ' || oldest_id || ' ' || backfill_done || ' ' || "
                     "items || ' ' || last_outcome FROM fetch_cursors") == "95 1 1 95 ok");

  // Five new statuses: the second run asks only for what is newer than 95.
  server.publish(5);
  const auto before = server.requests().size();
  result = run_cli(fetch_args(db, server, {"--format", "csv"}));
  REQUIRE(result.code == 0);
  CHECK(lf(result.out).find(",1,5,5,0,0,100,1\n") != std::string::npos);
  const auto requests = server.requests();
  REQUIRE(requests.size() == before + 2); // the lookup and one page
  CHECK(requests.back() == "/api/v1/accounts/42/statuses?limit=40&min_id=95");
  CHECK(one_number(db, "SELECT count(*) FROM posts") == 100);

  // Nothing new: nothing stored, nothing duplicated.
  result = run_cli(fetch_args(db, server, {"--format", "csv"}));
  REQUIRE(result.code == 0);
  CHECK(lf(result.out).find(",0,0,0,0,0,100,1\n") != std::string::npos);
  CHECK(one_number(db, "SELECT count(*) FROM posts") == 100);
}

TEST_CASE("fetch mastodon: --limit bounds the first run; a 429 waits and says why; a 500 is "
          "retried",
          "[cli][fetch]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  test::MastodonStandIn server(200);
  server.rate_limit_next = 1;
  auto result = run_cli(fetch_args(db, server, {"--limit", "50", "--format", "json"}));
  INFO(result.err);
  REQUIRE(result.code == 0);
  CHECK_THAT(result.err, Catch::Contains("sociometer: warning: rate limit: HTTP 429, "
                                         "Retry-After 1 s; waiting until "));
  CHECK(one_number(db, "SELECT count(*) FROM posts") == 50);
  CHECK(one_number(db, "SELECT min(CAST(replace(native_id, '" + server.url() +
                           "/users/org/statuses/', '') AS INTEGER)) FROM posts") == 151);
  CHECK(one_text(db, "SELECT backfill_done FROM fetch_cursors") == "1");

  server.publish(3);
  server.fail_next = 1;
  result = run_cli(fetch_args(db, server));
  REQUIRE(result.code == 0);
  CHECK_THAT(result.err, Catch::Contains("HTTP 500; retry 1 of 3; waiting until"));
  CHECK(one_number(db, "SELECT count(*) FROM posts") == 53); // the limit held only the first run
}

TEST_CASE("fetch mastodon: a malformed page fails the run and leaves the cursor where it was; the "
          "rerun completes without a gap",
          "[cli][fetch]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  test::MastodonStandIn server(60);
  REQUIRE(run_cli(fetch_args(db, server, {"--limit", "40"})).code == 0);
  server.publish(50); // 61..110: two pages forward
  server.garbage_next = 1;
  auto result = run_cli(fetch_args(db, server));
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::Contains("the page is not JSON"));
  CHECK_THAT(result.err, Catch::Contains("nothing of it was stored"));
  CHECK(one_number(db, "SELECT count(*) FROM posts") == 40);
  CHECK(one_text(db, "SELECT newest_id FROM fetch_cursors") == "60");
  CHECK_THAT(one_text(db, "SELECT last_outcome FROM fetch_cursors"), Catch::StartsWith("failed: "));
  CHECK(one_text(db, "SELECT outcome FROM imports ORDER BY id DESC LIMIT 1") == "failed");

  result = run_cli(fetch_args(db, server));
  INFO(result.err);
  REQUIRE(result.code == 0);
  CHECK(one_number(db, "SELECT count(*) FROM posts") == 90); // 21..110: nothing missing
  CHECK(one_number(db, "SELECT count(DISTINCT native_id) FROM posts") == 90);
  CHECK(one_number(db, "SELECT min(CAST(replace(native_id, '" + server.url() +
                           "/users/org/statuses/', '') AS INTEGER)) FROM posts") == 21);
}

TEST_CASE("fetch mastodon: the token is sent, and never shown or stored", "[cli][fetch]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  test::MastodonStandIn server(3);
  const ScopedEnv token("SOCIOMETER_MASTODON_TOKEN", "CANARY-TOKEN-7f3a");
  const auto result = run_cli(fetch_args(db, server, {"-vv"}));
  REQUIRE(result.code == 0);
  CHECK(server.authorizations() == std::set<std::string>{"Bearer CANARY-TOKEN-7f3a"});
  CHECK_THAT(result.err, Catch::Contains("GET " + server.url())); // -vv shows the requests
  CHECK(result.err.find("CANARY") == std::string::npos);
  CHECK(result.out.find("CANARY") == std::string::npos);
  CHECK_FALSE(test::store_bytes_contain(db, "CANARY"));
}

TEST_CASE("fetch mastodon: clear errors for a wrong account, a missing choice and a dead server",
          "[cli][fetch]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  test::MastodonStandIn server(3);
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
  test::TempDir dir;
  const auto db = dir.file("s.db");
  test::MastodonStandIn server(7);
  REQUIRE(run_cli(fetch_args(db, server)).code == 0);
  const auto result = run_cli({"--db", db, "status"});
  REQUIRE(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("fetch_sources:"));
  CHECK_THAT(result.out, Catch::Contains("mastodon " + server.url() + " account @org"));
  const auto json = run_cli({"--db", db, "status", "--format", "json"});
  CHECK_THAT(json.out, Catch::Contains("\"fetch_sources\": ["));
  CHECK_THAT(json.out, Catch::Contains("\"items\": 7"));
  CHECK_THAT(json.out, Catch::Contains("\"last_outcome\": \"ok\""));
}
