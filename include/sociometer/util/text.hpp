// SPDX-License-Identifier: Apache-2.0
// UTF-8 text helpers with no domain knowledge: validation, code-point offsets, HTML entity
// unescaping and Unicode normalisation (utf8proc).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sociometer::util {

// Byte offset of the first byte that is not well-formed UTF-8; std::nullopt when all of it is.
[[nodiscard]] std::optional<std::size_t> find_invalid_utf8(std::string_view text) noexcept;
[[nodiscard]] inline bool is_valid_utf8(std::string_view text) noexcept {
  return !find_invalid_utf8(text).has_value();
}
// Number of code points in valid UTF-8 `text`.
[[nodiscard]] std::size_t code_point_count(std::string_view text) noexcept;
// Byte offset of code point `index` (== size when index is the count); nullopt when past the end.
[[nodiscard]] std::optional<std::size_t> byte_offset_of_code_point(std::string_view text,
                                                                   std::size_t index) noexcept;

// Result of unescaping HTML entities while keeping a map from escaped to unescaped positions.
struct UnescapedText {
  std::string text;
  // For every code point index of the escaped input (and one past its end): the code point index
  // it maps to in `text`. Lets code-point offsets given on the escaped text be moved onto `text`.
  std::vector<std::int32_t> code_point_map;
};
// Unescapes `&amp; &lt; &gt; &quot; &#39; &apos;` and numeric references (formats.md §0.3:
// offsets refer to the escaped text, so the map shifts them).
[[nodiscard]] UnescapedText html_unescape_with_map(std::string_view escaped);
[[nodiscard]] std::string html_unescape(std::string_view escaped);

// NFKC + case folding (+ stripping default ignorables): the key used for hashtag and keyword
// matching, so `#ＷａｔｅｒＩｓＬｉｆｅ`, `#WATERISLIFE` and `#waterislife` compare equal.
// Invalid UTF-8 yields an empty string.
[[nodiscard]] std::string normalize_for_matching(std::string_view text);

// Lower-cases ASCII letters only (handles, which are ASCII on X).
[[nodiscard]] std::string ascii_lower(std::string_view text);

// Host of an absolute URL, lower case, without user info, port and a leading `www.`; empty when
// `url` has no scheme.
[[nodiscard]] std::string url_domain(std::string_view url);

// Cuts valid UTF-8 `text` to at most `max_code_points`, appending `…` when it cut.
[[nodiscard]] std::string truncate_code_points(std::string_view text, std::size_t max_code_points);

} // namespace sociometer::util
