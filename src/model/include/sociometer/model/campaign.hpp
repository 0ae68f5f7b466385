// SPDX-License-Identifier: Apache-2.0
// A campaign (cause) as defined by `campaign add|import`, kept by the store and matched by the
// analysis.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sociometer/model/vocabulary.hpp"

namespace sociometer {

// A campaign (cause) and the terms that match its posts (docs/metrics.md §4).
struct Campaign {
  std::string name;
  std::optional<TimePoint> starts_at; // inclusive
  std::optional<TimePoint> ends_at;   // exclusive
  std::vector<std::string> hashtags;  // NFKC + case folded, without '#'
  std::vector<std::pair<std::string, std::string>>
      keywords;                      // (language or "*", NFKC + case folded)
  std::vector<std::string> urls;     // canonical host + path prefix
  std::vector<std::string> cta_urls; // calls to action (donate, sign, volunteer), same form
};

} // namespace sociometer
