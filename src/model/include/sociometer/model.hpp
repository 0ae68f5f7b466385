// SPDX-License-Identifier: Apache-2.0
// Domain records shared by every layer: what parsers produce, what the store keeps and what the
// analysis reads. Plain data, no behaviour beyond name conversions.
#pragma once

#include <chrono>
#include <compare>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace sociometer {

// UTC instants with millisecond precision; every timestamp in the store is one of these.
using TimePoint = std::chrono::sys_time<std::chrono::milliseconds>;

enum class Platform { x, mastodon, bluesky, facebook, instagram, other };
enum class PostKind { post, reply, repost, quote };
// `available`: content known. `unavailable`: only the reference is known (deleted, protected,
// suspended, not included in the capture).
enum class PostState { available, unavailable };
// `primary`: the export or query itself contained the record. `referenced`: known only as the
// target of a repost, quote or reply (twarc2 `includes.tweets`, `errors[]`).
enum class RecordRole { primary, referenced };
enum class AccountRole { own, peer, partner, tracked, other };
enum class EdgeKind { repost, quote, reply, mention };
// Who a post was addressed to (Mastodon `visibility`, derived from `to`/`cc` in archives).
// `direct` posts are private messages: parsers never emit them as posts (nobody consented to
// their analysis).
enum class Visibility { everyone, unlisted, followers, direct };

[[nodiscard]] std::string_view to_string(Platform platform) noexcept;
[[nodiscard]] std::string_view to_string(PostKind kind) noexcept;
[[nodiscard]] std::string_view to_string(PostState state) noexcept;
[[nodiscard]] std::string_view to_string(RecordRole role) noexcept;
[[nodiscard]] std::string_view to_string(AccountRole role) noexcept;
[[nodiscard]] std::string_view to_string(EdgeKind kind) noexcept;
// `public`, `unlisted`, `private` (followers only), `direct`: Mastodon's own words.
[[nodiscard]] std::string_view to_string(Visibility visibility) noexcept;
// Parse the names above; std::nullopt for anything else.
[[nodiscard]] std::optional<Platform> parse_platform(std::string_view name) noexcept;
[[nodiscard]] std::optional<PostKind> parse_post_kind(std::string_view name) noexcept;
[[nodiscard]] std::optional<AccountRole> parse_account_role(std::string_view name) noexcept;

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

// Counts as observed at one time. std::nullopt means "not reported", never zero.
struct MetricCounts {
  std::optional<std::int64_t> likes;
  std::optional<std::int64_t> reposts;
  std::optional<std::int64_t> replies;
  std::optional<std::int64_t> quotes;
  std::optional<std::int64_t> bookmarks;
  std::optional<std::int64_t> impressions;
  std::optional<std::int64_t> reach;
  std::optional<std::int64_t> link_clicks; // clicks on the post's link (Meta `Link Clicks`)
  [[nodiscard]] bool empty() const noexcept {
    return !likes && !reposts && !replies && !quotes && !bookmarks && !impressions && !reach &&
           !link_clicks;
  }
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
  // How complete this route's view of a post is: an export (1) lacks what the API (2) gives, so
  // the same post arriving by both keeps the API's content whatever the order of ingests.
  int detail_rank = 1;
};

// A result table as every command prints it: typed columns, rows of nullable cells. The renderers
// (report/) turn it into table, json, ndjson or csv without knowing which command made it.
enum class ColumnType { text, id, integer, number, ratio, timestamp };
struct Column {
  std::string key; // snake_case JSON key / CSV header
  ColumnType type = ColumnType::text;
};
struct Null {
  friend auto operator<=>(const Null &, const Null &) = default;
};
using Cell = std::variant<Null, std::int64_t, double, std::string>;
struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;
};
// Formula or unit behind a figure, keyed by the column or metric it explains (JSON `definitions`).
using Definitions = std::map<std::string, std::string>;

// One day of an account-level series (Meta page-level CSV: daily views, reach, follows).
struct PageMetricRecord {
  Platform platform = Platform::other;
  AccountRef account;
  std::string metric; // the series title as the export names it, e.g. `Views`, `Follows`
  std::string day;    // YYYY-MM-DD, in the export's own calendar
  std::int64_t value = 0;
};

// Follower counts of one platform account as observed over time, oldest first.
using FollowerSnapshots = std::vector<std::pair<TimePoint, std::int64_t>>;

// Another platform account of an `account link` identity, with its own follower snapshots.
struct LinkedAccountFollowers {
  Platform platform = Platform::other;
  FollowerSnapshots followers;
};

// What the analysis reads about an account (store → analysis).
struct AccountFacts {
  std::int64_t id = 0;
  Platform platform = Platform::other;
  std::string native_id;
  std::string handle;
  AccountRole role = AccountRole::other;
  // Follower snapshots of this account (of a linked identity: of its first account), oldest
  // first.
  FollowerSnapshots followers;
  // The identity's other linked accounts (`account link`), whatever they posted; empty for an
  // account that is not linked. Follower growth sums over all of them.
  std::vector<LinkedAccountFollowers> linked;
};

// What the analysis reads about a post: identity, time, kind and its latest metric snapshot.
struct PostFacts {
  std::int64_t id = 0;
  std::string native_id;
  Platform platform = Platform::other;
  std::int32_t account = -1; // index into Dataset::accounts; -1 when the author is unknown
  // When another account of a linked identity wrote the post: its index in the identity's
  // AccountFacts::linked (whose follower counts are the post's audience); -1 otherwise.
  std::int32_t author_linked = -1;
  TimePoint created_at{};
  PostKind kind = PostKind::post;
  std::string lang;
  std::string text;
  MetricCounts metrics;
  // Native IDs of what the post reposts, quotes or answers (empty when none).
  std::string shared_of_id;
  std::string quoted_id;
  std::string reply_to_id;
};

// A campaign (cause) and the terms that match its posts (docs/metrics.md §4).
struct Campaign {
  std::string name;
  std::optional<TimePoint> starts_at; // inclusive
  std::optional<TimePoint> ends_at;   // exclusive
  std::vector<std::string> hashtags;  // NFKC + case folded, without '#'
  std::vector<std::pair<std::string, std::string>>
      keywords;                      // (language or "*", NFKC + case folded)
  std::vector<std::string> urls;     // canonical host + path prefix
  std::vector<std::string> cta_urls; // calls to action (donate, sign, volunteer), same form
};

// One interaction of the graph (docs/metrics.md §6); accounts are indices into Dataset::accounts.
struct InteractionFacts {
  std::int32_t actor = 0;
  std::int32_t target = 0;
  EdgeKind kind = EdgeKind::mention;
  std::int32_t post = -1; // index into Dataset::posts, -1 when the post is not loaded
};

// Posts of a period with their authors, (post index, normalised hashtag) pairs, and, when asked
// for, the interactions those posts carry.
struct Dataset {
  std::vector<AccountFacts> accounts;
  std::vector<PostFacts> posts;
  std::vector<std::pair<std::int32_t, std::string>> hashtags;
  std::vector<InteractionFacts> interactions;
  std::vector<std::pair<std::int32_t, std::string>> urls; // (post index, expanded link)
};

// What the store reads for graph analyses about a selection of posts, as narrow rows
// (store → analysis): no PostFacts per post. analysis::graph_input counts per account the
// languages and hashtags of its posts from it.
struct GraphFacts {
  // One selected post, in time order: its author and its language.
  struct Post {
    std::int32_t account = -1;  // index into `accounts`; -1 when the author is unknown
    std::uint32_t language = 0; // index into `languages`
  };
  std::vector<AccountFacts> accounts;         // in order of first post, then of first interaction
  std::vector<InteractionFacts> interactions; // `post` is -1: the posts are not loaded
  std::vector<Post> posts;
  std::vector<std::string> languages; // distinct language codes as stored; empty when unknown
  // One entry per hashtag use: (index into `posts`, index into `tags`).
  std::vector<std::pair<std::int32_t, std::uint32_t>> hashtags;
  std::vector<std::string> tags; // distinct tags, NFKC + case folded
};

// What ingesting one input did (one row of `ingest --format json`).
struct ImportSummary {
  struct Note {
    std::optional<std::int64_t> line;
    std::optional<std::int64_t> offset;
    std::string message;
  };
  std::string path;
  std::string format;
  std::string outcome; // ok, partial (records skipped), failed (input unreadable), dry-run
  std::int64_t posts_new = 0;
  std::int64_t posts_updated = 0;
  std::int64_t posts_unchanged = 0;
  std::int64_t referenced_new = 0;
  std::int64_t records_skipped = 0;
  std::string sha256;
  std::string error; // why the input could not be read, when outcome is failed
  std::vector<Note> diagnostics;
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
