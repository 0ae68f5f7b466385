// SPDX-License-Identifier: Apache-2.0
// Reading posts for analyses: Store::load (posts with what the query asks for) and
// Store::scan_posts (one post at a time), both over one PostSelection. Store::load_graph is in
// graph_reader.cpp.
#include <array>
#include <chrono>
#include <iterator>
#include <unordered_map>

#include "post_selection.hpp"
#include "store_state.hpp"

namespace sociometer::store {
namespace {

// Calls `set(post, column, value)` for each count a snapshot of a selected post reports (column:
// index into k_metric_columns), snapshots in time order: the last call per post and column is the
// count's latest reported value, so a route that does not report a count never erases it.
template <class Set> void for_each_metric(const PostSelection &selection, Set set) {
  std::string columns = "t.post_id";
  for (const auto &column : k_metric_columns) {
    columns += std::string(", t.") + (column.parameter + 1);
  }
  selection.for_each_child_row(columns, "metric_snapshots", "", "t.post_id, t.observed_at",
                               [&](std::int32_t post, const Statement &snapshot) {
                                 for (std::size_t i = 0; i < std::size(k_metric_columns); ++i) {
                                   const int at = static_cast<int>(i) + 1;
                                   if (!snapshot.is_null(at)) {
                                     set(post, i, snapshot.integer(at));
                                   }
                                 }
                               });
}

void read_metrics(const PostSelection &selection, std::vector<PostFacts> &posts) {
  for_each_metric(selection, [&](std::int32_t post, std::size_t column, std::int64_t value) {
    posts[static_cast<std::size_t>(post)].metrics.*k_metric_columns[column].count = value;
  });
}

// A post's latest counts packed for Store::scan_posts: a value per k_metric_columns entry and a
// bit per reported one (MetricCounts' optionals take twice the room).
struct PackedMetrics {
  std::array<std::int64_t, std::size(k_metric_columns)> values{};
  std::uint8_t reported = 0;
  static_assert(std::size(k_metric_columns) <= 8, "one bit per column");

  void set(std::size_t column, std::int64_t value) {
    values[column] = value;
    reported = static_cast<std::uint8_t>(reported | (1U << column));
  }
  [[nodiscard]] MetricCounts unpack() const {
    MetricCounts counts;
    for (std::size_t i = 0; i < values.size(); ++i) {
      if ((reported & (1U << i)) != 0) {
        counts.*k_metric_columns[i].count = values[i];
      }
    }
    return counts;
  }
};

// X began counting views on 2022-12-22; its API reports 0 impressions for tweets created before.
constexpr TimePoint k_x_impressions_start{
    std::chrono::sys_days{std::chrono::year{2022} / std::chrono::December / 22}};

// A reported 0 impressions that cannot have been measured becomes "not reported", so that every
// command leaves the post out of impression rates and their coverage alike: 0 beside non-zero
// engagement (the platform could not see the views, or the capture could not), and X's 0 on
// tweets created before it counted views.
void forget_unmeasured_impressions(PostFacts &post) {
  auto &metrics = post.metrics;
  if (!metrics.impressions || *metrics.impressions != 0) {
    return;
  }
  const bool engaged = metrics.likes.value_or(0) > 0 || metrics.reposts.value_or(0) > 0 ||
                       metrics.replies.value_or(0) > 0 || metrics.quotes.value_or(0) > 0;
  const bool before_x_counted =
      post.platform == Platform::x && post.created_at < k_x_impressions_start;
  if (engaged || before_x_counted) {
    metrics.impressions.reset();
  }
}

// Calls `use(position, tag)` for each hashtag of the selected posts, in post ID and tag order.
void for_each_hashtag(const PostSelection &selection,
                      const std::function<void(std::int32_t, std::string_view)> &use) {
  selection.for_each_child_row(
      "t.post_id, t.tag", "post_hashtags", "", "t.post_id, t.position",
      [&](std::int32_t post, const Statement &tag) { use(post, tag.text(1)); });
}

// The per-post columns of Store::load. Graph analyses need no content: NULLs instead of texts
// and native IDs save a string per column and post on big stores.
std::string post_columns(const PostQuery &query) {
  return std::string("p.platform, p.kind, ") + k_post_language_sql + ", " +
         (query.with_content ? "p.native_id, p.text, p.shared_of_native_id, p.quoted_native_id, "
                               "p.reply_to_native_id, p.url"
                             : "NULL, NULL, NULL, NULL, NULL, NULL");
}

PostFacts post_facts(const Statement &row) {
  constexpr int first = PostSelection::k_first_column;
  PostFacts post;
  post.platform = parse_platform(row.text(first)).value_or(Platform::other);
  post.kind = parse_post_kind(row.text(first + 1)).value_or(PostKind::post);
  post.lang = row.text(first + 2);
  post.native_id = row.text(first + 3);
  post.text = row.text(first + 4);
  post.shared_of_id = row.text(first + 5);
  post.quoted_id = row.text(first + 6);
  post.reply_to_id = row.text(first + 7);
  post.url = row.text(first + 8);
  return post;
}

// Texts interned to small numbers as they are read (languages, tags): a string per post or use
// was the slowest step of the graph load on a million posts.
class Interner {
public:
  explicit Interner(std::vector<std::string> &texts) : m_texts(texts) {}
  // The number of `text`: its index in the texts, added when new.
  std::uint32_t operator()(std::string_view text) {
    m_key = text; // reuses the key's buffer: no allocation per use
    const auto [it, added] = m_ids.try_emplace(m_key, static_cast<std::uint32_t>(m_texts.size()));
    if (added) {
      m_texts.push_back(m_key);
    }
    return it->second;
  }

private:
  std::vector<std::string> &m_texts;
  std::unordered_map<std::string, std::uint32_t> m_ids;
  std::string m_key;
};

} // namespace

Dataset Store::load(const PostQuery &query) const {
  return m_impl->db.guard("cannot load posts", [&] {
    Dataset dataset;
    PostSelection selection(m_impl->db, query, post_columns(query), [&](const Statement &row) {
      dataset.posts.push_back(post_facts(row));
    });
    selection.order(dataset.posts);
    for (std::size_t i = 0; i < dataset.posts.size(); ++i) {
      auto &post = dataset.posts[i];
      post.id = selection.id(i);
      post.created_at = selection.created_at(i);
      post.account = selection.account(i);
      post.author_linked = selection.linked_author(i);
    }
    if (query.with_metrics) {
      read_metrics(selection, dataset.posts);
      for (auto &post : dataset.posts) {
        forget_unmeasured_impressions(post);
      }
    }
    if (query.with_urls) {
      selection.for_each_child_row("t.post_id, coalesce(t.expanded_url, t.url)", "post_urls",
                                   "coalesce(t.expanded_url, t.url) IS NOT NULL",
                                   "t.post_id, t.position",
                                   [&](std::int32_t post, const Statement &url) {
                                     dataset.urls.emplace_back(post, url.string(1));
                                   });
    }
    if (query.with_interactions) {
      dataset.interactions = selection.interactions(true);
    }
    dataset.accounts = selection.account_facts();
    if (query.with_hashtags) {
      for_each_hashtag(selection, [&](std::int32_t post, std::string_view tag) {
        dataset.hashtags.emplace_back(post, tag);
      });
    }
    return dataset;
  });
}

Dataset
Store::scan_posts(const PostQuery &query, bool with_language,
                  const std::function<void(const Dataset &, const PostFacts &)> &visit) const {
  return m_impl->db.guard("cannot load posts", [&] {
    // Per post, in time order: platform, kind, language number, and the packed counts.
    struct CompactPost {
      Platform platform = Platform::other;
      PostKind kind = PostKind::post;
      std::uint32_t language = 0;
      std::string native_id; // only with content
    };
    std::vector<CompactPost> posts;
    std::vector<std::string> language_texts;
    Interner languages(language_texts);
    const std::string columns = std::string("p.platform, p.kind, ") +
                                (query.with_content ? "p.native_id" : "NULL") +
                                (with_language ? std::string(", ") + k_post_language_sql : "");
    PostSelection selection(m_impl->db, query, columns, [&](const Statement &row) {
      constexpr int first = PostSelection::k_first_column;
      CompactPost post;
      post.platform = parse_platform(row.text(first)).value_or(Platform::other);
      post.kind = parse_post_kind(row.text(first + 1)).value_or(PostKind::post);
      post.native_id = row.text(first + 2);
      post.language = with_language ? languages(row.text(first + 3)) : 0;
      posts.push_back(std::move(post));
    });
    selection.order(posts);
    std::vector<PackedMetrics> metrics;
    if (query.with_metrics) {
      metrics.resize(posts.size());
      for_each_metric(selection, [&](std::int32_t post, std::size_t column, std::int64_t value) {
        metrics[static_cast<std::size_t>(post)].set(column, value);
      });
    }
    Dataset authors;
    authors.accounts = selection.account_facts();
    PostFacts post; // reused: its strings keep their buffers
    for (std::size_t i = 0; i < posts.size(); ++i) {
      post.id = selection.id(i);
      post.created_at = selection.created_at(i);
      post.account = selection.account(i);
      post.author_linked = selection.linked_author(i);
      post.platform = posts[i].platform;
      post.kind = posts[i].kind;
      post.native_id = std::move(posts[i].native_id);
      if (with_language) {
        post.lang = language_texts[posts[i].language];
      }
      if (query.with_metrics) {
        post.metrics = metrics[i].unpack();
        forget_unmeasured_impressions(post);
      }
      visit(authors, post);
    }
    return authors;
  });
}

std::vector<std::string> Store::post_texts(const std::vector<std::int64_t> &ids) const {
  return m_impl->db.guard("cannot read post texts", [&] {
    Statement query(m_impl->db, "SELECT text FROM posts WHERE id = :id");
    std::vector<std::string> texts;
    texts.reserve(ids.size());
    for (const auto id : ids) {
      query.reset();
      query.bind(":id", id);
      texts.push_back(query.step() ? query.string(0) : std::string());
    }
    return texts;
  });
}

std::optional<TimePoint> Store::newest_post_time() const {
  return m_impl->db.guard("cannot read the newest post", [&] {
    Statement query(m_impl->db, "SELECT max(created_at) FROM posts WHERE is_primary = 1");
    return query.step() ? column_time(query, 0) : std::nullopt;
  });
}

std::optional<TimePoint> Store::newest_post_time(const PostQuery &selected) const {
  return m_impl->db.guard("cannot read the newest post", [&] {
    const PostFilter filter(selected);
    Statement query(m_impl->db, "SELECT max(p.created_at) FROM posts AS p LEFT JOIN accounts AS a "
                                "ON a.id = p.account_id WHERE " +
                                    filter.where);
    filter.bind(query);
    return query.step() ? column_time(query, 0) : std::nullopt;
  });
}

std::optional<TimePoint> Store::oldest_post_time() const {
  return m_impl->db.guard("cannot read the oldest post", [&] {
    Statement query(m_impl->db, "SELECT min(created_at) FROM posts WHERE is_primary = 1");
    return query.step() ? column_time(query, 0) : std::nullopt;
  });
}

} // namespace sociometer::store
