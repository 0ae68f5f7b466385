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
// Unescapes `&amp; &lt; &gt; &quot; &#39; &apos;` and numeric references. X gives entity offsets
// over the escaped text, so the map shifts them onto the stored text (docs/formats.md).
[[nodiscard]] UnescapedText html_unescape_with_map(std::string_view escaped);
[[nodiscard]] std::string html_unescape(std::string_view escaped);

// NFKC + case folding (+ stripping default ignorables): the key used for hashtag and keyword
// matching, so `#ＷａｔｅｒＩｓＬｉｆｅ`, `#WATERISLIFE` and `#waterislife` compare equal.
// Invalid UTF-8 yields an empty string.
[[nodiscard]] std::string normalize_for_matching(std::string_view text);

// Lower-cases ASCII letters only (handles, which are ASCII on X).
[[nodiscard]] std::string ascii_lower(std::string_view text);

// `handle` without one leading `@`: users write `@example_org`, the store keeps `example_org`.
[[nodiscard]] std::string_view strip_handle_prefix(std::string_view handle) noexcept;

// Host of an absolute URL, lower case, without user info, port and a leading `www.`; empty when
// `url` has no scheme.
[[nodiscard]] std::string url_domain(std::string_view url);

// Undoes the Facebook/Instagram export mojibake (docs/formats.md): Meta writes each UTF-8 byte as
// a `\u00XX` escape, so decoded JSON strings hold one U+0080..U+00FF code point per byte. When no
// code point exceeds U+00FF and the code points, taken as bytes, are valid UTF-8 with at least one
// byte >= 0x80, returns those bytes; otherwise returns `text` unchanged (genuine Latin-1 such as a
// correctly written `café` stays). Idempotent.
[[nodiscard]] std::string repair_meta_mojibake(std::string_view text);

// A `#tag` found in plain text (no offsets given by the source).
struct FoundTag {
  std::string text;   // as written, without `#`
  std::int32_t start; // code points, `#` included, end exclusive
  std::int32_t end;
};
// Hashtags in valid UTF-8 `text`: `#` not preceded by a letter, digit, mark, `_` or `&`, followed
// by letters, marks, digits, `_` and ZWNJ/ZWJ in any script (utf8proc categories); all-digit tags
// (`#1`) are not hashtags.
[[nodiscard]] std::vector<FoundTag> find_hashtags(std::string_view text);

// Cuts valid UTF-8 `text` to at most `max_code_points`, appending `…` when it cut.
[[nodiscard]] std::string truncate_code_points(std::string_view text, std::size_t max_code_points);

} // namespace sociometer::util
