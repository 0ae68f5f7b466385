// SPDX-License-Identifier: Apache-2.0
// Reading posts for analyses: Store::load (posts with what the query asks for) and
// Store::load_graph (narrow rows for graph analyses), both over one PostSelection.
#include <chrono>
#include <unordered_map>

#include "post_selection.hpp"
#include "store_state.hpp"

namespace sociometer::store {
namespace {

// Each count is its latest reported value: snapshots in time order, a later non-null value
// replacing an earlier one, so a route that does not report a count never erases it.
void read_metrics(const PostSelection &selection, std::vector<PostFacts> &posts) {
  std::string columns = "t.post_id";
  for (const auto &column : k_metric_columns) {
    columns += std::string(", t.") + (column.parameter + 1);
  }
  selection.for_each_child_row(columns, "metric_snapshots", "", "t.post_id, t.observed_at",
                               [&](std::int32_t post, const Statement &snapshot) {
                                 auto &metrics = posts[static_cast<std::size_t>(post)].metrics;
                                 int at = 1;
                                 for (const auto &column : k_metric_columns) {
                                   if (!snapshot.is_null(at)) {
                                     metrics.*column.count = snapshot.integer(at);
                                   }
                                   ++at;
                                 }
                               });
}

// X began counting views on 2022-12-22; its API reports 0 impressions for tweets created before.
constexpr TimePoint k_x_impressions_start{
    std::chrono::sys_days{std::chrono::year{2022} / std::chrono::December / 22}};

// A reported 0 impressions that cannot have been measured becomes "not reported", so that every
// command leaves the post out of impression rates and their coverage alike: 0 beside non-zero
// engagement (the platform could not see the views, or the capture could not), and X's 0 on
// tweets created before it counted views.
void forget_unmeasured_impressions(std::vector<PostFacts> &posts) {
  for (auto &post : posts) {
    auto &metrics = post.metrics;
    if (!metrics.impressions || *metrics.impressions != 0) {
      continue;
    }
    const bool engaged = metrics.likes.value_or(0) > 0 || metrics.reposts.value_or(0) > 0 ||
                         metrics.replies.value_or(0) > 0 || metrics.quotes.value_or(0) > 0;
    const bool before_x_counted =
        post.platform == Platform::x && post.created_at < k_x_impressions_start;
    if (engaged || before_x_counted) {
      metrics.impressions.reset();
    }
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
      forget_unmeasured_impressions(dataset.posts);
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

GraphFacts Store::load_graph(const PostQuery &query) const {
  return m_impl->db.guard("cannot load the interaction graph", [&] {
    GraphFacts graph;
    Interner languages(graph.languages);
    PostSelection selection(m_impl->db, query, k_post_language_sql, [&](const Statement &row) {
      GraphFacts::Post post;
      post.language = languages(row.text(PostSelection::k_first_column));
      graph.posts.push_back(post);
    });
    selection.order(graph.posts);
    for (std::size_t i = 0; i < graph.posts.size(); ++i) {
      graph.posts[i].account = selection.account(i);
    }
    graph.interactions = selection.interactions(false);
    graph.accounts = selection.account_facts();
    if (query.with_hashtags) {
      Interner tags(graph.tags);
      for_each_hashtag(selection, [&](std::int32_t post, std::string_view tag) {
        graph.hashtags.emplace_back(post, tags(tag));
      });
    }
    return graph;
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
