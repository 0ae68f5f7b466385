// SPDX-License-Identifier: Apache-2.0
// What the platform stand-ins of the fetch tests (mastodon_standin.hpp, bluesky_standin.hpp,
// x_standin.hpp) share: the item count, the request log and the misbehaviour switches, and how a
// page request obeys them. Each stand-in says how its platform words a 429, a 500 and a broken
// page.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "loopback_server.hpp"

namespace sociometer::test {

class StandIn {
public:
  StandIn(const StandIn &) = delete;
  StandIn &operator=(const StandIn &) = delete;
  virtual ~StandIn() = default;

  // "http://127.0.0.1:PORT"
  [[nodiscard]] virtual std::string url() const = 0;
  // The arguments after `fetch` that name this stand-in's usual source, e.g.
  // {"mastodon", "--instance", URL, "--account", "@org"}.
  [[nodiscard]] virtual std::vector<std::string> source_args() const = 0;

  // Adds items N+1 .. N+more (new since the last run).
  void publish(int more) { m_count += more; }

  // The switches, obeyed by page requests in this order: every one waits `silent_ms` before
  // answering; the next `cut_next` get a body cut off mid-way (the connection dropped); the next
  // one answers 429 (`rate_limit_next`, reset or Retry-After one second ahead), or 500
  // (`fail_next`); the `garbage_next`-th next one (1: the next) gets a page that is not JSON.
  std::atomic<int> silent_ms{0};
  std::atomic<int> cut_next{0};
  std::atomic<int> rate_limit_next{0};
  std::atomic<int> fail_next{0};
  std::atomic<int> garbage_next{0};

  // Every request's path and query (parameters in name order), and the Authorization headers seen.
  [[nodiscard]] std::vector<std::string> requests() const { return m_log.requests(); }
  [[nodiscard]] std::set<std::string> authorizations() const { return m_log.authorizations(); }

protected:
  // How the platform answers when a switch is on.
  struct Answers {
    std::function<void(httplib::Response &)> rate_limited; // sets the 429 and its headers
    std::string server_error_body;                         // of the 500 (may be empty)
    std::string broken_page;                               // a page cut short, not JSON
  };

  // `unlogged`: query parameters left out of the request log.
  StandIn(int item_count, Answers answers, std::set<std::string> unlogged = {})
      : m_count(item_count), m_answers(std::move(answers)), m_log(std::move(unlogged)) {}

  [[nodiscard]] int count() const { return m_count; }
  void record(const httplib::Request &request) { m_log.record(request); }

  // Records a page request and answers it as the switches say: true when it did so, and the
  // page is not to be served.
  bool misbehaved(const httplib::Request &request, httplib::Response &response) {
    record(request);
    if (const int wait = silent_ms; wait > 0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(wait));
    }
    if (cut_next > 0) {
      --cut_next;
      cut_mid_body(response);
      return true;
    }
    if (rate_limit_next.exchange(0) != 0) {
      response.status = 429;
      m_answers.rate_limited(response);
      return true;
    }
    if (fail_next.exchange(0) != 0) {
      response.status = 500;
      if (!m_answers.server_error_body.empty()) {
        response.set_content(m_answers.server_error_body, "application/json");
      }
      return true;
    }
    if (garbage_next > 0 && --garbage_next == 0) {
      response.set_content(m_answers.broken_page, "application/json");
      return true;
    }
    return false;
  }

  // Seconds since the epoch one second from now: when a 429 says the limit resets.
  static std::int64_t one_second_ahead() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
               .count() +
           1;
  }

private:
  std::atomic<int> m_count;
  Answers m_answers;
  RequestLog m_log;
};

} // namespace sociometer::test
