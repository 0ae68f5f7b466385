// SPDX-License-Identifier: Apache-2.0
// A Bluesky AppView's XRPC API, page by page (docs/formats.md, Bluesky API): an actor's feed
// (app.bsky.feed.getAuthorFeed), post search (app.bsky.feed.searchPosts) and profiles
// (app.bsky.actor.getProfile), with `cursor` pagination.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sociometer/fetch/paging.hpp"
#include "sociometer/net/http_client.hpp"

namespace sociometer::fetch {

// An actor's profile counts (app.bsky.actor.getProfile); a count the service did not give is
// empty. `json` is the profile as the service sent it.
struct BlueskyProfile {
  std::string did;
  std::string handle;
  std::string display_name;
  std::optional<std::int64_t> followers;
  std::optional<std::int64_t> follows;
  std::optional<std::int64_t> posts;
  std::string json;
};

class BlueskyClient {
public:
  // Items asked for per page: the API's maximum for these endpoints.
  static constexpr int k_page_size = 100;
  // The public AppView: everything but search without a token.
  static constexpr const char *k_public_service = "https://public.api.bsky.app";

  // `service`: `https://host` (or `http://127.0.0.1:PORT` for tests), without a trailing slash.
  // `token`: sent as a bearer token when not empty; never shown.
  BlueskyClient(net::HttpClient &http, std::string service, std::string token);

  // A page of `actor`'s feed (posts, replies and reposts, newest first), at `cursor` (empty: the
  // newest). An item's id is its post's AT-URI, or for a repost the repost record's. Error(input)
  // when the service knows no such actor; Error(network) for anything else it refuses or a page
  // that is not a feed.
  [[nodiscard]] FetchedPage author_feed(const std::string &actor, const std::string &cursor);
  // A page of the posts matching `query`, newest first. A 401/403 is Error(network) saying that
  // the service wants authentication for search and how to give it.
  [[nodiscard]] FetchedPage search_posts(const std::string &query, const std::string &cursor);
  // `actor`'s profile; Error(input) when the service knows no such actor.
  [[nodiscard]] BlueskyProfile profile(const std::string &actor);

  [[nodiscard]] const std::string &service() const noexcept { return m_service; }

private:
  net::HttpResponse get(const std::string &url);
  FetchedPage page(const std::string &url, const std::string &items_key, const std::string &actor);

  net::HttpClient &m_http;
  std::string m_service;
  std::string m_token;
};

// A handle or DID as `--actor` takes it: without a leading `@`, a handle in lower case.
[[nodiscard]] std::string normalise_actor(const std::string &actor);

} // namespace sociometer::fetch
