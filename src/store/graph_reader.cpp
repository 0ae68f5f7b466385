// SPDX-License-Identifier: Apache-2.0
// Store::load_graph: the input of graph analyses read in flat memory. One scan of the selected
// posts keeps per author its first post and its languages, and per post only its author's slot;
// the edges and hashtags of those posts are then streamed and summed per (actor, target, kind)
// and per (account, tag). Nothing is kept per interaction or per hashtag use.
#include <algorithm>
#include <array>
#include <limits>
#include <numeric>
#include <unordered_map>

#include "post_selection.hpp"
#include "sociometer/util/time.hpp"
#include "store_state.hpp"

namespace sociometer::store {
namespace {

// The slot of a selected post whose author is unknown: the post counts for edges, not for
// per-account counts.
constexpr std::int32_t k_no_author = -2;

std::uint64_t pair_key(std::uint32_t high, std::uint32_t low) {
  return (static_cast<std::uint64_t>(high) << 32) | low;
}

// What one scan of the selected posts keeps: authors by slot (in order of first sight), each
// author's earliest post, posts per (slot, language), and post ID → slot.
struct AuthorScan {
  AccountIndex slots;                                        // identity account ID → slot
  std::vector<std::pair<TimePoint, std::int64_t>> earliest;  // per slot: (time, post ID)
  std::unordered_map<std::uint64_t, std::int64_t> languages; // slot << 32 | language → posts
  TextNumbers language_texts;
  std::vector<std::pair<std::int64_t, std::int32_t>> post_slots; // (post ID, slot)

  explicit AuthorScan(const Connection &db) : slots(db) {}
};

AuthorScan scan_authors(const Connection &db, const PostFilter &filter, const AccountLinks &links,
                        bool with_languages) {
  AuthorScan scan(db);
  Statement posts(db, std::string("SELECT p.id, p.account_id, p.created_at") +
                          (with_languages ? ", " + post_language_sql(db) : "") +
                          " FROM posts AS p LEFT JOIN accounts AS a ON a.id = p.account_id "
                          "WHERE " +
                          filter.where);
  filter.bind(posts);
  const auto superseded = superseded_versions(db);
  while (posts.step()) {
    const auto id = posts.integer(0);
    if (superseded.count(id) != 0) {
      continue;
    }
    if (posts.is_null(1)) {
      scan.post_slots.emplace_back(id, k_no_author);
      continue;
    }
    const auto slot = scan.slots(links.identity(posts.integer(1)));
    const std::pair key{util::parse_iso8601(posts.text(2)).value_or(TimePoint{}), id};
    if (static_cast<std::size_t>(slot) == scan.earliest.size()) {
      scan.earliest.push_back(key);
    } else if (key < scan.earliest[static_cast<std::size_t>(slot)]) {
      scan.earliest[static_cast<std::size_t>(slot)] = key;
    }
    if (with_languages) {
      const auto language = scan.language_texts(posts.text(3));
      ++scan.languages[pair_key(static_cast<std::uint32_t>(slot), language)];
    }
    scan.post_slots.emplace_back(id, slot);
  }
  return scan;
}

// Account indices in order of each identity's first post in (time, ID) order, as Store::load
// numbers them (vertex order, which Leiden's result depends on). Returns slot → account index.
std::vector<std::int32_t> number_authors(const AuthorScan &scan, AccountIndex &accounts) {
  std::vector<std::int32_t> by_first_post(scan.earliest.size());
  std::iota(by_first_post.begin(), by_first_post.end(), 0);
  std::sort(by_first_post.begin(), by_first_post.end(), [&](std::int32_t a, std::int32_t b) {
    return scan.earliest[static_cast<std::size_t>(a)] < scan.earliest[static_cast<std::size_t>(b)];
  });
  std::vector<std::int32_t> account_of(scan.earliest.size(), -1);
  for (const auto slot : by_first_post) {
    account_of[static_cast<std::size_t>(slot)] =
        accounts(scan.slots.ids()[static_cast<std::size_t>(slot)]);
  }
  return account_of;
}

// Interactions summed per (actor, target, kind) as they are read, each with the time of its
// first and last post when asked for.
class InteractionSums {
public:
  InteractionSums(GraphFacts &graph, bool with_spans) : m_graph(graph), m_spans(with_spans) {}

  void add(std::int32_t actor, std::int32_t target, EdgeKind kind,
           const std::optional<TimePoint> &at) {
    auto [it, added] = m_positions.try_emplace(
        pair_key(static_cast<std::uint32_t>(actor), static_cast<std::uint32_t>(target)),
        std::array<std::int32_t, 4>{-1, -1, -1, -1});
    auto &position = it->second[static_cast<std::size_t>(kind)];
    if (position < 0) {
      position = static_cast<std::int32_t>(m_graph.interactions.size());
      m_graph.interactions.push_back({actor, target, kind, -1, 0});
      if (m_spans) {
        m_graph.spans.push_back({at, at});
      }
    }
    ++m_graph.interactions[static_cast<std::size_t>(position)].count;
    if (m_spans && at) {
      auto &span = m_graph.spans[static_cast<std::size_t>(position)];
      span.first = span.first ? std::min(*span.first, *at) : *at;
      span.last = span.last ? std::max(*span.last, *at) : *at;
    }
  }

private:
  GraphFacts &m_graph;
  bool m_spans;
  std::unordered_map<std::uint64_t, std::array<std::int32_t, 4>> m_positions;
};

} // namespace

GraphFacts Store::load_graph(const PostQuery &query, bool with_spans) const {
  return m_impl->db.guard("cannot load the interaction graph", [&] {
    const auto &db = m_impl->db;
    const PostFilter filter(db, query);
    const AccountLinks links(db);
    auto scan = scan_authors(db, filter, links, query.with_languages);
    AccountIndex accounts(db);
    const auto account_of = number_authors(scan, accounts);
    const PostIdIndex posts(std::move(scan.post_slots));
    const ChildRows children(db, filter, posts);

    GraphFacts graph;
    {
      InteractionSums sums(graph, with_spans);
      children.for_each(
          std::string("t.post_id, t.kind, t.actor_account_id, t.target_account_id") +
              (with_spans ? ", p.created_at" : ""),
          "edges", "", "t.post_id, t.kind, t.target_account_id",
          [&](std::int32_t, const Statement &edge) {
            const auto actor = accounts(links.identity(edge.integer(2)));
            const auto target = accounts(links.identity(edge.integer(3)));
            std::optional<TimePoint> at;
            if (with_spans) {
              at = util::parse_iso8601(edge.text(4)).value_or(TimePoint{});
            }
            sums.add(actor, target, parse_edge_kind(edge.text(1)).value_or(EdgeKind::mention), at);
          },
          with_spans);
    } // the sums' index of pairs freed before the lists are trimmed
    // Grown by doubling, each list held up to twice its rows for the whole analysis (a capture by
    // 288,000 accounts: 25 MiB of capacity for 16 MiB of interactions); trimmed to size here.
    graph.interactions.shrink_to_fit();
    graph.spans.shrink_to_fit();
    graph.languages.reserve(scan.languages.size()); // a doubling vector held twice its size
    for (const auto &[key, count] : scan.languages) {
      graph.languages.push_back({account_of[key >> 32],
                                 scan.language_texts.text(static_cast<std::uint32_t>(key)), count});
    }
    if (query.with_hashtags) {
      TextNumbers tags;
      std::unordered_map<std::uint64_t, std::int64_t> uses; // slot << 32 | tag → uses
      children.for_each("t.post_id, t.tag", "post_hashtags", "", "t.post_id, t.position",
                        [&](std::int32_t slot, const Statement &tag) {
                          if (slot >= 0) {
                            ++uses[pair_key(static_cast<std::uint32_t>(slot), tags(tag.text(1)))];
                          }
                        });
      graph.hashtags.reserve(uses.size());
      for (const auto &[key, count] : uses) {
        graph.hashtags.push_back(
            {account_of[key >> 32], tags.text(static_cast<std::uint32_t>(key)), count});
      }
    }
    graph.accounts = account_facts(db, links, accounts);
    return graph;
  });
}

} // namespace sociometer::store
