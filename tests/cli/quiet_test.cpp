// SPDX-License-Identifier: Apache-2.0
// Quiet and calm output: `-q` prints nothing on success (a cron job's mail stays empty), and
// repeated warnings are grouped per file and kind (docs/output.md "Quiet runs and warnings").
#include <algorithm>
#include <catch2/catch.hpp>

#include "cli/warning_groups.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::run_cli;

namespace {

void check_silent(const std::vector<std::string> &args) {
  INFO(args.at(2));
  const auto result = run_cli(args);
  CHECK(result.code == 0);
  CHECK(result.out.empty());
  CHECK(result.err.empty());
}

// A twarc2 capture: one good page, then `bad` lines that are no page or tweet.
std::string noisy_capture(const test::TempDir &dir, int bad) {
  auto text = test::read_file(fixture("x/twarc/page-and-stream.jsonl"));
  for (int i = 0; i < bad; ++i) {
    text += "{\"unrelated\": " + std::to_string(i) + "}\n";
  }
  const auto path = dir.file("capture.jsonl");
  test::write_file(path, text);
  return path;
}

long line_count(const std::string &text) { return std::count(text.begin(), text.end(), '\n'); }

} // namespace

TEST_CASE("quiet: -q prints nothing on success, on stdout or stderr", "[cli][quiet]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  check_silent({"-q", "--db", db, "init", "--tz", "Europe/Paris"});
  check_silent({"-q", "--db", db, "ingest", fixture("bluesky/repost-english.json")});
  check_silent({"--db", db, "-q", "ingest", fixture("bluesky/repost-english.json")}); // unchanged
  check_silent({"-q", "--db", db, "account", "set", "example-org.bsky.social", "--platform",
                "bluesky", "--role", "own"});
  check_silent({"-q", "--db", db, "account", "link", "Example", "bluesky:example-org.bsky.social",
                "bluesky:example-partner.bsky.social"});
  check_silent({"-q", "--db", db, "campaign", "add", "water", "--hashtag", "water"});
  check_silent({"-q", "--db", db, "ingest", noisy_capture(dir, 50)}); // warnings too
  // Output that was asked for is data, not chatter.
  const auto json = run_cli(
      {"-q", "--db", db, "--format", "json", "ingest", fixture("bluesky/repost-english.json")});
  CHECK(json.code == 0);
  CHECK_THAT(json.out, Catch::StartsWith("{"));
  CHECK(json.err.empty());
}

TEST_CASE("repeated warnings are grouped per file and kind", "[cli][quiet]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  const auto capture = noisy_capture(dir, 200);
  const auto calm = run_cli({"--db", db, "ingest", capture, "--dry-run"});
  CHECK(calm.code == 0);
  CHECK(line_count(calm.err) <= cli::WarningGroups::k_per_file + 2);
  CHECK_THAT(calm.err,
             Catch::Contains("and 197 more like this in " + capture + " (-v shows them all)"));
  const auto verbose = run_cli({"-v", "--db", db, "ingest", capture, "--dry-run"});
  CHECK(line_count(verbose.err) >= 200);
}

TEST_CASE("WarningGroups: a few of each kind, a screenful per file", "[cli][quiet]") {
  cli::WarningGroups groups(false);
  CHECK(cli::WarningGroups::kind_of("line 12: id 345 missing") == "line N: id N missing");
  int shown = 0;
  for (int i = 0; i < 100; ++i) {
    shown += groups.admit("a.jsonl", "record " + std::to_string(i) + ": bad") ? 1 : 0;
  }
  CHECK(shown == cli::WarningGroups::k_per_kind);
  for (int kind = 0; kind < 30; ++kind) {
    shown += groups.admit("a.jsonl", std::string(1, static_cast<char>('a' + kind % 26)) +
                                         std::to_string(kind) + " kind")
                 ? 1
                 : 0;
  }
  CHECK(shown == cli::WarningGroups::k_per_file);
  CHECK(groups.admit("b.jsonl", "record 1: bad")); // another file has its own screen
  const auto held = groups.held_back();
  REQUIRE_FALSE(held.empty());
  CHECK(held.front() == "and 97 more like this in a.jsonl (-v shows them all)");
  cli::WarningGroups verbose(true);
  for (int i = 0; i < 100; ++i) {
    CHECK(verbose.admit("a.jsonl", "record: bad"));
  }
  CHECK(verbose.held_back().empty());
}
