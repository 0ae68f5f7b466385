// SPDX-License-Identifier: Apache-2.0
#include "progress.hpp"

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <sys/ioctl.h>
#include <thread>
#include <unistd.h>

#include "common.hpp"

namespace sociometer::cli {
namespace {

using std::chrono::duration_cast;
using std::chrono::milliseconds;

constexpr auto k_quiet_start = std::chrono::seconds(1); // runs shorter than this show nothing
constexpr auto k_redraw_every = milliseconds(100);
constexpr int k_bar_width = 20;

std::string clock_text(std::int64_t seconds) {
  char text[32];
  if (seconds >= 3600) {
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", static_cast<long long>(seconds / 3600),
                  static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60));
  } else {
    std::snprintf(text, sizeof text, "%lld:%02lld", static_cast<long long>(seconds / 60),
                  static_cast<long long>(seconds % 60));
  }
  return text;
}

std::string bar(double fraction) {
  const auto filled = static_cast<int>(std::lround(fraction * k_bar_width));
  return "[" + std::string(static_cast<std::size_t>(filled), '#') +
         std::string(static_cast<std::size_t>(k_bar_width - filled), '.') + "]";
}

// Columns a line of ASCII and UTF-8 text takes (one per code point: names may hold any script,
// and the line is cut conservatively).
std::size_t columns(const std::string &text) {
  std::size_t count = 0;
  for (const char c : text) {
    count += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
  }
  return count;
}

std::string cut_to_columns(const std::string &text, std::size_t width) {
  std::string cut;
  std::size_t used = 0;
  for (const char c : text) {
    const bool starts = (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
    if (starts && used == width) {
      break;
    }
    used += starts ? 1 : 0;
    cut += c;
  }
  return cut;
}

int terminal_width() {
  winsize size{};
  if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  return 80;
}

} // namespace

std::string grouped(std::int64_t value) {
  auto digits = std::to_string(value < 0 ? -value : value);
  for (auto at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3) {
    digits.insert(static_cast<std::size_t>(at), ",");
  }
  return value < 0 ? "-" + digits : digits;
}

ProgressDisplay::ProgressDisplay(std::ostream &out, std::string label, int width, Clock clock)
    : m_out(out), m_label(std::move(label)), m_width(width), m_clock(std::move(clock)),
      m_start(m_clock()) {}

ProgressDisplay::~ProgressDisplay() { finish(); }

std::string ProgressDisplay::line(const ProgressUpdate &update,
                                  std::chrono::steady_clock::duration elapsed) const {
  const auto seconds = duration_cast<milliseconds>(elapsed).count() / 1000.0;
  std::string text = m_label;
  if (!update.step.empty()) {
    text += " " + update.step;
  }
  if (update.fraction) {
    const double fraction = std::clamp(*update.fraction, 0.0, 1.0);
    text += " " + bar(fraction) + " " + std::to_string(std::lround(fraction * 100)) + "%";
  }
  if (update.unit.empty()) {
    text += " " + clock_text(static_cast<std::int64_t>(seconds));
  } else {
    text += " " + grouped(update.done) + " " + update.unit;
  }
  if (seconds > 0 && !update.unit.empty()) {
    text += " " + grouped(std::llround(static_cast<double>(update.done) / seconds)) + "/s";
  }
  if (seconds > 0 && update.fraction && *update.fraction > 0 && *update.fraction < 1) {
    const double left = seconds * (1 - *update.fraction) / *update.fraction;
    text += " ETA " + clock_text(std::llround(left));
  }
  const auto room = static_cast<std::size_t>(std::max(m_width - 1, 1));
  if (!update.detail.empty() && columns(text) + 1 < room) {
    text += " " + cut_to_columns(update.detail, room - columns(text) - 1);
  }
  return cut_to_columns(text, room);
}

void ProgressDisplay::update(const ProgressUpdate &update) {
  const auto now = m_clock();
  if (now - m_start < k_quiet_start || (m_drawn_at && now - *m_drawn_at < k_redraw_every)) {
    return;
  }
  m_drawn_at = now;
  m_out << '\r' << line(update, now - m_start) << "\x1b[K" << std::flush;
}

void ProgressDisplay::finish() {
  if (m_drawn_at) {
    m_out << "\r\x1b[K" << std::flush;
    m_drawn_at.reset();
  }
}

struct ProgressTicker::State {
  std::unique_ptr<ProgressDisplay> display;
  std::mutex mutex;
  std::condition_variable wake;
  std::string stage;
  bool stopping = false;
  std::thread thread;

  // Waits a tenth of a second, or until stop(); true when stopping.
  bool wait_stopped(std::unique_lock<std::mutex> &lock) {
    return wake.wait_for(lock, k_redraw_every, [this] { return stopping; });
  }
};

ProgressTicker::ProgressTicker(std::unique_ptr<ProgressDisplay> display)
    : m_state(std::make_unique<State>()) {
  if (!display) {
    return;
  }
  m_state->display = std::move(display);
  m_state->thread = std::thread([state = m_state.get()] {
    std::unique_lock lock(state->mutex);
    while (!state->wait_stopped(lock)) {
      ProgressUpdate update;
      update.step = state->stage;
      state->display->update(update);
    }
  });
}

ProgressTicker::~ProgressTicker() { stop(); }

void ProgressTicker::stage(const std::string &name) {
  const std::lock_guard lock(m_state->mutex);
  m_state->stage = name;
}

void ProgressTicker::stop() {
  {
    const std::lock_guard lock(m_state->mutex);
    m_state->stopping = true;
  }
  m_state->wake.notify_all();
  if (m_state->thread.joinable()) {
    m_state->thread.join();
  }
  if (m_state->display) {
    m_state->display->finish();
  }
}

std::unique_ptr<ProgressTicker> progress_ticker(const Context &context, const std::string &label) {
  return std::make_unique<ProgressTicker>(progress_display(context, label));
}

std::unique_ptr<ProgressDisplay> progress_display(const Context &context,
                                                  const std::string &label) {
  if (!context.invocation.progress || context.err.rdbuf() != std::cerr.rdbuf() ||
      ::isatty(STDERR_FILENO) == 0) {
    return nullptr;
  }
  return std::make_unique<ProgressDisplay>(context.err, label, terminal_width(),
                                           [] { return std::chrono::steady_clock::now(); });
}

} // namespace sociometer::cli
