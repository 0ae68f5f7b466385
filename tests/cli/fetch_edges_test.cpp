// SPDX-License-Identifier: Apache-2.0
// The edges of `fetch mastodon|bluesky|x` against the loopback stand-ins: a first run that stores
// nothing (an empty source, or all of it before --since) must not stop later runs; a connection
// cut mid-body is retried; a server that cuts every answer or never answers ends the run with
// exit 1 and leaves the cursor where it was, and the rerun completes. Each case is written once,
// in fetch_bench.cpp, with a row per platform.
#include <catch2/catch.hpp>

#include "fetch_bench.hpp"

using sociometer::test::Platform;

TEST_CASE("fetch mastodon: a first run that stores nothing does not stop later runs",
          "[cli][fetch]") {
  sociometer::test::check_first_run_storing_nothing({Platform::mastodon});
}

TEST_CASE("fetch bluesky: a first run that stores nothing does not stop later runs",
          "[cli][fetch][bluesky]") {
  sociometer::test::check_first_run_storing_nothing({Platform::bluesky});
}

TEST_CASE("fetch x: a first run that stores nothing does not stop later runs", "[cli][fetch][x]") {
  sociometer::test::check_first_run_storing_nothing({Platform::x});
}

TEST_CASE("fetch: a connection cut mid-body is retried and the run completes", "[cli][fetch]") {
  sociometer::test::check_cut_once_is_retried({Platform::mastodon, Platform::bluesky, Platform::x});
}

TEST_CASE("fetch: a server that cuts every answer ends the run with exit 1, the cursor where it "
          "was",
          "[cli][fetch]") {
  sociometer::test::check_cut_every_answer_fails_the_run({Platform::bluesky, Platform::x});
}

TEST_CASE("fetch: a server that never answers ends the run at --timeout with exit 1, the cursor "
          "where it was",
          "[cli][fetch]") {
  sociometer::test::check_silent_server_times_out({Platform::bluesky, Platform::mastodon});
}
