// SPDX-License-Identifier: Apache-2.0
// Where one `fetch` source stands (table fetch_cursors): what the next run asks for.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sociometer/model/vocabulary.hpp"

namespace sociometer {

struct FetchCursor {
  // Names the source: `mastodon https://host account @user`, `mastodon https://host tag #t`.
  std::string source;
  Platform platform = Platform::other;
  // The newest item stored: a later run asks only for what is newer. Empty before the first page.
  std::string newest_id;
  // The oldest item the first (backward) pass stored: an interrupted first run goes on below it.
  std::string oldest_id;
  // The backward pass reached the source's end, `--limit` or `--since`.
  bool backfill_done = false;
  std::int64_t items = 0; // items stored from this source, all runs
  std::optional<TimePoint> last_fetch_at;
  std::string last_outcome; // `ok`, `interrupted`, `failed: MESSAGE`; empty while running
};

} // namespace sociometer
