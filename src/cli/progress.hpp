// SPDX-License-Identifier: Apache-2.0
// Progress of long runs on stderr (docs/output.md "Progress"): one line redrawn in place, a
// counter with its rate, and a bar with ETA when the share done is known. Drawn only when stderr
// is a terminal, never with -q or --no-progress, and only once a run has taken a second.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

namespace sociometer::cli {

struct Context;

// Where a run stands at one moment.
struct ProgressUpdate {
  std::int64_t done = 0;          // units so far (records, statuses)
  std::string unit;               // "records", "statuses"; none: the time taken is shown
  std::optional<double> fraction; // share of the whole done (0..1), when known: a bar and ETA
  std::string step;               // e.g. "input 2/5"
  std::string detail;             // e.g. the current input's name (cut first when short of room)
};

// Renders updates as one line on a terminal. The clock and width are injected, so that the
// output for a sequence of updates is tested as a unit.
class ProgressDisplay {
public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  // `label` starts every line ("ingest"); `width` is the terminal's width in columns.
  ProgressDisplay(std::ostream &out, std::string label, int width, Clock clock);
  ~ProgressDisplay();
  ProgressDisplay(const ProgressDisplay &) = delete;
  ProgressDisplay &operator=(const ProgressDisplay &) = delete;

  // Redraws the line with `update`: not before a second has passed since construction, and at
  // most every tenth of a second.
  void update(const ProgressUpdate &update);
  // Erases the line (if one was drawn), so that what follows on stderr starts clean.
  void finish();

  // The text of the line for `update` after `elapsed`, at most `width - 1` columns.
  [[nodiscard]] std::string line(const ProgressUpdate &update,
                                 std::chrono::steady_clock::duration elapsed) const;

private:
  std::ostream &m_out;
  std::string m_label;
  int m_width;
  Clock m_clock;
  std::chrono::steady_clock::time_point m_start;
  std::optional<std::chrono::steady_clock::time_point> m_drawn_at;
};

// For work that reports no counts while it runs (an analysis loading posts, ranking): the
// current stage and the time taken so far, redrawn by a thread of its own.
class ProgressTicker {
public:
  // No display: the ticker does nothing.
  explicit ProgressTicker(std::unique_ptr<ProgressDisplay> display);
  ~ProgressTicker();
  ProgressTicker(const ProgressTicker &) = delete;
  ProgressTicker &operator=(const ProgressTicker &) = delete;

  // The stage now running, e.g. "loading posts".
  void stage(const std::string &name);
  // Stops the thread and erases the line (before the command prints anything).
  void stop();

private:
  struct State;
  std::unique_ptr<State> m_state;
};

// A display for `context`'s stderr when progress is wanted there: stderr is this process's
// stderr, a terminal, and neither -q nor --no-progress was given; none otherwise.
[[nodiscard]] std::unique_ptr<ProgressDisplay> progress_display(const Context &context,
                                                                const std::string &label);

// progress_display(context, label) in a ticker.
[[nodiscard]] std::unique_ptr<ProgressTicker> progress_ticker(const Context &context,
                                                              const std::string &label);

// `value` with thousands separators (12,345).
[[nodiscard]] std::string grouped(std::int64_t value);

} // namespace sociometer::cli
