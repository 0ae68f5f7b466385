// SPDX-License-Identifier: Apache-2.0
// Top lists and the best-time grid (docs/metrics.md §3). Pure functions over a Dataset.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "sociometer/analysis/engagement.hpp"
#include "sociometer/model/facts.hpp"
#include "sociometer/model/table.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::analysis {

enum class TopKind { posts, hashtags, mentions, domains, languages };
[[nodiscard]] std::optional<TopKind> parse_top_kind(std::string_view name) noexcept;

// The texts of posts by store ID (PostFacts::id), in the order asked (store::Store::post_texts).
using PostTexts = std::function<std::vector<std::string>(const std::vector<std::int64_t> &ids)>;
// Top posts by engagement (non-repost posts with counts), with the per-post rate, the rate shrunk
// towards the account's pooled rate, and the breakout flag. Rank by `by_rate` = shrunk rate.
// The posts are scanned (native IDs not needed). Ranked by engagement, only the posts that may be
// shown (the first `limit` and every post tied with the last) are held as 64-byte candidates,
// plus 16 bytes a post for its account's prior; ranked by rate or with `limit` 0, a candidate
// per post with engagement. `native_ids` (same contract as `texts`, for PostFacts::native_id) is
// asked for the posts that rank at or above the last shown row, whose ties it breaks (then the
// store ID, for one native ID on two platforms), and `texts` only for the rows shown.
// Rows go to `sink` in rank order as they are made; `texts` is asked a few thousand rows at a
// time, so that `limit` 0 (every post) holds no more than the candidates.
void top_posts(const PostScan &posts, std::size_t limit, bool by_rate, const PostTexts &texts,
               const PostTexts &native_ids, RowSink &sink);
// The same collected into a Table.
[[nodiscard]] Table top_posts(const PostScan &posts, std::size_t limit, bool by_rate,
                              const PostTexts &texts, const PostTexts &native_ids);
// The same over the posts of a loaded Dataset (their texts from it).
[[nodiscard]] Table top_posts(const Dataset &dataset, std::size_t limit, bool by_rate);
// Posts with their items, handed over one at a time (store::Store::scan_post_items is one):
// hashtags or links as `texts`, mentioned accounts as `accounts` (indices into the authors).
using ItemVisitor = std::function<void(const Dataset &authors, const PostFacts &post,
                                       const std::vector<std::string_view> &texts,
                                       const std::vector<std::int32_t> &accounts)>;
using ItemScan = std::function<Dataset(const ItemVisitor &visit)>;
// The posts of a loaded Dataset as an ItemScan of `kind`'s items (hashtags, links as domains,
// or mentions; languages: none), each post with its own (the Dataset must outlive it).
[[nodiscard]] ItemScan item_scan_of(const Dataset &dataset, TopKind kind);
// Top hashtags, mentioned accounts, link domains or languages by number of posts, counted as the
// posts come: memory per distinct item (and its authors), not per post.
[[nodiscard]] Table top_items(const ItemScan &posts, TopKind kind, std::size_t limit);
// The same over a loaded Dataset (its hashtags, urls or interactions, as `kind` needs).
[[nodiscard]] Table top_items(const Dataset &dataset, TopKind kind, std::size_t limit);
[[nodiscard]] Definitions top_definitions(TopKind kind);

// The best-time grid and, one line per account, where its posts were compared on another basis
// than the median rate (or not at all): the grid's numbers carry no signal without them.
struct BestTimeGrid {
  Table table;
  std::vector<std::string> notes;
};

// Weekday × hour grid in `zone`: per cell the posts and the median relative performance (post
// rate ÷ the median rate of the same account in the window); cells with fewer than 3 compared
// posts get null. An account whose median rate is 0 is compared with its mean rate; one without
// any rate by engagement per post (÷ its median, else mean, engagement); one without engagement
// not at all — each such account gets a note. All 168 cells, Monday 0:00 first.
// Over scanned posts: the same grid, holding a 24-byte record per post.
[[nodiscard]] BestTimeGrid best_time(const PostScan &posts, const util::TimeZone &zone);
[[nodiscard]] BestTimeGrid best_time(const Dataset &dataset, const util::TimeZone &zone);
[[nodiscard]] Definitions best_time_definitions();

} // namespace sociometer::analysis
