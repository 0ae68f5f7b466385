// SPDX-License-Identifier: Apache-2.0
// What the store reads for the analysis (store → analysis): accounts with their follower
// snapshots, posts with their latest counts, interactions, and the narrow rows graph analyses read.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sociometer/model/vocabulary.hpp"

namespace sociometer {

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

// Accounts by index. A deque: read one at a time as their posts come, a capture's hundreds of
// thousands of accounts would make a vector hold three times their size while it grows.
using AccountList = std::deque<AccountFacts>;

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
  // The text as stored for matching (NFKC, case-folded; posts.text_norm), read with the content
  // for campaign matching; empty when not read, and then derived from `text`.
  std::string text_norm;
  MetricCounts metrics;
  // Native IDs of what the post reposts, quotes or answers (empty when none).
  std::string shared_of_id;
  std::string quoted_id;
  std::string reply_to_id;
  // The post's web address as the source gave it (loaded with the content); empty when none.
  std::string url;
};

// One interaction of the graph (docs/metrics.md §6); accounts are indices into Dataset::accounts.
struct InteractionFacts {
  std::int32_t actor = 0;
  std::int32_t target = 0;
  EdgeKind kind = EdgeKind::mention;
  std::int32_t post = -1; // index into Dataset::posts, -1 when the post is not loaded
  // How many interactions this row stands for: 1 in a Dataset; in GraphFacts, all those of one
  // (actor, target, kind), and `post` is -1.
  std::int64_t count = 1;
};

// When the posts of an aggregated interaction were published: the first and the last.
struct InteractionSpan {
  std::optional<TimePoint> first;
  std::optional<TimePoint> last;
};

// Posts of a period with their authors, (post index, normalised hashtag) pairs, and, when asked
// for, the interactions those posts carry.
struct Dataset {
  AccountList accounts;
  std::vector<PostFacts> posts;
  std::vector<std::pair<std::int32_t, std::string>> hashtags;
  std::vector<InteractionFacts> interactions;
  std::vector<std::pair<std::int32_t, std::string>> urls; // (post index, expanded link)
};

// What the store reads for graph analyses about a selection of posts, summed as it reads
// (store → analysis): nothing is kept per post, interaction or hashtag use.
struct GraphFacts {
  // How many selected posts of an account had a text (a language, a hashtag).
  struct TextCount {
    std::int32_t account = -1; // index into `accounts`
    std::string text;
    std::int64_t count = 0;
  };
  AccountList accounts; // in order of first post, then of first interaction
  // One per (actor, target, kind) with its `count`; `post` is -1. In no particular order.
  std::vector<InteractionFacts> interactions;
  std::vector<InteractionSpan> spans; // parallel to `interactions` when asked for, else empty
  std::vector<TextCount> languages;   // language codes as stored; empty when unknown
  std::vector<TextCount> hashtags;    // NFKC + case folded
};

// Where the posts of a selection came from, and which of them analyses leave out, per platform
// (store → the report's data-coverage section).
struct SourceSpanFacts {
  Platform platform = Platform::other;
  std::string source; // the import's input as named, then its format: "archive.zip (x-archive)"
  TimePoint first_post{};
  TimePoint last_post{};
  std::int64_t posts = 0; // selected posts this import last wrote
};
struct LeftOutFacts {
  Platform platform = Platform::other;
  std::int64_t stored = 0;         // primary posts stored, as `status` counts them
  std::int64_t followers_only = 0; // Mastodon `private`: left out of analyses
  std::int64_t edit_versions = 0;  // older versions of an edited post: it counts once
  std::int64_t placeholders = 0;   // a notice in place of the text: counted, without text
};
struct CoverageFacts {
  std::vector<SourceSpanFacts> sources; // by platform, then first post
  std::vector<LeftOutFacts> left_out;   // by platform
};

} // namespace sociometer
