// SPDX-License-Identifier: Apache-2.0
// Reading posts for analyses: Store::load (posts with what the query asks for) and
// Store::scan_post_items and Store::scan_post_contents (one post at a time with its items), all
// over one PostSelection. Store::load_graph is in graph_reader.cpp; Store::scan_posts and
// Store::stream_posts, which keep nothing per post, are in post_rows_reader.cpp.
#include <algorithm>
#include <array>
#include <chrono>
#include <iterator>
#include <limits>
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

// The latest counts of the scanned posts, packed for scan_selected: per post a 32-bit value
// per k_metric_columns entry and a bit per reported one (33 bytes; MetricCounts' optionals take
// 128). A post with a count beyond 32 bits keeps all its counts in a map of 64-bit values.
class PackedMetrics {
public:
  static_assert(std::size(k_metric_columns) <= 8, "one bit per column");
  using Wide = std::array<std::int64_t, std::size(k_metric_columns)>;

  explicit PackedMetrics(std::size_t posts) : m_narrow(posts), m_reported(posts, 0) {}

  void set(std::size_t post, std::size_t column, std::int64_t value) {
    m_reported[post] = static_cast<std::uint8_t>(m_reported[post] | (1U << column));
    if (const auto wide = m_wide.find(post); wide != m_wide.end()) {
      wide->second[column] = value;
      return;
    }
    if (value >= std::numeric_limits<std::int32_t>::min() &&
        value <= std::numeric_limits<std::int32_t>::max()) {
      m_narrow[post][column] = static_cast<std::int32_t>(value);
      return;
    }
    auto &wide = m_wide[post];
    for (std::size_t i = 0; i < wide.size(); ++i) {
      wide[i] = m_narrow[post][i];
    }
    wide[column] = value;
  }

  [[nodiscard]] MetricCounts unpack(std::size_t post) const {
    MetricCounts counts;
    const auto wide = m_wide.find(post);
    for (std::size_t i = 0; i < std::size(k_metric_columns); ++i) {
      if ((m_reported[post] & (1U << i)) != 0) {
        counts.*k_metric_columns[i].count =
            wide != m_wide.end() ? wide->second[i] : std::int64_t{m_narrow[post][i]};
      }
    }
    return counts;
  }

private:
  std::vector<std::array<std::int32_t, std::size(k_metric_columns)>> m_narrow;
  std::vector<std::uint8_t> m_reported;
  std::unordered_map<std::size_t, Wide> m_wide;
};

// X began counting views on 2022-12-22; its API reports 0 impressions for tweets created before.
constexpr TimePoint k_x_impressions_start{
    std::chrono::sys_days{std::chrono::year{2022} / std::chrono::December / 22}};

} // namespace

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

namespace {

// Calls `use(position, tag)` for each hashtag of the selected posts, in post ID and tag order.
void for_each_hashtag(const PostSelection &selection,
                      const std::function<void(std::int32_t, std::string_view)> &use) {
  selection.for_each_child_row(
      "t.post_id, t.tag", "post_hashtags", "", "t.post_id, t.position",
      [&](std::int32_t post, const Statement &tag) { use(post, tag.text(1)); });
}

// The per-post columns of Store::load. Graph analyses need no content: NULLs instead of texts
// and native IDs save a string per column and post on big stores.
std::string post_columns(const Connection &db, const PostQuery &query) {
  return "p.platform, p.kind, " + post_language_sql(db) + ", " +
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

} // namespace

Dataset Store::load(const PostQuery &query) const {
  return m_impl->db.guard("cannot load posts", [&] {
    Dataset dataset;
    PostSelection selection(
        m_impl->db, query, post_columns(m_impl->db, query),
        [&](const Statement &row) { dataset.posts.push_back(post_facts(row)); });
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

namespace {

// The items of one post: hashtags or links as texts, mentioned accounts as indices.
struct PostItems {
  std::vector<std::string_view> texts;
  std::vector<std::int32_t> accounts;
};

// The items of each selected post, grouped by position: pairs of (position, item
// number) sorted by position, item numbers into `texts` (hashtags, links), account indices
// (mentions) or indices into `m_edges` (interactions). Four bytes an item and a text per distinct
// one, instead of a string per use.
class ItemsByPost {
public:
  ItemsByPost(PostSelection &selection, PostItemKind kind) : m_kind(kind) {
    if (kind == PostItemKind::hashtags) {
      for_each_hashtag(selection, [&](std::int32_t post, std::string_view tag) {
        m_items.emplace_back(post, m_texts(tag));
      });
    } else if (kind == PostItemKind::links) {
      selection.for_each_child_row("t.post_id, coalesce(t.expanded_url, t.url)", "post_urls",
                                   "coalesce(t.expanded_url, t.url) IS NOT NULL",
                                   "t.post_id, t.position",
                                   [&](std::int32_t post, const Statement &url) {
                                     m_items.emplace_back(post, m_texts(url.text(1)));
                                   });
    } else if (kind == PostItemKind::mentions) {
      for (const auto &interaction : selection.interactions(true)) {
        if (interaction.kind == EdgeKind::mention) {
          m_items.emplace_back(interaction.post, static_cast<std::uint32_t>(interaction.target));
        }
      }
    } else if (kind == PostItemKind::interactions) {
      for (const auto &interaction : selection.interactions(true)) {
        m_items.emplace_back(interaction.post, static_cast<std::uint32_t>(m_edges.size()));
        m_edges.emplace_back(interaction.target, interaction.kind);
      }
    }
    // Child rows come in post ID order; stable: each post's items keep their order.
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
  }

  // Fills `items` with the items of the post at `position`; positions must be asked in order.
  void fill(std::int32_t position, PostItems &items) {
    items.texts.clear();
    items.accounts.clear();
    for (; m_next < m_items.size() && m_items[m_next].first <= position; ++m_next) {
      if (m_items[m_next].first < position) {
        continue;
      }
      const auto item = m_items[m_next].second;
      if (m_kind == PostItemKind::mentions) {
        items.accounts.push_back(static_cast<std::int32_t>(item));
      } else if (m_kind == PostItemKind::interactions) {
        const auto &[target, edge_kind] = m_edges[item];
        items.accounts.push_back(target);
        items.texts.push_back(to_string(edge_kind));
      } else {
        items.texts.emplace_back(m_texts.text(item));
      }
    }
  }

private:
  PostItemKind m_kind;
  TextNumbers m_texts;
  std::vector<std::pair<std::int32_t, std::uint32_t>> m_items;
  std::vector<std::pair<std::int32_t, EdgeKind>> m_edges; // interactions: (target, kind)
  std::size_t m_next = 0;
};

// The text, native and reference IDs and URL of one post at a time, read by store ID: a scan that
// needs every text reads each as the post is handed over instead of holding them all.
class PostContentReader {
public:
  explicit PostContentReader(const Connection &db)
      : m_query(db, "SELECT native_id, text, shared_of_native_id, quoted_native_id, "
                    "reply_to_native_id, url, text_norm FROM posts WHERE id = :id") {}

  void read(PostFacts &post) {
    m_query.reset();
    m_query.bind(":id", post.id);
    const bool found = m_query.step();
    const auto column = [&](int at) { return found ? m_query.text(at) : std::string_view(); };
    post.native_id = column(0);
    post.text = column(1);
    post.shared_of_id = column(2);
    post.quoted_id = column(3);
    post.reply_to_id = column(4);
    post.url = column(5);
    post.text_norm = column(6);
  }

private:
  Statement m_query;
};

// Store::scan_post_items and Store::scan_post_contents: the selected posts one at a time, each with
// its items of `kind` (none: PostItemKind::none) and, when `links`, its links in `*links`; with
// `contents`, the post's text and IDs are read as it is handed over.
Dataset scan_selected(const Connection &db, const PostQuery &query, bool with_language,
                      PostItemKind kind, const ItemVisitor &visit,
                      std::vector<std::string_view> *links = nullptr,
                      PostContentReader *contents = nullptr) {
  // Per post, in time order: platform, kind, language number, and the packed counts; native
  // IDs in a vector of their own, filled only with content (8 bytes a post instead of 40).
  struct CompactPost {
    Platform platform = Platform::other;
    PostKind kind = PostKind::post;
    std::uint32_t language = 0;
  };
  std::vector<CompactPost> posts;
  std::vector<std::string> native_ids;
  TextNumbers languages;
  const std::string columns = std::string("p.platform, p.kind, ") +
                              (query.with_content ? "p.native_id" : "NULL") +
                              (with_language ? ", " + post_language_sql(db) : "");
  PostSelection selection(db, query, columns, [&](const Statement &row) {
    constexpr int first = PostSelection::k_first_column;
    CompactPost post;
    post.platform = parse_platform(row.text(first)).value_or(Platform::other);
    post.kind = parse_post_kind(row.text(first + 1)).value_or(PostKind::post);
    post.language = with_language ? languages(row.text(first + 3)) : 0;
    posts.push_back(post);
    if (query.with_content) {
      native_ids.push_back(row.string(first + 2));
    }
  });
  selection.order(posts);
  if (query.with_content) {
    selection.order(native_ids);
  }
  PackedMetrics metrics(query.with_metrics ? posts.size() : 0);
  if (query.with_metrics) {
    for_each_metric(selection, [&](std::int32_t post, std::size_t column, std::int64_t value) {
      metrics.set(static_cast<std::size_t>(post), column, value);
    });
  }
  // Before account_facts: mentioned accounts get their indices here.
  ItemsByPost items_by_post(selection, kind);
  ItemsByPost links_by_post(selection, links != nullptr ? PostItemKind::links : PostItemKind::none);
  PostItems post_links;
  Dataset authors;
  authors.accounts = selection.account_facts();
  PostFacts post; // reused: its strings keep their buffers
  PostItems items;
  for (std::size_t i = 0; i < posts.size(); ++i) {
    post.id = selection.id(i);
    post.created_at = selection.created_at(i);
    post.account = selection.account(i);
    post.author_linked = selection.linked_author(i);
    post.platform = posts[i].platform;
    post.kind = posts[i].kind;
    if (query.with_content) {
      post.native_id = std::move(native_ids[i]);
    }
    if (with_language) {
      post.lang = languages.text(posts[i].language);
    }
    if (query.with_metrics) {
      post.metrics = metrics.unpack(i);
      forget_unmeasured_impressions(post);
    }
    if (contents != nullptr) {
      contents->read(post);
    }
    items_by_post.fill(static_cast<std::int32_t>(i), items);
    if (links != nullptr) {
      links_by_post.fill(static_cast<std::int32_t>(i), post_links);
      *links = post_links.texts;
    }
    visit(authors, post, items.texts, items.accounts);
  }
  return authors;
}

} // namespace

Dataset Store::scan_post_items(const PostQuery &query, PostItemKind kind, const ItemVisitor &visit,
                               bool with_language) const {
  return m_impl->db.guard("cannot load posts", [&] {
    return scan_selected(m_impl->db, query, with_language || kind == PostItemKind::languages, kind,
                         visit);
  });
}

Dataset Store::scan_post_contents(const PostQuery &query, const ContentVisitor &visit) const {
  return m_impl->db.guard("cannot load posts", [&] {
    PostQuery compact = query; // native IDs come with the texts, not held per post
    compact.with_content = false;
    PostContentReader contents(m_impl->db);
    std::vector<std::string_view> links;
    return scan_selected(
        m_impl->db, compact, true, PostItemKind::hashtags,
        [&](const Dataset &authors, const PostFacts &post,
            const std::vector<std::string_view> &hashtags,
            const std::vector<std::int32_t> &) { visit(authors, post, hashtags, links); },
        &links, &contents);
  });
}

namespace {

// One text column of `posts` for each post in `ids`, in that order; empty when NULL or absent.
std::vector<std::string> post_column(const Connection &db, const std::string &column,
                                     const std::vector<std::int64_t> &ids) {
  Statement query(db, "SELECT " + column + " FROM posts WHERE id = :id");
  std::vector<std::string> values;
  values.reserve(ids.size());
  for (const auto id : ids) {
    query.reset();
    query.bind(":id", id);
    values.push_back(query.step() ? query.string(0) : std::string());
  }
  return values;
}

} // namespace

std::vector<std::string> Store::post_texts(const std::vector<std::int64_t> &ids) const {
  return m_impl->db.guard("cannot read post texts",
                          [&] { return post_column(m_impl->db, "text", ids); });
}

std::vector<std::string> Store::post_urls(const std::vector<std::int64_t> &ids) const {
  return m_impl->db.guard("cannot read post links",
                          [&] { return post_column(m_impl->db, "url", ids); });
}

std::vector<std::string> Store::post_native_ids(const std::vector<std::int64_t> &ids) const {
  return m_impl->db.guard("cannot read post IDs",
                          [&] { return post_column(m_impl->db, "native_id", ids); });
}

std::optional<TimePoint> Store::newest_post_time() const {
  return m_impl->db.guard("cannot read the newest post", [&] {
    Statement query(m_impl->db, "SELECT max(created_at) FROM posts WHERE is_primary = 1");
    return query.step() ? column_time(query, 0) : std::nullopt;
  });
}

std::optional<TimePoint> Store::newest_post_time(const PostQuery &selected) const {
  return m_impl->db.guard("cannot read the newest post", [&] {
    const PostFilter filter(m_impl->db, selected);
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
