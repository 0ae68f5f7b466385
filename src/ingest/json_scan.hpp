// SPDX-License-Identifier: Apache-2.0
// Walking a big JSON text by byte positions, without a DOM of the whole document: where a value
// ends, and the byte range of each element of an array, so that each element can be parsed on its
// own (X archive parts, DYI posts files, Mastodon outboxes). Structure only: the elements are
// validated by their own parse.
#pragma once

#include <cstddef>
#include <string_view>

namespace sociometer::ingest::json {

// First position at or after `pos` that is not JSON whitespace (space, tab, CR, LF); `text.size()`
// when there is none.
[[nodiscard]] std::size_t skip_space(std::string_view text, std::size_t pos) noexcept;

// End (exclusive) of the JSON value starting at `pos`: after the bracket that closes an object or
// array, after the quote that closes a string, otherwise (numbers, literals, stray characters) at
// the next whitespace, `,`, `]` or `}`, which is `pos` itself when one stands there. Strings and
// escapes are honoured; brackets are counted, not matched. std::string_view::npos when the text
// ends first (a truncated value) or `pos` is at or past its end.
[[nodiscard]] std::size_t value_end(std::string_view text, std::size_t pos) noexcept;

// What may stand between the elements of an array (split_array).
enum class Separators {
  json, // whitespace and one `,` (a `,` before `]` is tolerated)
  any,  // any run of `,` and ASCII whitespace, `\v` and `\f` included, as in a JavaScript array
        // literal with holes; elements may also follow each other directly
};

// Why split_array stopped, at ArrayError::offset.
enum class ArrayProblem {
  not_an_array,       // no `[` at the start position
  not_closed,         // the text ends before the closing `]` (a truncated file)
  element_not_closed, // the text ends inside the element that starts at the offset
  missing_separator,  // something other than a separator or `]` follows an element
};
struct ArrayError {
  std::size_t offset;
  ArrayProblem problem;
};

// Calls `each(begin, end)` with the byte range of every element of the array that opens at `pos`
// (ends as value_end() finds them; a stray `}`, or a stray `,` with Separators::json, is an empty
// range, passed on for its own parse to reject). Returns the position after the closing `]`.
// Throws ArrayError; what `each` throws passes through.
template <typename Each>
std::size_t split_array(std::string_view text, std::size_t pos, Separators separators,
                        Each &&each) {
  const auto skip_separators = [&](std::size_t at) {
    if (separators == Separators::json) {
      return skip_space(text, at);
    }
    while (at < text.size() &&
           (text[at] == ',' || text[at] == ' ' || text[at] == '\t' || text[at] == '\n' ||
            text[at] == '\r' || text[at] == '\v' || text[at] == '\f')) {
      ++at;
    }
    return at;
  };
  if (pos >= text.size() || text[pos] != '[') {
    throw ArrayError{pos, ArrayProblem::not_an_array};
  }
  pos = skip_separators(pos + 1);
  for (;;) {
    if (pos >= text.size()) {
      throw ArrayError{pos, ArrayProblem::not_closed};
    }
    if (text[pos] == ']') {
      return pos + 1;
    }
    const auto end = value_end(text, pos);
    if (end == std::string_view::npos) {
      throw ArrayError{pos, ArrayProblem::element_not_closed};
    }
    each(pos, end);
    if (separators == Separators::any) {
      if (end == pos) { // a stray `}` that `each` let pass: no way forward
        throw ArrayError{pos, ArrayProblem::missing_separator};
      }
      pos = skip_separators(end);
      continue;
    }
    pos = skip_space(text, end);
    if (pos < text.size() && text[pos] == ',') {
      pos = skip_space(text, pos + 1);
    } else if (pos < text.size() && text[pos] != ']') {
      throw ArrayError{pos, ArrayProblem::missing_separator};
    }
  }
}

} // namespace sociometer::ingest::json
