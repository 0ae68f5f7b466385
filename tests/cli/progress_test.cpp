// SPDX-License-Identifier: Apache-2.0
// Progress on stderr (docs/output.md "Progress"): the renderer's output for a sequence of updates
// with an injected clock and width, and no progress at all when stderr is not a terminal.
#include <catch2/catch.hpp>
#include <sstream>

#include "cli/common.hpp"
#include "cli/progress.hpp"
#include "test_support.hpp"

using namespace sociometer;
using namespace std::chrono_literals;
using test::fixture;
using test::run_cli;

namespace {

// A clock the test moves by hand.
struct ManualClock {
  std::chrono::steady_clock::time_point now{};
  cli::ProgressDisplay::Clock function() {
    return [this] { return now; };
  }
};

cli::ProgressUpdate halfway() {
  cli::ProgressUpdate update;
  update.done = 1500;
  update.unit = "records";
  update.fraction = 0.5;
  update.step = "input 1/2";
  update.detail = "tweets.jsonl";
  return update;
}

} // namespace

TEST_CASE("progress: nothing in the first second, then one line redrawn in place",
          "[cli][progress]") {
  std::ostringstream err;
  ManualClock clock;
  {
    cli::ProgressDisplay display(err, "ingest", 100, clock.function());
    clock.now += 900ms;
    display.update(halfway());
    CHECK(err.str().empty()); // short runs show nothing
    clock.now += 600ms;       // 1.5 s: 1,000 records/s, half done, 1.5 s to go
    display.update(halfway());
    CHECK(err.str() == "\ringest input 1/2 [##########..........] 50% 1,500 records 1,000/s "
                       "ETA 0:02 tweets.jsonl\x1b[K");
    clock.now += 50ms; // redrawn at most every tenth of a second
    display.update(halfway());
    CHECK(err.str().find("\r", 1) == std::string::npos);
    clock.now += 100ms;
    auto counter = halfway();
    counter.fraction.reset(); // unknown share: a counter with its rate, no bar, no ETA
    counter.done = 3300;
    display.update(counter);
    CHECK_THAT(err.str(),
               Catch::EndsWith("\ringest input 1/2 3,300 records 2,000/s tweets.jsonl\x1b[K"));
  }
  CHECK_THAT(err.str(), Catch::EndsWith("\r\x1b[K")); // erased when done
}

TEST_CASE("progress: the line fits the terminal's width", "[cli][progress]") {
  std::ostringstream err;
  ManualClock clock;
  cli::ProgressDisplay display(err, "ingest", 40, clock.function());
  auto update = halfway();
  update.detail = "a-very-long-folder-name/with-a-very-long-file-name.jsonl";
  const auto line = display.line(update, 1500ms);
  CHECK(line.size() == 39);
  CHECK(line == "ingest input 1/2 [##########..........]");
  cli::ProgressDisplay wide(err, "fetch", 200, clock.function());
  CHECK(wide.line(update, 0ms) ==
        "fetch input 1/2 [##########..........] 50% 1,500 records " + update.detail);
}

TEST_CASE("progress: absent when stderr is not a terminal", "[cli][progress]") {
  const cli::Invocation invocation;
  std::ostringstream out;
  std::ostringstream err;
  const cli::Context context{invocation, out, err, nullptr};
  CHECK(cli::progress_display(context, "ingest") == nullptr);
  test::TempDir dir;
  const auto result =
      run_cli({"--db", dir.file("s.db"), "ingest", fixture("bluesky/repost-english.json")});
  CHECK(result.code == 0);
  CHECK(result.err.find('\r') == std::string::npos);
  CHECK(cli::grouped(6883665) == "6,883,665");
  CHECK(cli::grouped(-1234) == "-1,234");
  CHECK(cli::grouped(999) == "999");
}

TEST_CASE("progress: a stage without counts shows the time taken", "[cli][progress]") {
  std::ostringstream err;
  ManualClock clock;
  const cli::ProgressDisplay display(err, "influencers", 80, clock.function());
  cli::ProgressUpdate update;
  update.step = "ranking 12 accounts";
  CHECK(display.line(update, 3500ms) == "influencers ranking 12 accounts 0:03");
  CHECK(display.line(update, 3725s) == "influencers ranking 12 accounts 1:02:05");
  // Without a display (not a terminal) a ticker does nothing.
  cli::ProgressTicker ticker(nullptr);
  ticker.stage("loading");
  ticker.stop();
  CHECK(err.str().empty());
}
