// SPDX-License-Identifier: Apache-2.0
// Reference values computed independently of this code with NetworkX 2.8.8, python-igraph and
// igraph C 0.10.2, which agreed to every printed digit.
#include <catch2/catch.hpp>
#include <dlfcn.h>
#include <igraph.h>
#include <thread>

#include "sociometer/analysis/graph.hpp"
#include "sociometer/error.hpp"

using namespace sociometer::analysis;

namespace {

// Zachary's karate club as igraph ships it (same vertex numbering as NetworkX).
std::vector<graph::WeightedEdge> karate() {
  igraph_t g;
  REQUIRE(igraph_famous(&g, "Zachary") == IGRAPH_SUCCESS);
  igraph_vector_int_t list;
  igraph_vector_int_init(&list, 0);
  igraph_get_edgelist(&g, &list, false);
  std::vector<graph::WeightedEdge> edges;
  for (igraph_integer_t i = 0; i < igraph_vector_int_size(&list); i += 2) {
    edges.push_back({static_cast<std::int32_t>(VECTOR(list)[i]),
                     static_cast<std::int32_t>(VECTOR(list)[i + 1]), 1.0});
  }
  igraph_vector_int_destroy(&list);
  igraph_destroy(&g);
  return edges;
}

} // namespace

TEST_CASE("Zachary's karate club: PageRank, betweenness and coreness", "[analysis][graph]") {
  const auto edges = karate();
  REQUIRE(edges.size() == 78);
  const auto pr = graph::pagerank(34, edges, false, 0.85);
  CHECK(pr[0] == Approx(0.0969972854).margin(1e-9));
  CHECK(pr[33] == Approx(0.1009191823).margin(1e-9));
  CHECK(pr[11] == Approx(0.0095647455).margin(1e-9));
  double sum = 0;
  for (const auto value : pr) {
    sum += value;
  }
  CHECK(sum == Approx(1.0).margin(1e-12));

  const auto between = graph::betweenness(34, edges);
  CHECK(between[0] == Approx(231.071429).margin(1e-6));
  CHECK(between[33] == Approx(160.551587).margin(1e-6));
  CHECK(between[31] == Approx(73.009524).margin(1e-6));
  // Counting the paths from every source equals exact betweenness (the sampled estimate's base).
  std::vector<std::int32_t> all(34);
  for (std::int32_t i = 0; i < 34; ++i) {
    all[static_cast<std::size_t>(i)] = i;
  }
  const auto subset = graph::betweenness(34, edges, &all);
  for (std::size_t i = 0; i < 34; ++i) {
    CHECK(subset[i] == Approx(between[i]).margin(1e-9));
  }

  const auto cores = graph::coreness(34, edges);
  for (const int v : {0, 1, 2, 3, 7, 8, 13, 30, 32, 33}) {
    CHECK(cores[static_cast<std::size_t>(v)] == 4);
  }
  CHECK(cores[11] == 1);
}

TEST_CASE("Karate club: modularity of the factions and Leiden bounds", "[analysis][graph]") {
  const auto edges = karate();
  const std::vector<std::int64_t> factions = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0,
                                              0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
  CHECK(graph::modularity(34, edges, factions, false) == Approx(0.3582347140).margin(1e-9));
  const auto partition = graph::leiden_modularity(34, edges, 42, 10);
  CHECK(partition.quality >= 0.40);
  CHECK(partition.quality <= 0.4197896121 + 1e-9);
  CHECK(graph::modularity(34, edges, partition.membership, true) ==
        Approx(partition.quality).margin(1e-9));
}

TEST_CASE("Directed PageRank with a dangling node: the Wikipedia example", "[analysis][graph]") {
  enum { A, B, C, D, E, F, G, H, I, J, K };
  std::vector<graph::WeightedEdge> edges = {{B, C}, {C, B}, {D, A}, {D, B}, {E, B}, {E, D},
                                            {E, F}, {F, B}, {F, E}, {G, B}, {G, E}, {H, B},
                                            {H, E}, {I, B}, {I, E}, {J, E}, {K, E}};
  const auto pr = graph::pagerank(11, edges, true, 0.85);
  CHECK(pr[A] == Approx(0.0327814932).margin(1e-9));
  CHECK(pr[B] == Approx(0.3844009488).margin(1e-9));
  CHECK(pr[C] == Approx(0.3429102855).margin(1e-9));
  CHECK(pr[E] == Approx(0.0808856932).margin(1e-9));
  CHECK(pr[K] == Approx(0.0161694790).margin(1e-9));
  std::vector<double> reset(11, 0.0);
  reset[D] = reset[E] = reset[F] = 1.0;
  const auto personal = graph::pagerank(11, edges, true, 0.85, &reset);
  CHECK(personal[B] == Approx(0.37141550).margin(1e-8));
  CHECK(personal[D] == Approx(0.08849981).margin(1e-8));
  CHECK(personal[G] == 0.0);
  // One graph handed to igraph once ranks as often as asked, as pagerank() does each time.
  const graph::WeightedGraph built(11, edges, true);
  CHECK(built.pagerank(0.85) == pr);
  CHECK(built.pagerank(0.85, &reset) == personal);
  CHECK(built.pagerank(0.85) == pr);
  CHECK(graph::WeightedGraph(0, {}, true).pagerank(0.85).empty());
  CHECK_THROWS_AS(graph::WeightedGraph(2, {{0, 1, -1.0}}, true), sociometer::Error);
}

TEST_CASE("igraph errors become exceptions, never aborts", "[analysis][graph]") {
  const std::vector<graph::WeightedEdge> negative = {{0, 1, -1.0}};
  CHECK_THROWS_AS(graph::pagerank(2, negative, true, 0.85), sociometer::Error);
  const std::vector<graph::WeightedEdge> out_of_range = {{0, 5, 1.0}};
  CHECK_THROWS_AS(graph::pagerank(2, out_of_range, true, 0.85), sociometer::Error);
  // An edgeless graph: PageRank is uniform, Leiden returns singletons (no hang).
  const auto uniform = graph::pagerank(4, {}, true, 0.85);
  CHECK(uniform[2] == Approx(0.25));
  CHECK(graph::leiden_modularity(5, {}, 1, 10).clusters == 5);
}

TEST_CASE("igraph's OpenMP loops run on the calling thread alone", "[analysis][graph]") {
  // The OpenMP runtime igraph was linked with (libgomp in Debian), looked up as graph.cpp does.
  using MaxThreads = int (*)();
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): dlsym returns void*
  auto *max_threads = reinterpret_cast<MaxThreads>(dlsym(RTLD_DEFAULT, "omp_get_max_threads"));
  if (max_threads == nullptr) {
    WARN("igraph is linked without OpenMP here: nothing to check");
    return;
  }
  const auto edges = karate();
  // A fresh thread starts from the process's default (one per core, OMP_NUM_THREADS): after its
  // first graph, PageRank's parallel loops use one thread.
  int before = 0;
  int after = 0;
  std::thread([&] {
    before = max_threads();
    (void)graph::pagerank(34, edges, false, 0.85);
    after = max_threads();
  }).join();
  INFO("threads before: " << before);
  CHECK(after == 1);
}
