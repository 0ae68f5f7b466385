// SPDX-License-Identifier: Apache-2.0
// Store::stream_posts: the selected posts in their output order straight from SQL, each with its
// latest counts joined, handed over as they are read (`engagement --by post`; see
// docs/performance.md, "Rows of --by post as they are read").
#include <iterator>
#include <string>

#include "post_selection.hpp"
#include "store_state.hpp"

namespace sociometer::store {
namespace {

// The columns of each row before the counts.
constexpr int k_first_count = 6;

// The SELECT of Store::stream_posts: per selected post its own columns and, with metrics, one row
// per snapshot (a LEFT JOIN: a post without snapshots comes once, with NULL counts), in (time,
// native ID, ID, observation) order. SQLite walks the time index (0005_analysis_index.sql), finds
// each post's snapshots by primary key and sorts only the posts of one time, so the first row
// comes after reading the first posts; PostgreSQL answers it as one streamed statement.
std::string stream_sql(const PostFilter &filter, bool with_metrics) {
  std::string sql = "SELECT p.id, p.account_id, p.created_at, p.platform, p.kind, p.native_id";
  if (with_metrics) {
    for (const auto &column : k_metric_columns) {
      sql += std::string(", m.") + (column.parameter + 1);
    }
  }
  sql += " FROM posts AS p LEFT JOIN accounts AS a ON a.id = p.account_id";
  if (with_metrics) {
    sql += " LEFT JOIN metric_snapshots AS m ON m.post_id = p.id";
  }
  sql += " WHERE " + filter.where + " ORDER BY p.created_at, p.native_id, p.id";
  if (with_metrics) {
    sql += ", m.observed_at";
  }
  return sql;
}

// Sets each count the snapshot in `row` reports: snapshots come in time order, so the last value
// per count is its latest, and a route that does not report a count never erases it.
void add_counts(const Statement &row, MetricCounts &metrics) {
  for (std::size_t i = 0; i < std::size(k_metric_columns); ++i) {
    const int at = k_first_count + static_cast<int>(i);
    if (!row.is_null(at)) {
      metrics.*k_metric_columns[i].count = row.integer(at);
    }
  }
}

} // namespace

Dataset
Store::stream_posts(const PostQuery &query,
                    const std::function<void(const Dataset &, const PostFacts &)> &visit) const {
  return m_impl->db.guard("cannot load posts", [&] {
    const auto &db = m_impl->db;
    const PostFilter filter(query);
    const AccountLinks links(db);
    AccountIndex accounts(db);
    AccountReader account_reader(db, links);
    const auto superseded = superseded_versions(db);
    Dataset authors;
    Statement rows(db, stream_sql(filter, query.with_metrics));
    filter.bind(rows);
    PostFacts post; // reused: its strings keep their buffers
    bool pending = false;
    const auto hand_over = [&] {
      if (pending) {
        if (query.with_metrics) {
          forget_unmeasured_impressions(post);
        }
        visit(authors, post);
        pending = false;
      }
    };
    while (rows.step()) {
      const auto id = rows.integer(0);
      if (pending && id == post.id) {
        add_counts(rows, post.metrics); // another snapshot of the same post
        continue;
      }
      hand_over();
      if (superseded.count(id) != 0) {
        continue;
      }
      post.id = id;
      post.created_at = util::parse_iso8601(rows.text(2)).value_or(TimePoint{});
      const auto author = rows.is_null(1) ? 0 : rows.integer(1);
      post.account = author == 0 ? -1 : accounts(links.identity(author));
      if (post.account >= 0 && static_cast<std::size_t>(post.account) == authors.accounts.size()) {
        authors.accounts.push_back(account_reader.read(accounts.ids().back())); // met first here
      }
      post.author_linked = links.member_position(author);
      post.platform = parse_platform(rows.text(3)).value_or(Platform::other);
      post.kind = parse_post_kind(rows.text(4)).value_or(PostKind::post);
      post.native_id.assign(query.with_content ? rows.text(5) : std::string_view());
      post.metrics = {};
      if (query.with_metrics) {
        add_counts(rows, post.metrics);
      }
      pending = true;
    }
    hand_over();
    return authors;
  });
}

} // namespace sociometer::store
