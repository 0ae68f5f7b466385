// SPDX-License-Identifier: Apache-2.0
// The table of format recognisers: names of their own, and each fixture claimed by exactly the
// recogniser named for it.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/formats.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::fixture;

namespace {

// Every recogniser that claims `probe`, in detection order.
std::vector<std::string_view> claims(const ingest::Probe &probe) {
  std::vector<std::string_view> names;
  for (const auto &recogniser : ingest::recognisers()) {
    if (recogniser.sniff(probe)) {
      names.push_back(recogniser.name);
    }
  }
  return names;
}

} // namespace

TEST_CASE("Every recogniser has a name of its own", "[ingest][registry]") {
  std::set<std::string_view> names;
  for (const auto &recogniser : ingest::recognisers()) {
    CHECK_FALSE(recogniser.name.empty());
    CHECK(recogniser.sniff != nullptr);
    CHECK(recogniser.open != nullptr);
    CHECK(names.insert(recogniser.name).second);
  }
  CHECK(names.size() == ingest::recognisers().size());
}

TEST_CASE("Each fixture format is detected by exactly the recogniser named for it",
          "[ingest][registry]") {
  struct Case {
    std::string fixture;
    std::string_view recogniser;
    std::string column_map;
  };
  const std::vector<Case> cases = {
      {"x/archive", "x-archive", ""},
      {"x/archive-wrapped.zip", "x-archive", ""},
      {"x/twarc/page-and-stream.jsonl", "twarc2", ""},
      {"x/twarc/overlap.jsonl", "twarc2", ""},
      {"mastodon/archive", "mastodon-archive", ""},
      {"mastodon/archive-20240501080000-0f1e2d3c4b5a69788796a5b4c3d2e1f0.zip", "mastodon-archive",
       ""},
      {"mastodon/archive-20240301080000-00112233445566778899aabbccddeeff.tar.gz",
       "mastodon-archive", ""},
      {"mastodon/rest/statuses.json", "mastodon-api", ""},
      {"mastodon/rest/timeline.jsonl", "mastodon-api", ""},
      {"mastodon/rest/social.example.user.example_org.json", "mastodon-api", ""},
      {"bluesky/author-feed.json", "bluesky", ""},
      {"bluesky/search.json", "bluesky", ""},
      {"bluesky/thread.json", "bluesky", ""},
      {"bluesky/pages.jsonl", "bluesky", ""},
      {"bluesky/feed-mixed.json", "bluesky", ""},
      {"meta-dyi/fb-old", "meta-dyi", ""},
      {"meta-dyi/fb-mid", "meta-dyi", ""},
      {"meta-dyi/fb-new", "meta-dyi", ""},
      {"meta-dyi/ig", "meta-dyi", ""},
      {"meta-dyi/html-export", "meta-dyi-html", ""},
      {"meta-dyi/single/facebook_posts.json", "meta-dyi-file", ""},
      {"meta-dyi/single/instagram_posts.json", "meta-dyi-file", ""},
      {"meta-csv/facebook-posts.csv", "meta-post-csv", ""},
      {"meta-csv/facebook-posts-sv.csv", "meta-post-csv", ""},
      {"meta-csv/instagram-posts.csv", "meta-post-csv", ""},
      {"meta-csv/resaved-semicolon.csv", "meta-post-csv", ""},
      {"meta-csv/page-views.csv", "meta-page-csv", ""},
      {"meta-csv/page-followers.csv", "meta-page-csv", ""},
      {"meta-csv/instagram-reach-utf16be.csv", "meta-page-csv", ""},
      {"meta-csv/resaved-one-cell.csv", "meta-csv-one-cell-per-row", ""},
      {"csv/linkedin-posts.csv", "mapped-csv", fixture("csv/linkedin-map.txt")},
  };
  for (const auto &c : cases) {
    INFO(c.fixture);
    ingest::InputOptions options;
    options.column_map = c.column_map;
    const auto probe = ingest::probe_input(fixture(c.fixture), options);
    CHECK(claims(probe) == std::vector<std::string_view>{c.recogniser});
    const auto *detected = ingest::recognise(probe);
    REQUIRE(detected != nullptr);
    CHECK(detected->name == c.recogniser);
  }
}

TEST_CASE("A column map takes every CSV before the formats that detect CSVs",
          "[ingest][registry]") {
  ingest::InputOptions options;
  options.column_map = fixture("csv/linkedin-map.txt");
  const auto probe = ingest::probe_input(fixture("meta-csv/facebook-posts.csv"), options);
  CHECK(claims(probe) == std::vector<std::string_view>{"mapped-csv", "meta-post-csv"});
  REQUIRE(ingest::recognise(probe) != nullptr);
  CHECK(ingest::recognise(probe)->name == "mapped-csv");
}

TEST_CASE("An input no recogniser claims is refused by its shape", "[ingest][registry]") {
  test::TempDir dir;
  const auto notes = dir.file("notes.txt");
  { std::ofstream(notes) << "just some notes\n"; }
  const auto probe = ingest::probe_input(notes, {});
  CHECK(claims(probe).empty());
  CHECK(ingest::recognise(probe) == nullptr);
  CHECK_THROWS_WITH(ingest::open_input(notes), Catch::EndsWith(": unknown input format"));
}
