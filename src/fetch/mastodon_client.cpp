// SPDX-License-Identifier: Apache-2.0
#include "sociometer/fetch/mastodon_client.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

#include "sociometer/error.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::fetch {
namespace {

// A message for a response the caller cannot use.
[[noreturn]] void refuse(const net::HttpResponse &response, const std::string &shown_url) {
  const auto detail = error_detail(response);
  if (response.status == 401 || response.status == 403) {
    throw Error(ErrorKind::network,
                shown_url + ": HTTP " + std::to_string(response.status) + detail,
                "this server needs a token for it: set SOCIOMETER_MASTODON_TOKEN");
  }
  throw Error(ErrorKind::network, shown_url + ": HTTP " + std::to_string(response.status) + detail);
}

} // namespace

std::string link_url(const std::string &link_header, const std::string &rel) {
  // <https://host/api/v1/...?max_id=1>; rel="next", <https://...?min_id=9>; rel="prev"
  std::size_t pos = 0;
  while ((pos = link_header.find('<', pos)) != std::string::npos) {
    const auto close = link_header.find('>', pos);
    if (close == std::string::npos) {
      return {};
    }
    auto url = link_header.substr(pos + 1, close - pos - 1);
    const auto next_entry = link_header.find('<', close);
    const auto params = link_header.substr(
        close + 1, next_entry == std::string::npos ? std::string::npos : next_entry - close - 1);
    if (params.find("rel=\"" + rel + "\"") != std::string::npos ||
        params.find("rel=" + rel) != std::string::npos) {
      return url;
    }
    pos = close;
  }
  return {};
}

std::string normalise_instance(const std::string &url) {
  return normalise_server(url, "--instance");
}

MastodonClient::MastodonClient(net::HttpClient &http, std::string instance, std::string token)
    : m_http(http), m_instance(std::move(instance)), m_token(std::move(token)) {}

net::HttpResponse MastodonClient::get(const std::string &url) {
  return get_json(m_http, url, m_token);
}

MastodonAccount MastodonClient::lookup_account(const std::string &acct) {
  const auto url = m_instance + "/api/v1/accounts/lookup?acct=" + url_encode(acct);
  const auto response = get(url);
  if (response.status == 404) {
    throw Error(ErrorKind::input, m_instance + " has no account @" + acct,
                "check the handle; for a remote account give user@their.server");
  }
  if (response.status != 200) {
    refuse(response, net::redact_url(url));
  }
  try {
    const auto account = nlohmann::json::parse(response.body);
    if (!account.is_object() || !account.contains("id") || !account["id"].is_string()) {
      throw Error(ErrorKind::network, net::redact_url(url) + ": not a Mastodon account object");
    }
    return {account["id"].get<std::string>(), response.body};
  } catch (const nlohmann::json::exception &error) {
    throw Error(ErrorKind::network,
                net::redact_url(url) + ": not JSON (" + std::string(error.what()) + ")");
  }
}

Profile MastodonClient::profile(const std::string &acct) {
  const auto account = nlohmann::json::parse(lookup_account(acct).json);
  const auto count = [&](const char *key) -> std::optional<std::int64_t> {
    return account.contains(key) && account[key].is_number_integer()
               ? std::optional(account[key].get<std::int64_t>())
               : std::nullopt;
  };
  Profile profile;
  // As ingest names Mastodon accounts: `user@host`, lower case.
  auto name = account.value("acct", acct);
  if (name.find('@') == std::string::npos) {
    auto host = m_instance.substr(m_instance.find("://") + 3);
    name += "@" + host.substr(0, host.find(':'));
  }
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  profile.native_id = name;
  profile.handle = name;
  profile.display_name = account.value("display_name", std::string());
  profile.followers = count("followers_count");
  profile.following = count("following_count");
  profile.posts = count("statuses_count");
  return profile;
}

FetchedPage MastodonClient::first_page(const std::string &account_id, const std::string &tag,
                                       const std::string &max_id, const std::string &min_id) {
  std::string url = m_instance + (account_id.empty()
                                      ? "/api/v1/timelines/tag/" + url_encode(tag)
                                      : "/api/v1/accounts/" + url_encode(account_id) + "/statuses");
  url += "?limit=" + std::to_string(k_page_size);
  if (!max_id.empty()) {
    url += "&max_id=" + url_encode(max_id);
  } else if (!min_id.empty()) {
    url += "&min_id=" + url_encode(min_id);
  }
  return page(url);
}

FetchedPage MastodonClient::page(const std::string &url) {
  FetchedPage result;
  result.url = net::redact_url(url);
  const auto response = get(url);
  if (response.status != 200) {
    refuse(response, result.url);
  }
  nlohmann::json statuses;
  try {
    statuses = nlohmann::json::parse(response.body);
  } catch (const nlohmann::json::exception &error) {
    throw Error(ErrorKind::network, result.url + ": the page is not JSON (" +
                                        std::string(error.what()) + "); nothing of it was stored");
  }
  if (!statuses.is_array()) {
    throw Error(ErrorKind::network, result.url + ": expected a JSON array of statuses");
  }
  for (const auto &status : statuses) {
    if (!status.is_object() || !status.contains("id") || !status["id"].is_string()) {
      throw Error(ErrorKind::network, result.url + ": a status without an id");
    }
    ItemStub stub;
    stub.id = status["id"].get<std::string>();
    if (status.contains("created_at") && status["created_at"].is_string()) {
      stub.created_at = util::parse_iso8601(status["created_at"].get<std::string>());
    }
    result.items.push_back(std::move(stub));
  }
  result.body = response.body;
  // Only links back to the same server are followed: the token must not travel elsewhere.
  const auto same_server = [&](const std::string &link) {
    return link.rfind(m_instance + "/", 0) == 0 ? link : std::string();
  };
  const auto links = response.header("link");
  result.older = same_server(link_url(links, "next"));
  result.newer = same_server(link_url(links, "prev"));
  return result;
}

} // namespace sociometer::fetch
