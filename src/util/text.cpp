// SPDX-License-Identifier: Apache-2.0
#include "sociometer/util/text.hpp"

#include <algorithm>
#include <cstdlib>
#include <utf8proc.h>

namespace sociometer::util {
namespace {

bool is_continuation(unsigned char c) noexcept { return (c & 0xC0U) == 0x80U; }

void append_utf8(std::string &out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Recognises an entity at `pos` (which holds '&'); returns its length and decoded code point.
bool match_entity(std::string_view s, std::size_t pos, std::size_t &length, std::uint32_t &cp) {
  struct Named {
    std::string_view name;
    std::uint32_t cp;
  };
  static constexpr Named k_named[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  for (const auto &entity : k_named) {
    if (s.compare(pos, entity.name.size(), entity.name) == 0) {
      length = entity.name.size();
      cp = entity.cp;
      return true;
    }
  }
  if (pos + 3 < s.size() && s[pos + 1] == '#') {
    std::size_t i = pos + 2;
    const bool hex = s[i] == 'x' || s[i] == 'X';
    if (hex) {
      ++i;
    }
    std::uint32_t value = 0;
    const std::size_t digits_start = i;
    while (i < s.size() && i - digits_start < 8) {
      const char c = s[i];
      int digit = -1;
      if (c >= '0' && c <= '9') {
        digit = c - '0';
      } else if (hex && c >= 'a' && c <= 'f') {
        digit = c - 'a' + 10;
      } else if (hex && c >= 'A' && c <= 'F') {
        digit = c - 'A' + 10;
      } else {
        break;
      }
      value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
      ++i;
    }
    if (i > digits_start && i < s.size() && s[i] == ';' && value > 0 && value <= 0x10FFFF &&
        (value < 0xD800 || value > 0xDFFF)) {
      length = i + 1 - pos;
      cp = value;
      return true;
    }
  }
  return false;
}

// Letters, marks, digits and `_`: what a hashtag is made of (and what may not precede its `#`).
bool is_tag_char(utf8proc_int32_t cp) noexcept {
  if (cp == '_' || cp == 0x200C || cp == 0x200D) {
    return true;
  }
  switch (utf8proc_category(cp)) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LT:
  case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO:
  case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC:
  case UTF8PROC_CATEGORY_ME:
  case UTF8PROC_CATEGORY_ND:
  case UTF8PROC_CATEGORY_NL:
  case UTF8PROC_CATEGORY_NO:
    return true;
  default:
    return false;
  }
}

bool is_digit_char(utf8proc_int32_t cp) noexcept {
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

} // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) noexcept {
  const auto *bytes = reinterpret_cast<const std::uint8_t *>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {
      return i;
    }
    i += static_cast<std::size_t>(n);
  }
  return std::nullopt;
}

std::size_t code_point_count(std::string_view text) noexcept {
  std::size_t count = 0;
  for (const char c : text) {
    count += is_continuation(static_cast<unsigned char>(c)) ? 0 : 1;
  }
  return count;
}

std::optional<std::size_t> byte_offset_of_code_point(std::string_view text,
                                                     std::size_t index) noexcept {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_continuation(static_cast<unsigned char>(text[i]))) {
      if (seen == index) {
        return i;
      }
      ++seen;
    }
  }
  if (seen == index) {
    return text.size();
  }
  return std::nullopt;
}

UnescapedText html_unescape_with_map(std::string_view escaped) {
  UnescapedText result;
  result.text.reserve(escaped.size());
  result.code_point_map.reserve(escaped.size() + 1);
  std::int32_t out_index = 0;
  std::size_t i = 0;
  while (i < escaped.size()) {
    const char c = escaped[i];
    std::size_t length = 0;
    std::uint32_t cp = 0;
    if (c == '&' && match_entity(escaped, i, length, cp)) {
      // Every escaped code point of the entity maps onto the one character it produces.
      for (std::size_t k = 0; k < length; ++k) {
        result.code_point_map.push_back(out_index);
      }
      append_utf8(result.text, cp);
      ++out_index;
      i += length;
      continue;
    }
    result.code_point_map.push_back(out_index);
    result.text.push_back(c);
    ++i;
    while (i < escaped.size() && is_continuation(static_cast<unsigned char>(escaped[i]))) {
      result.text.push_back(escaped[i]);
      ++i;
    }
    ++out_index;
  }
  result.code_point_map.push_back(out_index);
  return result;
}

std::string html_unescape(std::string_view escaped) {
  if (escaped.find('&') == std::string_view::npos) {
    return std::string(escaped);
  }
  return html_unescape_with_map(escaped).text;
}

std::string normalize_for_matching(std::string_view text) {
  // ASCII is its own NFKC form; only case folding is left (the common case, and a hot path).
  if (std::all_of(text.begin(), text.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return ascii_lower(text);
  }
  utf8proc_uint8_t *output = nullptr;
  const auto options = static_cast<utf8proc_option_t>(
      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
  const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t *>(text.data()),
                                   static_cast<utf8proc_ssize_t>(text.size()), &output, options);
  if (length < 0) {
    return {};
  }
  std::string result(reinterpret_cast<const char *>(output), static_cast<std::size_t>(length));
  std::free(output);
  return result;
}

std::string ascii_lower(std::string_view text) {
  std::string result(text);
  for (char &c : result) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return result;
}

std::string_view strip_handle_prefix(std::string_view handle) noexcept {
  if (handle.starts_with('@')) {
    handle.remove_prefix(1);
  }
  return handle;
}

std::string url_domain(std::string_view url) {
  const auto scheme = url.find("://");
  if (scheme == std::string_view::npos) {
    return {};
  }
  auto host = url.substr(scheme + 3);
  host = host.substr(0, host.find_first_of("/?#"));
  if (const auto at = host.rfind('@'); at != std::string_view::npos) {
    host = host.substr(at + 1);
  }
  host = host.substr(0, host.find(':'));
  auto result = ascii_lower(host);
  if (result.rfind("www.", 0) == 0) {
    result.erase(0, 4);
  }
  return result;
}

std::string repair_meta_mojibake(std::string_view text) {
  std::string bytes;
  bytes.reserve(text.size());
  bool high = false;
  const auto *data = reinterpret_cast<const utf8proc_uint8_t *>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(data + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0 || cp > 0xFF) {
      return std::string(text); // not mojibake (or not UTF-8 at all): leave it
    }
    high = high || cp >= 0x80;
    bytes.push_back(static_cast<char>(static_cast<unsigned char>(cp)));
    i += static_cast<std::size_t>(n);
  }
  if (!high || !is_valid_utf8(bytes)) {
    return std::string(text); // pure ASCII, or genuine Latin-1 text
  }
  return bytes;
}

std::vector<FoundTag> find_hashtags(std::string_view text) {
  // Decode once: code points with their indices.
  std::vector<utf8proc_int32_t> cps;
  cps.reserve(text.size());
  const auto *data = reinterpret_cast<const utf8proc_uint8_t *>(text.data());
  std::vector<std::size_t> byte_at;
  std::size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(data + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {
      return {}; // invalid UTF-8: no offsets can be trusted
    }
    cps.push_back(cp);
    byte_at.push_back(i);
    i += static_cast<std::size_t>(n);
  }
  byte_at.push_back(text.size());
  std::vector<FoundTag> tags;
  for (std::size_t k = 0; k < cps.size(); ++k) {
    if ((cps[k] != '#' && cps[k] != 0xFF03) ||
        (k > 0 && (is_tag_char(cps[k - 1]) || cps[k - 1] == '&'))) {
      continue;
    }
    std::size_t end = k + 1;
    while (end < cps.size() && is_tag_char(cps[end])) {
      ++end;
    }
    // Joiners are kept only inside a tag, never at its end.
    while (end > k + 1 && (cps[end - 1] == 0x200C || cps[end - 1] == 0x200D)) {
      --end;
    }
    const bool only_digits =
        std::all_of(cps.begin() + static_cast<std::ptrdiff_t>(k + 1),
                    cps.begin() + static_cast<std::ptrdiff_t>(end), is_digit_char);
    if (end == k + 1 || only_digits) {
      continue;
    }
    tags.push_back({std::string(text.substr(byte_at[k + 1], byte_at[end] - byte_at[k + 1])),
                    static_cast<std::int32_t>(k), static_cast<std::int32_t>(end)});
    k = end - 1;
  }
  return tags;
}

std::string truncate_code_points(std::string_view text, std::size_t max_code_points) {
  const auto cut = byte_offset_of_code_point(text, max_code_points);
  if (!cut || *cut >= text.size()) {
    return std::string(text);
  }
  std::string result(text.substr(0, *cut));
  result += "…";
  return result;
}

} // namespace sociometer::util
