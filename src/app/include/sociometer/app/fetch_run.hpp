// SPDX-License-Identifier: Apache-2.0
// One `fetch` run: pages of a platform's API written to the store, each page with its source's
// cursor in one transaction, so that a run killed at any moment and started again ends with no
// gap and no duplicate; later runs ask only for what is newer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sociometer/ingest/ingest.hpp"
#include "sociometer/model/vocabulary.hpp"
#include "sociometer/net/http_client.hpp"

namespace sociometer::app {

// What `fetch mastodon` was asked for; every field already checked.
struct MastodonFetchRequest {
  std::string store_path;
  std::string instance; // normalised: https://host
  std::string account;  // without `@`; or
  std::string tag;      // without `#`
  std::string token;    // from $SOCIOMETER_MASTODON_TOKEN; may be empty
  // Bound the backward pass of a first run: at most this many statuses, none before `since`.
  std::optional<std::int64_t> limit;
  std::optional<TimePoint> since;
  net::HttpPolicy http;
};

// What `fetch bluesky` was asked for; every field already checked.
struct BlueskyFetchRequest {
  std::string store_path;
  std::string service; // normalised: https://host
  std::string actor;   // a handle (lower case, without `@`) or a DID; or
  std::string search;  // a searchPosts query
  std::string token;   // from $SOCIOMETER_BLUESKY_TOKEN; may be empty
  // Bound the backward pass of a first run: at most this many feed items, none before `since`.
  std::optional<std::int64_t> limit;
  std::optional<TimePoint> since;
  net::HttpPolicy http;
};

// What happens during a run, as it happens (the caller logs it).
class FetchObserver : public net::HttpObserver {
public:
  // The store did not exist and was created at `path`.
  virtual void store_created(const std::string &path) = 0;
  // A page was stored: `statuses` items, `total` so far in this run.
  virtual void page_stored(const std::string &redacted_url, std::int64_t statuses,
                           std::int64_t total) = 0;
  // A problem with one record of a page; the rest was stored.
  virtual void diagnostic(const ingest::Diagnostic &diagnostic) = 0;
};

// The outcome of one source's run.
struct FetchRun {
  std::string source;
  std::int64_t pages = 0;
  std::int64_t statuses = 0; // items stored in this run
  std::int64_t posts_new = 0;
  std::int64_t posts_updated = 0;
  std::int64_t posts_unchanged = 0;
  std::string newest_id;
  bool backfill_done = false;
};

// The source name a request's cursor is stored under.
[[nodiscard]] std::string mastodon_source(const MastodonFetchRequest &request);

// The source name a request's cursor is stored under.
[[nodiscard]] std::string bluesky_source(const BlueskyFetchRequest &request);

// Runs the fetch. Throws Error(network) when the server fails for good (what was stored stays,
// the cursor where it was), Error(interrupted) on a stop, Error(input) for an unknown account.
// `stop_requested` is polled between pages and while waiting.
[[nodiscard]] FetchRun run_mastodon_fetch(const MastodonFetchRequest &request,
                                          FetchObserver &observer,
                                          const std::function<bool()> &stop_requested);

// Runs a Bluesky fetch, like run_mastodon_fetch (Error(input) for an unknown actor; a search the
// service refuses for want of authentication is Error(network) saying so).
[[nodiscard]] FetchRun run_bluesky_fetch(const BlueskyFetchRequest &request,
                                         FetchObserver &observer,
                                         const std::function<bool()> &stop_requested);

} // namespace sociometer::app
