// SPDX-License-Identifier: Apache-2.0
#include "sociometer/fetch/bluesky_client.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

#include "sociometer/error.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::fetch {
namespace {

using nlohmann::json;

std::string text_of(const json &object, const char *key) {
  if (object.is_object() && object.contains(key) && object[key].is_string()) {
    return object[key].get<std::string>();
  }
  return {};
}

std::optional<std::int64_t> count_of(const json &object, const char *key) {
  if (object.contains(key) && object[key].is_number_integer()) {
    return object[key].get<std::int64_t>();
  }
  return std::nullopt;
}

// What an AppView answers for an actor it does not know: 400 InvalidRequest "Profile not found"
// (or "Actor not found"), sometimes 404.
bool unknown_actor(const net::HttpResponse &response) {
  if (response.status != 400 && response.status != 404) {
    return false;
  }
  auto detail = error_detail(response);
  std::transform(detail.begin(), detail.end(), detail.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return detail.find("not found") != std::string::npos ||
         detail.find("could not find") != std::string::npos;
}

[[noreturn]] void refuse(const net::HttpResponse &response, const std::string &shown_url) {
  const auto message =
      shown_url + ": HTTP " + std::to_string(response.status) + error_detail(response);
  if (response.status == 401 || response.status == 403) {
    throw Error(ErrorKind::network, message,
                "this service needs authentication for it: set SOCIOMETER_BLUESKY_TOKEN (or token "
                "under [bluesky] in the tokens file, docs/secrets.md) to an access token (sent as "
                "a Bearer token), or point --service at one that allows it");
  }
  throw Error(ErrorKind::network, message);
}

// The feed item's identity and the time the feed orders it by: a repost is its repost record
// (as the ingest parser keys it), anything else its post.
ItemStub feed_item_stub(const json &item, const std::string &shown_url) {
  static const json k_none;
  const json &post = item.is_object() && item.contains("post") ? item["post"] : k_none;
  const auto uri = text_of(post, "uri");
  if (uri.empty()) {
    throw Error(ErrorKind::network, shown_url + ": a feed item without a post URI");
  }
  ItemStub stub;
  stub.id = uri;
  std::string time = text_of(post, "indexedAt");
  if (item.contains("reason") &&
      text_of(item["reason"], "$type") == "app.bsky.feed.defs#reasonRepost") {
    const auto &reason = item["reason"];
    stub.id = text_of(reason, "uri");
    if (stub.id.empty() && reason.contains("by")) {
      stub.id = text_of(reason["by"], "did") + "/repost/" + uri;
    }
    time = text_of(reason, "indexedAt");
  }
  if (time.empty() && post.contains("record")) {
    time = text_of(post["record"], "createdAt");
  }
  stub.created_at = util::parse_iso8601(time);
  return stub;
}

} // namespace

std::string normalise_actor(const std::string &actor) {
  std::string text = !actor.empty() && actor.front() == '@' ? actor.substr(1) : actor;
  if (text.rfind("did:", 0) != 0) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  }
  if (text.empty() || text.find_first_of(" /?#") != std::string::npos) {
    throw Error(ErrorKind::usage, "--actor '" + actor + "': expected a handle or a DID");
  }
  return text;
}

BlueskyClient::BlueskyClient(net::HttpClient &http, std::string service, std::string token)
    : m_http(http), m_service(std::move(service)), m_token(std::move(token)) {}

net::HttpResponse BlueskyClient::get(const std::string &url) {
  return get_json(m_http, url, m_token);
}

FetchedPage BlueskyClient::author_feed(const std::string &actor, const std::string &cursor) {
  auto url = m_service + "/xrpc/app.bsky.feed.getAuthorFeed?actor=" + url_encode(actor) +
             "&limit=" + std::to_string(k_page_size);
  if (!cursor.empty()) {
    url += "&cursor=" + url_encode(cursor);
  }
  return page(url, "feed", actor);
}

FetchedPage BlueskyClient::search_posts(const std::string &query, const std::string &cursor) {
  auto url = m_service + "/xrpc/app.bsky.feed.searchPosts?q=" + url_encode(query) +
             "&sort=latest&limit=" + std::to_string(k_page_size);
  if (!cursor.empty()) {
    url += "&cursor=" + url_encode(cursor);
  }
  return page(url, "posts", "");
}

FetchedPage BlueskyClient::page(const std::string &url, const std::string &items_key,
                                const std::string &actor) {
  FetchedPage result;
  result.url = net::redact_url(url);
  const auto response = get(url);
  if (!actor.empty() && unknown_actor(response)) {
    throw Error(ErrorKind::input, m_service + " has no actor @" + actor,
                "check the handle (e.g. name.bsky.social) or give the account's DID");
  }
  if (items_key == "posts" && (response.status == 401 || response.status == 403)) {
    throw Error(ErrorKind::network,
                result.url + ": HTTP " + std::to_string(response.status) + error_detail(response) +
                    " (this service answers post search only to authenticated requests, as the "
                    "public AppView " +
                    k_public_service + " does)",
                "set SOCIOMETER_BLUESKY_TOKEN (or token under [bluesky] in the tokens file, "
                "docs/secrets.md) to an access token (sent as a Bearer token, never stored or "
                "shown), or point --service at a service that serves "
                "app.bsky.feed.searchPosts without one");
  }
  if (response.status != 200) {
    refuse(response, result.url);
  }
  json page;
  try {
    page = json::parse(response.body);
  } catch (const json::exception &error) {
    throw Error(ErrorKind::network, result.url + ": the page is not JSON (" +
                                        std::string(error.what()) + "); nothing of it was stored");
  }
  if (!page.is_object() || !page.contains(items_key) || !page[items_key].is_array()) {
    throw Error(ErrorKind::network, result.url + ": expected a JSON object with a `" + items_key +
                                        "` array; nothing of it was stored");
  }
  for (const auto &item : page[items_key]) {
    if (items_key == "feed") {
      result.items.push_back(feed_item_stub(item, result.url));
    } else {
      const auto uri = text_of(item, "uri");
      if (uri.empty()) {
        throw Error(ErrorKind::network, result.url + ": a post without a URI");
      }
      result.items.push_back({uri, util::parse_iso8601(text_of(item, "indexedAt"))});
    }
  }
  // A page without items ends the walk whatever cursor it names (some services repeat it).
  if (!result.items.empty()) {
    result.older = text_of(page, "cursor");
  }
  result.body = response.body;
  return result;
}

BlueskyProfile BlueskyClient::profile(const std::string &actor) {
  const auto url = m_service + "/xrpc/app.bsky.actor.getProfile?actor=" + url_encode(actor);
  const auto shown = net::redact_url(url);
  const auto response = get(url);
  if (unknown_actor(response)) {
    throw Error(ErrorKind::input, m_service + " has no actor @" + actor,
                "check the handle (e.g. name.bsky.social) or give the account's DID");
  }
  if (response.status != 200) {
    refuse(response, shown);
  }
  try {
    const auto profile = json::parse(response.body);
    BlueskyProfile result;
    result.did = text_of(profile, "did");
    if (result.did.empty()) {
      throw Error(ErrorKind::network, shown + ": not a Bluesky profile (no `did`)");
    }
    result.handle = text_of(profile, "handle");
    result.display_name = text_of(profile, "displayName");
    result.followers = count_of(profile, "followersCount");
    result.follows = count_of(profile, "followsCount");
    result.posts = count_of(profile, "postsCount");
    result.json = response.body;
    return result;
  } catch (const json::exception &error) {
    throw Error(ErrorKind::network, shown + ": not JSON (" + std::string(error.what()) + ")");
  }
}

} // namespace sociometer::fetch
