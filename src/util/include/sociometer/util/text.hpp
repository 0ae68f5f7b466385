// SPDX-License-Identifier: Apache-2.0
// UTF-8 text helpers with no domain knowledge: validation, decoding, character classes,
// code-point offsets, HTML entity unescaping and Unicode normalisation. The one wrapper of
// utf8proc: other libraries reach Unicode data through these functions.
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
// A code point decoded from UTF-8, with the number of bytes it took.
struct DecodedCodePoint {
  char32_t value = 0;
  std::size_t length = 0;
};
// The code point starting at byte `pos` of `text`; std::nullopt when `pos` is at or past the end
// or the bytes there are not well-formed UTF-8.
[[nodiscard]] std::optional<DecodedCodePoint> decode_code_point(std::string_view text,
                                                                std::size_t pos) noexcept;
// Letters of any script (Unicode general category L).
[[nodiscard]] bool is_letter(char32_t cp) noexcept;
// What words are made of: letters, marks and numbers of any script (Unicode general categories
// L, M and N) and `_`.
[[nodiscard]] bool is_word_character(char32_t cp) noexcept;

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
// Unescapes `&amp; &lt; &gt; &quot; &#39; &apos;` and numeric references (X gives entity offsets
// on the escaped text, so the map shifts them onto the unescaped one).
[[nodiscard]] UnescapedText html_unescape_with_map(std::string_view escaped);
[[nodiscard]] std::string html_unescape(std::string_view escaped);

// NFKC + case folding (+ stripping default ignorables): the key used for hashtag and keyword
// matching, so `#ＷａｔｅｒＩｓＬｉｆｅ`, `#WATERISLIFE` and `#waterislife` compare equal.
// Invalid UTF-8 yields an empty string.
[[nodiscard]] std::string normalize_for_matching(std::string_view text);

// `handle` without its leading `@`, if it has one (users write `@example_org`, the store keeps
// `example_org`). Strips exactly one: `@@x` becomes `@x`.
[[nodiscard]] constexpr std::string_view strip_handle_prefix(std::string_view handle) noexcept {
  return handle.starts_with('@') ? handle.substr(1) : handle;
}

// Lower-cases ASCII letters only (handles, which are ASCII on X).
[[nodiscard]] std::string ascii_lower(std::string_view text);

// Host of an absolute URL, lower case, without user info, port and a leading `www.`; empty when
// `url` has no scheme.
[[nodiscard]] std::string url_domain(std::string_view url);

// A `#tag` found in plain text (no offsets given by the source).
struct FoundTag {
  std::string text;   // as written, without `#`
  std::int32_t start; // code points, `#` included, end exclusive
  std::int32_t end;
};
// Hashtags in valid UTF-8 `text`: `#` not preceded by a letter, digit, mark, `_` or `&`, followed
// by word characters (is_word_character) and ZWNJ/ZWJ; all-digit tags (`#1`) are not hashtags.
[[nodiscard]] std::vector<FoundTag> find_hashtags(std::string_view text);

// A link found in plain text (no link entities given by the source).
struct FoundUrl {
  std::string text;   // as written: `https://example.org/a`, `www.example.org`
  std::int32_t start; // code points, end exclusive
  std::int32_t end;
};
// Links in valid UTF-8 `text`: `http://`, `https://` (any case) or `www.` not inside a word, up to
// the first space, control character, symbol or punctuation that cannot be part of a URL
// (`<>"` and others, emoji, CJK punctuation); trailing `.,:;!?'*` and unbalanced `)`/`]` are
// sentence punctuation, not part of the link. A bare scheme or `www.` is not a link.
[[nodiscard]] std::vector<FoundUrl> find_urls(std::string_view text);

// Levenshtein distance between `a` and `b`, byte-wise and ASCII case-insensitive (names typed
// on a command line: handles, language codes, campaign names, subcommands).
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

// Up to `limit` of `known` nearest to `given` by edit_distance (all at the smallest distance
// found, in the order of `known`), and only within a third of the longer name plus one edit, so
// that a typo finds its name and unrelated names stay out.
[[nodiscard]] std::vector<std::string>
closest_names(std::string_view given, const std::vector<std::string> &known, std::size_t limit = 3);

// `names` as "a, b or c" (for "did you mean …?"); empty for none.
[[nodiscard]] std::string join_alternatives(const std::vector<std::string> &names);

// Cuts valid UTF-8 `text` to at most `max_code_points`, appending `…` when it cut.
[[nodiscard]] std::string truncate_code_points(std::string_view text, std::size_t max_code_points);

} // namespace sociometer::util
