// SPDX-License-Identifier: Apache-2.0
#include "stored_post.hpp"

#include <cstdio>

#include "sociometer/util/time.hpp"

namespace sociometer::store {
namespace {

// FNV-1a over the fields that define a post's content (not its counts, which are snapshots).
class ContentHash {
public:
  void add(std::string_view field) {
    for (const char c : field) {
      m_hash = (m_hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    }
    m_hash = (m_hash ^ 0x1fU) * 1099511628211ULL;
  }
  void add(std::int64_t value) { add(std::to_string(value)); }
  [[nodiscard]] std::string hex() const {
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(m_hash));
    return buffer;
  }

private:
  std::uint64_t m_hash = 14695981039346656037ULL;
};

// Posts of two routes are the same post when their texts match and their times are this close
// (DYI keeps seconds; Business Suite CSVs keep minutes in local time).
constexpr auto k_content_join_window = std::chrono::minutes{2};

} // namespace

std::string content_key(const PostRecord &record) {
  if (!record.join_on_content) {
    return {};
  }
  ContentHash hash;
  hash.add(to_string(record.platform));
  hash.add(record.text_norm);
  return hash.hex();
}

std::string version_time(const std::optional<TimePoint> &edited, const std::string &created) {
  return edited ? util::format_rfc3339_ms(*edited) : created;
}

std::string post_content_hash(const PostRecord &record, std::int64_t author_id) {
  ContentHash hash;
  hash.add(author_id);
  hash.add(record.created_at ? util::format_rfc3339_ms(*record.created_at) : std::string());
  hash.add(to_string(record.kind));
  hash.add(to_string(record.role));
  hash.add(to_string(record.state));
  hash.add(record.text);
  hash.add(record.text_truncated ? 1 : 0);
  hash.add(record.lang);
  hash.add(record.source_app);
  hash.add(record.url);
  hash.add(record.reply_to_id);
  hash.add(record.shared_of_id);
  hash.add(record.quoted_id);
  for (const auto &tag : record.hashtags) {
    hash.add(tag.text);
    hash.add(tag.start.value_or(-1));
  }
  for (const auto &mention : record.mentions) {
    hash.add(mention.account.native_id);
    hash.add(mention.account.handle);
    hash.add(mention.start.value_or(-1));
  }
  for (const auto &url : record.urls) {
    hash.add(url.expanded_url);
    hash.add(url.start.value_or(-1));
  }
  for (const auto &edge : record.edges) {
    hash.add(to_string(edge.kind));
    hash.add(edge.target.native_id);
    hash.add(edge.target.handle);
  }
  for (const auto &version : record.edit_history_ids) {
    hash.add(version);
  }
  // Only non-default values, so posts of earlier formats keep the hashes they were stored with.
  if (record.visibility != Visibility::everyone) {
    hash.add(to_string(record.visibility));
  }
  if (record.edited_at) {
    hash.add(util::format_rfc3339_ms(*record.edited_at));
  }
  if (!record.version_key.empty()) {
    hash.add(record.version_key);
  }
  return hash.hex();
}

std::optional<StoredPost> find_stored_post(Statement &query, const PostRecord &record,
                                           const std::string &created, bool by_content) {
  query.reset();
  query.bind(":platform", to_string(record.platform));
  std::string key;
  if (by_content) {
    key = content_key(record);
    query.bind(":content_key", key);
    query.bind(":synthetic", record.synthetic_id ? 1 : 0);
  } else {
    query.bind_no_copy(":native_id", record.native_id);
  }
  const auto wanted = util::parse_iso8601(created);
  std::optional<StoredPost> found;
  while (!found && query.step()) {
    StoredPost post;
    post.id = query.integer(0);
    post.content_hash = query.string(1);
    post.primary = query.integer(2) != 0;
    post.detail_rank = static_cast<int>(query.integer(3));
    post.edited_at = query.string(4);
    post.version_key = query.string(5);
    post.text = query.string(6);
    post.synthetic_id = query.integer(7) != 0;
    post.created_at = query.string(8);
    post.available = query.text(9) == "available";
    post.retrieved_at = query.string(10);
    post.placeholder = query.integer(11) != 0;
    if (by_content) {
      const auto at = util::parse_iso8601(post.created_at);
      if (!wanted || !at ||
          (*at > *wanted ? *at - *wanted : *wanted - *at) > k_content_join_window) {
        continue;
      }
    }
    found = std::move(post);
  }
  query.reset();
  return found;
}

} // namespace sociometer::store
