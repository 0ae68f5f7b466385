// SPDX-License-Identifier: Apache-2.0
#include "sociometer/analysis/network.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

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

} // namespace

Network build_network(const GraphInput &graph, const InfluenceResult &ranking,
                      const NetworkOptions &options) {
  Network network;
  const auto node_id = [&](std::int32_t account) {
    return analysis::node_id(graph.accounts[static_cast<std::size_t>(account)]);
  };
  const auto languages = main_languages(graph.languages);
  std::unordered_set<std::int32_t> kept;
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
    network.nodes.push_back(std::move(node));
    kept.insert(row.account);
  }

  std::map<std::pair<std::int32_t, std::int32_t>, NetworkEdge> edges;
  for (std::size_t i = 0; i < graph.interactions.size(); ++i) {
    const auto &interaction = graph.interactions[i];
    if (interaction.actor == interaction.target || kept.count(interaction.actor) == 0 ||
        kept.count(interaction.target) == 0) {
      continue;
    }
    auto &edge = edges[{interaction.actor, interaction.target}];
    add_count(edge, interaction.kind, interaction.count);
    edge.raw_weight +=
        interaction_weight(interaction.kind) * static_cast<double>(interaction.count);
    if (i < graph.spans.size() && graph.spans[i].first) {
      const auto &span = graph.spans[i];
      edge.first_at = edge.first_at ? std::min(*edge.first_at, *span.first) : *span.first;
      edge.last_at = edge.last_at ? std::max(*edge.last_at, *span.last) : *span.last;
    }
  }
  std::unordered_map<std::uint64_t, double> damped;
  for (const auto &edge : amplification_graph(graph.interactions, ranking.weight_damping)) {
    damped[pair_key(edge.actor, edge.target)] = edge.weight;
  }
  for (auto &[pair, edge] : edges) {
    if (edge.raw_weight < options.min_weight) {
      continue;
    }
    edge.source = node_id(pair.first);
    edge.target = node_id(pair.second);
    edge.weight = damped[pair_key(pair.first, pair.second)];
    network.edges.push_back(std::move(edge));
  }
  return network;
}

Network build_network(const Dataset &dataset, const InfluenceResult &ranking,
                      const NetworkOptions &options) {
  return build_network(graph_input(dataset), ranking, options);
}

} // namespace sociometer::analysis
