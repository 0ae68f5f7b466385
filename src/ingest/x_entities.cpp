// SPDX-License-Identifier: Apache-2.0
#include "x_entities.hpp"

#include <algorithm>
#include <cctype>

namespace sociometer::ingest::x {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [](char x, char y) { return lower(x) == lower(y); });
}

bool same_account(const AccountRef &a, const AccountRef &b) {
  if (!a.native_id.empty() && !b.native_id.empty()) {
    return a.native_id == b.native_id;
  }
  return !a.handle.empty() && equal_ignoring_ascii_case(a.handle, b.handle);
}

} // namespace

std::optional<TweetText::Span> TweetText::locate(std::optional<std::int64_t> start,
                                                 std::optional<std::int64_t> end,
                                                 std::string_view expected, bool &mismatch) const {
  const auto &map = m_unescaped.code_point_map;
  const auto &text = m_unescaped.text;
  if (start && end && *start >= 0 && *end > *start && static_cast<std::size_t>(*end) < map.size()) {
    const auto s = map[static_cast<std::size_t>(*start)];
    const auto e = map[static_cast<std::size_t>(*end)];
    const auto byte_start = util::byte_offset_of_code_point(text, static_cast<std::size_t>(s));
    const auto byte_end = util::byte_offset_of_code_point(text, static_cast<std::size_t>(e));
    if (byte_start && byte_end && *byte_end > *byte_start) {
      const auto slice = std::string_view(text).substr(*byte_start, *byte_end - *byte_start);
      if (equal_ignoring_ascii_case(slice, expected) ||
          util::normalize_for_matching(slice) == util::normalize_for_matching(expected)) {
        return Span{s, e};
      }
    }
  }
  if (start || end) {
    mismatch = true;
  }
  // Offsets absent or wrong: fall back to the first occurrence in the text.
  const auto it = std::search(text.begin(), text.end(), expected.begin(), expected.end(),
                              [](char x, char y) { return lower(x) == lower(y); });
  if (it == text.end() || expected.empty()) {
    mismatch = true;
    return std::nullopt;
  }
  const auto byte_start = static_cast<std::size_t>(it - text.begin());
  const auto s = util::code_point_count(std::string_view(text).substr(0, byte_start));
  const auto length = util::code_point_count(expected);
  return Span{static_cast<std::int32_t>(s), static_cast<std::int32_t>(s + length)};
}

void add_hashtag(PostRecord &post, const TweetText &text, std::string tag,
                 std::optional<std::int64_t> start, std::optional<std::int64_t> end,
                 bool &mismatch) {
  HashtagEntity entity;
  entity.normalized = util::normalize_for_matching(tag);
  entity.text = std::move(tag);
  if (auto located = text.locate(start, end, "#" + entity.text, mismatch)) {
    entity.start = located->start;
    entity.end = located->end;
  }
  post.hashtags.push_back(std::move(entity));
}

void add_mention(PostRecord &post, const TweetText &text, AccountRef account,
                 std::optional<std::int64_t> start, std::optional<std::int64_t> end,
                 bool &mismatch) {
  MentionEntity entity;
  entity.account = std::move(account);
  if (auto located = text.locate(start, end, "@" + entity.account.handle, mismatch)) {
    entity.start = located->start;
    entity.end = located->end;
  }
  post.mentions.push_back(std::move(entity));
}

void add_url(PostRecord &post, const TweetText &text, std::string url, std::string expanded_url,
             std::optional<std::int64_t> start, std::optional<std::int64_t> end, bool &mismatch) {
  UrlEntity entity;
  entity.url = std::move(url);
  entity.expanded_url = std::move(expanded_url);
  if (auto located = text.locate(start, end, entity.url, mismatch)) {
    entity.start = located->start;
    entity.end = located->end;
  }
  post.urls.push_back(std::move(entity));
}

std::optional<StatusLink> parse_status_link(std::string_view url) {
  for (const std::string_view scheme : {"https://", "http://"}) {
    if (url.substr(0, scheme.size()) == scheme) {
      url.remove_prefix(scheme.size());
      break;
    }
  }
  for (const std::string_view prefix : {"www.", "mobile."}) {
    if (url.substr(0, prefix.size()) == prefix) {
      url.remove_prefix(prefix.size());
    }
  }
  std::string_view host;
  for (const std::string_view candidate : {"twitter.com/", "x.com/"}) {
    if (url.substr(0, candidate.size()) == candidate) {
      host = candidate;
    }
  }
  if (host.empty()) {
    return std::nullopt;
  }
  url.remove_prefix(host.size());
  const auto slash = url.find('/');
  if (slash == std::string_view::npos || slash == 0) {
    return std::nullopt;
  }
  const auto handle = url.substr(0, slash);
  url.remove_prefix(slash + 1);
  if (url.substr(0, 7) != "status/") {
    return std::nullopt;
  }
  url.remove_prefix(7);
  std::size_t digits = 0;
  while (digits < url.size() && url[digits] >= '0' && url[digits] <= '9') {
    ++digits;
  }
  if (digits == 0 || handle == "i") {
    return std::nullopt;
  }
  return StatusLink{std::string(handle), std::string(url.substr(0, digits))};
}

std::string source_name(std::string_view source) {
  const auto open_end = source.find('>');
  if (source.substr(0, 2) != "<a" || open_end == std::string_view::npos) {
    return std::string(source);
  }
  const auto close = source.find("</a>", open_end);
  return std::string(source.substr(open_end + 1, close == std::string_view::npos
                                                     ? std::string_view::npos
                                                     : close - open_end - 1));
}

std::string status_url(std::string_view handle, std::string_view id) {
  if (handle.empty() || id.empty()) {
    return {};
  }
  return "https://x.com/" + std::string(handle) + "/status/" + std::string(id);
}

std::int32_t automatic_mentions_end(const PostRecord &post) {
  if (post.kind != PostKind::reply) {
    return 0;
  }
  const std::string_view text = post.text;
  std::size_t pos = 0;
  std::size_t consumed = 0;
  while (pos < text.size() && text[pos] == '@') {
    std::size_t end = pos + 1;
    while (end < text.size() &&
           (std::isalnum(static_cast<unsigned char>(text[end])) != 0 || text[end] == '_')) {
      ++end;
    }
    if (end == pos + 1) {
      break;
    }
    while (end < text.size() && text[end] == ' ') {
      ++end;
    }
    pos = end;
    consumed = end;
  }
  return static_cast<std::int32_t>(consumed); // ASCII only, so bytes == code points
}

void add_edges(PostRecord &post, const AccountRef &reply_target, const AccountRef &shared_author,
               const AccountRef &quoted_author, std::int32_t body_start_cp) {
  if (post.kind == PostKind::repost) {
    if (!shared_author.empty()) {
      post.edges.push_back({EdgeKind::repost, shared_author});
    }
    return; // handles inside a repost are the original's, not the reposter's mentions
  }
  if (!reply_target.empty()) {
    post.edges.push_back({EdgeKind::reply, reply_target});
  }
  if (!quoted_author.empty()) {
    post.edges.push_back({EdgeKind::quote, quoted_author});
  }
  for (const auto &mention : post.mentions) {
    if (mention.account.empty()) {
      continue;
    }
    const bool automatic =
        post.kind == PostKind::reply && ((mention.start && *mention.start < body_start_cp) ||
                                         same_account(mention.account, reply_target));
    if (!automatic) {
      post.edges.push_back({EdgeKind::mention, mention.account});
    }
  }
}

bool is_placeholder_text(std::string_view text) {
  const auto starts = [&](std::string_view prefix) {
    return text.size() >= prefix.size() &&
           equal_ignoring_ascii_case(text.substr(0, prefix.size()), prefix);
  };
  if (!starts("This Tweet ") && !starts("This Post ")) {
    return false;
  }
  for (const std::string_view notice :
       {"temporarily unavailable", "suspended account", "has been withheld", "is unavailable",
        "violated the", "was deleted by"}) {
    if (text.find(notice) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

void make_placeholder(PostRecord &post) {
  post.placeholder = true;
  post.hashtags.clear();
  post.mentions.clear();
  post.urls.clear();
  post.metrics.reset();
}

} // namespace sociometer::ingest::x
