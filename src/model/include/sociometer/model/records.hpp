// SPDX-License-Identifier: Apache-2.0
// What parsers produce and the store writes (ingest → store): normalised accounts, posts and
// account-level series, and the sink that receives them as they are parsed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sociometer/model/vocabulary.hpp"

namespace sociometer {

// An account as a record names it: by platform ID, by handle (without `@`), or both.
struct AccountRef {
  std::string native_id;
  std::string handle;
  [[nodiscard]] bool empty() const noexcept { return native_id.empty() && handle.empty(); }
};

// An account with what the source says about it at `observed_at`.
struct AccountRecord {
  Platform platform = Platform::other;
  AccountRef ref;
  std::string display_name;
  std::optional<TimePoint> created_at;
  std::optional<std::int64_t> followers;
  std::optional<std::int64_t> following;
  std::optional<std::int64_t> posts_count;
  std::optional<TimePoint> observed_at; // when the counts were true
  // Set for the owner of an account archive: the organisation's own account.
  bool owner = false;
};

// A hashtag, cashtag or URL found in a post. Offsets are Unicode code points into the stored
// (unescaped) post text, end exclusive; absent when the source gave none or they did not check out.
struct HashtagEntity {
  std::string text;       // as written, without `#`
  std::string normalized; // NFKC + case folded: the matching key
  std::optional<std::int32_t> start;
  std::optional<std::int32_t> end;
};

struct MentionEntity {
  AccountRef account;
  std::optional<std::int32_t> start;
  std::optional<std::int32_t> end;
};

struct UrlEntity {
  std::string url;          // as in the text (t.co etc.)
  std::string expanded_url; // the target the platform resolved
  std::optional<std::int32_t> start;
  std::optional<std::int32_t> end;
};

// One interaction edge of the amplification graph (docs/metrics.md §6); the actor is the post
// author.
struct InteractionEdge {
  EdgeKind kind = EdgeKind::mention;
  AccountRef target;
};

// A normalised post: the unit every parser emits and the store keeps once per (platform,
// native_id).
struct PostRecord {
  Platform platform = Platform::other;
  std::string native_id;
  RecordRole role = RecordRole::primary;
  PostState state = PostState::available;
  PostKind kind = PostKind::post;
  AccountRef author;
  std::optional<TimePoint> created_at;
  std::string text;      // unescaped, as shown to people
  std::string text_norm; // NFKC + case folded, for matching
  bool text_truncated = false;
  // The platform's language code (first of several); empty when the source gives none, and
  // ingest then detects it from the text (`und` when too short or mixed, never a guess).
  std::string lang;
  // Set by detection only: its confidence in [0, 1]; absent for a platform-given language.
  std::optional<double> lang_confidence;
  Visibility visibility = Visibility::everyone;
  std::string source_app;
  std::string url;
  std::string reply_to_id; // native IDs of the targets, kept even when the target is not stored
  std::string shared_of_id;
  std::string quoted_id;
  std::vector<HashtagEntity> hashtags;
  std::vector<MentionEntity> mentions;
  std::vector<UrlEntity> urls;
  std::vector<InteractionEdge> edges;
  std::vector<std::string> edit_history_ids; // oldest → newest, including this version
  // When this version was last edited (Mastodon `edited_at`/`updated`), and the version's own
  // key where the platform has one (Bluesky record CID). A newer version replaces the stored
  // one and the older text goes to the edit history.
  std::optional<TimePoint> edited_at;
  std::string version_key;
  // The source has no post IDs and `native_id` is a documented hash (Facebook/Instagram DYI).
  bool synthetic_id = false;
  // Another route may hold the same post under another key (Meta CSV rows and DYI posts): the
  // store joins them on platform + normalised text + creation time within two minutes.
  bool join_on_content = false;
  std::optional<MetricCounts> metrics;  // never set on reposts (their counts are the original's)
  std::optional<TimePoint> observed_at; // when `metrics` were true
  std::string raw;                      // the verbatim source record
  // When the source retrieved this version (a capture's retrieval time, an archive's generation
  // date): of two versions of a post from routes of the same kind, the later one is kept,
  // whatever the order of ingests. Unset: the version ingested last is kept.
  std::optional<TimePoint> retrieved_at;
  // The text is a notice in place of the post (X: `This Tweet is from an account that is
  // temporarily unavailable…`, a withheld stub): it never replaces a stored version with content.
  bool placeholder = false;
  // How complete this route's view of a post is: an export (1) lacks what the API (2) gives, so
  // the same post arriving by both keeps the API's content whatever the order of ingests.
  int detail_rank = 1;
};

// One day of an account-level series (Meta page-level CSV: daily views, reach, follows).
struct PageMetricRecord {
  Platform platform = Platform::other;
  AccountRef account;
  std::string metric; // the series title as the export names it, e.g. `Views`, `Follows`
  std::string day;    // YYYY-MM-DD, in the export's own calendar
  std::int64_t value = 0;
};

// Receives normalised records as a parser produces them, so nothing is held for a whole file.
class RecordSink {
public:
  virtual ~RecordSink() = default;
  virtual void account(const AccountRecord &record) = 0;
  virtual void post(const PostRecord &record) = 0;
  virtual void page_metric(const PageMetricRecord &record) = 0;
};

} // namespace sociometer
