// SPDX-License-Identifier: Apache-2.0
// `fetch all` through cli::run (in-process) against loopback stand-ins of Mastodon, Bluesky and
// X: every stored source fetched again in turn; one that fails is one error line and the others
// are still fetched; quiet with -q on success.
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <sstream>

#include "bluesky_standin.hpp"
#include "fetch_bench.hpp"
#include "mastodon_standin.hpp"
#include "test_support.hpp"
#include "x_standin.hpp"

using namespace sociometer;
using test::query_number;
using test::query_text;
using test::run_cli;
using test::ScopedEnv;
using test::without_cr;

namespace {

std::int64_t posts_of(const std::string &db, const std::string &platform) {
  return query_number(db, "SELECT count(*) FROM posts WHERE is_primary AND platform = '" +
                              platform + "'");
}

std::vector<std::string> lines_starting(const std::string &text, const std::string &prefix) {
  std::vector<std::string> found;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(prefix, 0) == 0) {
      found.push_back(line);
    }
  }
  return found;
}

} // namespace

TEST_CASE("fetch all: every stored source again, only what is new; a dead one is one error line "
          "and the others are still fetched",
          "[cli][fetch]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  const ScopedEnv token("SOCIOMETER_X_BEARER_TOKEN", "x-token");
  test::MastodonStandIn mastodon(5);
  std::optional<test::BlueskyStandIn> bluesky(std::in_place, 5);
  test::XStandIn x(5);
  const auto bluesky_url = bluesky->url();
  REQUIRE(run_cli(test::fetch_args(db, mastodon)).code == 0);
  REQUIRE(run_cli(test::fetch_args(db, *bluesky)).code == 0);
  REQUIRE(run_cli(test::fetch_args(db, x)).code == 0);

  // A cron job's night: new items everywhere, nothing said with -q.
  mastodon.publish(2);
  bluesky->publish(3);
  x.publish(4);
  auto result = run_cli({"--db", db, "-q", "fetch", "all"});
  INFO(result.err);
  CHECK(result.code == 0);
  CHECK(result.out.empty());
  CHECK(result.err.empty());
  CHECK(posts_of(db, "mastodon") == 7);
  CHECK(posts_of(db, "bluesky") == 8);
  CHECK(posts_of(db, "x") == 9);
  CHECK(mastodon.requests().back() == "/api/v1/accounts/42/statuses?limit=40&min_id=5");

  // The Bluesky service is gone: its source fails, the others are still fetched, exit 1.
  bluesky.reset();
  mastodon.publish(1);
  x.publish(1);
  result = run_cli({"--db", db, "fetch", "all", "--timeout", "1", "--format", "csv"});
  CHECK(result.code == 1);
  const auto source = "bluesky " + bluesky_url + " actor @org.example";
  const auto errors = lines_starting(result.err, "sociometer: error: ");
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::StartsWith("sociometer: error: " + source + ": "));
  // Progress: each source as it starts, in the order `status` lists them.
  CHECK_THAT(result.err, Catch::Contains("sociometer: fetching " + source + " (1 of 3)\n"));
  CHECK_THAT(result.err, Catch::Contains("sociometer: fetching mastodon " + mastodon.url() +
                                         " account @org (2 of 3)\n"));
  CHECK_THAT(result.err,
             Catch::Contains("sociometer: fetching x " + x.url() + " search #water (3 of 3)\n"));
  CHECK(posts_of(db, "mastodon") == 8);
  CHECK(posts_of(db, "x") == 10);
  CHECK(without_cr(result.out) ==
        "source,pages,items,posts_new,posts_updated,posts_unchanged,newest_id,backfill_done,"
        "outcome\n" +
            source + ",0,0,0,0,0,,0,failed\nmastodon " + mastodon.url() +
            " account @org,1,1,1,0,0,8,1,ok\nx " + x.url() + " search #water,1,1,1,0,0,10,1,ok\n");
  CHECK_THAT(
      query_text(db, "SELECT last_outcome FROM fetch_cursors WHERE source = '" + source + "'"),
      Catch::StartsWith("failed: "));
}

TEST_CASE("fetch all: a store without sources says how to add one", "[cli][fetch]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init"}).code == 0);
  const auto result = run_cli({"--db", db, "fetch", "all"});
  CHECK(result.code == 2);
  CHECK_THAT(result.err, Catch::StartsWith("sociometer: error: fetch all: " + db +
                                           " has no fetch sources yet\n"));
  CHECK_THAT(result.err, Catch::Contains("fetch mastodon"));
}
