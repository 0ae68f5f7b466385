// SPDX-License-Identifier: Apache-2.0
// HTML post content (Mastodon and other fediverse servers) turned into the plain
// text people see, with the links it contains placed on that text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sociometer::ingest {

// An `<a href>` of the content, located on the produced text.
struct HtmlLink {
  std::string href;       // the target, entities unescaped
  std::string text;       // the visible text, as it appears in HtmlText::text
  std::int32_t start = 0; // code points into HtmlText::text, end exclusive
  std::int32_t end = 0;
  bool hashtag = false; // class `hashtag` or rel `tag`
  bool mention = false; // class `mention` (and not a hashtag)
};

struct HtmlText {
  std::string text;
  std::vector<HtmlLink> links;
};

// Generic HTML → text: `<p>` (and other blocks) become paragraphs separated by a blank line,
// `<br>` a line break, `<li>` a line; tags are stripped (so Mastodon's split long links, spans of
// class `invisible`/`ellipsis`, join back into the URL as typed); runs of whitespace collapse to
// one space; `<script>`/`<style>` content and comments are dropped; entities are unescaped last, so
// an escaped `&lt;b&gt;` stays text. Never throws on malformed markup.
[[nodiscard]] HtmlText html_to_text(std::string_view html);

} // namespace sociometer::ingest
