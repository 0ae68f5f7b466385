// SPDX-License-Identifier: Apache-2.0
#include "sociometer/util/display_width.hpp"

#include <utf8proc.h>

namespace sociometer::util {
namespace {

constexpr utf8proc_int32_t k_variation_selector_16 = 0xFE0F; // emoji presentation
constexpr utf8proc_int32_t k_first_regional_indicator = 0x1F1E6;
constexpr utf8proc_int32_t k_last_regional_indicator = 0x1F1FF;

// One grapheme cluster of `text` from byte `pos`: its byte length and its width in columns.
struct Grapheme {
  std::size_t length = 0;
  std::size_t width = 0;
};

Grapheme next_grapheme(std::string_view text, std::size_t pos) noexcept {
  Grapheme grapheme;
  utf8proc_int32_t state = 0;
  utf8proc_int32_t previous = -1;
  bool emoji_presentation = false;
  while (pos + grapheme.length < text.size()) {
    const auto *bytes = reinterpret_cast<const utf8proc_uint8_t *>(text.data() + pos);
    utf8proc_int32_t cp = 0;
    const auto n =
        utf8proc_iterate(bytes + grapheme.length,
                         static_cast<utf8proc_ssize_t>(text.size() - pos - grapheme.length), &cp);
    if (n <= 0) {
      // A malformed byte is a cluster of its own, one column wide.
      return grapheme.length == 0 ? Grapheme{1, 1} : grapheme;
    }
    if (previous >= 0 && utf8proc_grapheme_break_stateful(previous, cp, &state)) {
      break;
    }
    const auto width = static_cast<std::size_t>(utf8proc_charwidth(cp));
    // The cluster is as wide as its widest part: a ZWJ sequence shows as one emoji.
    grapheme.width = std::max(grapheme.width, width);
    emoji_presentation = emoji_presentation || cp == k_variation_selector_16 ||
                         (cp >= k_first_regional_indicator && cp <= k_last_regional_indicator);
    grapheme.length += static_cast<std::size_t>(n);
    previous = cp;
  }
  if (emoji_presentation) {
    grapheme.width = 2;
  }
  return grapheme;
}

} // namespace

std::size_t display_width(std::string_view text) noexcept {
  std::size_t width = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto grapheme = next_grapheme(text, pos);
    width += grapheme.width;
    pos += grapheme.length;
  }
  return width;
}

std::string truncate_display_width(std::string_view text, std::size_t max_width) {
  if (display_width(text) <= max_width) {
    return std::string(text);
  }
  if (max_width == 0) {
    return {};
  }
  std::size_t width = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto grapheme = next_grapheme(text, pos);
    if (width + grapheme.width + 1 > max_width) {
      break;
    }
    width += grapheme.width;
    pos += grapheme.length;
  }
  return std::string(text.substr(0, pos)) + "…";
}

bool has_right_to_left(std::string_view text) noexcept {
  for (std::size_t pos = 0; pos < text.size();) {
    const auto *bytes = reinterpret_cast<const utf8proc_uint8_t *>(text.data() + pos);
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
    if (n <= 0) {
      ++pos;
      continue;
    }
    const auto bidi = utf8proc_get_property(cp)->bidi_class;
    if (bidi == UTF8PROC_BIDI_CLASS_R || bidi == UTF8PROC_BIDI_CLASS_AL) {
      return true;
    }
    pos += static_cast<std::size_t>(n);
  }
  return false;
}

} // namespace sociometer::util
