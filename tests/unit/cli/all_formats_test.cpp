// SPDX-License-Identifier: Apache-2.0
// One store fed by every supported format (issue #3): each platform side by side, a re-ingest
// of everything a no-op, and the analyses working across platforms.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::run_cli;

TEST_CASE("One store holds X, Mastodon, Bluesky, Facebook and Instagram side by side",
          "[cli][all_formats]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init", "--tz", "America/Los_Angeles"}).code == 0);
  const std::vector<std::string> inputs = {
      fixture("x/archive"),
      fixture("mastodon/archive-20240501080000-0f1e2d3c4b5a69788796a5b4c3d2e1f0.zip"),
      fixture("mastodon/rest/statuses.json"),
      fixture("bluesky/author-feed.json"),
      fixture("meta-dyi/ig"),
      fixture("meta-csv/instagram-posts.csv"),
  };
  std::vector<std::string> args = {"--db", db, "ingest"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  args.insert(args.end(), {"--format", "csv"});
  const auto first = run_cli(args);
  // The Mastodon archive fixture holds a Create with a string object (skipped, exit stays 0).
  CHECK(first.code == 0);

  const auto status = run_cli({"--db", db, "status", "--format", "csv"});
  REQUIRE(status.code == 0);
  for (const auto *platform : {"\nbluesky,", "\ninstagram,", "\nmastodon,", "\nx,"}) {
    CHECK_THAT(status.out, Catch::Contains(platform));
  }

  // Everything again: nothing new, nothing updated.
  const auto again = run_cli(args);
  CHECK(again.code == 0);
  const auto counts = run_cli({"--db", db, "sql",
                               "SELECT sum(posts_new), sum(posts_updated) FROM imports WHERE id > "
                               "(SELECT count(*) FROM imports) / 2",
                               "--format", "csv"});
  CHECK_THAT(counts.out, Catch::EndsWith("\n0,0\r\n") || Catch::EndsWith("\n0,0\n"));

  // Bluesky (formats.md §4.5): the own post counts 42 likes, 7 reposts, 1 reply, 0 quotes; the
  // repost of the partner's post is the org's post too but carries no counts of its own.
  const auto engagement =
      run_cli({"--db", db, "engagement", "--by", "platform", "--format", "csv"});
  REQUIRE(engagement.code == 0);
  CHECK_THAT(engagement.out, Catch::Contains("\nbluesky,2,42,7,1,0,50,"));
}
