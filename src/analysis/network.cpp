// SPDX-License-Identifier: Apache-2.0
#include "sociometer/analysis/network.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace sociometer::analysis {

Network build_network(const Dataset &dataset, const InfluenceResult &ranking,
                      const NetworkOptions &options) {
  Network network;
  const auto node_id = [&](std::int32_t account) {
    return analysis::node_id(dataset.accounts[static_cast<std::size_t>(account)]);
  };

  std::map<std::int32_t, std::map<std::string, std::int64_t>> languages;
  for (const auto &post : dataset.posts) {
    if (post.account >= 0) {
      ++languages[post.account][post.lang.empty() ? "und" : post.lang];
    }
  }
  std::unordered_map<std::int32_t, bool> kept;
  for (const auto &row : ranking.rows) { // already by PageRank, then handle
    if (options.top > 0 && network.nodes.size() >= options.top) {
      break;
    }
    const auto &facts = dataset.accounts[static_cast<std::size_t>(row.account)];
    NetworkNode node;
    node.id = node_id(row.account);
    node.handle = facts.handle;
    node.platform = std::string(to_string(facts.platform));
    node.language = "und";
    std::int64_t best = 0;
    for (const auto &[lang, count] : languages[row.account]) {
      if (count > best) { // ties keep the alphabetically first language
        best = count;
        node.language = lang;
      }
    }
    node.pagerank = row.pagerank;
    node.community = row.community;
    node.followers = row.followers;
    network.nodes.push_back(std::move(node));
    kept[row.account] = true;
  }

  std::map<std::pair<std::int32_t, std::int32_t>, NetworkEdge> edges;
  for (const auto &interaction : dataset.interactions) {
    if (interaction.actor == interaction.target || !kept.count(interaction.actor) ||
        !kept.count(interaction.target)) {
      continue;
    }
    auto &edge = edges[{interaction.actor, interaction.target}];
    switch (interaction.kind) {
    case EdgeKind::repost:
      ++edge.reposts;
      break;
    case EdgeKind::quote:
      ++edge.quotes;
      break;
    case EdgeKind::reply:
      ++edge.replies;
      break;
    case EdgeKind::mention:
      ++edge.mentions;
      break;
    }
    edge.raw_weight += interaction_weight(interaction.kind);
    if (interaction.post >= 0) {
      const auto at = dataset.posts[static_cast<std::size_t>(interaction.post)].created_at;
      edge.first_at = edge.first_at ? std::min(*edge.first_at, at) : at;
      edge.last_at = edge.last_at ? std::max(*edge.last_at, at) : at;
    }
  }
  std::unordered_map<std::uint64_t, double> damped;
  for (const auto &edge : amplification_graph(dataset.interactions, ranking.weight_damping)) {
    damped[(static_cast<std::uint64_t>(static_cast<std::uint32_t>(edge.actor)) << 32) |
           static_cast<std::uint32_t>(edge.target)] = edge.weight;
  }
  for (auto &[pair, edge] : edges) {
    if (edge.raw_weight < options.min_weight) {
      continue;
    }
    edge.source = node_id(pair.first);
    edge.target = node_id(pair.second);
    edge.weight =
        damped[(static_cast<std::uint64_t>(static_cast<std::uint32_t>(pair.first)) << 32) |
               static_cast<std::uint32_t>(pair.second)];
    network.edges.push_back(std::move(edge));
  }
  return network;
}

} // namespace sociometer::analysis
