// SPDX-License-Identifier: Apache-2.0
#include "fetch_bench.hpp"

#include <catch2/catch.hpp>

#include "bluesky_standin.hpp"
#include "mastodon_standin.hpp"
#include "store_query.hpp"
#include "x_standin.hpp"

namespace sociometer::test {
namespace {

// What the shared cases expect of one platform's stand-in.
struct PlatformRow {
  Platform platform;
  const char *name;
  // Items of the cut-once case: more than one page, so that the run goes on after the retry.
  int cut_once_items;
  // The cursor's newest_id when `item` is the newest item fetched.
  std::string (*newest_id)(int item);
  // The last request of a run after one that ended with item 5 the newest.
  const char *request_after_item_5;
  // What follows the stand-in's URL in the error about a page request.
  const char *page_path;
};

std::string numbered(int item) { return std::to_string(item); }

const PlatformRow k_rows[] = {
    {Platform::mastodon, "mastodon", 50, numbered, "/api/v1/accounts/42/statuses?limit=40&min_id=5",
     "/api/v1/accounts/42/statuses"},
    {Platform::bluesky, "bluesky", 150, BlueskyStandIn::mark_of,
     "/xrpc/app.bsky.feed.getAuthorFeed?actor=org.example&limit=100",
     "/xrpc/app.bsky.feed.getAuthorFeed"},
    {Platform::x, "x", 25, numbered,
     "/2/tweets/search/recent?max_results=100&query=#water&since_id=5",
     "/2/tweets/search/recent?query="},
};

const PlatformRow &row_of(Platform platform) {
  for (const auto &row : k_rows) {
    if (row.platform == platform) {
      return row;
    }
  }
  FAIL("no row for the platform");
  return k_rows[0];
}

// Runs `check` on a FetchBench of `platform`'s stand-in with `items` items.
template <class Check> void on_bench(Platform platform, int items, const Check &check) {
  switch (platform) {
  case Platform::mastodon: {
    FetchBench<MastodonStandIn> bench(items);
    check(bench);
    return;
  }
  case Platform::bluesky: {
    FetchBench<BlueskyStandIn> bench(items);
    check(bench);
    return;
  }
  case Platform::x: {
    FetchBench<XStandIn> bench(items);
    check(bench);
    return;
  }
  }
}

// Fetches with `first_args`, a run that must store nothing, publishes `more` items and fetches
// again: that run must store them, and only them (not those the first run left out).
template <class Bench>
void check_nothing_then_new(Bench &bench, const std::vector<std::string> &first_args, int more) {
  REQUIRE(bench.fetch(first_args).code == 0);
  CHECK(bench.primary_posts() == 0);
  bench.server.publish(more);
  const auto result = bench.fetch();
  INFO(result.err);
  REQUIRE(result.code == 0);
  CHECK(bench.primary_posts() == more);
}

// Fetches the 5 items, publishes 3 more, lets `misbehave` set the stand-in's switches and fetches
// again with --timeout `timeout`: that run must fail with exit 1 and leave the cursor and the
// store as the first run left them. Returns its result.
template <class Bench, class Misbehave>
CliResult check_failing_rerun(Bench &bench, const PlatformRow &row, const char *timeout,
                              const Misbehave &misbehave) {
  REQUIRE(bench.fetch().code == 0);
  const auto mark = bench.cursor("newest_id");
  CHECK(mark == row.newest_id(5));
  bench.server.publish(3);
  misbehave(bench.server);
  auto result = bench.fetch({"--timeout", timeout});
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::Contains("sociometer: error: " + bench.server.url()));
  CHECK(bench.cursor("newest_id") == mark);
  CHECK_THAT(bench.cursor("last_outcome"), Catch::StartsWith("failed: "));
  CHECK(bench.primary_posts() == 5);
  return result;
}

} // namespace

void check_secret_kept(const CliResult &result, const std::string &db, const std::string &secret) {
  CHECK(result.err.find(secret) == std::string::npos);
  CHECK(result.out.find(secret) == std::string::npos);
  CHECK_FALSE(store_bytes_contain(db, secret));
}

std::string name_of(Platform platform) { return row_of(platform).name; }

void check_first_run_storing_nothing(const std::vector<Platform> &platforms) {
  for (const auto platform : platforms) {
    SECTION(name_of(platform)) {
      const auto &row = row_of(platform);
      SECTION("an empty source") {
        on_bench(platform, 0, [&](auto &bench) {
          check_nothing_then_new(bench, {}, 3);
          CHECK(bench.cursor("newest_id") == row.newest_id(3));
        });
      }
      SECTION("everything older than --since") {
        on_bench(platform, 5, [&](auto &bench) {
          // Every item of the stand-ins is dated 2024: this leaves all of them out of a first run.
          check_nothing_then_new(bench, {"--since", "2025-01-01"}, 2);
          CHECK(bench.server.requests().back() == row.request_after_item_5);
        });
      }
    }
  }
}

void check_cut_once_is_retried(const std::vector<Platform> &platforms) {
  for (const auto platform : platforms) {
    SECTION(name_of(platform)) {
      const int items = row_of(platform).cut_once_items;
      on_bench(platform, items, [&](auto &bench) {
        bench.server.cut_next = 1;
        const auto result = bench.fetch();
        INFO(result.err);
        REQUIRE(result.code == 0);
        CHECK_THAT(result.err, Catch::Contains("retry 1 of 3"));
        CHECK(bench.primary_posts() == items);
        CHECK(std::stoi(bench.cursor("items")) == items);
      });
    }
  }
}

void check_cut_every_answer_fails_the_run(const std::vector<Platform> &platforms) {
  for (const auto platform : platforms) {
    SECTION(name_of(platform)) {
      on_bench(platform, 5, [&](auto &bench) {
        check_failing_rerun(bench, row_of(platform), "1",
                            [](StandIn &server) { server.cut_next = 1'000; });
        bench.server.cut_next = 0;
        REQUIRE(bench.fetch().code == 0);
        CHECK(bench.primary_posts() == 8);
      });
    }
  }
}

void check_silent_server_times_out(const std::vector<Platform> &platforms) {
  for (const auto platform : platforms) {
    SECTION(name_of(platform)) {
      const auto &row = row_of(platform);
      on_bench(platform, 5, [&](auto &bench) {
        const auto result = check_failing_rerun(bench, row, "0.5",
                                                [](StandIn &server) { server.silent_ms = 3'000; });
        CHECK_THAT(result.err,
                   Catch::StartsWith("sociometer: error: " + bench.server.url() + row.page_path));
        CHECK_THAT(result.err, Catch::Contains("timed out"));
        CHECK_THAT(result.err, Catch::Contains("in 0.5 s)"));
      });
    }
  }
}

} // namespace sociometer::test
