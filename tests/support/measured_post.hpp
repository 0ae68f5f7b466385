// SPDX-License-Identifier: Apache-2.0
// A post record with counts, for the store's reader tests.
#pragma once

#include <cstdint>
#include <string>
#include <utility>

#include "sociometer/model/records.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::test {

// A post of @org on `platform` with text "text of NATIVE_ID" and impressions and likes observed
// at the start of 2024.
inline PostRecord measured_post(Platform platform, std::string native_id, const char *created,
                                std::int64_t impressions, std::int64_t likes) {
  PostRecord post;
  post.platform = platform;
  post.native_id = std::move(native_id);
  post.author = {"100", "org"};
  post.created_at = *util::parse_iso8601(created);
  post.text = "text of " + post.native_id;
  post.metrics = MetricCounts{};
  post.metrics->impressions = impressions;
  post.metrics->likes = likes;
  post.observed_at = *util::parse_iso8601("2024-01-01T00:00:00Z");
  return post;
}

} // namespace sociometer::test
