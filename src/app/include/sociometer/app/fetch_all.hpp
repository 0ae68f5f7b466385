// SPDX-License-Identifier: Apache-2.0
// `fetch all`: every source the store has fetched before, run again in turn from its name in
// fetch_cursors (`mastodon URL account @user`, `bluesky URL actor @h`, `x [URL ]search Q`, ...).
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "sociometer/app/fetch_run.hpp"
#include "sociometer/app/x_fetch_run.hpp"

namespace sociometer::app {

// One stored source as the request that fetches it again; no bounds (--limit, --since: a first
// run's), the token from the environment or the tokens file.
struct SourceRequest {
  std::string source;
  std::variant<MastodonFetchRequest, BlueskyFetchRequest, XFetchRequest> request;
};

// The request that fetches stored source `source` into `store_path` with `http`. Throws
// Error(input) for a name no fetch command writes, Error(usage) for X without a bearer token.
[[nodiscard]] SourceRequest source_request(const std::string &store_path, const std::string &source,
                                           const net::HttpPolicy &http);

// The sources of the store at `store_path` in the order `status` lists them. Throws Error(store)
// when the store does not exist.
[[nodiscard]] std::vector<std::string> stored_sources(const std::string &store_path);

// Runs the fetch of `request`, as its platform's run_*_fetch does.
[[nodiscard]] FetchRun run_source_fetch(const SourceRequest &request, FetchObserver &observer,
                                        const std::function<bool()> &stop_requested);

} // namespace sociometer::app
