// SPDX-License-Identifier: Apache-2.0
// An HTTP server on 127.0.0.1 and a free port for the duration of a test (cpp-httplib), for the
// net/ and fetch tests: no test touches the internet.
#pragma once

#include <httplib.h>

#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace sociometer::test {

class LoopbackServer {
public:
  // Register handlers on server() before start().
  httplib::Server &server() { return m_server; }

  void start() {
    m_port = m_server.bind_to_any_port("127.0.0.1");
    if (m_port <= 0) {
      throw std::runtime_error("loopback server: cannot bind 127.0.0.1");
    }
    m_thread = std::thread([this] { m_server.listen_after_bind(); });
    while (!m_server.is_running()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }

  // "http://127.0.0.1:PORT"
  [[nodiscard]] std::string base_url() const {
    return "http://127.0.0.1:" + std::to_string(m_port);
  }

  LoopbackServer() = default;
  LoopbackServer(const LoopbackServer &) = delete;
  LoopbackServer &operator=(const LoopbackServer &) = delete;
  ~LoopbackServer() {
    m_server.stop();
    if (m_thread.joinable()) {
      m_thread.join();
    }
  }

private:
  httplib::Server m_server;
  std::thread m_thread;
  int m_port = 0;
};

// Answers with a body that promises 1,000 bytes, sends 10 and drops the connection.
inline void cut_mid_body(httplib::Response &response) {
  response.set_content_provider(1000, "application/json",
                                [](std::size_t offset, std::size_t, httplib::DataSink &sink) {
                                  if (offset == 0) {
                                    sink.write("[{\"id\":\"1\"", 10);
                                    return true;
                                  }
                                  return false;
                                });
}

// What a stand-in server was asked: every request's path and query (parameters in name order),
// and the Authorization headers seen. Thread-safe: handlers run on the server's threads.
class RequestLog {
public:
  // `unlogged`: parameters left out (those a test checks once, not in every request it lists).
  explicit RequestLog(std::set<std::string> unlogged = {}) : m_unlogged(std::move(unlogged)) {}

  void record(const httplib::Request &request) {
    const std::lock_guard lock(m_mutex);
    std::string query;
    for (const auto &[name, value] : request.params) {
      if (m_unlogged.count(name) != 0) {
        continue;
      }
      query += (query.empty() ? "?" : "&") + name + "=" + value;
    }
    m_requests.push_back(request.path + query);
    if (request.has_header("Authorization")) {
      m_authorizations.insert(request.get_header_value("Authorization"));
    }
  }
  [[nodiscard]] std::vector<std::string> requests() const {
    const std::lock_guard lock(m_mutex);
    return m_requests;
  }
  [[nodiscard]] std::set<std::string> authorizations() const {
    const std::lock_guard lock(m_mutex);
    return m_authorizations;
  }

private:
  const std::set<std::string> m_unlogged;
  mutable std::mutex m_mutex;
  std::vector<std::string> m_requests;
  std::set<std::string> m_authorizations;
};

} // namespace sociometer::test
