// SPDX-License-Identifier: Apache-2.0
// The edges of `fetch mastodon|bluesky|x` against the loopback stand-ins: a first run that stores
// nothing (an empty source, or all of it before --since) must not stop later runs; a connection
// cut mid-body is retried; a server that cuts every answer or never answers ends the run with
// exit 1 and leaves the cursor where it was, and the rerun completes.
#include <catch2/catch.hpp>

#include "bluesky_standin.hpp"
#include "mastodon_standin.hpp"
#include "test_support.hpp"
#include "x_standin.hpp"

using namespace sociometer;
using test::query_number;
using test::query_text;
using test::run_cli;
using test::ScopedEnv;

namespace {

std::vector<std::string> mastodon_args(const std::string &db, const test::MastodonStandIn &server,
                                       std::vector<std::string> more = {}) {
  std::vector<std::string> args{"--db",       db,           "fetch",     "mastodon",
                                "--instance", server.url(), "--account", "@org"};
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

std::vector<std::string> bluesky_args(const std::string &db, const test::BlueskyStandIn &server,
                                      std::vector<std::string> more = {}) {
  std::vector<std::string> args{"--db",      db,           "fetch",   "bluesky",
                                "--service", server.url(), "--actor", "org.example"};
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

std::vector<std::string> x_args(const std::string &db, const test::XStandIn &server,
                                std::vector<std::string> more = {}) {
  std::vector<std::string> args{"--db",       db,           "fetch",   "x",
                                "--api-base", server.url(), "--query", "#water"};
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

std::int64_t primary_posts(const std::string &db) {
  return query_number(db, "SELECT count(*) FROM posts WHERE is_primary");
}

// Every item of the stand-ins is dated 2024: this leaves all of them out of a first run.
const std::vector<std::string> k_after_everything{"--since", "2025-01-01"};

} // namespace

TEST_CASE("fetch mastodon: a first run that stores nothing does not stop later runs",
          "[cli][fetch]") {
  test::TempDir dir;
  SECTION("an account without statuses") {
    const auto db = dir.file("empty.db");
    test::MastodonStandIn server(0);
    REQUIRE(run_cli(mastodon_args(db, server)).code == 0);
    CHECK(primary_posts(db) == 0);
    server.publish(3);
    const auto result = run_cli(mastodon_args(db, server));
    INFO(result.err);
    REQUIRE(result.code == 0);
    CHECK(primary_posts(db) == 3);
    CHECK(query_text(db, "SELECT newest_id FROM fetch_cursors") == "3");
  }
  SECTION("every status older than --since") {
    const auto db = dir.file("since.db");
    test::MastodonStandIn server(5);
    REQUIRE(run_cli(mastodon_args(db, server, k_after_everything)).code == 0);
    CHECK(primary_posts(db) == 0);
    server.publish(2);
    const auto result = run_cli(mastodon_args(db, server));
    INFO(result.err);
    REQUIRE(result.code == 0);
    // Only the new statuses: not those --since left out.
    CHECK(primary_posts(db) == 2);
    CHECK(server.requests().back() == "/api/v1/accounts/42/statuses?limit=40&min_id=5");
  }
}

TEST_CASE("fetch bluesky: a first run that stores nothing does not stop later runs",
          "[cli][fetch][bluesky]") {
  test::TempDir dir;
  SECTION("an actor without feed items") {
    const auto db = dir.file("empty.db");
    test::BlueskyStandIn server(0);
    REQUIRE(run_cli(bluesky_args(db, server)).code == 0);
    server.publish(3);
    REQUIRE(run_cli(bluesky_args(db, server)).code == 0);
    CHECK(primary_posts(db) == 3);
  }
  SECTION("every item older than --since") {
    const auto db = dir.file("since.db");
    test::BlueskyStandIn server(5);
    REQUIRE(run_cli(bluesky_args(db, server, k_after_everything)).code == 0);
    CHECK(primary_posts(db) == 0);
    server.publish(2);
    REQUIRE(run_cli(bluesky_args(db, server)).code == 0);
    CHECK(primary_posts(db) == 2);
  }
}

TEST_CASE("fetch x: a first run that stores nothing does not stop later runs", "[cli][fetch][x]") {
  test::TempDir dir;
  const ScopedEnv token("SOCIOMETER_X_BEARER_TOKEN", "x-token");
  SECTION("a search without tweets") {
    const auto db = dir.file("empty.db");
    test::XStandIn server(0);
    REQUIRE(run_cli(x_args(db, server)).code == 0);
    server.publish(3);
    const auto result = run_cli(x_args(db, server));
    INFO(result.err);
    REQUIRE(result.code == 0);
    CHECK(primary_posts(db) == 3);
    CHECK(query_text(db, "SELECT newest_id FROM fetch_cursors") == "3");
  }
  SECTION("every tweet older than --since") {
    const auto db = dir.file("since.db");
    test::XStandIn server(5);
    REQUIRE(run_cli(x_args(db, server, k_after_everything)).code == 0);
    CHECK(primary_posts(db) == 0);
    server.publish(2);
    const auto result = run_cli(x_args(db, server));
    INFO(result.err);
    REQUIRE(result.code == 0);
    CHECK(primary_posts(db) == 2);
    CHECK(server.requests().back() == "/2/tweets/search/recent?max_results=100&query=#water"
                                      "&since_id=5");
  }
}

TEST_CASE("fetch: a connection cut mid-body is retried and the run completes", "[cli][fetch]") {
  test::TempDir dir;
  SECTION("mastodon") {
    const auto db = dir.file("m.db");
    test::MastodonStandIn server(50);
    server.cut_next = 1;
    const auto result = run_cli(mastodon_args(db, server));
    INFO(result.err);
    REQUIRE(result.code == 0);
    CHECK_THAT(result.err, Catch::Contains("retry 1 of 3"));
    CHECK(primary_posts(db) == 50);
  }
  SECTION("bluesky") {
    const auto db = dir.file("b.db");
    test::BlueskyStandIn server(150);
    server.cut_next = 1;
    const auto result = run_cli(bluesky_args(db, server));
    INFO(result.err);
    REQUIRE(result.code == 0);
    CHECK_THAT(result.err, Catch::Contains("retry 1 of 3"));
    CHECK(query_number(db, "SELECT items FROM fetch_cursors") == 150);
  }
  SECTION("x") {
    const ScopedEnv token("SOCIOMETER_X_BEARER_TOKEN", "x-token");
    const auto db = dir.file("x.db");
    test::XStandIn server(25);
    server.cut_next = 1;
    const auto result = run_cli(x_args(db, server));
    INFO(result.err);
    REQUIRE(result.code == 0);
    CHECK_THAT(result.err, Catch::Contains("retry 1 of 3"));
    CHECK(primary_posts(db) == 25);
  }
}

TEST_CASE("fetch: a server that cuts every answer ends the run with exit 1, the cursor where it "
          "was",
          "[cli][fetch]") {
  test::TempDir dir;
  SECTION("bluesky") {
    const auto db = dir.file("b.db");
    test::BlueskyStandIn server(5);
    REQUIRE(run_cli(bluesky_args(db, server)).code == 0);
    const auto mark = query_text(db, "SELECT newest_id FROM fetch_cursors");
    server.publish(3);
    server.cut_next = 1'000;
    auto result = run_cli(bluesky_args(db, server, {"--timeout", "1"}));
    CHECK(result.code == 1);
    CHECK_THAT(result.err, Catch::Contains("sociometer: error: " + server.url()));
    CHECK(query_text(db, "SELECT newest_id FROM fetch_cursors") == mark);
    CHECK(primary_posts(db) == 5);
    server.cut_next = 0;
    REQUIRE(run_cli(bluesky_args(db, server)).code == 0);
    CHECK(primary_posts(db) == 8);
  }
  SECTION("x") {
    const ScopedEnv token("SOCIOMETER_X_BEARER_TOKEN", "x-token");
    const auto db = dir.file("x.db");
    test::XStandIn server(5);
    REQUIRE(run_cli(x_args(db, server)).code == 0);
    server.publish(3);
    server.cut_next = 1'000;
    auto result = run_cli(x_args(db, server, {"--timeout", "1"}));
    CHECK(result.code == 1);
    CHECK(query_text(db, "SELECT newest_id FROM fetch_cursors") == "5");
    server.cut_next = 0;
    REQUIRE(run_cli(x_args(db, server)).code == 0);
    CHECK(primary_posts(db) == 8);
  }
}

TEST_CASE("fetch: a server that never answers ends the run at --timeout with exit 1, the cursor "
          "where it was",
          "[cli][fetch]") {
  test::TempDir dir;
  SECTION("bluesky") {
    const auto db = dir.file("b.db");
    test::BlueskyStandIn server(5);
    REQUIRE(run_cli(bluesky_args(db, server)).code == 0);
    const auto mark = query_text(db, "SELECT newest_id FROM fetch_cursors");
    server.publish(3);
    server.silent_ms = 3'000;
    const auto result = run_cli(bluesky_args(db, server, {"--timeout", "0.5"}));
    CHECK(result.code == 1);
    CHECK_THAT(result.err, Catch::StartsWith("sociometer: error: " + server.url() +
                                             "/xrpc/app.bsky.feed.getAuthorFeed"));
    CHECK_THAT(result.err, Catch::Contains("timed out"));
    CHECK(query_text(db, "SELECT newest_id FROM fetch_cursors") == mark);
    CHECK_THAT(query_text(db, "SELECT last_outcome FROM fetch_cursors"),
               Catch::StartsWith("failed: "));
    CHECK(primary_posts(db) == 5);
  }
  SECTION("mastodon") {
    const auto db = dir.file("m.db");
    test::MastodonStandIn server(5);
    REQUIRE(run_cli(mastodon_args(db, server)).code == 0);
    server.publish(3);
    server.silent_ms = 3'000;
    const auto result = run_cli(mastodon_args(db, server, {"--timeout", "0.5"}));
    CHECK(result.code == 1);
    CHECK_THAT(result.err, Catch::Contains("timed out"));
    CHECK(query_text(db, "SELECT newest_id FROM fetch_cursors") == "5");
    CHECK(primary_posts(db) == 5);
  }
}
