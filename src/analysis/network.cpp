// SPDX-License-Identifier: Apache-2.0
#include "sociometer/analysis/network.hpp"

#include <algorithm>
#include <memory>
#include <unordered_map>

namespace sociometer::analysis {
namespace {

std::uint64_t pair_key(std::int32_t actor, std::int32_t target) {
  return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(actor)) << 32) |
         static_cast<std::uint32_t>(target);
}

// Per account, the language most of its posts have; ties keep the alphabetically first.
// `languages` comes by account, then text.
std::unordered_map<std::int32_t, std::string>
main_languages(const std::vector<AccountTextCount> &languages) {
  std::unordered_map<std::int32_t, std::string> main;
  std::unordered_map<std::int32_t, std::int64_t> best;
  for (const auto &count : languages) {
    if (auto &most = best[count.account]; count.count > most) {
      most = count.count;
      main[count.account] = count.text;
    }
  }
  return main;
}

void add_count(NetworkEdge &edge, EdgeKind kind, std::int64_t count) {
  switch (kind) {
  case EdgeKind::repost:
    edge.reposts += count;
    return;
  case EdgeKind::quote:
    edge.quotes += count;
    return;
  case EdgeKind::reply:
    edge.replies += count;
    return;
  case EdgeKind::mention:
    edge.mentions += count;
    return;
  }
}

// What making the edges needs once the nodes are laid out, kept while they are walked.
struct EdgeLayout {
  std::vector<std::uint32_t> node_of; // node position by account index, or k_not_kept
  std::vector<std::uint32_t> order;   // the kept interactions by (actor, target), in that order
  // The damped weights PageRank used, in (actor, target) order too: joined to the pairs as both
  // are walked.
  std::vector<AmplificationEdge> damped;
  double min_weight = 0.0;
};

constexpr std::uint32_t k_not_kept = UINT32_MAX;

// Hands each edge of `layout` to `visit` in (actor, target) order; one summed per pair of the
// kept interactions of `graph`, those under the minimum weight left out.
template <class Visit>
void walk_edges(const GraphInput &graph, const EdgeLayout &layout, Visit visit) {
  const auto &order = layout.order;
  const auto pair_of = [&](std::uint32_t i) {
    return pair_key(graph.interactions[i].actor, graph.interactions[i].target);
  };
  auto next_damped = layout.damped.begin();
  for (std::size_t first = 0; first < order.size();) {
    const auto pair = pair_of(order[first]);
    NetworkEdge edge;
    std::size_t next = first;
    for (; next < order.size() && pair_of(order[next]) == pair; ++next) {
      const auto i = order[next];
      const auto &interaction = graph.interactions[i];
      add_count(edge, interaction.kind, interaction.count);
      edge.raw_weight +=
          interaction_weight(interaction.kind) * static_cast<double>(interaction.count);
      if (i < graph.spans.size() && graph.spans[i].first) {
        const auto &span = graph.spans[i];
        edge.first_at = edge.first_at ? std::min(*edge.first_at, *span.first) : *span.first;
        edge.last_at = edge.last_at ? std::max(*edge.last_at, *span.last) : *span.last;
      }
    }
    first = next;
    if (edge.raw_weight < layout.min_weight) {
      continue;
    }
    const auto &interaction = graph.interactions[order[next - 1]];
    edge.source = layout.node_of[static_cast<std::size_t>(interaction.actor)];
    edge.target = layout.node_of[static_cast<std::size_t>(interaction.target)];
    while (next_damped != layout.damped.end() &&
           pair_key(next_damped->actor, next_damped->target) < pair) {
      ++next_damped;
    }
    const bool weighted = next_damped != layout.damped.end() &&
                          pair_key(next_damped->actor, next_damped->target) == pair;
    edge.weight = weighted ? next_damped->weight : 0.0;
    visit(edge);
  }
}

// The nodes of `network`, and what walk_edges needs for its edges.
EdgeLayout lay_out(const GraphInput &graph, InfluenceResult &&ranking,
                   const NetworkOptions &options, Network &network) {
  EdgeLayout layout;
  layout.min_weight = options.min_weight;
  const auto node_id = [&](std::int32_t account) {
    return analysis::node_id(graph.accounts[static_cast<std::size_t>(account)]);
  };
  auto languages = main_languages(graph.languages);
  layout.node_of.assign(graph.accounts.size(), k_not_kept); // by account index
  const auto is_kept = [&layout](std::int32_t account) {
    return account >= 0 && static_cast<std::size_t>(account) < layout.node_of.size() &&
           layout.node_of[static_cast<std::size_t>(account)] != k_not_kept;
  };
  network.nodes.reserve(options.top > 0 ? std::min(options.top, ranking.rows.size())
                                        : ranking.rows.size());
  for (const auto &row : ranking.rows) { // already by PageRank, then handle
    if (options.top > 0 && network.nodes.size() >= options.top) {
      break;
    }
    const auto &facts = graph.accounts[static_cast<std::size_t>(row.account)];
    NetworkNode node;
    node.id = node_id(row.account);
    node.handle = facts.handle;
    node.platform = std::string(to_string(facts.platform));
    const auto language = languages.find(row.account);
    node.language = language == languages.end() ? "und" : language->second;
    node.pagerank = row.pagerank;
    node.community = row.community;
    node.followers = row.followers;
    layout.node_of[static_cast<std::size_t>(row.account)] =
        static_cast<std::uint32_t>(network.nodes.size());
    network.nodes.push_back(std::move(node));
  }
  // Done with before the edges are laid out, the peak over many accounts: freed now.
  languages = decltype(languages)(); // `= {}` would keep the buckets
  const auto weight_damping = ranking.weight_damping;
  ranking.rows = decltype(ranking.rows)(); // `= {}` would keep the capacity

  // The kept interactions by (actor, target), summed per pair in that order: a sort of their
  // indices, not a map of every pair (a map node per edge was a fifth of `network export` on a
  // capture of 288,000 accounts).
  for (std::size_t i = 0; i < graph.interactions.size(); ++i) {
    const auto &interaction = graph.interactions[i];
    if (interaction.actor != interaction.target && is_kept(interaction.actor) &&
        is_kept(interaction.target)) {
      layout.order.push_back(static_cast<std::uint32_t>(i));
    }
  }
  const auto pair_of = [&](std::uint32_t i) {
    return pair_key(graph.interactions[i].actor, graph.interactions[i].target);
  };
  std::stable_sort(layout.order.begin(), layout.order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return pair_of(a) < pair_of(b); });
  layout.damped = amplification_graph(graph.interactions, weight_damping);
  return layout;
}

} // namespace

void Network::for_each_edge(const std::function<void(const NetworkEdge &)> &visit) const {
  if (edge_walk) {
    edge_walk(visit);
    return;
  }
  for (const auto &edge : edges) {
    visit(edge);
  }
}

Network build_network(const GraphInput &graph, InfluenceResult &&ranking,
                      const NetworkOptions &options) {
  Network network;
  const auto layout = lay_out(graph, std::move(ranking), options, network);
  std::size_t kept = 0;
  walk_edges(graph, layout, [&kept](const NetworkEdge &) { ++kept; });
  network.edges.reserve(kept);
  walk_edges(graph, layout, [&network](const NetworkEdge &edge) { network.edges.push_back(edge); });
  return network;
}

Network stream_network(const GraphInput &graph, InfluenceResult &&ranking,
                       const NetworkOptions &options) {
  Network network;
  auto layout =
      std::make_shared<const EdgeLayout>(lay_out(graph, std::move(ranking), options, network));
  walk_edges(graph, *layout, [&network](const NetworkEdge &) { ++network.walked_edges; });
  network.edge_walk = [&graph, layout](const std::function<void(const NetworkEdge &)> &visit) {
    walk_edges(graph, *layout, visit);
  };
  return network;
}

Network build_network(const Dataset &dataset, InfluenceResult &&ranking,
                      const NetworkOptions &options) {
  return build_network(graph_input(dataset), std::move(ranking), options);
}

} // namespace sociometer::analysis
