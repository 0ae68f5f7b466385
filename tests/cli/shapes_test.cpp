// SPDX-License-Identifier: Apache-2.0
// Shapes scripts expect (docs/output.md): lists as JSON arrays, node IDs that join across
// commands, per-account status with gaps, and account commands that say what they changed.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "test_support.hpp"

using namespace sociometer;
using nlohmann::json;
using test::fixture;
using test::run_cli;

namespace {

std::string x_store(const test::TempDir &dir) {
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "ingest", fixture("x/archive"),
                   fixture("x/twarc/page-and-stream.jsonl")})
              .code == 0);
  return db;
}

// The values of column `column` of a CSV without quoted cells.
std::set<std::string> csv_column(const std::string &csv, const std::string &column) {
  std::istringstream lines(csv);
  std::string line;
  std::getline(lines, line);
  std::vector<std::string> header;
  std::istringstream cells(line.substr(0, line.find('\r')));
  for (std::string cell; std::getline(cells, cell, ',');) {
    header.push_back(cell);
  }
  const auto at = std::find(header.begin(), header.end(), column) - header.begin();
  REQUIRE(static_cast<std::size_t>(at) < header.size());
  std::set<std::string> values;
  while (std::getline(lines, line)) {
    std::istringstream row(line.substr(0, line.find('\r')));
    std::string cell;
    for (std::ptrdiff_t i = 0; i <= at && std::getline(row, cell, ','); ++i) {
    }
    values.insert(cell);
  }
  return values;
}

} // namespace

TEST_CASE("campaign list gives its terms as JSON arrays", "[cli][shapes]") {
  test::TempDir dir;
  const auto db = x_store(dir);
  REQUIRE(run_cli({"--db", db, "campaign", "add", "water", "--hashtag", "WaterIsLife", "--hashtag",
                   "CleanWater", "--keyword", "clean water", "--keyword", "fr:eau potable"})
              .code == 0);
  const auto result = run_cli({"--db", db, "campaign", "list", "--format", "json"});
  REQUIRE(result.code == 0);
  const auto row = json::parse(result.out).at("rows").at(0);
  CHECK(row.at("hashtags") == json::array({"cleanwater", "waterislife"}));
  CHECK(row.at("keywords") == json::array({"clean water", "fr:eau potable"}));
  CHECK(row.at("urls") == json::array());
  const auto csv = run_cli({"--db", db, "campaign", "list", "--format", "csv"});
  CHECK_THAT(csv.out, Catch::Contains(",\"cleanwater, waterislife\","));
}

TEST_CASE("influencers' node_id joins network export's source and target", "[cli][shapes]") {
  test::TempDir dir;
  const auto db = x_store(dir);
  const auto nodes = run_cli({"--db", db, "influencers", "--format", "csv", "--limit", "0"});
  const auto edges = run_cli({"--db", db, "network", "export", "--format", "csv"});
  REQUIRE(nodes.code == 0);
  REQUIRE(edges.code == 0);
  const auto ids = csv_column(nodes.out, "node_id");
  auto ends = csv_column(edges.out, "source");
  ends.merge(csv_column(edges.out, "target"));
  REQUIRE_FALSE(ends.empty());
  for (const auto &end : ends) {
    INFO(end);
    CHECK(ids.count(end) == 1);
  }
  const auto communities =
      run_cli({"--db", db, "influencers", "--communities", "--format", "json"});
  const auto first = json::parse(communities.out).at("communities").at(0);
  REQUIRE(first.at("top_hashtags").is_array());
  REQUIRE(first.at("top_languages").is_array());
  CHECK(first.at("top_languages").at(0).at("value").is_string());
  CHECK(first.at("top_languages").at(0).at("count").is_number_integer());
}

TEST_CASE("status --by account: one row per account that posted, and its gaps", "[cli][shapes]") {
  test::TempDir dir;
  const auto db = x_store(dir);
  auto result = run_cli({"--db", db, "status", "--by", "account", "--format", "json"});
  REQUIRE(result.code == 0);
  auto document = json::parse(result.out);
  CHECK(document.at("params").at("gap_days") == 14);
  const auto rows = document.at("rows");
  REQUIRE(rows.size() >= 2);
  std::int64_t posts = 0;
  for (const auto &row : rows) {
    posts += row.at("posts").get<std::int64_t>();
  }
  const auto by_platform = json::parse(run_cli({"--db", db, "status", "--format", "json"}).out);
  CHECK(posts == by_platform.at("rows").at(0).at("posts").get<std::int64_t>());
  // With a one-day threshold, stretches between posts days apart are gaps.
  result =
      run_cli({"--db", db, "status", "--by", "account", "--gap-days", "1", "--format", "json"});
  document = json::parse(result.out);
  REQUIRE_FALSE(document.at("gaps").empty());
  const auto gap = document.at("gaps").at(0);
  CHECK(gap.at("days").get<double>() > 1.0);
  CHECK(run_cli({"--db", db, "status", "--by", "acount"}).code == 2);
  CHECK(run_cli({"--db", db, "status", "--by", "account", "--gap-days", "0"}).code == 2);
}

TEST_CASE("account link and set say what they changed and move only with --move", "[cli][shapes]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "ingest", fixture("bluesky/repost-english.json")}).code == 0);
  auto result = run_cli({"--db", db, "account", "set", "example-org.bsky.social", "--platform",
                         "bluesky", "--role", "own"});
  CHECK(result.code == 0);
  CHECK(result.err ==
        "sociometer: account set: bluesky:example-org.bsky.social: role other -> own\n");
  result = run_cli({"--db", db, "account", "link", "Org", "bluesky:example-org.bsky.social",
                    "bluesky:example-partner.bsky.social"});
  CHECK(result.code == 0);
  CHECK(result.err == "sociometer: account link: bluesky:example-org.bsky.social linked to Org\n"
                      "sociometer: account link: bluesky:example-partner.bsky.social linked to "
                      "Org\n");
  // The partner belongs to Org: linking it elsewhere is refused without --move, and nothing
  // changes.
  result = run_cli({"--db", db, "account", "link", "Partner", "bluesky:example-partner.bsky.social",
                    "bluesky:example-org.bsky.social"});
  CHECK(result.code == 2);
  CHECK_THAT(result.err, Catch::Contains("bluesky:example-partner.bsky.social belongs to the "
                                         "identity Org"));
  CHECK_THAT(result.err, Catch::Contains("hint: add --move"));
  const auto accounts = run_cli({"--db", db, "accounts", "--format", "csv"});
  CHECK_THAT(accounts.out, !Catch::Contains("Partner"));
  result = run_cli({"--db", db, "account", "link", "Partner", "bluesky:example-partner.bsky.social",
                    "bluesky:example-org.bsky.social", "--move"});
  CHECK(result.code == 0);
  CHECK_THAT(result.err, Catch::Contains("bluesky:example-partner.bsky.social moved from Org to "
                                         "Partner"));
}
