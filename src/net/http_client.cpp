// SPDX-License-Identifier: Apache-2.0
#include "sociometer/net/http_client.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <mutex>
#include <random>
#include <thread>

#include "sociometer/error.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::net {
namespace {

using std::chrono::milliseconds;

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    return {};
  }
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

TimePoint now() {
  return std::chrono::time_point_cast<milliseconds>(std::chrono::system_clock::now());
}

// curl_global_init is not thread-safe: once per process, before the first handle.
void init_curl_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
      throw Error(ErrorKind::internal, "libcurl could not be initialised");
    }
  });
}

// An integer made only of digits (a Retry-After in seconds, an epoch reset), else nothing.
std::optional<std::int64_t> digits(const std::string &text) {
  if (text.empty() || text.size() > 15 ||
      !std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); })) {
    return std::nullopt;
  }
  return std::stoll(text);
}

// Errors a later attempt can cure: the network or the server, not the request or TLS.
bool transient(CURLcode code) {
  switch (code) {
  case CURLE_COULDNT_RESOLVE_PROXY:
  case CURLE_COULDNT_RESOLVE_HOST:
  case CURLE_COULDNT_CONNECT:
  case CURLE_OPERATION_TIMEDOUT:
  case CURLE_PARTIAL_FILE:
  case CURLE_GOT_NOTHING:
  case CURLE_SEND_ERROR:
  case CURLE_RECV_ERROR:
  case CURLE_HTTP2:
  case CURLE_HTTP2_STREAM:
  case CURLE_BAD_CONTENT_ENCODING:
    return true;
  default:
    return false;
  }
}

// "80 s", "1.5 s"
std::string seconds_text(milliseconds duration) {
  const auto ms = duration.count();
  auto text = std::to_string(ms / 1000);
  if (ms % 1000 != 0) {
    auto fraction = std::to_string(1000 + ms % 1000).substr(1);
    fraction.erase(fraction.find_last_not_of('0') + 1);
    text += "." + fraction;
  }
  return text + " s";
}

// One transfer's state, shared with libcurl's callbacks.
struct Transfer {
  HttpResponse response;
  std::size_t max_body = 0;
  bool body_too_large = false;
  const std::function<bool()> *stop_requested = nullptr;
  bool stopped = false;
};

std::size_t on_body(char *data, std::size_t size, std::size_t count, void *user) {
  auto &transfer = *static_cast<Transfer *>(user);
  const auto bytes = size * count;
  if (transfer.response.body.size() + bytes > transfer.max_body) {
    transfer.body_too_large = true;
    return 0; // aborts the transfer with CURLE_WRITE_ERROR
  }
  transfer.response.body.append(data, bytes);
  return bytes;
}

std::size_t on_header(char *data, std::size_t size, std::size_t count, void *user) {
  auto &transfer = *static_cast<Transfer *>(user);
  const auto bytes = size * count;
  const std::string_view line(data, bytes);
  if (line.rfind("HTTP/", 0) == 0) {
    transfer.response.headers.clear(); // a new response (after a redirect or a 100 Continue)
  } else if (const auto colon = line.find(':'); colon != std::string_view::npos) {
    transfer.response.headers[lower(trim(line.substr(0, colon)))] = trim(line.substr(colon + 1));
  }
  return bytes;
}

int on_progress(void *user, curl_off_t /*total_down*/, curl_off_t /*down*/, curl_off_t /*total_up*/,
                curl_off_t /*up*/) {
  auto &transfer = *static_cast<Transfer *>(user);
  if (transfer.stop_requested != nullptr && *transfer.stop_requested &&
      (*transfer.stop_requested)()) {
    transfer.stopped = true;
    return 1; // aborts with CURLE_ABORTED_BY_CALLBACK
  }
  return 0;
}

// RAII for the request's header list.
struct HeaderList {
  curl_slist *list = nullptr;
  HeaderList() = default;
  HeaderList(const HeaderList &) = delete;
  HeaderList &operator=(const HeaderList &) = delete;
  ~HeaderList() { curl_slist_free_all(list); }
  void add(const std::string &line) {
    auto *next = curl_slist_append(list, line.c_str());
    if (next == nullptr) {
      throw Error(ErrorKind::internal, "out of memory building HTTP headers");
    }
    list = next;
  }
};

} // namespace

std::string HttpResponse::header(const std::string &lower_case_name) const {
  const auto found = headers.find(lower_case_name);
  return found == headers.end() ? std::string() : found->second;
}

std::string redact_url(std::string_view url) {
  std::string result(url);
  // user:password@host
  if (const auto scheme = result.find("://"); scheme != std::string::npos) {
    const auto authority_end = result.find_first_of("/?#", scheme + 3);
    const auto at =
        result.rfind('@', authority_end == std::string::npos ? result.size() : authority_end);
    if (at != std::string::npos && at > scheme + 3) {
      result.replace(scheme + 3, at - (scheme + 3), "***");
    }
  }
  const auto query = result.find('?');
  if (query == std::string::npos) {
    return result;
  }
  static constexpr std::array<std::string_view, 8> k_secret_words{
      "token", "key", "secret", "password", "auth", "sig", "session", "code"};
  std::string redacted = result.substr(0, query + 1);
  std::size_t start = query + 1;
  while (start <= result.size()) {
    auto end = result.find_first_of("&#", start);
    if (end == std::string::npos) {
      end = result.size();
    }
    const auto pair = result.substr(start, end - start);
    const auto equals = pair.find('=');
    const auto name = lower(pair.substr(0, equals));
    const bool secret =
        std::any_of(k_secret_words.begin(), k_secret_words.end(),
                    [&](std::string_view word) { return name.find(word) != std::string::npos; });
    redacted += secret && equals != std::string::npos ? pair.substr(0, equals + 1) + "***" : pair;
    if (end >= result.size()) {
      break;
    }
    if (result[end] == '#') {
      redacted += result.substr(end);
      break;
    }
    redacted += '&';
    start = end + 1;
  }
  return redacted;
}

std::string user_agent() {
  init_curl_once();
  return std::string("sociometer/") + SOCIOMETER_VERSION +
         " (+https://github.com/sociometer/sociometer) libcurl/" +
         curl_version_info(CURLVERSION_NOW)->version;
}

std::optional<RateLimitWait> rate_limit_wait(const HttpResponse &response, TimePoint at) {
  const bool limited = response.status == 429;
  if (limited || response.status == 503) {
    if (const auto retry_after = trim(response.header("retry-after")); !retry_after.empty()) {
      if (const auto seconds = digits(retry_after)) {
        return RateLimitWait{at + std::chrono::seconds(*seconds),
                             "HTTP " + std::to_string(response.status) + ", Retry-After " +
                                 retry_after + " s"};
      }
      if (const auto date = curl_getdate(retry_after.c_str(), nullptr); date > 0) {
        return RateLimitWait{TimePoint(std::chrono::seconds(date)),
                             "HTTP " + std::to_string(response.status) + ", Retry-After " +
                                 retry_after};
      }
    }
  }
  // The platforms' quota headers: remaining and reset.
  struct Family {
    const char *remaining;
    const char *reset;
  };
  static constexpr std::array<Family, 3> k_families{{
      {"x-rate-limit-remaining", "x-rate-limit-reset"}, // X: epoch seconds
      {"x-ratelimit-remaining", "x-ratelimit-reset"},   // Mastodon: ISO 8601
      {"ratelimit-remaining", "ratelimit-reset"},       // Bluesky: epoch seconds
  }};
  for (const auto &family : k_families) {
    const auto remaining = trim(response.header(family.remaining));
    const auto reset = trim(response.header(family.reset));
    if (reset.empty() || (!limited && remaining != "0")) {
      continue;
    }
    std::optional<TimePoint> until;
    if (const auto number = digits(reset)) {
      // Epoch seconds, or (the IETF draft's RateLimit-Reset) seconds from now when small.
      until = *number > 1'000'000'000 ? TimePoint(std::chrono::seconds(*number))
                                      : at + std::chrono::seconds(*number);
    } else {
      until = util::parse_iso8601(reset);
    }
    if (until) {
      return RateLimitWait{std::max(*until, at),
                           std::string(limited ? "HTTP 429, " : "quota used up, ") +
                               family.remaining + " " + (remaining.empty() ? "?" : remaining) +
                               ", " + family.reset + " " + reset};
    }
  }
  return std::nullopt;
}

struct HttpClient::Impl {
  HttpPolicy policy;
  HttpObserver *observer = nullptr;
  std::function<bool()> stop_requested;
  CURL *handle = nullptr;
  std::string agent;
  std::mt19937_64 random{std::random_device{}()};
  // The quota of the last response was used up: no request before this.
  std::optional<RateLimitWait> not_before;

  bool stopping() const { return stop_requested && stop_requested(); }

  // Sleeps until `until` in short steps, so a stop request ends it at once.
  void sleep_until(TimePoint until, const std::string &reason, const std::string &shown_url) {
    const auto wait = until - now();
    if (wait > policy.max_rate_limit_wait) {
      throw Error(ErrorKind::network,
                  shown_url + ": the server asks to wait until " + util::format_rfc3339(until) +
                      " (" + reason + "), longer than " +
                      std::to_string(policy.max_rate_limit_wait.count()) + " s",
                  "run again after that time; what was fetched so far is kept");
    }
    if (wait <= milliseconds(0)) {
      return;
    }
    if (observer != nullptr) {
      observer->waiting(reason, until);
    }
    while (now() < until) {
      if (stopping()) {
        throw Error(ErrorKind::interrupted, "interrupted while waiting (" + reason + ")");
      }
      std::this_thread::sleep_for(std::min<milliseconds>(
          milliseconds(200), std::chrono::duration_cast<milliseconds>(until - now())));
    }
  }

  // Exponential backoff with ±50 % jitter for retry number `retry` (1-based).
  milliseconds backoff(int retry) {
    auto delay = policy.base_backoff;
    for (int i = 1; i < retry && delay < policy.max_backoff; ++i) {
      delay *= 2;
    }
    delay = std::min(delay, policy.max_backoff);
    std::uniform_real_distribution<double> jitter(0.5, 1.5);
    return milliseconds(
        static_cast<std::int64_t>(static_cast<double>(delay.count()) * jitter(random)));
  }

  // One attempt. Returns the curl code; the response (if any) in `transfer`.
  // `deadline`: the end of the request's budget; the attempt's timeouts do not reach past it.
  CURLcode perform(const HttpRequest &request, Transfer &transfer, char *error_buffer,
                   TimePoint deadline) {
    const auto left = std::max<milliseconds>(
        milliseconds(1), std::chrono::duration_cast<milliseconds>(deadline - now()));
    curl_easy_reset(handle);
    HeaderList headers;
    for (const auto &header : request.headers) {
      headers.add(header.name + ": " + header.value);
    }
    curl_easy_setopt(handle, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.list);
    curl_easy_setopt(handle, CURLOPT_USERAGENT, agent.c_str());
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, error_buffer);
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(std::min(policy.connect_timeout, left).count()));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS,
                     static_cast<long>(std::min(policy.total_timeout, left).count()));
    curl_easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, ""); // every encoding libcurl decodes
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(handle, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(handle, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl_easy_setopt(handle, CURLOPT_XFERINFODATA, &transfer);
    const auto code = curl_easy_perform(handle);
    if (code == CURLE_OK) {
      curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &transfer.response.status);
      char *effective = nullptr;
      curl_easy_getinfo(handle, CURLINFO_EFFECTIVE_URL, &effective);
      transfer.response.url = effective != nullptr ? effective : request.url;
    }
    return code;
  }

  HttpResponse get(const HttpRequest &request) {
    const auto shown_url = redact_url(request.url);
    if (not_before) {
      const auto wait = *not_before;
      not_before.reset();
      sleep_until(wait.until, "rate limit: " + wait.reason, shown_url);
    }
    int failures = 0;
    int rate_limit_waits = 0;
    auto deadline = now() + policy.request_budget;
    while (true) {
      Transfer transfer;
      transfer.max_body = policy.max_body_bytes;
      transfer.stop_requested = &stop_requested;
      std::array<char, CURL_ERROR_SIZE> error_buffer{};
      const auto started = now();
      const auto code = perform(request, transfer, error_buffer.data(), deadline);
      if (observer != nullptr) {
        observer->attempted(shown_url, code == CURLE_OK ? transfer.response.status : 0,
                            std::chrono::duration_cast<milliseconds>(now() - started));
      }
      if (transfer.stopped) {
        throw Error(ErrorKind::interrupted, "interrupted during a request to " + shown_url);
      }
      if (transfer.body_too_large) {
        throw Error(ErrorKind::network, shown_url + ": response larger than " +
                                            std::to_string(policy.max_body_bytes) + " bytes");
      }
      std::string problem;
      if (code != CURLE_OK) {
        const std::string detail =
            error_buffer[0] != '\0' ? error_buffer.data() : curl_easy_strerror(code);
        if (!transient(code)) {
          throw Error(ErrorKind::network, shown_url + ": " + detail);
        }
        problem = detail;
      } else {
        auto &response = transfer.response;
        if (auto wait = rate_limit_wait(response, now())) {
          if (response.status == 429 || response.status == 503) {
            if (++rate_limit_waits > policy.max_rate_limit_waits) {
              throw Error(ErrorKind::network, shown_url + ": still rate limited after " +
                                                  std::to_string(policy.max_rate_limit_waits) +
                                                  " waits");
            }
            sleep_until(wait->until, "rate limit: " + wait->reason, shown_url);
            deadline = now() + policy.request_budget; // the wait is not the server's slowness
            continue;
          }
          not_before = std::move(wait); // this response is good; the next request waits
        }
        if (response.status < 500 && response.status != 429) {
          return std::move(response);
        }
        problem = "HTTP " + std::to_string(response.status);
      }
      ++failures;
      const auto delay = backoff(failures);
      const bool out_of_time = now() + delay >= deadline;
      if (failures >= policy.max_attempts || out_of_time) {
        throw Error(ErrorKind::network,
                    shown_url + ": " + problem + " (gave up after " + std::to_string(failures) +
                        (failures == 1 ? " attempt" : " attempts") +
                        (out_of_time ? " in " + seconds_text(policy.request_budget) : "") + ")",
                    "the server or the network failed; run again later — what was fetched is kept");
      }
      sleep_until(now() + delay,
                  problem + "; retry " + std::to_string(failures) + " of " +
                      std::to_string(policy.max_attempts - 1),
                  shown_url);
    }
  }
};

HttpClient::HttpClient(HttpPolicy policy, HttpObserver *observer,
                       std::function<bool()> stop_requested)
    : m_impl(std::make_unique<Impl>()) {
  init_curl_once();
  m_impl->policy = policy;
  m_impl->observer = observer;
  m_impl->stop_requested = std::move(stop_requested);
  m_impl->agent = user_agent();
  m_impl->handle = curl_easy_init();
  if (m_impl->handle == nullptr) {
    throw Error(ErrorKind::internal, "libcurl could not create a handle");
  }
}

HttpClient::~HttpClient() {
  if (m_impl && m_impl->handle != nullptr) {
    curl_easy_cleanup(m_impl->handle);
  }
}

HttpResponse HttpClient::get(const HttpRequest &request) { return m_impl->get(request); }

} // namespace sociometer::net
