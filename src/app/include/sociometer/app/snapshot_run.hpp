// SPDX-License-Identifier: Apache-2.0
// `snapshot`: the follower, following and post counts of the accounts with a declared role (own,
// partner, peer, tracked), read from each platform's profile endpoint now and stored as follower
// snapshots, so that growth over a period can be measured.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "sociometer/model/vocabulary.hpp"
#include "sociometer/net/http_client.hpp"

namespace sociometer::app {

// What `snapshot` was asked for; every field already checked.
struct SnapshotRequest {
  std::string store_path;
  std::optional<Platform> platform; // none: every platform
  // Where profiles are asked for; empty: the default. Mastodon's default is each account's own
  // server (the host of its `user@host` handle).
  std::string mastodon_instance; // normalised https://host
  std::string x_api_base;        // normalised
  std::string bluesky_service;   // normalised
  std::string mastodon_token;    // may be empty
  std::string x_token;           // needed for X accounts
  std::string bluesky_token;     // may be empty
  net::HttpPolicy http;
};

// One account snapshotted.
struct SnapshotRow {
  Platform platform = Platform::other;
  std::string handle;
  AccountRole role = AccountRole::other;
  std::optional<std::int64_t> followers;
  std::optional<std::int64_t> following;
  std::optional<std::int64_t> posts;
  TimePoint observed_at{};
};

// One account whose profile could not be read; the others were snapshotted all the same.
struct SnapshotFailure {
  Platform platform = Platform::other;
  std::string handle;
  std::string message;
  std::string hint;
};

struct SnapshotResult {
  std::vector<SnapshotRow> rows;
  std::vector<SnapshotFailure> failures;
  bool store_created = false;
};

// Reads and stores the profiles, one account at a time (each committed on its own). The counts
// are observed at util::report_clock_now(). Throws Error(interrupted) on a stop, Error(store) when
// the store fails; a failing account is a SnapshotFailure.
[[nodiscard]] SnapshotResult run_snapshot(const SnapshotRequest &request,
                                          net::HttpObserver &observer,
                                          const std::function<bool()> &stop_requested);

} // namespace sociometer::app
