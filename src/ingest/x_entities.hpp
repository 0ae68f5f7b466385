// SPDX-License-Identifier: Apache-2.0
// What X archives and the X API v2 share: HTML-escaped text with code-point entity offsets on the
// escaped text, quote URLs, and the edges a tweet implies.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "sociometer/model/records.hpp"
#include "sociometer/util/text.hpp"

namespace sociometer::ingest::x {

// Escaped tweet text turned into stored text, keeping the offset map for entities.
class TweetText {
public:
  explicit TweetText(std::string_view escaped)
      : m_unescaped(util::html_unescape_with_map(escaped)) {}
  [[nodiscard]] const std::string &text() const noexcept { return m_unescaped.text; }
  // Code-point index in the stored text of code point `escaped_index` of the escaped text (0 when
  // out of range).
  [[nodiscard]] std::int32_t stored_index(std::int64_t escaped_index) const noexcept {
    const auto &map = m_unescaped.code_point_map;
    return escaped_index >= 0 && static_cast<std::size_t>(escaped_index) < map.size()
               ? map[static_cast<std::size_t>(escaped_index)]
               : 0;
  }

  // Moves a [start, end) code-point span on the escaped text onto the stored text, and checks that
  // it covers `expected` (case-insensitively after normalisation). On a mismatch, finds
  // `expected` in the text instead; std::nullopt when it is nowhere (then `mismatch` is set).
  struct Span {
    std::int32_t start;
    std::int32_t end;
  };
  [[nodiscard]] std::optional<Span> locate(std::optional<std::int64_t> start,
                                           std::optional<std::int64_t> end,
                                           std::string_view expected, bool &mismatch) const;

private:
  util::UnescapedText m_unescaped;
};

// Append an entity that the source placed at [start, end) code points of the escaped text; its
// offsets are moved onto the stored text and checked (`mismatch` is set when they were wrong).
void add_hashtag(PostRecord &post, const TweetText &text, std::string tag,
                 std::optional<std::int64_t> start, std::optional<std::int64_t> end,
                 bool &mismatch);
void add_mention(PostRecord &post, const TweetText &text, AccountRef account,
                 std::optional<std::int64_t> start, std::optional<std::int64_t> end,
                 bool &mismatch);
void add_url(PostRecord &post, const TweetText &text, std::string url, std::string expanded_url,
             std::optional<std::int64_t> start, std::optional<std::int64_t> end, bool &mismatch);

// `https://twitter.com/<handle>/status/<id>` (or x.com, mobile., www.): the quoted tweet.
struct StatusLink {
  std::string handle;
  std::string id;
};
[[nodiscard]] std::optional<StatusLink> parse_status_link(std::string_view url);

// The visible name of a `source` HTML anchor (`<a href=…>Twitter Web App</a>` → `Twitter Web App`).
[[nodiscard]] std::string source_name(std::string_view source);

// `https://x.com/<handle>/status/<id>`, or empty without a handle.
[[nodiscard]] std::string status_url(std::string_view handle, std::string_view id);

// The one rule of automatic mentions for X, by archive or API alike: on a reply, the code points
// taken by the `@a @b ` that opens its text (X adds the handles of the accounts it answers;
// archives also leave them out of `display_text_range`, but the API gives no range, so the text
// alone decides); 0 for every other kind.
[[nodiscard]] std::int32_t automatic_mentions_end(const PostRecord &post);

// Fills `edges` from kind, reply target, repost/quote targets and mentions. No mention edges
// inside reposts (the reposter did not write them), none for the reply target's automatic
// mentions (the reply target wherever it is named, and the leading ones, before
// `body_start_cp`); self-loops are dropped later by the store.
void add_edges(PostRecord &post, const AccountRef &reply_target, const AccountRef &shared_author,
               const AccountRef &quoted_author, std::int32_t body_start_cp);

// Whether `text` is a notice X shows in place of a tweet it cannot show (`This Tweet is from an
// account that is temporarily unavailable…`, `…from a suspended account`, `…has been withheld…`):
// the author's words are not in it, so it must never stand for them.
[[nodiscard]] bool is_placeholder_text(std::string_view text);

// Marks `post` as a placeholder: its entities belong to the notice (a help-centre link), not to
// the author, and its counts say nothing about the tweet, so they are dropped.
void make_placeholder(PostRecord &post);

} // namespace sociometer::ingest::x
