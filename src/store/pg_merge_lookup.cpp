// SPDX-License-Identifier: Apache-2.0
// The lookup of a merge into a PostgreSQL store that holds rows (docs/scale.md): one query per
// chunk of records finds the posts the server holds already exactly as the records give them and
// those it does not hold at all, so that only the others go through the writer's rules,
// statement by statement.
#include <array>
#include <map>
#include <utility>

#include "pg_bulk.hpp"
#include "pg_connection.hpp"
#include "sociometer/util/time.hpp"
#include "store_state.hpp"
#include "stored_post.hpp"

namespace sociometer::store {
namespace {

// What the server holds of each post asked for, joined with its author's account (the record's
// author by platform ID) and its metric snapshot at the record's observation time. The columns
// after the snapshot's existence say, for each metric column in k_metric_columns' order, whether
// the stored snapshot has a value.
constexpr const char *k_stored_posts_sql = R"sql(
SELECT k.n, p.content_hash, p.is_primary, a.id, a.handle IS NULL, m.post_id IS NOT NULL,
       m.likes IS NOT NULL, m.reposts IS NOT NULL, m.replies IS NOT NULL, m.quotes IS NOT NULL,
       m.bookmarks IS NOT NULL, m.impressions IS NOT NULL, m.reach IS NOT NULL,
       m.link_clicks IS NOT NULL
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       WITH ORDINALITY AS k (platform, native_id, author, observed_at, n)
JOIN posts AS p ON p.platform = k.platform AND p.native_id = k.native_id
LEFT JOIN accounts AS a ON a.platform = k.platform AND a.native_id = k.author
LEFT JOIN metric_snapshots AS m ON m.post_id = p.id AND m.observed_at = k.observed_at)sql";
constexpr int k_first_metric_column = 6;

// Whether the upsert of `record`'s snapshot would leave the stored one as it is: it fills only
// the stored snapshot's missing values (k_upsert_metrics).
bool snapshot_unchanged(const PostRecord &record, const PgResult &result, int row) {
  if (!record.metrics || !record.observed_at || record.metrics->empty()) {
    return true; // the writer writes no snapshot
  }
  if (result.text(row, k_first_metric_column - 1) != "t") {
    return false;
  }
  int column = k_first_metric_column;
  for (const auto &metric : k_metric_columns) {
    const bool stored = result.text(row, column++) == "t";
    if (!stored && ((*record.metrics).*metric.count).has_value()) {
      return false;
    }
  }
  return true;
}

// Whether the writer would resolve `record`'s author by lookups alone, to the account `row`
// found: by its platform ID, with a handle already stored or none to add.
bool author_resolved_as_is(const PostRecord &record, const PgResult &result, int row) {
  if (record.author.empty()) {
    return true;
  }
  return !record.author.native_id.empty() && !result.is_null(row, 3) &&
         (result.text(row, 4) != "t" || record.author.handle.empty());
}

} // namespace

std::vector<ServerPost> posts_on_server(PgConnection &server,
                                        const std::vector<const PostRecord *> &posts) {
  std::vector<ServerPost> states(posts.size(), ServerPost::other);
  // A record that may join another route's post by content can rewrite a post found under
  // another ID; its chunk goes through the rules whole.
  for (const auto *post : posts) {
    if (!content_key(*post).empty() && post->created_at) {
      return states;
    }
  }
  // A post named twice in the chunk is never skipped: the rules decide between its records.
  std::map<std::pair<Platform, std::string_view>, int> times_named;
  for (const auto *post : posts) {
    ++times_named[{post->platform, post->native_id}];
  }
  std::vector<std::optional<std::string_view>> platforms;
  std::vector<std::optional<std::string_view>> native_ids;
  std::vector<std::optional<std::string_view>> authors;
  std::vector<std::optional<std::string_view>> observed;
  std::vector<std::string> observed_text; // the texts `observed` points into
  std::vector<std::size_t> asked;         // the index in `posts` of each post asked for
  observed_text.reserve(posts.size());
  for (std::size_t n = 0; n < posts.size(); ++n) {
    const auto &post = *posts[n];
    if (post.native_id.empty()) {
      continue;
    }
    asked.push_back(n);
    platforms.emplace_back(to_string(post.platform));
    native_ids.emplace_back(post.native_id);
    authors.push_back(post.author.native_id.empty()
                          ? std::nullopt
                          : std::optional<std::string_view>(post.author.native_id));
    if (post.observed_at) {
      observed_text.push_back(util::format_rfc3339_ms(*post.observed_at));
      observed.emplace_back(observed_text.back());
    } else {
      observed.emplace_back(std::nullopt);
    }
  }
  if (asked.empty()) {
    return states;
  }
  for (const auto n : asked) {
    states[n] = ServerPost::absent; // until the server names it
  }
  const auto platform_list = pg_array_literal(platforms);
  const auto native_list = pg_array_literal(native_ids);
  const auto author_list = pg_array_literal(authors);
  const auto observed_list = pg_array_literal(observed);
  const auto result = server.query(
      k_stored_posts_sql, "cannot look up the stored posts",
      {platform_list.c_str(), native_list.c_str(), author_list.c_str(), observed_list.c_str()});
  for (int row = 0; row < result.rows(); ++row) {
    const auto n = asked.at(std::stoul(result.string(row, 0)) - 1);
    const auto &post = *posts[n];
    states[n] = ServerPost::other;
    if (times_named[{post.platform, post.native_id}] != 1 ||
        !author_resolved_as_is(post, result, row) || !snapshot_unchanged(post, result, row)) {
      continue;
    }
    const std::int64_t author_id = post.author.empty() ? 0 : std::stoll(result.string(row, 3));
    const bool stored_primary = result.text(row, 2) != "0";
    const bool primary = post.role == RecordRole::primary;
    // Equal hashes: the writer keeps the stored post; it would still mark a post primary that
    // was stored as a reference and comes now as the capture's notice in its place.
    if (result.text(row, 1) == post_content_hash(post, author_id) &&
        !(post.placeholder && primary && !stored_primary)) {
      states[n] = ServerPost::unchanged;
    }
  }
  return states;
}

} // namespace sociometer::store
