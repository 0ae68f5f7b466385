// SPDX-License-Identifier: Apache-2.0
// `fetch x` through cli::run (in-process) against a loopback X API stand-in: pages, cursors,
// incremental runs, rate limits, server errors, malformed pages, timeouts and the bearer token;
// and a fetch stores exactly what ingesting the same pages as a twarc2 file stores.
#include <catch2/catch.hpp>

#include <fstream>

#include "fetch_bench.hpp"
#include "store_query.hpp"
#include "test_support.hpp"
#include "x_standin.hpp"

using namespace sociometer;
using test::k_x_token;
using test::query_number;
using test::query_text;
using test::run_cli;
using test::ScopedEnv;
using test::without_cr;

TEST_CASE("fetch x: every page once by next_token, then only what is new by since_id",
          "[cli][fetch][x]") {
  test::FetchBench<test::XStandIn> bench(25); // pages of 10, 10 and 5
  const auto &db = bench.db;
  auto &server = bench.server;
  auto result = bench.fetch({"--format", "csv"});
  INFO(result.err);
  REQUIRE(result.code == 0);
  CHECK(without_cr(result.out) ==
        "source,pages,statuses,posts_new,posts_updated,posts_unchanged,newest_id,"
        "backfill_done\nx " +
            server.url() + " search #water,3,25,25,0,0,25,1\n");
  auto requests = server.requests();
  REQUIRE(requests.size() == 3);
  CHECK(requests[0] == "/2/tweets/search/recent?max_results=100&query=#water");
  CHECK(requests[1] == "/2/tweets/search/recent?max_results=100&next_token=tok-15&query=#water");
  CHECK(query_number(db, "SELECT count(*) FROM posts WHERE platform = 'x' AND is_primary = 1") ==
        25);
  CHECK(query_number(db, "SELECT count(DISTINCT native_id) FROM posts") == 25);
  CHECK(query_text(db, "SELECT newest_id || ' ' || oldest_id || ' ' || backfill_done || ' ' || "
                       "items || ' ' || last_outcome FROM fetch_cursors") == "25 1 1 25 ok");

  server.publish(12); // 26..37: two pages newest first
  result = bench.fetch({"--format", "csv"});
  REQUIRE(result.code == 0);
  CHECK(without_cr(result.out).find(",2,12,12,0,0,37,1\n") != std::string::npos);
  requests = server.requests();
  REQUIRE(requests.size() == 5);
  CHECK(requests[3] == "/2/tweets/search/recent?max_results=100&query=#water&since_id=25");
  CHECK(requests[4] ==
        "/2/tweets/search/recent?max_results=100&next_token=tok-27&query=#water&since_id=25");
  CHECK(query_number(db, "SELECT count(*) FROM posts WHERE platform = 'x' AND is_primary = 1") ==
        37);
  CHECK(query_text(db, "SELECT newest_id FROM fetch_cursors") == "37");

  // Nothing new: one request, nothing stored.
  result = bench.fetch({"--format", "csv"});
  REQUIRE(result.code == 0);
  CHECK(without_cr(result.out).find(",0,0,0,0,0,37,1\n") != std::string::npos);
  CHECK(server.requests().size() == 6);
}

TEST_CASE("fetch x: a user's timeline asks for twarc2's fields and records the profile",
          "[cli][fetch][x]") {
  test::FetchBench<test::XStandIn> bench(15);
  const auto &db = bench.db;
  auto &server = bench.server;
  const auto result = run_cli(
      {"--db", db, "fetch", "x", "--api-base", server.url(), "--user", "@org", "--limit", "12"});
  INFO(result.err);
  REQUIRE(result.code == 0);
  const auto requests = server.requests();
  REQUIRE(requests.size() == 3);
  CHECK(requests[0] == "/2/users/by/username/org");
  CHECK(requests[1] == "/2/users/42/tweets?max_results=100");
  CHECK(requests[2] == "/2/users/42/tweets?max_results=100&pagination_token=tok-5");
  CHECK(query_number(db, "SELECT count(*) FROM posts WHERE is_primary = 1") == 12);
  CHECK(query_number(
            db, "SELECT min(CAST(native_id AS INTEGER)) FROM posts WHERE is_primary = 1") == 4);
  CHECK(query_number(db, "SELECT max(followers) FROM follower_snapshots") == 1200);
  // Another API base than X's is named in the source, so that `fetch all` asks it again.
  CHECK(query_text(db, "SELECT source FROM fetch_cursors") == "x " + server.url() + " user @org");
}

TEST_CASE("fetch x: a 429 waits for x-rate-limit-reset and says so; a 500 is retried",
          "[cli][fetch][x]") {
  test::FetchBench<test::XStandIn> bench(15);
  const auto &db = bench.db;
  auto &server = bench.server;
  server.rate_limit_next = 1;
  auto result = bench.fetch();
  INFO(result.err);
  REQUIRE(result.code == 0);
  CHECK_THAT(result.err, Catch::Contains("sociometer: warning: rate limit: HTTP 429, "
                                         "x-rate-limit-remaining 0, x-rate-limit-reset "));
  CHECK_THAT(result.err, Catch::Contains("; waiting until "));
  CHECK(query_number(db, "SELECT count(*) FROM posts WHERE is_primary = 1") == 15);

  server.publish(3);
  server.fail_next = 1;
  result = bench.fetch();
  REQUIRE(result.code == 0);
  CHECK_THAT(result.err, Catch::Contains("HTTP 500; retry 1 of 3; waiting until"));
  CHECK(query_number(db, "SELECT count(*) FROM posts WHERE is_primary = 1") == 18);
}

TEST_CASE("fetch x: a malformed page fails the run and leaves the cursor where it was; the rerun "
          "completes without a gap or a duplicate",
          "[cli][fetch][x]") {
  test::FetchBench<test::XStandIn> bench(15);
  const auto &db = bench.db;
  auto &server = bench.server;
  REQUIRE(bench.fetch().code == 0);
  server.publish(25);      // 16..40: three pages newest first
  server.garbage_next = 2; // the first page is fine, the second is not
  auto result = bench.fetch();
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::Contains("the page is not JSON"));
  CHECK_THAT(result.err, Catch::Contains("nothing of it was stored"));
  CHECK(query_number(db, "SELECT count(*) FROM posts WHERE is_primary = 1") == 25);
  CHECK(query_text(db, "SELECT newest_id FROM fetch_cursors") == "15");
  CHECK_THAT(query_text(db, "SELECT last_outcome FROM fetch_cursors"),
             Catch::StartsWith("failed: "));

  result = bench.fetch();
  INFO(result.err);
  REQUIRE(result.code == 0);
  CHECK(server.requests()[4] == "/2/tweets/search/recent?max_results=100&query=#water&since_id=15");
  CHECK(query_number(db, "SELECT count(*) FROM posts WHERE is_primary = 1") == 40);
  CHECK(query_number(db, "SELECT count(DISTINCT native_id) FROM posts") ==
        query_number(db, "SELECT count(*) FROM posts"));
  CHECK(query_text(db, "SELECT newest_id FROM fetch_cursors") == "40");
}

TEST_CASE("fetch x: a server that never answers ends the run at --timeout with exit 1",
          "[cli][fetch][x]") {
  test::check_silent_server_times_out({test::Platform::x});
}

TEST_CASE("fetch x: the bearer token is required, sent, and never shown or stored",
          "[cli][fetch][x]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  test::XStandIn server(3);
  const ScopedEnv no_file("SOCIOMETER_TOKENS_FILE", dir.file("tokens.toml"));
  auto result = run_cli(test::fetch_args(db, server));
  CHECK(result.code == 2);
  CHECK(result.err == "sociometer: error: fetch x: no bearer token\nhint: set "
                      "SOCIOMETER_X_BEARER_TOKEN, or bearer_token under [x] in " +
                          dir.file("tokens.toml") + " (docs/secrets.md)\n");
  CHECK(server.requests().empty());

  const ScopedEnv token("SOCIOMETER_X_BEARER_TOKEN", k_x_token);
  result = run_cli(test::fetch_args(db, server, {"-vv"}));
  REQUIRE(result.code == 0);
  CHECK(server.authorizations() == std::set<std::string>{std::string("Bearer ") + k_x_token});
  CHECK_THAT(result.err, Catch::Contains("GET " + server.url() + "/2/tweets/search/recent"));
  test::check_secret_kept(result, db, "CANARY");
  // An unknown user and a missing choice.
  result = run_cli({"--db", db, "fetch", "x", "--api-base", server.url(), "--user", "nosuch"});
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::StartsWith("sociometer: error: X has no user @nosuch (Not Found "
                                           "Error: Could not find user with username: "
                                           "[nosuch].)\n"));
  result = run_cli({"--db", db, "fetch", "x", "--api-base", server.url()});
  CHECK(result.code == 2);
  CHECK_THAT(result.err, Catch::Contains("give one of --query or --user"));
}

TEST_CASE("fetch x stores exactly what ingesting the same pages as a twarc2 file stores",
          "[cli][fetch][x]") {
  // The pages' retrieved_at (when their counts were true) is the report clock.
  const ScopedEnv clock("SOURCE_DATE_EPOCH", "1714608000");
  const test::FetchBench<test::XStandIn> bench(25);
  const auto &dir = bench.dir;
  const auto &fetched = bench.db;
  REQUIRE(bench.fetch().code == 0);

  // The same pages as twarc2 writes them: one per line, with `__twarc`.
  const auto capture = dir.file("capture.jsonl");
  {
    std::ofstream out(capture, std::ios::binary);
    for (const auto &page : bench.server.pages()) {
      out << page.substr(0, page.rfind('}'))
          << R"(,"__twarc":{"url":"https://api.x.com/2/tweets/search/recent?query=%23water",)"
             R"("version":"2.14.1","retrieved_at":"2024-05-02T00:00:00+00:00"}})"
          << '\n';
    }
  }
  const auto ingested = dir.file("ingested.db");
  const auto result = run_cli({"--db", ingested, "ingest", capture});
  INFO(result.err);
  REQUIRE(result.code == 0);

  const std::set<std::string> skip_tables{"imports", "fetch_cursors", "settings"};
  const std::set<std::string> skip_columns{"import_id", "first_import_id", "last_import_id"};
  const auto rows = test::store_rows(fetched, skip_tables, skip_columns);
  CHECK(rows.size() > 100);
  CHECK(rows == test::store_rows(ingested, skip_tables, skip_columns));
}
