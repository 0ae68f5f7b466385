// SPDX-License-Identifier: Apache-2.0
// The per-platform plug-ins of `snapshot` (private to app/): one function per platform that reads
// an account's profile counts from that platform's API. A new platform is one function here and
// one line in profile_fetcher().
#pragma once

#include "sociometer/app/snapshot_run.hpp"
#include "sociometer/fetch/paging.hpp"
#include "sociometer/store/store.hpp"

namespace sociometer::app::detail {

// Reads `account`'s profile now. Throws Error for this account only (unknown account, HTTP,
// missing token, no server known).
using ProfileFetcher = fetch::Profile (*)(net::HttpClient &http, const SnapshotRequest &request,
                                          const store::AccountSummary &account);

// The plug-in of `platform`, or nullptr for a platform without a public profile API.
[[nodiscard]] ProfileFetcher profile_fetcher(Platform platform) noexcept;

} // namespace sociometer::app::detail
