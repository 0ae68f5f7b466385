// SPDX-License-Identifier: Apache-2.0
// What the Mastodon account archive and the REST API share (docs/formats.md, Mastodon): the
// identity rules that make one post or account from both routes one row, HTML content, visibility
// names, language keys, and a scanner that walks big JSON documents item by item with byte
// positions.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "json_scan.hpp"
#include "sociometer/model/records.hpp"

namespace sociometer::ingest::mastodon {

// `user@host`, lower case, of an actor or status URI or web URL:
// `https://host/users/user[/statuses/id[/activity]]` or `https://host/@user[/id]`
// (`https://host/@user@other/id` gives `user@other`); empty for other shapes.
[[nodiscard]] std::string account_id_from_uri(std::string_view uri);
// `user@host` of a REST Account or Mention: `acct` when it names a host, else
// `acct@<host of url>`; lower case.
[[nodiscard]] std::string account_id_from_acct(std::string_view acct, std::string_view url);
// An account ref whose native ID and handle are both `user@host`.
[[nodiscard]] inline AccountRef account_ref(const std::string &id) { return {id, id}; }

// The primary language subtag of a `contentMap` key or REST `language`, lower case: `fr`, `zh`
// for `zh-CN`, `zh_CN` and `zhCn`; empty when it is not 2–3 letters.
[[nodiscard]] std::string language_of_key(std::string_view key);

// Sets text, text_norm and the link entities of `post` from HTML content.
void set_html_content(PostRecord &post, std::string_view html);
// Adds hashtag `name` (with or without `#`), located in the text when it occurs there (then `text`
// is as written in the post); duplicates are ignored.
void add_hashtag(PostRecord &post, std::string_view name);
// Adds a mention of `user@host`, located as `@user@host` or `@user` when found.
void add_mention(PostRecord &post, const std::string &account_id);

// Positions in a JSON text that is walked without a DOM of the whole document.
struct ScanError {
  std::size_t offset;
  std::string message;
};
// End of the JSON value starting at `pos` (json::value_end). Throws ScanError when the text ends
// first (a truncated file) or no value starts at `pos`.
[[nodiscard]] std::size_t skip_value(std::string_view text, std::size_t pos);

// Calls `each(begin, end)` for every element of the array starting at `pos` (`[`); returns the
// position after `]`. Throws ScanError.
template <typename Each>
std::size_t for_each_element(std::string_view text, std::size_t pos, Each &&each) {
  if (pos >= text.size() || text[pos] != '[') {
    throw ScanError{pos, "expected a JSON array"};
  }
  pos = json::skip_space(text, pos + 1);
  if (pos < text.size() && text[pos] == ']') {
    return pos + 1;
  }
  for (;;) {
    const auto end = skip_value(text, pos);
    each(pos, end);
    pos = json::skip_space(text, end);
    if (pos >= text.size()) {
      throw ScanError{pos, "truncated JSON: the array is not closed"};
    }
    if (text[pos] == ']') {
      return pos + 1;
    }
    if (text[pos] != ',') {
      throw ScanError{pos, "expected `,` or `]` in an array"};
    }
    pos = json::skip_space(text, pos + 1);
  }
}

// Calls `each(key, value_begin)` for every member of the object starting at `pos` (`{`), in
// document order and duplicates included; `each` returns the end of the value. Keys are compared
// raw (without unescaping). Returns the position after `}`. Throws ScanError.
template <typename Each>
std::size_t for_each_member(std::string_view text, std::size_t pos, Each &&each) {
  if (pos >= text.size() || text[pos] != '{') {
    throw ScanError{pos, "expected a JSON object"};
  }
  pos = json::skip_space(text, pos + 1);
  if (pos < text.size() && text[pos] == '}') {
    return pos + 1;
  }
  for (;;) {
    if (pos >= text.size()) {
      throw ScanError{pos, "truncated JSON: the object is not closed"};
    }
    if (text[pos] != '"') {
      throw ScanError{pos, "expected a member name"};
    }
    const auto key_end = skip_value(text, pos);
    const auto key = text.substr(pos + 1, key_end - pos - 2);
    pos = json::skip_space(text, key_end);
    if (pos >= text.size() || text[pos] != ':') {
      throw ScanError{pos, pos >= text.size() ? "truncated JSON: the object is not closed"
                                              : "expected `:` after a member name"};
    }
    pos = json::skip_space(text, pos + 1);
    pos = json::skip_space(text, each(key, pos));
    if (pos >= text.size()) {
      throw ScanError{pos, "truncated JSON: the object is not closed"};
    }
    if (text[pos] == '}') {
      return pos + 1;
    }
    if (text[pos] != ',') {
      throw ScanError{pos, "expected `,` or `}` in an object"};
    }
    pos = json::skip_space(text, pos + 1);
  }
}

// Counts lines up to increasing byte offsets of one text (1-based).
class LineCounter {
public:
  explicit LineCounter(std::string_view text) : m_text(text) {}
  std::int64_t line_at(std::size_t offset) {
    offset = std::min(offset, m_text.size());
    for (; m_cursor < offset; ++m_cursor) {
      m_line += m_text[m_cursor] == '\n' ? 1 : 0;
    }
    return m_line;
  }

private:
  std::string_view m_text;
  std::size_t m_cursor = 0;
  std::int64_t m_line = 1;
};

} // namespace sociometer::ingest::mastodon
