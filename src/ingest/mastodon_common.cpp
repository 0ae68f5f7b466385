// SPDX-License-Identifier: Apache-2.0
#include "mastodon_common.hpp"

#include <cctype>

#include "html_text.hpp"
#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::ingest::mastodon {
namespace {

bool is_handle_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Host of an absolute URL (lower case, without port), and the path after it.
bool split_url(std::string_view url, std::string &host, std::string_view &path) {
  const auto scheme = url.find("://");
  if (scheme == std::string_view::npos) {
    return false;
  }
  auto rest = url.substr(scheme + 3);
  const auto slash = rest.find_first_of("/?#");
  auto authority = rest.substr(0, slash);
  path = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
    authority = authority.substr(at + 1);
  }
  host = util::ascii_lower(authority.substr(0, authority.find(':')));
  return !host.empty();
}

// Case-insensitive (ASCII) comparison of `text` at `pos` with `word`.
bool matches_at(std::string_view text, std::size_t pos, std::string_view word) {
  if (pos + word.size() > text.size()) {
    return false;
  }
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto a = static_cast<unsigned char>(text[pos + i]);
    const auto b = static_cast<unsigned char>(word[i]);
    if (a != b && std::tolower(a) != std::tolower(b)) {
      return false;
    }
  }
  return true;
}

// Code-point span of the first occurrence of `word` (case-insensitively, for ASCII and after
// normalisation otherwise) that is not followed by a handle character or by `extra_stop`.
std::optional<std::pair<std::int32_t, std::int32_t>>
find_word(std::string_view text, std::string_view word, char extra_stop) {
  const auto folded = util::normalize_for_matching(word);
  for (std::size_t pos = text.find(word.front()); pos != std::string_view::npos;
       pos = text.find(word.front(), pos + 1)) {
    const bool same = matches_at(text, pos, word) ||
                      (pos + word.size() <= text.size() &&
                       util::normalize_for_matching(text.substr(pos, word.size())) == folded);
    if (!same) {
      continue;
    }
    const auto end = pos + word.size();
    if (end < text.size() && (is_handle_char(text[end]) || text[end] == extra_stop ||
                              (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U)) {
      continue;
    }
    if (pos > 0 && is_handle_char(text[pos - 1])) {
      continue; // inside a word or an address: `mail@host`
    }
    return std::make_pair(static_cast<std::int32_t>(util::code_point_count(text.substr(0, pos))),
                          static_cast<std::int32_t>(util::code_point_count(text.substr(0, end))));
  }
  return std::nullopt;
}

std::string slice(const std::string &text, std::int32_t start, std::int32_t end) {
  const auto begin = util::byte_offset_of_code_point(text, static_cast<std::size_t>(start));
  const auto stop = util::byte_offset_of_code_point(text, static_cast<std::size_t>(end));
  return begin && stop ? text.substr(*begin, *stop - *begin) : std::string();
}

} // namespace

std::string account_id_from_uri(std::string_view uri) {
  std::string host;
  std::string_view path;
  if (!split_url(uri, host, path)) {
    return {};
  }
  std::string_view user;
  if (path.substr(0, 7) == "/users/") {
    user = path.substr(7);
  } else if (path.substr(0, 2) == "/@") {
    user = path.substr(2);
  } else {
    return {};
  }
  user = user.substr(0, user.find_first_of("/?#"));
  if (user.empty()) {
    return {};
  }
  if (const auto at = user.find('@'); at != std::string_view::npos) {
    return util::ascii_lower(user); // `/@user@other.host`: a remote account seen on this server
  }
  return util::ascii_lower(user) + "@" + host;
}

std::string account_id_from_acct(std::string_view acct, std::string_view url) {
  while (!acct.empty() && acct.front() == '@') {
    acct.remove_prefix(1);
  }
  if (acct.empty()) {
    return account_id_from_uri(url);
  }
  if (acct.find('@') != std::string_view::npos) {
    return util::ascii_lower(acct);
  }
  std::string host;
  std::string_view path;
  if (!split_url(url, host, path)) {
    return {};
  }
  return util::ascii_lower(acct) + "@" + host;
}

std::string language_of_key(std::string_view key) {
  std::string primary;
  for (std::size_t i = 0; i < key.size(); ++i) {
    const char c = key[i];
    if (c == '-' || c == '_' || (i > 0 && c >= 'A' && c <= 'Z' && key[0] >= 'a' && key[0] <= 'z')) {
      break; // `zhCn`: the region starts at the first capital after a lower-case language
    }
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
      return {};
    }
    primary.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return primary.size() >= 2 && primary.size() <= 3 ? primary : std::string();
}

void set_html_content(PostRecord &post, std::string_view html) {
  auto content = html_to_text(html);
  post.text = std::move(content.text);
  post.text_norm = util::normalize_for_matching(post.text);
  for (auto &link : content.links) {
    if (link.hashtag || link.mention || link.text.starts_with('#') || link.text.starts_with('@')) {
      continue; // those come from the structured tag lists
    }
    post.urls.push_back({std::move(link.text), std::move(link.href), link.start, link.end});
  }
}

void add_hashtag(PostRecord &post, std::string_view name) {
  while (!name.empty() && name.front() == '#') {
    name.remove_prefix(1);
  }
  if (name.empty()) {
    return;
  }
  HashtagEntity tag;
  tag.text = std::string(name);
  tag.normalized = util::normalize_for_matching(name);
  for (const auto &existing : post.hashtags) {
    if (existing.normalized == tag.normalized) {
      return;
    }
  }
  if (const auto span = find_word(post.text, "#" + tag.text, '\0')) {
    tag.start = span->first;
    tag.end = span->second;
    tag.text = slice(post.text, span->first + 1, span->second);
  }
  post.hashtags.push_back(std::move(tag));
}

void add_mention(PostRecord &post, const std::string &account_id) {
  if (account_id.empty()) {
    return;
  }
  for (const auto &existing : post.mentions) {
    if (existing.account.native_id == account_id) {
      return;
    }
  }
  MentionEntity mention;
  mention.account = account_ref(account_id);
  auto span = find_word(post.text, "@" + account_id, '\0');
  if (!span) {
    const auto user = account_id.substr(0, account_id.find('@'));
    span = find_word(post.text, "@" + user, '@');
  }
  if (span) {
    mention.start = span->first;
    mention.end = span->second;
  }
  post.mentions.push_back(std::move(mention));
}

std::size_t skip_value(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) {
    throw ScanError{pos, "truncated JSON: a value is missing"};
  }
  const char first = text[pos];
  if (first == ',' || first == ']' || first == '}' || first == ':') {
    throw ScanError{pos, std::string("expected a value, found `") + first + "`"};
  }
  const auto end = json::value_end(text, pos);
  if (end == std::string_view::npos) {
    throw ScanError{pos, first == '"'
                             ? "truncated JSON: a string is not closed"
                             : "truncated JSON: the file ends inside the value that starts here"};
  }
  return end;
}

} // namespace sociometer::ingest::mastodon
