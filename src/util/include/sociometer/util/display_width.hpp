// SPDX-License-Identifier: Apache-2.0
// How many terminal columns text takes (the table renderer aligns by it): a user-perceived
// character (grapheme cluster) is 0, 1 or 2 columns wide, from Unicode's East Asian Width and
// emoji data through utf8proc.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sociometer::util {

// Terminal columns of `text`: CJK wide and fullwidth characters and emoji (also ZWJ sequences,
// flags and text symbols with U+FE0F) take 2, combining marks and format characters (ZWJ, bidi
// isolates) 0, other characters 1. A byte that is not well-formed UTF-8 counts 1.
[[nodiscard]] std::size_t display_width(std::string_view text) noexcept;

// The longest prefix of `text` that ends at a grapheme boundary and, with `…` appended, takes at
// most `max_width` columns; `text` itself when it fits. A wide character is never split.
[[nodiscard]] std::string truncate_display_width(std::string_view text, std::size_t max_width);

// Whether `text` holds a strong right-to-left character (Hebrew, Arabic, Syriac, Thaana, …): a
// terminal would reorder the text around it, so a table isolates such cells.
[[nodiscard]] bool has_right_to_left(std::string_view text) noexcept;

} // namespace sociometer::util
