// SPDX-License-Identifier: Apache-2.0
// One `fetch x` run: X API v2 recent search or a user's timeline into the store, each page stored
// as the twarc2 line a capture of it would be, with the source's cursor in one transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sociometer/app/fetch_run.hpp"

namespace sociometer::app {

// What `fetch x` was asked for; every field already checked.
struct XFetchRequest {
  std::string store_path;
  std::string api_base; // normalised: https://api.x.com
  std::string query;    // a recent-search query; or
  std::string user;     // a user name without `@`
  std::string token;    // the bearer token; never shown or stored
  // Bound the first run: at most this many tweets, none before `since`.
  std::optional<std::int64_t> limit;
  std::optional<TimePoint> since;
  net::HttpPolicy http;
};

// The source name a request's cursor is stored under: `x search Q` or `x user @NAME`, with the API
// base before `search`/`user` when it is not the default (`x http://127.0.0.1:8080 search Q`).
[[nodiscard]] std::string x_source(const XFetchRequest &request);

// Runs the fetch: tweets newer than the cursor (`since_id`), then, until the first run's walk
// back is complete, older ones (`until_id`). Throws like run_mastodon_fetch; Error(input) for an
// unknown user.
[[nodiscard]] FetchRun run_x_fetch(const XFetchRequest &request, FetchObserver &observer,
                                   const std::function<bool()> &stop_requested);

} // namespace sociometer::app
