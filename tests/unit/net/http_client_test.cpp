// SPDX-License-Identifier: Apache-2.0
// The HTTP client against a loopback server that misbehaves on cue.
#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <vector>

#include "loopback_server.hpp"
#include "sociometer/error.hpp"
#include "sociometer/net/http_client.hpp"
#include "sociometer/util/time.hpp"

using namespace sociometer;
using namespace std::chrono;

namespace {

// Remembers what the client announced.
class RecordingObserver : public net::HttpObserver {
public:
  void waiting(const std::string &reason, TimePoint until) override {
    const std::lock_guard lock(m_mutex);
    waits.emplace_back(reason, until);
  }
  void attempted(const std::string &url, long status, milliseconds /*elapsed*/) override {
    const std::lock_guard lock(m_mutex);
    attempts.emplace_back(url, status);
  }
  std::vector<std::pair<std::string, TimePoint>> waits;
  std::vector<std::pair<std::string, long>> attempts;

private:
  std::mutex m_mutex;
};

// Quick retries: the tests check what happens, not how long it takes.
net::HttpPolicy quick_policy() {
  net::HttpPolicy policy;
  policy.base_backoff = milliseconds(5);
  policy.max_backoff = milliseconds(20);
  policy.connect_timeout = milliseconds(2'000);
  policy.total_timeout = milliseconds(5'000);
  return policy;
}

TimePoint now() { return time_point_cast<milliseconds>(system_clock::now()); }

} // namespace

TEST_CASE("HTTP: 500 and 503 are retried with backoff, then the page is returned", "[net][http]") {
  test::LoopbackServer loopback;
  std::atomic<int> calls{0};
  std::string agent;
  loopback.server().Get("/page", [&](const httplib::Request &request, httplib::Response &response) {
    const int call = ++calls;
    agent = request.get_header_value("User-Agent");
    if (call == 1) {
      response.status = 500;
    } else if (call == 2) {
      response.status = 503;
    } else {
      response.set_content("{\"ok\":true}", "application/json");
    }
  });
  loopback.start();
  RecordingObserver observer;
  net::HttpClient client(quick_policy(), &observer);
  const auto response = client.get({loopback.base_url() + "/page", {}});
  CHECK(response.status == 200);
  CHECK(response.body == "{\"ok\":true}");
  CHECK(response.header("content-type") == "application/json");
  CHECK(calls == 3);
  REQUIRE(observer.waits.size() == 2);
  CHECK(observer.waits[0].first == "HTTP 500; retry 1 of 3");
  CHECK(observer.waits[1].first == "HTTP 503; retry 2 of 3");
  CHECK(observer.attempts.size() == 3);
  CHECK(observer.attempts[0].second == 500);
  CHECK_THAT(agent, Catch::StartsWith("sociometer/"));
}

TEST_CASE("HTTP: the retries are bounded and the error names the URL without its token",
          "[net][http]") {
  test::LoopbackServer loopback;
  std::atomic<int> calls{0};
  loopback.server().Get("/down", [&](const httplib::Request &, httplib::Response &response) {
    ++calls;
    response.status = 502;
  });
  loopback.start();
  net::HttpClient client(quick_policy());
  try {
    (void)client.get({loopback.base_url() + "/down?access_token=CANARY&max_id=5", {}});
    FAIL("no error");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::network);
    CHECK(std::string(error.what()) == loopback.base_url() +
                                           "/down?access_token=***&max_id=5: HTTP 502 (gave up "
                                           "after 4 attempts)");
  }
  CHECK(calls == 4);
}

TEST_CASE("HTTP: 4xx other than 429 are the caller's to interpret", "[net][http]") {
  test::LoopbackServer loopback;
  loopback.server().Get("/missing", [](const httplib::Request &, httplib::Response &response) {
    response.status = 404;
    response.set_content("{\"error\":\"Record not found\"}", "application/json");
  });
  loopback.start();
  net::HttpClient client(quick_policy());
  const auto response = client.get({loopback.base_url() + "/missing", {}});
  CHECK(response.status == 404);
  CHECK(response.body == "{\"error\":\"Record not found\"}");
}

TEST_CASE("HTTP: 429 with Retry-After waits, says why and until when, then succeeds",
          "[net][http]") {
  test::LoopbackServer loopback;
  std::atomic<int> calls{0};
  loopback.server().Get("/limited", [&](const httplib::Request &, httplib::Response &response) {
    if (++calls == 1) {
      response.status = 429;
      response.set_header("Retry-After", "1");
      return;
    }
    response.set_content("done", "text/plain");
  });
  loopback.start();
  RecordingObserver observer;
  net::HttpClient client(quick_policy(), &observer);
  const auto before = now();
  const auto response = client.get({loopback.base_url() + "/limited", {}});
  CHECK(response.body == "done");
  REQUIRE(observer.waits.size() == 1);
  CHECK(observer.waits[0].first == "rate limit: HTTP 429, Retry-After 1 s");
  CHECK(observer.waits[0].second >= before + seconds(1));
  CHECK(now() >= observer.waits[0].second); // it did wait
}

TEST_CASE("HTTP: a used-up Mastodon quota makes the next request wait for its reset",
          "[net][http]") {
  test::LoopbackServer loopback;
  const auto reset = time_point_cast<seconds>(system_clock::now()) + seconds(2);
  loopback.server().Get("/statuses", [&](const httplib::Request &, httplib::Response &response) {
    response.set_header("X-RateLimit-Remaining", "0");
    response.set_header("X-RateLimit-Reset", util::format_rfc3339_ms(reset));
    response.set_content("[]", "application/json");
  });
  loopback.start();
  RecordingObserver observer;
  net::HttpClient client(quick_policy(), &observer);
  CHECK(client.get({loopback.base_url() + "/statuses", {}}).body == "[]");
  CHECK(observer.waits.empty()); // the page itself is good
  (void)client.get({loopback.base_url() + "/statuses", {}});
  REQUIRE(!observer.waits.empty());
  CHECK_THAT(observer.waits[0].first,
             Catch::StartsWith("rate limit: quota used up, x-ratelimit-remaining 0, "
                               "x-ratelimit-reset "));
  CHECK(observer.waits[0].second == TimePoint(reset));
}

TEST_CASE("HTTP: a server that never answers ends within the timeouts", "[net][http]") {
  test::LoopbackServer loopback;
  loopback.server().Get("/silent", [](const httplib::Request &, httplib::Response &response) {
    std::this_thread::sleep_for(milliseconds(1'500));
    response.set_content("late", "text/plain");
  });
  loopback.start();
  auto policy = quick_policy();
  policy.total_timeout = milliseconds(200);
  policy.max_attempts = 2;
  net::HttpClient client(policy);
  try {
    (void)client.get({loopback.base_url() + "/silent", {}});
    FAIL("no error");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::network);
    CHECK_THAT(error.what(), Catch::Contains("gave up after 2 attempts"));
    CHECK_THAT(error.what(), Catch::Contains("timed out"));
  }
}

TEST_CASE("HTTP: the request budget ends a silent server before the attempts run out",
          "[net][http]") {
  // With the defaults (4 attempts of 60 s) a silent server cost 4 minutes: more than a cron
  // slot; the budget bounds all attempts of one request together.
  test::LoopbackServer loopback;
  loopback.server().Get("/silent", [](const httplib::Request &, httplib::Response &response) {
    std::this_thread::sleep_for(milliseconds(1'500));
    response.set_content("late", "text/plain");
  });
  loopback.start();
  auto policy = quick_policy();
  policy.request_budget = milliseconds(300);
  CHECK(net::HttpPolicy{}.request_budget <= std::chrono::seconds(80));
  net::HttpClient client(policy);
  try {
    (void)client.get({loopback.base_url() + "/silent", {}});
    FAIL("no error");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::network);
    CHECK_THAT(error.what(), Catch::Contains("timed out"));
    CHECK_THAT(error.what(), Catch::Contains(" in 0.3 s)"));
  }
}

TEST_CASE("HTTP: a connection cut mid-body is retried", "[net][http]") {
  test::LoopbackServer loopback;
  std::atomic<int> calls{0};
  loopback.server().Get("/cut", [&](const httplib::Request &, httplib::Response &response) {
    if (++calls == 1) {
      // Promises 1,000 bytes, sends 10, then drops the connection.
      response.set_content_provider(1000, "application/json",
                                    [](std::size_t offset, std::size_t, httplib::DataSink &sink) {
                                      if (offset == 0) {
                                        sink.write("[{\"id\":\"1\"", 10);
                                        return true;
                                      }
                                      return false;
                                    });
      return;
    }
    response.set_content("[]", "application/json");
  });
  loopback.start();
  RecordingObserver observer;
  net::HttpClient client(quick_policy(), &observer);
  CHECK(client.get({loopback.base_url() + "/cut", {}}).body == "[]");
  CHECK(calls == 2);
  REQUIRE(observer.waits.size() == 1);
  CHECK_THAT(observer.waits[0].first, Catch::EndsWith("; retry 1 of 3"));
}

TEST_CASE("HTTP: compressed responses, and a body over the cap is refused", "[net][http]") {
  test::LoopbackServer loopback;
  const std::string big(200'000, 'a');
  std::string encoding_asked;
  loopback.server().Get("/big", [&](const httplib::Request &request, httplib::Response &response) {
    encoding_asked = request.get_header_value("Accept-Encoding");
    response.set_content(big, "text/plain"); // httplib compresses what the client accepts
  });
  loopback.start();
  net::HttpClient client(quick_policy());
  const auto response = client.get({loopback.base_url() + "/big", {}});
  CHECK_THAT(encoding_asked, Catch::Contains("gzip"));
  const auto encoding = response.header("content-encoding"); // brotli when offered, else gzip
  CHECK((encoding == "br" || encoding == "gzip"));
  CHECK(response.body == big);

  auto policy = quick_policy();
  policy.max_body_bytes = 1000;
  net::HttpClient small(policy);
  CHECK_THROWS_WITH(small.get({loopback.base_url() + "/big", {}}),
                    Catch::EndsWith("/big: response larger than 1000 bytes"));
}

TEST_CASE("HTTP: a stop request ends a rate-limit wait at once", "[net][http]") {
  test::LoopbackServer loopback;
  loopback.server().Get("/wait", [](const httplib::Request &, httplib::Response &response) {
    response.status = 429;
    response.set_header("Retry-After", "60");
  });
  loopback.start();
  std::atomic<bool> stop{false};
  RecordingObserver observer;
  net::HttpClient client(quick_policy(), &observer, [&] { return stop.load(); });
  std::thread stopper([&] {
    std::this_thread::sleep_for(milliseconds(300));
    stop = true;
  });
  try {
    (void)client.get({loopback.base_url() + "/wait", {}});
    FAIL("no error");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::interrupted);
  }
  stopper.join();
  CHECK(observer.waits.size() == 1);
}

TEST_CASE("HTTP: a rate-limit wait longer than the policy allows is an error", "[net][http]") {
  test::LoopbackServer loopback;
  loopback.server().Get("/later", [](const httplib::Request &, httplib::Response &response) {
    response.status = 429;
    response.set_header("x-rate-limit-remaining", "0");
    response.set_header("x-rate-limit-reset", "4102444800"); // 2100-01-01
  });
  loopback.start();
  net::HttpClient client(quick_policy());
  CHECK_THROWS_WITH(client.get({loopback.base_url() + "/later", {}}),
                    Catch::Contains("the server asks to wait until 2100-01-01T00:00:00Z"));
}

TEST_CASE("Rate-limit headers of X, Mastodon and Bluesky, and HTTP dates", "[net][http]") {
  const auto at = TimePoint(seconds(1'700'000'000));
  net::HttpResponse response;
  CHECK_FALSE(net::rate_limit_wait(response, at));
  response.status = 200;
  response.headers = {{"x-rate-limit-remaining", "14"}, {"x-rate-limit-reset", "1700000900"}};
  CHECK_FALSE(net::rate_limit_wait(response, at)); // quota left: no wait
  response.headers["x-rate-limit-remaining"] = "0";
  CHECK(net::rate_limit_wait(response, at)->until == TimePoint(seconds(1'700'000'900)));
  response.headers = {{"ratelimit-remaining", "0"}, {"ratelimit-reset", "30"}};
  CHECK(net::rate_limit_wait(response, at)->until == at + seconds(30)); // seconds from now
  response.status = 503;
  response.headers = {{"retry-after", "Wed, 15 Nov 2023 00:00:00 GMT"}};
  CHECK(util::format_rfc3339(net::rate_limit_wait(response, at)->until) == "2023-11-15T00:00:00Z");
  response.status = 429;
  response.headers = {{"x-ratelimit-remaining", "0"},
                      {"x-ratelimit-reset", "2023-11-14T22:15:00.000Z"}};
  const auto wait = net::rate_limit_wait(response, at);
  CHECK(util::format_rfc3339(wait->until) == "2023-11-14T22:15:00Z");
  CHECK(wait->reason ==
        "HTTP 429, x-ratelimit-remaining 0, x-ratelimit-reset 2023-11-14T22:15:00.000Z");
}

TEST_CASE("URLs are shown without secrets", "[net][http]") {
  CHECK(net::redact_url("https://m.example/api/v1/timelines/tag/x?access_token=abc&limit=40") ==
        "https://m.example/api/v1/timelines/tag/x?access_token=***&limit=40");
  CHECK(net::redact_url("https://user:pw@host.example/path?q=1") ==
        "https://***@host.example/path?q=1");
  CHECK(net::redact_url("https://api.x.com/2/tweets/search/recent?query=a&next_token=T1") ==
        "https://api.x.com/2/tweets/search/recent?query=a&next_token=***");
  CHECK(net::redact_url("http://127.0.0.1:8080/a?api_key=k#frag") ==
        "http://127.0.0.1:8080/a?api_key=***#frag");
  CHECK(net::redact_url("https://bsky.example/xrpc/app.bsky.feed.getAuthorFeed?actor=a&cursor=c") ==
        "https://bsky.example/xrpc/app.bsky.feed.getAuthorFeed?actor=a&cursor=c");
}
