// SPDX-License-Identifier: Apache-2.0
// Graph algorithms over plain edge lists, computed by igraph (docs/metrics.md §6). Vertices are
// 0 … n−1. igraph is not thread-safe: call these from one thread at a time. Each throws
// Error(internal) with igraph's message when igraph reports an error (never aborts).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace sociometer::analysis::graph {

struct WeightedEdge {
  std::int32_t from = 0;
  std::int32_t to = 0;
  double weight = 1.0;
};

// A weighted graph handed to igraph once (edge indexes built, weights checked), for PageRank:
// what pagerank() below builds on each call, for a caller that builds apart from ranking
// (bench/graph_bench.cpp times the two as python-igraph's Graph and Graph.pagerank are timed).
// Throws Error(internal) for an edge out of range or a negative or non-finite weight. Holds
// nothing after a move: rank only the graph moved to.
class WeightedGraph {
public:
  WeightedGraph(std::int32_t vertices, const std::vector<WeightedEdge> &edges, bool directed);
  ~WeightedGraph();
  WeightedGraph(WeightedGraph &&) noexcept;
  WeightedGraph &operator=(WeightedGraph &&) noexcept;
  WeightedGraph(const WeightedGraph &) = delete;
  WeightedGraph &operator=(const WeightedGraph &) = delete;

  // PageRank with PRPACK. With `reset`, personalised: teleports (and dangling vertices) jump
  // according to `reset` instead of uniformly. Sums to 1; empty for a graph without vertices.
  [[nodiscard]] std::vector<double> pagerank(double damping,
                                             const std::vector<double> *reset = nullptr) const;

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

// WeightedGraph(vertices, edges, directed).pagerank(damping, reset): weights ≥ 0, finite.
[[nodiscard]] std::vector<double> pagerank(std::int32_t vertices,
                                           const std::vector<WeightedEdge> &edges, bool directed,
                                           double damping,
                                           const std::vector<double> *reset = nullptr);

// Unweighted betweenness of an undirected graph (raw pair counts). With `sources`, only shortest
// paths starting at those vertices are counted (igraph_betweenness_subset), for sampled estimates.
[[nodiscard]] std::vector<double> betweenness(std::int32_t vertices,
                                              const std::vector<WeightedEdge> &edges,
                                              const std::vector<std::int32_t> *sources = nullptr);

// k-core index of each vertex of an undirected simple graph.
[[nodiscard]] std::vector<std::int64_t> coreness(std::int32_t vertices,
                                                 const std::vector<WeightedEdge> &edges);

struct Partition {
  std::vector<std::int64_t> membership;
  std::int64_t clusters = 0;
  double quality = 0.0; // equals weighted modularity in the modularity configuration
};

// Leiden with the modularity objective on an undirected weighted graph: node weights = strength,
// resolution = 1/(2·total weight), β = 0.01, a fixed positive number of iterations (a negative
// count can hang igraph 0.10.2), RNG seeded with `seed`. Takes the edges: they are freed once
// igraph holds the graph, before the iterations, which are the peak of a ranking over many
// accounts (a copy, or std::move from a caller done with them).
[[nodiscard]] Partition leiden_modularity(std::int32_t vertices, std::vector<WeightedEdge> edges,
                                          std::uint64_t seed, std::int32_t iterations = 10);

// Newman modularity of `membership` (weighted when `weighted`) on an undirected graph.
[[nodiscard]] double modularity(std::int32_t vertices, const std::vector<WeightedEdge> &edges,
                                const std::vector<std::int64_t> &membership, bool weighted);

} // namespace sociometer::analysis::graph
