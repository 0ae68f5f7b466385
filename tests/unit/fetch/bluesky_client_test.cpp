// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "bluesky_standin.hpp"
#include "sociometer/error.hpp"
#include "sociometer/fetch/bluesky_client.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::BlueskyStandIn;

TEST_CASE("Bluesky: an actor's profile counts", "[fetch][bluesky]") {
  BlueskyStandIn server(12);
  net::HttpClient http;
  fetch::BlueskyClient client(http, server.url(), "");
  const auto profile = client.profile("org.example");
  CHECK(profile.did == BlueskyStandIn::k_org_did);
  CHECK(profile.handle == "org.example");
  CHECK(profile.followers == 1250);
  CHECK(profile.follows == 10);
  CHECK(profile.posts == 12);
  CHECK(server.requests().back() == "/xrpc/app.bsky.actor.getProfile?actor=org.example");
  try {
    (void)client.profile("nosuch.example");
    FAIL("an unknown actor was accepted");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::input);
    CHECK(std::string(error.what()) == server.url() + " has no actor @nosuch.example");
  }
}

TEST_CASE("Bluesky: feed items are keyed by their post, or a repost by its repost record",
          "[fetch][bluesky]") {
  BlueskyStandIn server(21);
  net::HttpClient http;
  fetch::BlueskyClient client(http, server.url(), "");
  const auto page = client.author_feed("org.example", "c12");
  REQUIRE(page.items.size() == 11);
  CHECK(page.items[0].id == BlueskyStandIn::post_uri(11));
  CHECK(page.items[1].id ==
        "at://" + std::string(BlueskyStandIn::k_org_did) + "/app.bsky.feed.repost/r10");
  REQUIRE(page.items[1].created_at);
  CHECK(test::rfc3339(page.items[1].created_at) == "2024-01-01T10:00:00Z");
  CHECK(page.older.empty()); // the last page
}

TEST_CASE("Bluesky: --actor and --service made canonical, or refused", "[fetch][bluesky]") {
  CHECK(fetch::normalise_actor("@Org.Example") == "org.example");
  CHECK(fetch::normalise_actor("did:plc:AbC") == "did:plc:AbC");
  CHECK_THROWS_AS(fetch::normalise_actor("@"), Error);
  CHECK_THROWS_AS(fetch::normalise_actor("a b"), Error);
  CHECK(fetch::normalise_server("http://127.0.0.1:8080/", "--service") == "http://127.0.0.1:8080");
}
