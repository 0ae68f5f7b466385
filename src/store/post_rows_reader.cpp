// SPDX-License-Identifier: Apache-2.0
// Store::scan_posts, Store::stream_posts and Store::scan_posts_with_hashtags: the selected posts
// in time order straight from SQL, each with its latest counts (and hashtags) joined, handed over
// as they are read. Nothing is kept per post, so memory does not grow with the store (see
// docs/performance.md, "Analyses in flat memory").
#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "post_selection.hpp"
#include "store_state.hpp"

namespace sociometer::store {
namespace {

// The columns of each row before the snapshot's time and counts.
constexpr int k_observed_at = 7;
constexpr int k_first_count = k_observed_at + 1;

// How the posts of one publication time are put in order: by store ID (load()'s order), or by
// native ID and then store ID (the rows of `engagement --by post`).
enum class SameTimeOrder { id, native_id };

// A post handed over by scan_in_time_order with its hashtags (NFKC + case folded), in the post's
// order; empty when not asked for.
using HashtagVisitor = std::function<void(const Dataset &authors, const PostFacts &post,
                                          const std::vector<std::string_view> &hashtags)>;

// The SELECT of both scans: per selected post its own columns and, with metrics, one row per
// snapshot (a LEFT JOIN: a post without snapshots comes once, with NULL counts). Ordered by time
// only: SQLite walks the covering time index (0005_analysis_index.sql) and finds each post's
// snapshots by primary key without sorting anything (an ORDER BY that also named the ID took
// twice as long on a million posts); the posts of one time are put in order by SameTimePosts.
std::string scan_sql(const Connection &db, const PostFilter &filter, bool with_native_id,
                     bool with_language, bool with_metrics) {
  std::string sql = "SELECT p.id, p.account_id, p.created_at, p.platform, p.kind, ";
  sql += with_native_id ? "p.native_id" : "NULL";
  sql += ", ";
  sql += with_language ? post_language_sql(db) : "NULL";
  if (with_metrics) {
    sql += ", m.observed_at";
    for (const auto &column : k_metric_columns) {
      sql += std::string(", m.") + (column.parameter + 1);
    }
  }
  sql += " FROM posts AS p LEFT JOIN accounts AS a ON a.id = p.account_id";
  if (with_metrics) {
    sql += " LEFT JOIN metric_snapshots AS m ON m.post_id = p.id";
  }
  return sql + " WHERE " + filter.where + " ORDER BY p.created_at";
}

// The rows of the posts published at one time (usually one post, one snapshot each), held until
// the time changes and then put in order: SQL leaves the order of rows with the same time open.
class SameTimePosts {
public:
  SameTimePosts(SameTimeOrder order, bool with_metrics)
      : m_order(order), m_with_metrics(with_metrics) {}

  // Whether a row published at `time` belongs to another time than the rows held.
  [[nodiscard]] bool is_new_time(std::string_view time) const {
    return m_size > 0 && time != m_time;
  }

  // Holds `row`, published at `time` (its column 2, read once by the caller).
  void add(const Statement &row, std::string_view time) {
    if (m_size == 0) {
      m_time.assign(time);
    }
    if (m_size == m_rows.size()) {
      m_rows.emplace_back();
    }
    auto &held = m_rows[m_size++];
    held.id = row.integer(0);
    held.author = row.is_null(1) ? 0 : row.integer(1);
    held.platform = parse_platform(row.text(3)).value_or(Platform::other);
    held.kind = parse_post_kind(row.text(4)).value_or(PostKind::post);
    held.native_id.assign(row.text(5));
    held.lang.assign(row.text(6));
    held.observed_at.assign(m_with_metrics ? row.text(k_observed_at) : std::string_view());
    held.counts = {};
    if (m_with_metrics) {
      for (std::size_t i = 0; i < std::size(k_metric_columns); ++i) {
        const int at = k_first_count + static_cast<int>(i);
        // A NULL reads as 0: only a 0 needs the type asked (a call per column and row otherwise).
        // Reading an INTEGER or NULL column as an integer converts nothing, so its type stands.
        const auto value = row.integer(at);
        if (value != 0 || !row.is_null(at)) {
          held.counts.*k_metric_columns[i].count = value;
        }
      }
    }
  }

  // Hands each held post over as `hand_over(post_row, counts)` in order, its snapshots' counts
  // folded in time order (the latest value of each count; a snapshot that does not report a
  // count never erases it), and forgets the rows.
  template <class HandOver> void flush(HandOver hand_over) {
    if (m_size == 0) {
      return;
    }
    m_sorted.clear();
    for (std::size_t i = 0; i < m_size; ++i) {
      m_sorted.push_back(&m_rows[i]);
    }
    std::sort(m_sorted.begin(), m_sorted.end(), [this](const HeldRow *a, const HeldRow *b) {
      if (m_order == SameTimeOrder::native_id && a->native_id != b->native_id) {
        return a->native_id < b->native_id;
      }
      return a->id != b->id ? a->id < b->id : a->observed_at < b->observed_at;
    });
    for (std::size_t first = 0; first < m_sorted.size();) {
      const auto *post = m_sorted[first];
      MetricCounts counts;
      std::size_t next = first;
      for (; next < m_sorted.size() && m_sorted[next]->id == post->id; ++next) {
        for (const auto &column : k_metric_columns) {
          if (const auto &value = m_sorted[next]->counts.*column.count) {
            counts.*column.count = value;
          }
        }
      }
      hand_over(*post, counts);
      first = next;
    }
    m_size = 0;
  }

  [[nodiscard]] const std::string &time() const noexcept { return m_time; }

  struct HeldRow {
    std::int64_t id = 0;
    std::int64_t author = 0; // 0: unknown
    Platform platform = Platform::other;
    PostKind kind = PostKind::post;
    std::string native_id;
    std::string lang;
    std::string observed_at;
    MetricCounts counts;
  };

private:
  SameTimeOrder m_order;
  bool m_with_metrics;
  std::vector<HeldRow> m_rows; // reused: the strings keep their buffers
  std::size_t m_size = 0;
  std::vector<const HeldRow *> m_sorted;
  std::string m_time;
};

// The hashtags of the selected posts, a publication time at a time, read beside the posts: a
// second statement walks the same selection in time order and finds each post's hashtags by its
// ID, so only the tags of one time are held (the posts' statement is ordered the same way).
class SameTimeHashtags {
public:
  SameTimeHashtags(const Connection &db, const PostFilter &filter)
      : m_rows(db, "SELECT p.created_at, h.post_id, h.position, h.tag FROM posts AS p LEFT JOIN "
                   "accounts AS a ON a.id = p.account_id JOIN post_hashtags AS h ON h.post_id = "
                   "p.id WHERE " +
                       filter.where + " ORDER BY p.created_at") {
    filter.bind(m_rows);
    m_more = m_rows.step();
  }

  // Reads the tags of the posts published at `time`; times must be asked in ascending order.
  void read_time(std::string_view time) {
    m_size = 0;
    m_next = 0;
    // Both statements list the same times in the same order; the text compares as SQL sorts it.
    while (m_more && m_rows.text(0) < time) {
      m_more = m_rows.step();
    }
    for (; m_more && m_rows.text(0) == time; m_more = m_rows.step()) {
      if (m_size == m_tags.size()) {
        m_tags.emplace_back();
      }
      auto &tag = m_tags[m_size++];
      tag.post = m_rows.integer(1);
      tag.position = m_rows.integer(2);
      tag.text.assign(m_rows.text(3));
    }
    std::sort(m_tags.begin(), m_tags.begin() + static_cast<std::ptrdiff_t>(m_size),
              [](const Tag &a, const Tag &b) {
                return std::tie(a.post, a.position) < std::tie(b.post, b.position);
              });
  }

  // The tags of post `id` of the time read, in the post's order, into `tags`; posts must be
  // asked in ascending ID order.
  void fill(std::int64_t id, std::vector<std::string_view> &tags) {
    tags.clear();
    for (; m_next < m_size && m_tags[m_next].post <= id; ++m_next) {
      if (m_tags[m_next].post == id) {
        tags.emplace_back(m_tags[m_next].text);
      }
    }
  }

private:
  struct Tag {
    std::int64_t post = 0;
    std::int64_t position = 0;
    std::string text;
  };
  Statement m_rows;
  bool m_more = false;
  std::vector<Tag> m_tags; // reused: the strings keep their buffers
  std::size_t m_size = 0;
  std::size_t m_next = 0;
};

Dataset scan_in_time_order(const Connection &db, const PostQuery &query, bool with_language,
                           SameTimeOrder order, const HashtagVisitor &visit, bool with_hashtags);

// scan_in_time_order without hashtags.
Dataset scan_in_time_order(const Connection &db, const PostQuery &query, bool with_language,
                           SameTimeOrder order,
                           const std::function<void(const Dataset &, const PostFacts &)> &visit) {
  return scan_in_time_order(
      db, query, with_language, order,
      [&visit](const Dataset &authors, const PostFacts &post,
               const std::vector<std::string_view> &) { visit(authors, post); },
      false);
}

// The selected posts of `query` handed to `visit` in (time, then `order`) order, with their
// language when `with_language` and their hashtags when `with_hashtags` (with SameTimeOrder::id
// only), read as they come: nothing is held per post. Accounts are read when first met, so
// `authors` holds those met so far. Returns the authors.
Dataset scan_in_time_order(const Connection &db, const PostQuery &query, bool with_language,
                           SameTimeOrder order, const HashtagVisitor &visit, bool with_hashtags) {
  const PostFilter filter(db, query);
  std::optional<SameTimeHashtags> hashtags;
  if (with_hashtags) {
    if (order != SameTimeOrder::id) { // SameTimeHashtags::fill follows ascending store IDs
      throw Error(ErrorKind::internal, "scan_in_time_order: hashtags only in store-ID order");
    }
    hashtags.emplace(db, filter);
  }
  std::vector<std::string_view> post_tags;
  const AccountLinks links(db);
  AccountIndex accounts(db);
  AccountReader account_reader(db, links);
  const auto superseded = superseded_versions(db);
  Dataset authors;
  Statement rows(db, scan_sql(db, filter, query.with_content || order == SameTimeOrder::native_id,
                              with_language, query.with_metrics));
  filter.bind(rows);
  SameTimePosts same_time(order, query.with_metrics);
  PostFacts post; // reused: its strings keep their buffers
  const auto hand_over = [&](const SameTimePosts::HeldRow &held, const MetricCounts &counts) {
    if (superseded.count(held.id) != 0) {
      return;
    }
    post.id = held.id;
    post.account = held.author == 0 ? -1 : accounts(links.identity(held.author));
    if (post.account >= 0 && static_cast<std::size_t>(post.account) == authors.accounts.size()) {
      authors.accounts.push_back(account_reader.read(accounts.ids().back())); // met first here
    }
    post.author_linked = links.member_position(held.author);
    post.platform = held.platform;
    post.kind = held.kind;
    if (query.with_content) {
      post.native_id.assign(held.native_id);
    }
    post.lang.assign(held.lang);
    post.metrics = counts;
    if (query.with_metrics) {
      forget_unmeasured_impressions(post);
    }
    if (hashtags) {
      hashtags->fill(held.id, post_tags);
    }
    visit(authors, post, post_tags);
  };
  const auto flush = [&] {
    post.created_at = util::parse_iso8601(same_time.time()).value_or(TimePoint{});
    if (hashtags) {
      hashtags->read_time(same_time.time());
    }
    same_time.flush(hand_over);
  };
  while (rows.step()) {
    const auto time = rows.text(2);
    if (same_time.is_new_time(time)) {
      flush();
    }
    same_time.add(rows, time);
  }
  flush();
  return authors;
}

// The publication time of the first (`descending`: the last) post `filter` selects.
std::optional<TimePoint> edge_post_time(const Connection &db, const PostFilter &filter,
                                        bool descending) {
  // The covering time index gives the first row that passes the filter without a sort.
  Statement edge(db, "SELECT p.created_at FROM posts AS p LEFT JOIN accounts AS a ON a.id = "
                     "p.account_id WHERE " +
                         filter.where + " ORDER BY p.created_at" + (descending ? " DESC" : "") +
                         " LIMIT 1");
  filter.bind(edge);
  if (!edge.step()) {
    return std::nullopt;
  }
  return util::parse_iso8601(edge.text(0));
}

} // namespace

std::optional<std::pair<TimePoint, TimePoint>> Store::post_time_span(const PostQuery &query) const {
  return m_impl->db.guard("cannot read the posts' times", [&] {
    const PostFilter filter(m_impl->db, query);
    const auto first = edge_post_time(m_impl->db, filter, false);
    if (!first) {
      return std::optional<std::pair<TimePoint, TimePoint>>(); // no post: no second walk
    }
    const auto last = edge_post_time(m_impl->db, filter, true);
    return last ? std::optional(std::pair(*first, *last)) : std::nullopt;
  });
}

Dataset
Store::scan_posts(const PostQuery &query, bool with_language,
                  const std::function<void(const Dataset &, const PostFacts &)> &visit) const {
  return m_impl->db.guard("cannot load posts", [&] {
    return scan_in_time_order(m_impl->db, query, with_language, SameTimeOrder::id, visit);
  });
}

Dataset Store::scan_posts_with_hashtags(const PostQuery &query, bool with_language,
                                        const ItemVisitor &visit) const {
  return m_impl->db.guard("cannot load posts", [&] {
    const std::vector<std::int32_t> no_accounts;
    return scan_in_time_order(
        m_impl->db, query, with_language, SameTimeOrder::id,
        [&](const Dataset &authors, const PostFacts &post,
            const std::vector<std::string_view> &hashtags) {
          visit(authors, post, hashtags, no_accounts);
        },
        true);
  });
}

Dataset
Store::stream_posts(const PostQuery &query,
                    const std::function<void(const Dataset &, const PostFacts &)> &visit) const {
  return m_impl->db.guard("cannot load posts", [&] {
    return scan_in_time_order(m_impl->db, query, false, SameTimeOrder::native_id, visit);
  });
}

} // namespace sociometer::store
