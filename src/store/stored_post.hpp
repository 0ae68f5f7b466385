// SPDX-License-Identifier: Apache-2.0
// Which stored post an incoming record stands for, and whether its content changed: the content
// hash of a record, the key that joins routes without a shared ID, and the lookup of the stored
// post by ID or by that key.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "sociometer/model/records.hpp"
#include "sqlite.hpp"

namespace sociometer::store {

// Key of a post's text for joining routes without a shared ID; empty when the record needs none.
[[nodiscard]] std::string content_key(const PostRecord &record);

// A hash of what defines the post's content as `record` gives it (not its counts, which are
// snapshots), with its author's account ID: equal hashes mean nothing to rewrite.
[[nodiscard]] std::string post_content_hash(const PostRecord &record, std::int64_t author_id);

// The version a record stands for, to order edits: its edit time, else its creation time.
[[nodiscard]] std::string version_time(const std::optional<TimePoint> &edited,
                                       const std::string &created);

// What the writer needs to know about a post already in the store.
struct StoredPost {
  std::int64_t id = 0;
  std::string content_hash;
  bool primary = false;
  int detail_rank = 0;
  std::string edited_at;
  std::string version_key;
  std::string text;
  bool synthetic_id = false;
  std::string created_at;
  bool available = false;
  std::string retrieved_at; // empty when unknown
  bool placeholder = false;
};

// The stored post `record` stands for: by (platform, native_id) with `query` selecting by ID,
// or with `by_content` (`query` selecting by content key), the post of the other ID-kind whose
// normalised text matches and whose time is within two minutes of `created`.
[[nodiscard]] std::optional<StoredPost> find_stored_post(Statement &query, const PostRecord &record,
                                                         const std::string &created,
                                                         bool by_content);

} // namespace sociometer::store
