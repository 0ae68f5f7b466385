// SPDX-License-Identifier: Apache-2.0
// The one HTTP client (the only code that knows libcurl): GET with connect and total timeouts,
// retries with exponential backoff and jitter on network errors and 5xx, waits for rate limits
// (Retry-After and the platforms' rate-limit headers) that it announces with their reason and
// end, compressed responses, proxies from the environment, TLS verification always on.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sociometer/model/vocabulary.hpp"

namespace sociometer::net {

// One request header. A secret one (a token) is sent and never shown anywhere.
struct Header {
  std::string name;
  std::string value;
  bool secret = false;
};

struct HttpRequest {
  std::string url;
  std::vector<Header> headers;
};

struct HttpResponse {
  long status = 0;
  // Header names in lower case; a repeated header keeps its last value.
  std::map<std::string, std::string> headers;
  std::string body;
  std::string url; // after redirects

  // The header's value, or empty.
  [[nodiscard]] std::string header(const std::string &lower_case_name) const;
};

// Limits of one client. The defaults never hang a cron job: a silent server costs at most
// request_budget (80 s) per request.
struct HttpPolicy {
  std::chrono::milliseconds connect_timeout{10'000};
  std::chrono::milliseconds total_timeout{60'000}; // per attempt, body included
  // All attempts of one request with the backoff between them (not rate-limit waits, which have
  // their own bound): no attempt starts or runs past it.
  std::chrono::milliseconds request_budget{80'000};
  int max_attempts = 4;                          // for network errors and 5xx
  std::chrono::milliseconds base_backoff{1'000}; // doubled per retry, ±50 % jitter
  std::chrono::milliseconds max_backoff{60'000};
  // A rate-limit wait longer than this ends the run with an error instead of sleeping.
  std::chrono::seconds max_rate_limit_wait{900};
  int max_rate_limit_waits = 10; // per request
  std::size_t max_body_bytes = std::size_t{64} << 20;
};

// What the client tells the user while it works (the caller logs it).
class HttpObserver {
public:
  virtual ~HttpObserver() = default;
  // It is about to sleep until `until`; `reason` says why ("rate limit: ...", "HTTP 503, retry
  // 2 of 4"). Shown at the default verbosity.
  virtual void waiting(const std::string &reason, TimePoint until) = 0;
  // One finished attempt: the redacted URL, its status (0 = no response) and how long it took.
  virtual void attempted(const std::string &redacted_url, long status,
                         std::chrono::milliseconds elapsed) = 0;
};

class HttpClient {
public:
  // `stop_requested` is polled while waiting and transferring; when it returns true the request
  // ends with Error(interrupted).
  explicit HttpClient(HttpPolicy policy = {}, HttpObserver *observer = nullptr,
                      std::function<bool()> stop_requested = {});
  ~HttpClient();
  HttpClient(const HttpClient &) = delete;
  HttpClient &operator=(const HttpClient &) = delete;

  // GET `request.url`. Returns the first response that is not retried: 2xx, 3xx left after
  // redirects, and 4xx other than 429 (the caller decides what a 401 or 404 means). Throws
  // Error(network) naming the redacted URL when the retries are spent, a rate-limit wait would be
  // too long, the body exceeds max_body_bytes or TLS fails; Error(interrupted) on a stop.
  [[nodiscard]] HttpResponse get(const HttpRequest &request);

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

// `url` fit to show: query values of token-like parameters and any user:password replaced by
// `***`.
[[nodiscard]] std::string redact_url(std::string_view url);

// "sociometer/VERSION (+https://github.com/sociometer/sociometer)" plus libcurl's version.
[[nodiscard]] std::string user_agent();

// When the server asks to wait before the next request, from the response's headers at `now`:
// Retry-After (seconds or an HTTP date) on 429/503; on 429 or when the remaining quota is 0, the
// reset time of X (`x-rate-limit-reset`, epoch seconds), Mastodon (`x-ratelimit-reset`, ISO 8601)
// or Bluesky (`ratelimit-reset`, epoch seconds, or seconds from now when small). `reason` gets
// the header that said so.
struct RateLimitWait {
  TimePoint until{};
  std::string reason;
};
[[nodiscard]] std::optional<RateLimitWait> rate_limit_wait(const HttpResponse &response,
                                                           TimePoint now);

} // namespace sociometer::net
