// SPDX-License-Identifier: Apache-2.0
// Typos are usage errors with the closest names (docs/output.md "Typos are usage errors"): a
// mistyped filter must not print an empty result that reads as "no posts".
#include <catch2/catch.hpp>

#include "sociometer/util/text.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::run_cli;

namespace {

// example-org.bsky.social (French posts and an English repost) and example-partner.bsky.social.
std::string bluesky_store(const test::TempDir &dir) {
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "ingest", fixture("bluesky/repost-english.json")}).code == 0);
  return db;
}

void check_usage_error(const test::CliResult &result, const std::string &message,
                       const std::string &hint) {
  CHECK(result.code == 2);
  CHECK(result.out.empty());
  CHECK_THAT(result.err, Catch::Contains("sociometer: error: " + message));
  CHECK_THAT(result.err, Catch::Contains("hint: " + hint));
}

} // namespace

TEST_CASE("closest_names: typos find their name, unrelated names stay out", "[util][typo]") {
  CHECK(util::edit_distance("engagment", "engagement") == 1);
  CHECK(util::edit_distance("ABC", "abd") == 1);
  const std::vector<std::string> known{"engagement", "top", "besttime", "network", "init"};
  CHECK(util::closest_names("engagment", known) == std::vector<std::string>{"engagement"});
  CHECK(util::closest_names("tpo", known) == std::vector<std::string>{"top"});
  CHECK(util::closest_names("zzzzzzzz", known).empty());
  CHECK(util::join_alternatives({"a", "b", "c"}) == "a, b or c");
}

TEST_CASE("an unknown --account, --lang, --platform or --campaign is a usage error",
          "[cli][typo]") {
  test::TempDir dir;
  const auto db = bluesky_store(dir);
  check_usage_error(run_cli({"--db", db, "engagement", "--account", "example-org.bsky.socal"}),
                    "--account example-org.bsky.socal: no account or linked identity",
                    "did you mean example-org.bsky.social?");
  check_usage_error(run_cli({"--db", db, "top", "posts", "--account", "nosuch"}),
                    "--account nosuch: no account or linked identity",
                    "see `sociometer accounts --all`");
  check_usage_error(run_cli({"--db", db, "engagement", "--lang", "fra"}),
                    "--lang fra: no stored post is in that language", "did you mean fr?");
  check_usage_error(run_cli({"--db", db, "engagement", "--lang", "xx-whatever"}),
                    "--lang xx-whatever: no stored post is in that language",
                    "languages in the store: en, fr");
  check_usage_error(run_cli({"--db", db, "influencers", "--platform", "blusky"}),
                    "--platform blusky: unknown platform", "did you mean bluesky?");
  REQUIRE(run_cli({"--db", db, "campaign", "add", "water", "--hashtag", "water"}).code == 0);
  check_usage_error(run_cli({"--db", db, "causes", "--campaign", "wataer"}),
                    "--campaign wataer: no campaign of that name", "did you mean water?");
  check_usage_error(run_cli({"--db", db, "influencers", "--campaign", "wataer"}),
                    "--campaign wataer: no campaign of that name", "did you mean water?");
  // Known names still work, in any case and with `@`.
  CHECK(run_cli({"--db", db, "engagement", "--account", "@Example-Org.bsky.social"}).code == 0);
  CHECK(run_cli({"--db", db, "engagement", "--lang", "fr"}).code == 0);
}

TEST_CASE("filters: --account takes a linked identity's name", "[cli][typo]") {
  test::TempDir dir;
  const auto db = bluesky_store(dir);
  REQUIRE(run_cli({"--db", db, "account", "link", "Example", "bluesky:example-org.bsky.social",
                   "bluesky:example-partner.bsky.social"})
              .code == 0);
  const auto by_name =
      run_cli({"--db", db, "engagement", "--account", "example", "--format", "csv"});
  REQUIRE(by_name.code == 0);
  const auto every = run_cli({"--db", db, "engagement", "--format", "csv"});
  // Both accounts of the identity: the same rows as no filter.
  CHECK(by_name.out == every.out);
  const auto one = run_cli({"--db", db, "engagement", "--account", "example-partner.bsky.social"});
  CHECK(one.code == 0);
}

TEST_CASE("an unknown subcommand or flag gets did you mean", "[cli][typo]") {
  check_usage_error(run_cli({"engagment"}), "unknown command `engagment` for `sociometer`",
                    "did you mean engagement?");
  check_usage_error(run_cli({"--db", "x.db", "campaign", "lst"}),
                    "unknown command `lst` for `sociometer campaign`", "did you mean list?");
  check_usage_error(run_cli({"engagement", "--acount", "x"}),
                    "unknown flag --acount for `sociometer engagement`", "did you mean --account?");
  check_usage_error(run_cli({"--quite", "status"}), "unknown flag --quite for `sociometer`",
                    "did you mean --quiet?");
  // A missing subcommand keeps CLI11's own message.
  const auto none = run_cli({});
  CHECK(none.code == 2);
  CHECK_THAT(none.err, Catch::Contains("A subcommand is required"));
}
