// SPDX-License-Identifier: Apache-2.0
// Row commands in `table` format fit 120 columns with their default column sets, `--columns`
// picks others (issue 13, part 1); XLSX and CSV through the CLI (part 2).
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "sociometer/util/display_width.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::run_cli;

namespace {

// A store with several platforms, roles, a linked identity and campaigns.
std::string fixture_store(const test::TempDir &dir) {
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init", "--tz", "Europe/Zurich"}).code == 0);
  REQUIRE(run_cli({"--db", db, "ingest", fixture("x/archive"),
                   fixture("x/twarc/page-and-stream.jsonl"), fixture("bluesky/author-feed.json"),
                   fixture("mastodon/archive-20240501080000-0f1e2d3c4b5a69788796a5b4c3d2e1f0.zip")})
              .code == 0);
  REQUIRE(run_cli({"--db", db, "ingest", "--as", "UnityRelief",
                   fixture("analysis/facebook-dyi/your_posts_1.json")})
              .code == 0);
  REQUIRE(run_cli({"--db", db, "ingest", fixture("analysis/facebook-posts.csv")}).code == 0);
  REQUIRE(run_cli({"--db", db, "campaign", "import", fixture("analysis/campaigns.toml")}).code ==
          0);
  return db;
}

std::size_t widest_line(const std::string &text) {
  std::size_t widest = 0;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    widest = std::max(widest, util::display_width(line));
  }
  return widest;
}

} // namespace

TEST_CASE("Every row command's default table fits 120 columns", "[cli][columns]") {
  test::TempDir dir;
  const auto db = fixture_store(dir);
  const std::vector<std::vector<std::string>> commands = {
      {"engagement"},
      {"engagement", "--by", "post"},
      {"engagement", "--by", "account"},
      {"engagement", "--by", "platform"},
      {"engagement", "--by", "week"},
      {"engagement", "--by", "day"},
      {"engagement", "--by", "hour"},
      {"engagement", "--by", "weekday"},
      {"engagement", "--by", "language"},
      {"engagement", "--by", "kind"},
      {"top", "posts"},
      {"top", "posts", "--by-rate"},
      {"top", "hashtags"},
      {"top", "mentions"},
      {"top", "domains"},
      {"top", "languages"},
      {"besttime"},
      {"causes"},
      {"accounts", "--all"},
      {"influencers"},
      {"status"},
      {"campaign", "list"},
      {"ingest", "--dry-run", fixture("x/archive")},
  };
  for (const auto &command : commands) {
    std::vector<std::string> args = {"--db", db};
    args.insert(args.end(), command.begin(), command.end());
    const auto result = run_cli(args);
    INFO(command.front() << (command.size() > 1 ? " " + command[1] : "") << "\n"
                         << result.out << result.err);
    REQUIRE(result.code == 0);
    CHECK(widest_line(result.out) <= 120);
  }
}

TEST_CASE("Columns all shows every column and an unknown column is a usage error",
          "[cli][columns]") {
  test::TempDir dir;
  const auto db = fixture_store(dir);
  const auto all = run_cli({"--db", db, "engagement", "--columns", "all"});
  REQUIRE(all.code == 0);
  CHECK(all.out.find("follower_growth_interpolated") != std::string::npos);
  CHECK(run_cli({"--db", db, "engagement"}).out.find("follower_growth_interpolated") ==
        std::string::npos);

  const auto picked =
      run_cli({"--db", db, "engagement", "--format", "csv", "--columns", "period,engagement"});
  REQUIRE(picked.code == 0);
  CHECK(picked.out.starts_with("period,engagement\r\n"));

  const auto wrong = run_cli({"--db", db, "engagement", "--columns", "period,nosuch"});
  CHECK(wrong.code == 2);
  CHECK(wrong.out.empty());
  CHECK(wrong.err.find("--columns: unknown column 'nosuch'") != std::string::npos);
  CHECK(wrong.err.find("hint: use `all` or a comma list of: period, posts,") != std::string::npos);
}

TEST_CASE("besttime prints a weekday by hour grid in table, rows elsewhere", "[cli][columns]") {
  test::TempDir dir;
  const auto db = fixture_store(dir);
  const auto grid = run_cli({"--db", db, "besttime"});
  REQUIRE(grid.code == 0);
  std::istringstream lines(grid.out);
  std::vector<std::string> first;
  for (std::string line; first.size() < 8 && std::getline(lines, line);) {
    first.push_back(line);
  }
  REQUIRE(first.size() == 8);
  CHECK(first[0].ends_with(" 22  23"));
  const std::vector<std::string> days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  for (std::size_t d = 0; d < days.size(); ++d) {
    CHECK(first[d + 1].starts_with(days[d] + " "));
  }
  const auto csv = run_cli({"--db", db, "besttime", "--format", "csv"});
  REQUIRE(csv.code == 0);
  CHECK(csv.out.starts_with("weekday,hour,posts,rated_posts,relative_performance\r\n1,0,"));
  CHECK(std::count(csv.out.begin(), csv.out.end(), '\n') == 169);
}
