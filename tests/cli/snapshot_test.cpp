// SPDX-License-Identifier: Apache-2.0
// `snapshot` through cli::run (in-process) against loopback Mastodon, X and Bluesky stand-ins: the
// declared accounts' profile counts stored as follower snapshots, one error line per failing
// account, and follower growth in `engagement` and `report` after two snapshots a month apart.
// The month between them is the report clock (SOURCE_DATE_EPOCH), which `snapshot` takes as the
// time the counts were read: the honest way to run it "a month later" inside one test.
#include <catch2/catch.hpp>

#include "bluesky_standin.hpp"
#include "fetch_bench.hpp"
#include "mastodon_standin.hpp"
#include "store_query.hpp"
#include "test_support.hpp"
#include "x_standin.hpp"

using namespace sociometer;
using test::query_number;
using test::query_text;
using test::run_cli;
using test::ScopedEnv;
using test::without_cr;

namespace {

constexpr const char *k_march_1 = "1709251200"; // 2024-03-01T00:00:00Z
constexpr const char *k_april_1 = "1711929600"; // 2024-04-01T00:00:00Z

void declare(const std::string &db, const std::string &handle, const std::string &platform,
             const std::string &role) {
  const auto result =
      run_cli({"--db", db, "account", "set", handle, "--platform", platform, "--role", role});
  INFO(result.err);
  REQUIRE(result.code == 0);
}

} // namespace

TEST_CASE("snapshot: each declared account's counts stored; a failing account is one error line "
          "and the others are still snapshotted",
          "[cli][snapshot]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  test::MastodonStandIn mastodon(3);
  test::XStandIn x(0);
  test::BlueskyStandIn bluesky(7);
  const ScopedEnv token("SOCIOMETER_X_BEARER_TOKEN", "CANARY-X-1");
  REQUIRE(run_cli(test::fetch_args(db, mastodon)).code == 0);
  declare(db, "org@127.0.0.1", "mastodon", "own");
  declare(db, "nosuch@127.0.0.1", "mastodon", "tracked");
  declare(db, "org", "x", "partner");
  declare(db, "org.example", "bluesky", "peer");
  declare(db, "someone.bsky.social", "bluesky", "tracked");
  mastodon.followers = 1300;

  const ScopedEnv clock("SOURCE_DATE_EPOCH", k_march_1);
  auto result = run_cli({"--db", db, "snapshot", "--instance", mastodon.url(), "--api-base",
                         x.url(), "--service", bluesky.url(), "--format", "csv"});
  CHECK(result.code == 1);
  CHECK(without_cr(result.out) == "platform,account,role,followers,following,posts,observed_at\n"
                                  "mastodon,org@127.0.0.1,own,1300,10,99,2024-03-01T00:00:00Z\n"
                                  "bluesky,org.example,peer,1250,10,7,2024-03-01T00:00:00Z\n"
                                  "x,org,partner,1200,180,99,2024-03-01T00:00:00Z\n");
  CHECK_THAT(result.err,
             Catch::Contains("sociometer: error: snapshot mastodon @nosuch@127.0.0.1: " +
                             mastodon.url() + " has no account @nosuch\n"));
  CHECK_THAT(result.err, Catch::Contains("sociometer: error: snapshot bluesky "
                                         "@someone.bsky.social: " +
                                         bluesky.url() + " has no actor @someone.bsky.social\n"));
  CHECK(result.err.find("CANARY") == std::string::npos);
  CHECK(query_number(db, "SELECT followers FROM follower_snapshots WHERE observed_at LIKE "
                         "'2024-03-01%' AND account_id = (SELECT id FROM accounts WHERE platform = "
                         "'mastodon' AND handle = 'org@127.0.0.1')") == 1300);
  // The X and Bluesky accounts declared by handle now have their platform IDs.
  CHECK(query_text(db, "SELECT native_id FROM accounts WHERE platform = 'bluesky' AND handle = "
                       "'org.example'") == test::BlueskyStandIn::k_org_did);
  CHECK(query_text(db, "SELECT native_id FROM accounts WHERE platform = 'x' AND handle = 'org'") ==
        "42");
  CHECK(query_text(db, "SELECT outcome FROM imports ORDER BY id DESC LIMIT 1") == "partial");

  // --platform: only that platform's accounts; all of them succeed: exit 0.
  result = run_cli({"--db", db, "snapshot", "--platform", "x", "--api-base", x.url()});
  INFO(result.err);
  CHECK(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("partner"));
  CHECK(result.out.find("mastodon") == std::string::npos);
}

TEST_CASE("snapshot: two snapshots a month apart turn follower growth from n/a into a number in "
          "engagement and report",
          "[cli][snapshot]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  test::MastodonStandIn mastodon(84); // statuses 57..84 are in March 2024
  REQUIRE(run_cli(test::fetch_args(db, mastodon)).code == 0);
  declare(db, "org@127.0.0.1", "mastodon", "own");
  const std::vector<std::string> engagement{"--db",    db,        "engagement", "--by", "account",
                                            "--month", "2024-03", "--format",   "json"};
  const std::vector<std::string> report{"--db", db, "report", "--month", "2024-03"};
  {
    mastodon.followers = 1000;
    const ScopedEnv clock("SOURCE_DATE_EPOCH", k_march_1);
    REQUIRE(run_cli({"--db", db, "snapshot", "--instance", mastodon.url()}).code == 0);
  }
  CHECK_THAT(run_cli(engagement).out, Catch::Contains("\"follower_growth\": null"));
  CHECK_THAT(run_cli(report).out, Catch::Contains("| Follower growth | n/a |"));
  {
    mastodon.followers = 1100;
    const ScopedEnv clock("SOURCE_DATE_EPOCH", k_april_1);
    REQUIRE(run_cli({"--db", db, "snapshot", "--instance", mastodon.url()}).code == 0);
  }
  const auto after = run_cli(engagement);
  INFO(after.out);
  CHECK_THAT(after.out, Catch::Contains("\"follower_growth\": 0.1"));
  const auto newsletter = run_cli(report);
  INFO(newsletter.out);
  CHECK_THAT(newsletter.out, Catch::Contains("1,000 → 1,100"));
  CHECK(newsletter.out.find("| Follower growth | n/a |") == std::string::npos);
}
