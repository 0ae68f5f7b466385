// SPDX-License-Identifier: Apache-2.0
#include "sociometer/fetch/paging.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

#include "sociometer/error.hpp"

namespace sociometer::fetch {

int compare_ids(const std::string &a, const std::string &b) noexcept {
  if (a.size() != b.size()) {
    return a.size() < b.size() ? -1 : 1;
  }
  return a.compare(b) < 0 ? -1 : (a == b ? 0 : 1);
}

net::HttpResponse get_json(net::HttpClient &http, const std::string &url,
                           const std::string &token) {
  net::HttpRequest request{url, {{"Accept", "application/json", false}}};
  if (!token.empty()) {
    request.headers.push_back({"Authorization", "Bearer " + token, true});
  }
  return http.get(request);
}

std::string url_encode(const std::string &text) {
  static constexpr char k_hex[] = "0123456789ABCDEF";
  std::string encoded;
  for (const unsigned char c : text) {
    if (std::isalnum(c) != 0 || c == '-' || c == '_' || c == '.' || c == '~') {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += k_hex[c >> 4];
      encoded += k_hex[c & 15];
    }
  }
  return encoded;
}

std::string normalise_server(const std::string &url, const std::string &option) {
  std::string text = url.find("://") == std::string::npos ? "https://" + url : url;
  const auto scheme_end = text.find("://");
  const auto scheme = text.substr(0, scheme_end);
  auto host = text.substr(scheme_end + 3);
  while (!host.empty() && host.back() == '/') {
    host.pop_back();
  }
  const auto colon = host.find(':');
  const bool bad_port = colon != std::string::npos &&
                        (colon + 1 == host.size() ||
                         host.find_first_not_of("0123456789", colon + 1) != std::string::npos);
  if ((scheme != "https" && scheme != "http") || host.empty() || colon == 0 || bad_port ||
      host.find_first_of("/?#@ ") != std::string::npos) {
    throw Error(ErrorKind::usage, option + " '" + url + "': expected https://HOST");
  }
  std::string lowered = host;
  std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return scheme + "://" + lowered;
}

std::string error_detail(const net::HttpResponse &response) {
  std::string detail;
  try {
    const auto body = nlohmann::json::parse(response.body);
    for (const char *key : {"error", "message"}) {
      if (body.is_object() && body.contains(key) && body[key].is_string()) {
        detail += ": " + body[key].get<std::string>();
      }
    }
  } catch (const nlohmann::json::exception &) { // NOLINT(bugprone-empty-catch): no JSON detail
  }
  return detail;
}

} // namespace sociometer::fetch
