// SPDX-License-Identifier: Apache-2.0
// The selection step both post loads share (Store::load and Store::load_graph): which posts a
// PostQuery selects, read in one scan and put in time order, their authors as linked identities
// and dense account indices, and the child rows (snapshots, links, edges, hashtags) of exactly
// those posts.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "sociometer/model/facts.hpp"
#include "sociometer/store/store.hpp"
#include "sqlite.hpp"
#include "time_order.hpp"

namespace sociometer::store {

// The language a selected post counts under, as SQL over `posts AS p`: its own, except that a
// repost takes its original's when the original is stored with one (a repost has no words of its
// own; platforms tag it `und` or nothing). Every analysis and the `--lang` filter read this.
// A repost's is one probe by post ID into `repost_languages` (0009_repost_languages.sql).
inline constexpr const char *k_post_language_sql =
    "CASE WHEN p.kind = 'repost' THEN coalesce((SELECT l.lang FROM repost_languages AS l "
    "WHERE l.post_id = p.id), p.lang) ELSE p.lang END";
// The same language found without `repost_languages`, for while a bulk load's fill of that table
// is pending (k_deferred_work_key): the original by platform and native ID, three b-tree lookups
// per repost. The repost's `shared_of_native_id` is read by row ID in a subquery: naming it on
// `p` would stop the scan from being served by the covering time index (0005_analysis_index.sql).
inline constexpr const char *k_post_language_by_lookup_sql =
    "CASE WHEN p.kind = 'repost' THEN coalesce((SELECT o.lang FROM posts AS o WHERE o.platform = "
    "p.platform AND o.native_id = (SELECT r.shared_of_native_id FROM posts AS r WHERE r.id = "
    "p.id)), p.lang) ELSE p.lang END";
// k_post_language_sql, or k_post_language_by_lookup_sql while `repost_languages` is incomplete.
[[nodiscard]] std::string post_language_sql(const Connection &db);

// Texts interned to small numbers as they are read (languages, tags, links): a string per post
// or use was the slowest step of loading a million posts.
class TextNumbers {
public:
  // The number of `text`: its index in texts(), added when new.
  std::uint32_t operator()(std::string_view text) {
    m_key = text; // reuses the key's buffer: no allocation per use
    const auto [it, added] = m_ids.try_emplace(m_key, static_cast<std::uint32_t>(m_texts.size()));
    if (added) {
      m_texts.push_back(m_key);
    }
    return it->second;
  }
  [[nodiscard]] const std::string &text(std::uint32_t id) const { return m_texts[id]; }

private:
  std::vector<std::string> m_texts;
  std::unordered_map<std::string, std::uint32_t> m_ids;
  std::string m_key;
};

// The WHERE clause that selects a PostQuery's posts from `posts AS p LEFT JOIN accounts AS a`,
// and the binding of its parameters. Only the filters that are set go into the clause: a
// `:since IS NULL OR …` form would keep SQLite from using the time index, so a one-month report
// would scan every post.
struct PostFilter {
  PostFilter(const Connection &db, const PostQuery &selected);
  void bind(Statement &statement) const;

  const PostQuery &query;
  std::string where = "p.is_primary = 1 AND p.created_at IS NOT NULL";
};

// Post ID → a value (an index) for the selected posts. Child rows arrive in post ID order, so
// each lookup starts where the last one ended: a merge rather than a hash lookup per row.
class PostIdIndex {
public:
  explicit PostIdIndex(std::vector<std::pair<std::int64_t, std::int32_t>> entries);
  // The value of post `id`, or -1 when the post is not selected.
  [[nodiscard]] std::int32_t find(std::int64_t id) const;
  [[nodiscard]] bool empty() const noexcept { return m_entries.empty(); }
  [[nodiscard]] std::size_t size() const noexcept { return m_entries.size(); }
  [[nodiscard]] std::int64_t lowest() const { return m_entries.front().first; }
  [[nodiscard]] std::int64_t highest() const { return m_entries.back().first; }

private:
  std::vector<std::pair<std::int64_t, std::int32_t>> m_entries;
  mutable std::size_t m_cursor = 0;
};

// The child rows (snapshots, links, edges, hashtags) of the posts in a PostIdIndex. Post IDs
// follow ingest order, so a period's posts mostly sit in one ID range: when the range holds few
// other posts, reading the child tables' rows of that range (a primary-key range) and keeping
// those of the indexed posts is several times faster than joining every row back to its post's
// filters.
class ChildRows {
public:
  // `filter` selected the posts of `posts`; both must outlive this.
  ChildRows(const Connection &db, const PostFilter &filter, const PostIdIndex &posts);
  // Calls `row(value, statement)` for each row of `columns` of child `table` (alias t, with
  // `t.post_id` first) of a post in the index (value: the post's value there), where `condition`
  // holds, in `order`. With `join_post` the columns may name the post's row as `p`.
  void for_each(const std::string &columns, const std::string &table, const std::string &condition,
                const std::string &order,
                const std::function<void(std::int32_t, const Statement &)> &row,
                bool join_post = false) const;

private:
  const Connection &m_db;
  const PostFilter &m_filter;
  const PostIdIndex &m_posts;
  bool m_read_id_range = false;
};

// The posts that analyses leave out as older versions of an edit chain.
[[nodiscard]] std::unordered_set<std::int64_t> superseded_versions(const Connection &db);

// Accounts linked as one identity (`account link`) stand for their link's first account, own
// accounts first, so every analysis counts them as one.
struct AccountLinks {
  std::unordered_map<std::int64_t, std::int64_t> linked_to;
  std::unordered_map<std::int64_t, std::string> names; // of each link's first account
  // The identity's other accounts, in link order: their follower counts are loaded separately,
  // so growth can sum the identity and platform rows can take only their platform's account.
  std::unordered_map<std::int64_t, std::vector<std::int64_t>> members;

  explicit AccountLinks(const Connection &db);
  // The account that stands for `account_id`'s identity.
  [[nodiscard]] std::int64_t identity(std::int64_t account_id) const {
    const auto it = linked_to.find(account_id);
    return it == linked_to.end() ? account_id : it->second;
  }
  // When `author` is another account of a linked identity, its place among the identity's
  // other accounts (AccountFacts::linked); -1 otherwise (and for 0, an unknown author).
  [[nodiscard]] std::int32_t member_position(std::int64_t author) const;
};

// Store account ID → dense index, in order of first use. Account IDs are row IDs, so a vector
// beats a hash map over a million lookups.
class AccountIndex {
public:
  explicit AccountIndex(const Connection &db);
  std::int32_t operator()(std::int64_t account_id);
  // The account IDs by index.
  [[nodiscard]] const std::vector<std::int64_t> &ids() const noexcept { return m_ids; }

private:
  std::vector<std::int32_t> m_dense;
  std::unordered_map<std::int64_t, std::int32_t> m_sparse;
  std::vector<std::int64_t> m_ids;
};

// The facts of one account at a time, its statements prepared once: platform, IDs, role,
// follower snapshots, and for a linked identity its name and other accounts.
class AccountReader {
public:
  // `links` must outlive the reader.
  AccountReader(const Connection &db, const AccountLinks &links);
  [[nodiscard]] AccountFacts read(std::int64_t account_id);

private:
  bool read_account(std::int64_t account_id);
  void read_followers(std::int64_t account_id, FollowerSnapshots &series);

  const AccountLinks &m_links;
  Statement m_account;
  Statement m_followers;
};

// The facts of every account `index` holds, at their indices (AccountReader).
[[nodiscard]] AccountList account_facts(const Connection &db, const AccountLinks &links,
                                        const AccountIndex &index);

// A reported 0 impressions that cannot have been measured becomes "not reported", so that every
// command leaves the post out of impression rates and their coverage alike: 0 beside non-zero
// engagement (the platform could not see the views, or the capture could not), and X's 0 on
// tweets created before it counted views.
void forget_unmeasured_impressions(PostFacts &post);

// The posts a query selects, read once: one scan of `posts` for (id, author, time) and the
// caller's own columns, then time order, then account indices in order of first post (vertex
// order, which Leiden's result depends on, must not depend on where rows sit in the file).
class PostSelection {
public:
  // The column number of the caller's first column in each row `read_row` sees.
  static constexpr int k_first_column = 3;

  // Scans the selected posts with `columns` (SQL over `p` and `a`, may be empty) after the
  // selection's own; `read_row` keeps the caller's columns of each row, in scan order.
  PostSelection(const Connection &db, const PostQuery &query, const std::string &columns,
                const std::function<void(const Statement &)> &read_row);
  PostSelection(const PostSelection &) = delete;
  PostSelection &operator=(const PostSelection &) = delete;

  // Puts the caller's rows (one per post, in scan order) in the selection's time order.
  template <typename Row> void order(std::vector<Row> &rows) const {
    if (!m_order.empty()) {
      apply_order(rows, m_order);
    }
  }

  // Per post, in time order:
  [[nodiscard]] std::size_t size() const noexcept { return m_posts.size(); }
  [[nodiscard]] std::int64_t id(std::size_t post) const { return m_posts[post].id; }
  [[nodiscard]] TimePoint created_at(std::size_t post) const { return m_posts[post].created_at; }
  // The identity's account index, -1 when the author is unknown.
  [[nodiscard]] std::int32_t account(std::size_t post) const { return m_accounts[post]; }
  // When another account of a linked identity wrote the post, its place among the identity's
  // other accounts (AccountFacts::linked); -1 otherwise.
  [[nodiscard]] std::int32_t linked_author(std::size_t post) const;

  // Calls `row(position, statement)` for each row of `columns` of child `table` (alias t, with
  // `t.post_id` first) of a selected post, where `condition` holds, in `order`.
  void for_each_child_row(const std::string &columns, const std::string &table,
                          const std::string &condition, const std::string &order,
                          const std::function<void(std::int32_t, const Statement &)> &row) const;
  // The interactions the selected posts carry, in (post ID, kind, target) order; each names its
  // post's position when `with_post`, else -1. Targets that never posted get account indices
  // here, so call it before account_facts().
  [[nodiscard]] std::vector<InteractionFacts> interactions(bool with_post);
  // The facts of every account indexed so far, at their indices: platform, IDs, role, follower
  // snapshots, and for a linked identity its name and other accounts.
  [[nodiscard]] AccountList account_facts() const;

private:
  struct SelectedPost {
    TimePoint created_at;
    std::int64_t id = 0;
    std::int64_t author_id = 0; // the account that wrote it; 0 when unknown (row IDs start at 1)
  };

  const Connection &m_db;
  PostFilter m_filter;
  AccountLinks m_links;
  AccountIndex m_account_index;
  std::vector<SelectedPost> m_posts;
  std::vector<std::uint32_t> m_order; // scan position of each post in time order; empty: same
  std::vector<std::int32_t> m_accounts;
  std::unique_ptr<PostIdIndex> m_post_index;
  std::unique_ptr<ChildRows> m_children;
};

} // namespace sociometer::store
