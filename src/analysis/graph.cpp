// SPDX-License-Identifier: Apache-2.0
// A thin RAII layer over igraph 0.10's C API: vectors and graphs are freed on every path, and
// every igraph_error_t becomes an Error. The process-wide error handler is set to "ignore" on
// first use so that igraph returns codes instead of aborting.
#include "sociometer/analysis/graph.hpp"

#include <cmath>
#include <dlfcn.h>
#include <igraph.h>
#include <mutex>
#include <string>

#include "sociometer/error.hpp"

namespace sociometer::analysis::graph {
namespace {

// Runs igraph's OpenMP loops (PRPACK's PageRank) on one thread of the calling thread. Their
// second thread bought nothing measurable on a quiet machine, and on a busy one (a cron job beside
// other work) OpenMP's spinning waits made PageRank 5-20x slower (docs/performance.md, "PageRank
// on one thread"). The runtime is the one igraph was linked with (libgomp in Debian), found by
// name so that sociometer needs no OpenMP of its own; without one there is nothing to set.
// OpenMP keeps the setting per calling thread, hence a call for every graph.
void run_openmp_on_one_thread() {
  using SetThreads = void (*)(int);
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): dlsym returns void*
  static auto *const set_threads =
      reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "omp_set_num_threads"));
  if (set_threads != nullptr) {
    set_threads(1);
  }
}

void initialise_igraph() {
  static std::once_flag once;
  std::call_once(once, [] {
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
  });
  run_openmp_on_one_thread();
}

void check(igraph_error_t code, const char *what) {
  if (code != IGRAPH_SUCCESS) {
    throw Error(ErrorKind::internal, std::string("igraph ") + what + ": " + igraph_strerror(code));
  }
}

struct Vector {
  igraph_vector_t v{};
  Vector() { check(igraph_vector_init(&v, 0), "vector"); }
  explicit Vector(const std::vector<double> &values) {
    check(igraph_vector_init(&v, static_cast<igraph_integer_t>(values.size())), "vector");
    for (std::size_t i = 0; i < values.size(); ++i) {
      VECTOR(v)[i] = values[i];
    }
  }
  ~Vector() { igraph_vector_destroy(&v); }
  Vector(const Vector &) = delete;
  Vector &operator=(const Vector &) = delete;
  [[nodiscard]] std::vector<double> values() const {
    std::vector<double> out(static_cast<std::size_t>(igraph_vector_size(&v)));
    for (std::size_t i = 0; i < out.size(); ++i) {
      out[i] = VECTOR(v)[i];
    }
    return out;
  }
};

struct IntVector {
  igraph_vector_int_t v{};
  explicit IntVector(igraph_integer_t size = 0) {
    check(igraph_vector_int_init(&v, size), "vector");
  }
  ~IntVector() { igraph_vector_int_destroy(&v); }
  IntVector(const IntVector &) = delete;
  IntVector &operator=(const IntVector &) = delete;
  [[nodiscard]] std::vector<std::int64_t> values() const {
    std::vector<std::int64_t> out(static_cast<std::size_t>(igraph_vector_int_size(&v)));
    for (std::size_t i = 0; i < out.size(); ++i) {
      out[i] = VECTOR(v)[i];
    }
    return out;
  }
};

struct Graph {
  igraph_t g{};
  Graph(std::int32_t vertices, const std::vector<WeightedEdge> &edges, bool directed) {
    initialise_igraph();
    IntVector list(static_cast<igraph_integer_t>(edges.size() * 2));
    for (std::size_t i = 0; i < edges.size(); ++i) {
      if (edges[i].from < 0 || edges[i].to < 0 || edges[i].from >= vertices ||
          edges[i].to >= vertices) {
        throw Error(ErrorKind::internal, "graph edge refers to a vertex out of range");
      }
      VECTOR(list.v)[2 * i] = edges[i].from;
      VECTOR(list.v)[2 * i + 1] = edges[i].to;
    }
    check(igraph_create(&g, &list.v, vertices, directed ? IGRAPH_DIRECTED : IGRAPH_UNDIRECTED),
          "create");
  }
  ~Graph() { igraph_destroy(&g); }
  Graph(const Graph &) = delete;
  Graph &operator=(const Graph &) = delete;
};

Vector weights_of(const std::vector<WeightedEdge> &edges) {
  std::vector<double> weights;
  weights.reserve(edges.size());
  for (const auto &edge : edges) {
    // igraph 0.10.2's PRPACK silently ignores negative weights: refuse them here (weights come from
    // user flags).
    if (!(edge.weight >= 0.0) || !std::isfinite(edge.weight)) {
      throw Error(ErrorKind::internal, "graph weights must be finite and non-negative");
    }
    weights.push_back(edge.weight);
  }
  return Vector(weights);
}

} // namespace

struct WeightedGraph::Impl {
  Impl(std::int32_t vertex_count, const std::vector<WeightedEdge> &edges, bool is_directed)
      : vertices(vertex_count), directed(is_directed), graph(vertex_count, edges, is_directed),
        weights(weights_of(edges)) {}
  std::int32_t vertices;
  bool directed;
  Graph graph;
  Vector weights;
};

WeightedGraph::WeightedGraph(std::int32_t vertices, const std::vector<WeightedEdge> &edges,
                             bool directed)
    : m_impl(std::make_unique<Impl>(vertices, edges, directed)) {}
WeightedGraph::~WeightedGraph() = default;
WeightedGraph::WeightedGraph(WeightedGraph &&) noexcept = default;
WeightedGraph &WeightedGraph::operator=(WeightedGraph &&) noexcept = default;

std::vector<double> WeightedGraph::pagerank(double damping,
                                            const std::vector<double> *reset) const {
  if (m_impl->vertices == 0) {
    return {};
  }
  run_openmp_on_one_thread(); // per calling thread, which may not be the one that built it
  const auto &graph = m_impl->graph;
  Vector result;
  if (reset != nullptr) {
    const Vector reset_vector(*reset);
    check(igraph_personalized_pagerank(&graph.g, IGRAPH_PAGERANK_ALGO_PRPACK, &result.v, nullptr,
                                       igraph_vss_all(), m_impl->directed, damping, &reset_vector.v,
                                       &m_impl->weights.v, nullptr),
          "personalized_pagerank");
  } else {
    check(igraph_pagerank(&graph.g, IGRAPH_PAGERANK_ALGO_PRPACK, &result.v, nullptr,
                          igraph_vss_all(), m_impl->directed, damping, &m_impl->weights.v, nullptr),
          "pagerank");
  }
  return result.values();
}

std::vector<double> pagerank(std::int32_t vertices, const std::vector<WeightedEdge> &edges,
                             bool directed, double damping, const std::vector<double> *reset) {
  if (vertices == 0) {
    return {};
  }
  return WeightedGraph(vertices, edges, directed).pagerank(damping, reset);
}

std::vector<double> betweenness(std::int32_t vertices, const std::vector<WeightedEdge> &edges,
                                const std::vector<std::int32_t> *sources) {
  if (vertices == 0) {
    return {};
  }
  Graph graph(vertices, edges, false);
  Vector result;
  if (sources == nullptr) {
    check(igraph_betweenness(&graph.g, &result.v, igraph_vss_all(), false, nullptr), "betweenness");
  } else {
    IntVector ids(static_cast<igraph_integer_t>(sources->size()));
    for (std::size_t i = 0; i < sources->size(); ++i) {
      VECTOR(ids.v)[i] = (*sources)[i];
    }
    check(igraph_betweenness_subset(&graph.g, &result.v, igraph_vss_all(), false,
                                    igraph_vss_vector(&ids.v), igraph_vss_all(), nullptr),
          "betweenness_subset");
  }
  return result.values();
}

std::vector<std::int64_t> coreness(std::int32_t vertices, const std::vector<WeightedEdge> &edges) {
  if (vertices == 0) {
    return {};
  }
  Graph graph(vertices, edges, false);
  // Multi-edges and loops inflate cores (each pair counts once for coreness): simplify first.
  check(igraph_simplify(&graph.g, true, true, nullptr), "simplify");
  IntVector cores;
  check(igraph_coreness(&graph.g, &cores.v, IGRAPH_ALL), "coreness");
  return cores.values();
}

Partition leiden_modularity(std::int32_t vertices, std::vector<WeightedEdge> edges,
                            std::uint64_t seed, std::int32_t iterations) {
  Partition partition;
  if (vertices == 0) {
    return partition;
  }
  if (iterations <= 0) {
    throw Error(ErrorKind::internal, "Leiden needs a positive number of iterations");
  }
  Graph graph(vertices, edges, false);
  const auto weights = weights_of(edges);
  double total = 0.0;
  for (const auto &edge : edges) {
    total += edge.weight;
  }
  edges = std::vector<WeightedEdge>(); // igraph holds them now
  if (total <= 0.0) {
    // No edges: every vertex is its own community, and modularity is undefined (reported as 0).
    for (std::int32_t v = 0; v < vertices; ++v) {
      partition.membership.push_back(v);
    }
    partition.clusters = vertices;
    return partition;
  }
  Vector strength;
  check(igraph_strength(&graph.g, &strength.v, igraph_vss_all(), IGRAPH_ALL, true, &weights.v),
        "strength");
  IntVector membership(vertices); // singletons to start from (Leiden reads and writes it)
  for (std::int32_t v = 0; v < vertices; ++v) {
    VECTOR(membership.v)[v] = v;
  }
  check(igraph_rng_seed(igraph_rng_default(), seed), "rng_seed");
  igraph_integer_t clusters = 0;
  igraph_real_t quality = 0.0;
  check(igraph_community_leiden(&graph.g, &weights.v, &strength.v, 1.0 / (2.0 * total), 0.01, true,
                                iterations, &membership.v, &clusters, &quality),
        "community_leiden");
  partition.membership = membership.values();
  partition.clusters = clusters;
  partition.quality = quality;
  return partition;
}

double modularity(std::int32_t vertices, const std::vector<WeightedEdge> &edges,
                  const std::vector<std::int64_t> &membership, bool weighted) {
  Graph graph(vertices, edges, false);
  const auto weights = weights_of(edges);
  IntVector labels(static_cast<igraph_integer_t>(membership.size()));
  for (std::size_t i = 0; i < membership.size(); ++i) {
    VECTOR(labels.v)[i] = membership[i];
  }
  igraph_real_t result = 0.0;
  check(
      igraph_modularity(&graph.g, &labels.v, weighted ? &weights.v : nullptr, 1.0, false, &result),
      "modularity");
  return result;
}

} // namespace sociometer::analysis::graph
