// SPDX-License-Identifier: Apache-2.0
#include "sociometer/util/text.hpp"

#include <algorithm>
#include <cstdlib>
#include <numeric>
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

// Word characters and the joiners some scripts need inside a word: what a hashtag is made of
// (and what may not precede its `#`).
bool is_tag_char(char32_t cp) noexcept {
  return cp == 0x200C || cp == 0x200D || is_word_character(cp);
}

bool is_digit_char(char32_t cp) noexcept {
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ND;
}

} // namespace

std::optional<DecodedCodePoint> decode_code_point(std::string_view text, std::size_t pos) noexcept {
  if (pos >= text.size()) {
    return std::nullopt;
  }
  utf8proc_int32_t cp = 0;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t *>(text.data() + pos),
                                  static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  if (n <= 0) {
    return std::nullopt;
  }
  return DecodedCodePoint{static_cast<char32_t>(cp), static_cast<std::size_t>(n)};
}

bool is_letter(char32_t cp) noexcept {
  const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
}

bool is_word_character(char32_t cp) noexcept {
  const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cp == '_' ||
         (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) || // letters
         (category >= UTF8PROC_CATEGORY_MN && category <= UTF8PROC_CATEGORY_ME) || // marks
         (category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO);   // numbers
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) noexcept {
  const auto *bytes = reinterpret_cast<const std::uint8_t *>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    const auto decoded = decode_code_point(text, i);
    if (!decoded) {
      return i;
    }
    i += decoded->length;
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

namespace {

// `text` decoded once: its code points and the byte where each starts (plus the end). False for
// invalid UTF-8, where no offsets can be trusted.
bool decode_all(std::string_view text, std::vector<char32_t> &cps,
                std::vector<std::size_t> &byte_at) {
  cps.reserve(text.size());
  byte_at.reserve(text.size() + 1);
  std::size_t i = 0;
  while (i < text.size()) {
    const auto decoded = decode_code_point(text, i);
    if (!decoded) {
      return false;
    }
    cps.push_back(decoded->value);
    byte_at.push_back(i);
    i += decoded->length;
  }
  byte_at.push_back(text.size());
  return true;
}

// What a URL written in text is made of: printable ASCII other than the characters RFC 3986 never
// allows unescaped, and the letters, marks and digits of any script (internationalised paths).
bool is_url_char(char32_t cp) noexcept {
  if (cp < 0x80) {
    constexpr std::string_view k_excluded = "<>\"`{}|\\^";
    return cp > 0x20 && cp < 0x7F &&
           k_excluded.find(static_cast<char>(cp)) == std::string_view::npos;
  }
  return is_word_character(cp);
}

// Whether the code points at `k` start `prefix` (ASCII, compared case-insensitively).
bool starts_with_ascii(const std::vector<char32_t> &cps, std::size_t k, std::string_view prefix) {
  if (cps.size() - k < prefix.size()) {
    return false;
  }
  for (std::size_t j = 0; j < prefix.size(); ++j) {
    const auto cp = cps[k + j];
    const auto lower = cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp;
    if (lower != static_cast<char32_t>(prefix[j])) {
      return false;
    }
  }
  return true;
}

// Length of the link prefix at `k` (`https://`, `http://`, `www.`), 0 when there is none.
std::size_t url_prefix_length(const std::vector<char32_t> &cps, std::size_t k) {
  for (const std::string_view prefix : {"https://", "http://", "www."}) {
    if (starts_with_ascii(cps, k, prefix)) {
      return prefix.size();
    }
  }
  return 0;
}

// `end` moved back over sentence punctuation and closing brackets the link does not open.
std::size_t trim_url_end(const std::vector<char32_t> &cps, std::size_t start, std::size_t end) {
  constexpr std::u32string_view k_trailing = U".,:;!?'*";
  while (end > start) {
    const auto last = cps[end - 1];
    if (k_trailing.find(last) != std::u32string_view::npos) {
      --end;
      continue;
    }
    if (last == ')' || last == ']') {
      const char32_t open = last == ')' ? '(' : '[';
      const auto first = cps.begin() + static_cast<std::ptrdiff_t>(start);
      const auto past = cps.begin() + static_cast<std::ptrdiff_t>(end);
      if (std::count(first, past, open) < std::count(first, past, last)) {
        --end;
        continue;
      }
    }
    break;
  }
  return end;
}

} // namespace

std::vector<FoundUrl> find_urls(std::string_view text) {
  std::vector<char32_t> cps;
  std::vector<std::size_t> byte_at;
  if (!decode_all(text, cps, byte_at)) {
    return {};
  }
  std::vector<FoundUrl> urls;
  for (std::size_t k = 0; k < cps.size(); ++k) {
    if (k > 0 && (is_word_character(cps[k - 1]) || cps[k - 1] == '/' || cps[k - 1] == '.' ||
                  cps[k - 1] == '@')) {
      continue; // inside a word, a path or an address
    }
    const auto prefix = url_prefix_length(cps, k);
    if (prefix == 0) {
      continue;
    }
    std::size_t end = k + prefix;
    while (end < cps.size() && is_url_char(cps[end])) {
      ++end;
    }
    end = trim_url_end(cps, k + prefix, end);
    if (end == k + prefix || cps[k + prefix] == '/' || cps[k + prefix] == '.') {
      continue; // a scheme or `www.` with no host after it
    }
    urls.push_back({std::string(text.substr(byte_at[k], byte_at[end] - byte_at[k])),
                    static_cast<std::int32_t>(k), static_cast<std::int32_t>(end)});
    k = end - 1;
  }
  return urls;
}

std::vector<FoundTag> find_hashtags(std::string_view text) {
  std::vector<char32_t> cps;
  std::vector<std::size_t> byte_at;
  if (!decode_all(text, cps, byte_at)) {
    return {};
  }
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

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const auto lower = [](char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  };
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  std::iota(previous.begin(), previous.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitute = previous[j - 1] + (lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::vector<std::string> closest_names(std::string_view given,
                                       const std::vector<std::string> &known, std::size_t limit) {
  std::vector<std::pair<std::size_t, std::size_t>> scored; // distance, index in known
  for (std::size_t i = 0; i < known.size(); ++i) {
    const auto distance = edit_distance(given, known[i]);
    const auto longer = std::max(given.size(), known[i].size());
    if (distance <= longer / 3 + 1 && distance < longer) {
      scored.emplace_back(distance, i);
    }
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto &x, const auto &y) { return x.first < y.first; });
  std::vector<std::string> names;
  for (const auto &[distance, index] : scored) {
    if (names.size() == limit || distance > scored.front().first) {
      break; // only the nearest: a one-letter slip does not also list names five edits away
    }
    if (std::find(names.begin(), names.end(), known[index]) == names.end()) {
      names.push_back(known[index]);
    }
  }
  return names;
}

std::string join_alternatives(const std::vector<std::string> &names) {
  std::string joined;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) {
      joined += i + 1 == names.size() ? " or " : ", ";
    }
    joined += names[i];
  }
  return joined;
}

} // namespace sociometer::util
