// SPDX-License-Identifier: Apache-2.0
#include "json_scan.hpp"

namespace sociometer::ingest::json {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

} // namespace

std::size_t skip_space(std::string_view text, std::size_t pos) noexcept {
  while (pos < text.size() && is_space(text[pos])) {
    ++pos;
  }
  return pos;
}

std::size_t value_end(std::string_view text, std::size_t pos) noexcept {
  if (pos >= text.size()) {
    return std::string_view::npos;
  }
  const char first = text[pos];
  if (first != '{' && first != '[' && first != '"') {
    while (pos < text.size() && !is_space(text[pos]) && text[pos] != ',' && text[pos] != ']' &&
           text[pos] != '}') {
      ++pos;
    }
    return pos;
  }
  // One pass for strings and containers: a string at depth 0 is the value itself.
  int depth = 0;
  bool in_string = false;
  for (; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (in_string) {
      if (c == '\\') {
        ++pos; // the escaped character, whatever it is
      } else if (c == '"') {
        in_string = false;
        if (depth == 0) {
          return pos + 1;
        }
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if ((c == '}' || c == ']') && --depth == 0) {
      return pos + 1;
    }
  }
  return std::string_view::npos;
}

} // namespace sociometer::ingest::json
