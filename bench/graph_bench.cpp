// SPDX-License-Identifier: Apache-2.0
// Like-for-like half of bench/influence_bench.sh: the same edge list NetworkX reads
// (`sociometer network export --format csv`), read and turned into igraph's graph, then weighted
// PageRank through the wrapper `sociometer influencers` uses. Prints one JSON object with the
// times of the two steps (best of --repeat runs) so they compare with networkx_pagerank.py.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sociometer/analysis/graph.hpp"

namespace {

using Clock = std::chrono::steady_clock;

struct Graph {
  std::int32_t vertices = 0;
  std::vector<sociometer::analysis::graph::WeightedEdge> edges;
};

// The CSV's source, target and weight columns (found by name); no quoted cells in this export.
// Reads the file whole and splits it in place: what a C++ program of ours would do.
Graph read_edges(const std::string &path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) {
    throw std::runtime_error(path + ": cannot open");
  }
  // One read of the known size (istreambuf_iterator copies a character at a time).
  const auto size = in.tellg();
  if (size < 0) {
    throw std::runtime_error(path + ": not a regular file");
  }
  std::string text(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(text.data(), static_cast<std::streamsize>(text.size()))) {
    throw std::runtime_error(path + ": cannot read");
  }
  std::string_view rest(text);
  const auto next_line = [&rest]() {
    const auto end = rest.find('\n');
    auto line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    return line;
  };
  std::vector<std::string_view> cells;
  // The first `wanted` cells of `line` (all when 0): the columns after the last one used are
  // never looked at.
  const auto split = [&cells](std::string_view line, std::size_t wanted = 0) {
    cells.clear();
    for (std::size_t start = 0; wanted == 0 || cells.size() < wanted;) {
      const auto comma = line.find(',', start);
      cells.push_back(line.substr(start, comma == std::string_view::npos ? comma : comma - start));
      if (comma == std::string_view::npos) {
        return;
      }
      start = comma + 1;
    }
  };
  split(next_line());
  const auto column = [&](std::string_view name) {
    const auto at = std::find(cells.begin(), cells.end(), name);
    if (at == cells.end()) {
      throw std::runtime_error(path + ": no column " + std::string(name));
    }
    return static_cast<std::size_t>(at - cells.begin());
  };
  const auto source = column("source");
  const auto target = column("target");
  const auto weight = column("weight");
  Graph graph;
  const auto lines = static_cast<std::size_t>(std::count(rest.begin(), rest.end(), '\n'));
  graph.edges.reserve(lines);
  std::unordered_map<std::string_view, std::int32_t> vertex_of;
  vertex_of.reserve(1U << 14U);
  const auto vertex = [&](std::string_view key) {
    return vertex_of.try_emplace(key, static_cast<std::int32_t>(vertex_of.size())).first->second;
  };
  const auto last_column = std::max({source, target, weight});
  // The export lists each source's edges together: its vertex is looked up once per run.
  std::string_view last_source;
  std::int32_t last_source_vertex = -1;
  while (!rest.empty()) {
    split(next_line(), last_column + 1);
    if (cells.size() <= last_column) {
      continue;
    }
    double value = 0.0;
    std::from_chars(cells[weight].data(), cells[weight].data() + cells[weight].size(), value);
    if (last_source_vertex < 0 || cells[source] != last_source) {
      last_source = cells[source];
      last_source_vertex = vertex(last_source);
    }
    graph.edges.push_back({last_source_vertex, vertex(cells[target]), value});
  }
  graph.vertices = static_cast<std::int32_t>(vertex_of.size());
  return graph;
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace

int main(int argc, char **argv) {
  if (argc < 2 || argc > 3) {
    std::cerr << "usage: sociometer_graph_bench EDGES.csv [REPEAT]\n";
    return 2;
  }
  const int repeat = argc == 3 ? std::max(1, std::atoi(argv[2])) : 5;
  try {
    double best_build = 1e9;
    double best_pagerank = 1e9;
    Graph graph;
    double checksum = 0.0;
    for (int run = 0; run < repeat; ++run) {
      // Build: the edge list read and handed to igraph, as python-igraph's Graph.TupleList does
      // in the other script's build; then PageRank on it, as its Graph.pagerank.
      const auto start = Clock::now();
      graph = read_edges(argv[1]);
      const sociometer::analysis::graph::WeightedGraph weighted(graph.vertices, graph.edges, true);
      best_build = std::min(best_build, seconds_since(start));
      const auto ranked = Clock::now();
      const auto ranks = weighted.pagerank(0.85);
      best_pagerank = std::min(best_pagerank, seconds_since(ranked));
      checksum = 0.0;
      for (const auto rank : ranks) {
        checksum += rank;
      }
    }
    std::printf("{\"nodes\": %d, \"edges\": %zu, \"runs\": %d, \"build_s\": %.4f, "
                "\"pagerank_s\": %.4f, \"build_and_pagerank_s\": %.4f, \"rank_sum\": %.12f}\n",
                graph.vertices, graph.edges.size(), repeat, best_build, best_pagerank,
                best_build + best_pagerank, checksum);
  } catch (const std::exception &error) {
    std::cerr << "sociometer_graph_bench: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
