// SPDX-License-Identifier: Apache-2.0
// The amplification graph as a network for Gephi and other tools: nodes with their ranking, edges
// with per-kind counts and first/last time.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "sociometer/analysis/influence.hpp"
#include "sociometer/model/facts.hpp"

namespace sociometer::analysis {

struct NetworkNode {
  std::string id; // platform:native_id, stable across exports
  std::string handle;
  std::string platform;
  std::string language; // the most frequent language of the account's posts, "und" if none
  double pagerank = 0.0;
  std::int64_t community = 0;
  std::optional<std::int64_t> followers;
};

struct NetworkEdge {
  // Positions in Network::nodes, not node IDs: a capture's edges outnumber its accounts, and two
  // ID strings per edge were a third of `network export`'s memory.
  std::uint32_t source = 0;
  std::uint32_t target = 0;
  double weight = 0.0;     // damped, as PageRank used it
  double raw_weight = 0.0; // Σ weight(kind) · count(kind)
  std::int64_t reposts = 0;
  std::int64_t quotes = 0;
  std::int64_t replies = 0;
  std::int64_t mentions = 0;
  std::optional<TimePoint> first_at;
  std::optional<TimePoint> last_at;
};

struct Network {
  std::vector<NetworkNode> nodes; // by PageRank, then handle
  // By source, then target account (the graph's order), when held (build_network); empty when
  // each edge is made as it is walked (stream_network).
  std::vector<NetworkEdge> edges;
  // Set by stream_network: makes the edges in order as it hands them to its visitor, and how
  // many it makes.
  std::function<void(const std::function<void(const NetworkEdge &)> &)> edge_walk;
  std::size_t walked_edges = 0;

  // Hands every edge to `visit`, in order, held or made as it goes.
  void for_each_edge(const std::function<void(const NetworkEdge &)> &visit) const;
  // How many edges for_each_edge hands over.
  [[nodiscard]] std::size_t edge_count() const noexcept {
    return edge_walk ? walked_edges : edges.size();
  }

  // The node IDs of an edge's ends.
  [[nodiscard]] const std::string &source_id(const NetworkEdge &edge) const {
    return nodes.at(edge.source).id;
  }
  [[nodiscard]] const std::string &target_id(const NetworkEdge &edge) const {
    return nodes.at(edge.target).id;
  }
};

struct NetworkOptions {
  double min_weight = 0.0; // keep edges whose raw weight is at least this
  std::size_t top = 0;     // keep the top N nodes by PageRank (0 = all) and the edges among them
};

// Lays out the ranked graph (`ranking` = rank_influencers(graph)) as nodes and edges; edges have
// first and last times where `graph.spans` has them. Takes the ranking: its rows are freed once
// the nodes are made (over many accounts they are a tenth of the memory the edges are laid out
// in).
[[nodiscard]] Network build_network(const GraphInput &graph, InfluenceResult &&ranking,
                                    const NetworkOptions &options);
// build_network without holding the edges: each is made as for_each_edge walks them, from the
// interactions of `graph`, which must outlive the Network (over 288,000 accounts the held edges
// were a sixth of `network export`'s memory).
[[nodiscard]] Network stream_network(const GraphInput &graph, InfluenceResult &&ranking,
                                     const NetworkOptions &options);
// A temporary graph would be gone before the edges are walked.
Network stream_network(GraphInput &&graph, InfluenceResult &&ranking,
                       const NetworkOptions &options) = delete;
// The same over a loaded selection: build_network(graph_input(dataset), ranking, options).
[[nodiscard]] Network build_network(const Dataset &dataset, InfluenceResult &&ranking,
                                    const NetworkOptions &options);

} // namespace sociometer::analysis
