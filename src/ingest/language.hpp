// SPDX-License-Identifier: Apache-2.0
// Language of a post whose platform gave none: detected with libcld2 on the
// words of the text, `und` when the text is too short or mixed. Never a guess.
#pragma once

#include <string>
#include <string_view>

#include "sociometer/ingest/ingest.hpp"

namespace sociometer::ingest {

struct DetectedLanguage {
  std::string code;        // ISO 639-1 where one exists (`fr`, `ar`, `zh`), else `und`
  double confidence = 0.0; // share of the text in that language, 0 … 1 (0 for `und`)
};

// Letters (after URLs, @mentions and #hashtags are removed) needed before detection is tried.
inline constexpr std::size_t k_min_letters_for_detection = 15;
// Share of the text the top language must cover; below it the text is mixed and stays `und`.
inline constexpr int k_min_language_percent = 80;

// Detects the language of `text` (valid UTF-8; anything else is `und`).
[[nodiscard]] DetectedLanguage detect_language(std::string_view text);

} // namespace sociometer::ingest
