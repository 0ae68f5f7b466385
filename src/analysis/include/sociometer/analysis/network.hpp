// SPDX-License-Identifier: Apache-2.0
// The amplification graph as a network for Gephi and other tools: nodes with their ranking, edges
// with per-kind counts and first/last time.
#pragma once

#include <cstdint>
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
  std::string source;
  std::string target;
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
  std::vector<NetworkEdge> edges; // by source, target
};

struct NetworkOptions {
  double min_weight = 0.0; // keep edges whose raw weight is at least this
  std::size_t top = 0;     // keep the top N nodes by PageRank (0 = all) and the edges among them
};

// Lays out the ranked graph (`ranking` = rank_influencers(graph)) as nodes and edges; edges have
// first and last times where `graph.spans` has them.
[[nodiscard]] Network build_network(const GraphInput &graph, const InfluenceResult &ranking,
                                    const NetworkOptions &options);
// The same over a loaded selection: build_network(graph_input(dataset), ranking, options).
[[nodiscard]] Network build_network(const Dataset &dataset, const InfluenceResult &ranking,
                                    const NetworkOptions &options);

} // namespace sociometer::analysis
