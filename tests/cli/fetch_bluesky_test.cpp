// SPDX-License-Identifier: Apache-2.0
// `fetch bluesky` through cli::run (in-process) against a loopback AppView stand-in: cursor pages,
// reposts and quotes, the incremental mark, rate limits, server errors, malformed pages, search
// that wants authentication, and tokens.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <algorithm>

#include "bluesky_standin.hpp"
#include "fetch_bench.hpp"
#include "mastodon_standin.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::BlueskyStandIn;
using test::query_number;
using test::query_text;
using test::run_cli;
using test::ScopedEnv;
using test::without_cr;

namespace {

std::size_t feed_requests(const BlueskyStandIn &server) {
  const auto requests = server.requests();
  return static_cast<std::size_t>(std::count_if(requests.begin(), requests.end(), [](auto &r) {
    return r.rfind("/xrpc/app.bsky.feed.getAuthorFeed", 0) == 0;
  }));
}

} // namespace

TEST_CASE("fetch bluesky: every cursor page once, reposts and quotes as such, then only what is "
          "new",
          "[cli][fetch][bluesky]") {
  test::FetchBench<BlueskyStandIn> bench(250); // three pages of 100, 100 and 50
  const auto &db = bench.db;
  auto &server = bench.server;
  auto result = bench.fetch({"--format", "csv"});
  INFO(result.err);
  REQUIRE(result.code == 0);
  const auto source = "bluesky " + server.url() + " actor @org.example";
  CHECK(without_cr(result.out) ==
        "source,pages,items,posts_new,posts_updated,posts_unchanged,newest_id,backfill_done\n" +
            source + ",3,250,250,0,0," + BlueskyStandIn::mark_of(250) + ",1\n");
  CHECK(server.requests() ==
        std::vector<std::string>{
            "/xrpc/app.bsky.feed.getAuthorFeed?actor=org.example&limit=100",
            "/xrpc/app.bsky.feed.getAuthorFeed?actor=org.example&cursor=c151&limit=100",
            "/xrpc/app.bsky.feed.getAuthorFeed?actor=org.example&cursor=c51&limit=100"});
  // 25 reposts (each with the reposted post as a reference), 32 quotes (each with the quoted
  // post), 193 plain posts.
  CHECK(query_number(db, "SELECT count(*) FROM posts WHERE kind = 'repost' AND is_primary") == 25);
  CHECK(query_number(db, "SELECT count(*) FROM posts WHERE kind = 'quote' AND is_primary") == 32);
  CHECK(query_number(db, "SELECT count(*) FROM posts WHERE kind = 'post' AND is_primary") == 193);
  CHECK(query_number(db, "SELECT count(*) FROM posts WHERE NOT is_primary") == 57);
  CHECK(query_text(db, "SELECT shared_of_native_id FROM posts WHERE native_id = 'at://" +
                           std::string(BlueskyStandIn::k_org_did) + "/app.bsky.feed.repost/r20'") ==
        "at://" + std::string(BlueskyStandIn::k_other_did) + "/app.bsky.feed.post/o20");
  CHECK(query_text(db, "SELECT quoted_native_id FROM posts WHERE native_id = '" +
                           BlueskyStandIn::post_uri(7) + "'") ==
        "at://" + std::string(BlueskyStandIn::k_other_did) + "/app.bsky.feed.post/q7");
  CHECK(query_text(db, "SELECT source || ' ' || backfill_done || ' ' || items || ' ' || "
                       "last_outcome FROM fetch_cursors") == source + " 1 250 ok");

  // Five new items: one page, of which only the five above the mark are stored.
  server.publish(5);
  result = bench.fetch({"--format", "csv"});
  REQUIRE(result.code == 0);
  CHECK(without_cr(result.out) ==
        "source,pages,items,posts_new,posts_updated,posts_unchanged,newest_id,backfill_done\n" +
            source + ",1,5,5,0,0," + BlueskyStandIn::time_of(255) + " " +
            BlueskyStandIn::post_uri(255) + ",1\n");
  CHECK(feed_requests(server) == 4);
  CHECK(query_number(db, "SELECT count(*) FROM posts WHERE is_primary") == 255);

  // Nothing new: one request, nothing stored.
  result = bench.fetch({"--format", "csv"});
  REQUIRE(result.code == 0);
  CHECK_THAT(without_cr(result.out), Catch::Contains(",0,0,0,0,0,"));
  CHECK(feed_requests(server) == 5);
  CHECK(query_number(db, "SELECT count(*) FROM posts WHERE is_primary") == 255);
}

TEST_CASE("fetch bluesky: --limit bounds the first run; a 429 with ratelimit-reset waits and says "
          "why; a 500 is retried",
          "[cli][fetch][bluesky]") {
  test::FetchBench<BlueskyStandIn> bench(300);
  const auto &db = bench.db;
  auto &server = bench.server;
  server.rate_limit_next = 1;
  auto result = bench.fetch({"--limit", "150"});
  INFO(result.err);
  REQUIRE(result.code == 0);
  CHECK_THAT(result.err, Catch::Contains("sociometer: warning: rate limit: HTTP 429, "
                                         "ratelimit-remaining 0, ratelimit-reset "));
  CHECK_THAT(result.err, Catch::Contains("; waiting until "));
  CHECK(query_number(db, "SELECT count(*) FROM posts WHERE is_primary") == 150);
  CHECK(query_text(db, "SELECT min(native_id) FROM posts WHERE native_id LIKE '%/p1__'") ==
        BlueskyStandIn::post_uri(151));
  CHECK(query_text(db, "SELECT backfill_done FROM fetch_cursors") == "1");

  server.publish(3);
  server.fail_next = 1;
  result = bench.fetch();
  REQUIRE(result.code == 0);
  CHECK_THAT(result.err, Catch::Contains("HTTP 500; retry 1 of 3; waiting until"));
  CHECK(query_number(db, "SELECT count(*) FROM posts WHERE is_primary") == 153);
  CHECK(query_number(db, "SELECT items FROM fetch_cursors") == 153);
}

TEST_CASE("fetch bluesky: a malformed page fails the run and leaves the mark where it was; the "
          "rerun completes without a gap",
          "[cli][fetch][bluesky]") {
  test::FetchBench<BlueskyStandIn> bench(150);
  const auto &db = bench.db;
  auto &server = bench.server;
  REQUIRE(bench.fetch({"--limit", "100"}).code == 0); // items 51..150
  server.publish(150);                                // 151..300: two pages down to the mark
  server.garbage_next = 2;                            // the first page is fine, the second is not
  auto result = bench.fetch();
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::Contains("the page is not JSON"));
  CHECK_THAT(result.err, Catch::Contains("nothing of it was stored"));
  CHECK(query_text(db, "SELECT newest_id FROM fetch_cursors") == BlueskyStandIn::mark_of(150));
  CHECK_THAT(query_text(db, "SELECT last_outcome FROM fetch_cursors"),
             Catch::StartsWith("failed: "));
  CHECK(query_text(db, "SELECT outcome FROM imports ORDER BY id DESC LIMIT 1") == "failed");

  result = bench.fetch();
  INFO(result.err);
  REQUIRE(result.code == 0);
  CHECK(query_number(db, "SELECT count(*) FROM posts WHERE is_primary") == 250); // 51..300
  CHECK(query_number(db, "SELECT count(DISTINCT native_id) FROM posts WHERE is_primary") == 250);
  CHECK(query_text(db, "SELECT newest_id FROM fetch_cursors") == BlueskyStandIn::mark_of(300));
}

TEST_CASE("fetch bluesky: a search the service refuses without authentication says so; with a "
          "token it runs, and the token is never shown or stored",
          "[cli][fetch][bluesky]") {
  test::FetchBench<BlueskyStandIn> bench(30);
  const auto &db = bench.db;
  auto &server = bench.server;
  server.search_needs_auth = true;
  const std::vector<std::string> args{"--db",       db,         "fetch", "bluesky", "--service",
                                      server.url(), "--search", "water", "-vv"};
  auto result = run_cli(args);
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::Contains("sociometer: error: " + server.url() +
                                         "/xrpc/app.bsky.feed.searchPosts?q=water&sort=latest&"
                                         "limit=100: HTTP 403: Forbidden: Forbidden (this service "
                                         "answers post search only to authenticated requests"));
  CHECK_THAT(result.err, Catch::Contains("set SOCIOMETER_BLUESKY_TOKEN"));
  CHECK_THAT(result.err, Catch::Contains("point --service at"));

  const ScopedEnv token("SOCIOMETER_BLUESKY_TOKEN", "CANARY-TOKEN-b1e5");
  result = run_cli(args);
  INFO(result.err);
  REQUIRE(result.code == 0);
  CHECK(server.authorizations() == std::set<std::string>{"Bearer CANARY-TOKEN-b1e5"});
  CHECK(query_number(db, "SELECT count(*) FROM posts WHERE is_primary") == 27); // no reposts
  CHECK(query_text(db, "SELECT source FROM fetch_cursors") ==
        "bluesky " + server.url() + " search water");
  test::check_secret_kept(result, db, "CANARY");
}

TEST_CASE("fetch bluesky and fetch mastodon: the token from the owner-only tokens file",
          "[cli][fetch][bluesky][secrets]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  const auto tokens = dir.file("tokens.toml");
  const ScopedEnv file("SOCIOMETER_TOKENS_FILE", tokens);
  ::unsetenv("SOCIOMETER_BLUESKY_TOKEN");
  ::unsetenv("SOCIOMETER_MASTODON_TOKEN");
  test::write_file(tokens, "[bluesky]\ntoken = \"CANARY-FILE-b1\"\n[mastodon]\ntoken = "
                           "\"CANARY-FILE-m1\"\n");
  REQUIRE(::chmod(tokens.c_str(), 0600) == 0);
  BlueskyStandIn server(5);
  server.search_needs_auth = true;
  const std::vector<std::string> args{"--db",      db,           "fetch",    "bluesky",
                                      "--service", server.url(), "--search", "water"};
  auto result = run_cli(args);
  INFO(result.err);
  REQUIRE(result.code == 0);
  CHECK(server.authorizations() == std::set<std::string>{"Bearer CANARY-FILE-b1"});

  test::MastodonStandIn mastodon(3);
  result = run_cli(test::fetch_args(db, mastodon));
  REQUIRE(result.code == 0);
  CHECK(mastodon.authorizations() == std::set<std::string>{"Bearer CANARY-FILE-m1"});
  CHECK(result.err.find("CANARY") == std::string::npos);

  // A file others can read is refused before any request, naming the chmod that fixes it.
  REQUIRE(::chmod(tokens.c_str(), 0644) == 0);
  result = run_cli(args);
  CHECK(result.code == 2);
  CHECK_THAT(result.err, Catch::Contains("hint: run: chmod 600 " + tokens));
  CHECK(result.err.find("CANARY") == std::string::npos);
}

TEST_CASE("fetch bluesky: clear errors for an unknown actor, a missing choice and a bad service",
          "[cli][fetch][bluesky]") {
  test::FetchBench<BlueskyStandIn> bench(3);
  const auto &db = bench.db;
  auto &server = bench.server;
  auto result = run_cli(
      {"--db", db, "fetch", "bluesky", "--service", server.url(), "--actor", "nosuch.example"});
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::StartsWith("sociometer: error: " + server.url() +
                                           " has no actor @nosuch.example\n"));
  result = run_cli({"--db", db, "fetch", "bluesky", "--service", server.url()});
  CHECK(result.code == 2);
  CHECK_THAT(result.err, Catch::Contains("give one of --actor or --search"));
  result = run_cli({"--db", db, "fetch", "bluesky", "--service", "ftp://x", "--actor", "a.b"});
  CHECK(result.code == 2);
  CHECK_THAT(result.err, Catch::Contains("--service 'ftp://x': expected https://HOST"));
}
