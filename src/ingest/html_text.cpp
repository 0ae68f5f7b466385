// SPDX-License-Identifier: Apache-2.0
#include "html_text.hpp"

#include <algorithm>
#include <optional>

#include "sociometer/util/text.hpp"

namespace sociometer::ingest {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool has_token(std::string_view list, std::string_view token) {
  std::size_t pos = 0;
  while (pos < list.size()) {
    while (pos < list.size() && is_space(list[pos])) {
      ++pos;
    }
    std::size_t end = pos;
    while (end < list.size() && !is_space(list[end])) {
      ++end;
    }
    if (end > pos && list.substr(pos, end - pos) == token) {
      return true;
    }
    pos = end;
  }
  return false;
}

struct Tag {
  std::string name; // lower case
  bool closing = false;
  std::string href;
  std::string class_list;
  std::string rel;
};

// Parses the tag at `pos` (`<`); returns the position after `>` (or the end of input).
std::size_t parse_tag(std::string_view html, std::size_t pos, Tag &tag) {
  ++pos;
  if (pos < html.size() && html[pos] == '/') {
    tag.closing = true;
    ++pos;
  }
  while (pos < html.size() && (is_alpha(html[pos]) || (html[pos] >= '0' && html[pos] <= '9'))) {
    tag.name.push_back(lower(html[pos++]));
  }
  while (pos < html.size() && html[pos] != '>') {
    if (is_space(html[pos]) || html[pos] == '/') {
      ++pos;
      continue;
    }
    std::string name;
    while (pos < html.size() && !is_space(html[pos]) && html[pos] != '=' && html[pos] != '>' &&
           html[pos] != '/') {
      name.push_back(lower(html[pos++]));
    }
    if (name.empty()) {
      ++pos; // a stray character
      continue;
    }
    while (pos < html.size() && is_space(html[pos])) {
      ++pos;
    }
    std::string value;
    if (pos < html.size() && html[pos] == '=') {
      ++pos;
      while (pos < html.size() && is_space(html[pos])) {
        ++pos;
      }
      if (pos < html.size() && (html[pos] == '"' || html[pos] == '\'')) {
        const char quote = html[pos++];
        const auto end = std::min(html.find(quote, pos), html.size());
        value = std::string(html.substr(pos, end - pos));
        pos = end + 1;
      } else {
        while (pos < html.size() && !is_space(html[pos]) && html[pos] != '>') {
          value.push_back(html[pos++]);
        }
      }
    }
    if (name == "href") {
      tag.href = util::html_unescape(value);
    } else if (name == "class") {
      tag.class_list = value;
    } else if (name == "rel") {
      tag.rel = value;
    }
  }
  return std::min(pos + 1, html.size());
}

bool is_block(std::string_view name) {
  static constexpr std::string_view k_blocks[] = {
      "p",  "div", "blockquote", "pre", "ul",    "ol", "h1",      "h2",     "h3",
      "h4", "h5",  "h6",         "hr",  "table", "tr", "section", "article"};
  return std::find(std::begin(k_blocks), std::end(k_blocks), name) != std::end(k_blocks);
}

// Builds the escaped text; entities are resolved at the end, so an escaped `&lt;p&gt;` stays text
// and never becomes markup.
class Builder {
public:
  void text_char(std::string_view bytes) {
    flush_separators();
    if (m_anchor && !m_anchor_start) {
      m_anchor_start = m_code_points;
    }
    m_out.append(bytes);
    ++m_code_points;
  }
  void space() {
    if (!m_out.empty() && m_pending_newlines == 0) {
      m_pending_space = true;
    }
  }
  void line_break() { ++m_pending_newlines; }
  void block_break() { m_pending_newlines = std::max(m_pending_newlines, 2); }
  void item_break() { m_pending_newlines = std::max(m_pending_newlines, 1); }

  void open_anchor(const Tag &tag) {
    close_anchor();
    m_anchor = tag;
    m_anchor_start.reset();
  }
  void close_anchor() {
    if (m_anchor && m_anchor_start && m_code_points > *m_anchor_start) {
      HtmlLink link;
      link.href = m_anchor->href;
      link.start = *m_anchor_start;
      link.end = m_code_points;
      link.hashtag = has_token(m_anchor->class_list, "hashtag") || has_token(m_anchor->rel, "tag");
      link.mention = !link.hashtag && has_token(m_anchor->class_list, "mention");
      m_links.push_back(std::move(link));
    }
    m_anchor.reset();
    m_anchor_start.reset();
  }

  HtmlText finish() {
    close_anchor();
    auto unescaped = util::html_unescape_with_map(m_out);
    HtmlText result;
    result.text = std::move(unescaped.text);
    const auto &map = unescaped.code_point_map;
    for (auto &link : m_links) {
      link.start = map[static_cast<std::size_t>(link.start)];
      link.end = map[static_cast<std::size_t>(link.end)];
      const auto begin =
          util::byte_offset_of_code_point(result.text, static_cast<std::size_t>(link.start));
      const auto end =
          util::byte_offset_of_code_point(result.text, static_cast<std::size_t>(link.end));
      if (begin && end) {
        link.text = result.text.substr(*begin, *end - *begin);
      }
      if (link.href.empty()) {
        continue;
      }
      result.links.push_back(std::move(link));
    }
    return result;
  }

private:
  void flush_separators() {
    if (m_out.empty()) {
      m_pending_newlines = 0;
      m_pending_space = false;
      return;
    }
    if (m_pending_newlines > 0) {
      m_out.append(static_cast<std::size_t>(m_pending_newlines), '\n');
      m_code_points += m_pending_newlines;
    } else if (m_pending_space) {
      m_out.push_back(' ');
      ++m_code_points;
    }
    m_pending_newlines = 0;
    m_pending_space = false;
  }

  std::string m_out;
  std::int32_t m_code_points = 0;
  int m_pending_newlines = 0;
  bool m_pending_space = false;
  std::optional<Tag> m_anchor;
  std::optional<std::int32_t> m_anchor_start;
  std::vector<HtmlLink> m_links;
};

} // namespace

HtmlText html_to_text(std::string_view html) {
  Builder builder;
  bool preformatted = false;
  std::size_t pos = 0;
  while (pos < html.size()) {
    const char c = html[pos];
    if (c == '<' && pos + 1 < html.size() &&
        (is_alpha(html[pos + 1]) || html[pos + 1] == '/' || html[pos + 1] == '!')) {
      if (html.compare(pos, 4, "<!--") == 0) {
        const auto end = html.find("-->", pos + 4);
        pos = end == std::string_view::npos ? html.size() : end + 3;
        continue;
      }
      if (html[pos + 1] == '!') { // <!DOCTYPE …>
        const auto end = html.find('>', pos);
        pos = end == std::string_view::npos ? html.size() : end + 1;
        continue;
      }
      Tag tag;
      pos = parse_tag(html, pos, tag);
      if (tag.name == "script" || tag.name == "style") {
        if (!tag.closing) {
          const std::string close = "</" + tag.name;
          std::size_t end = pos;
          while (end < html.size()) {
            end = html.find("</", end);
            if (end == std::string_view::npos) {
              end = html.size();
              break;
            }
            std::string candidate;
            for (std::size_t i = end; i < std::min(end + close.size(), html.size()); ++i) {
              candidate.push_back(lower(html[i]));
            }
            if (candidate == close) {
              break;
            }
            end += 2;
          }
          pos = end; // the closing tag is parsed next and ignored
        }
        continue;
      }
      if (tag.name == "br") {
        builder.line_break();
      } else if (tag.name == "li") {
        builder.item_break();
      } else if (is_block(tag.name)) {
        builder.block_break();
        if (tag.name == "pre") {
          preformatted = !tag.closing;
        }
      } else if (tag.name == "a") {
        if (tag.closing) {
          builder.close_anchor();
        } else {
          builder.open_anchor(tag);
        }
      }
      continue;
    }
    if (is_space(c)) {
      if (preformatted && c == '\n') {
        builder.line_break();
      } else {
        builder.space();
      }
      ++pos;
      continue;
    }
    if (c == '&' && html.compare(pos, 6, "&nbsp;") == 0) {
      for (const char part : std::string_view("&#160;")) { // one code point once unescaped
        builder.text_char(std::string_view(&part, 1));
      }
      pos += 6;
      continue;
    }
    std::size_t end = pos + 1;
    while (end < html.size() && is_continuation(html[end])) {
      ++end;
    }
    builder.text_char(html.substr(pos, end - pos));
    pos = end;
  }
  return builder.finish();
}

} // namespace sociometer::ingest
