// SPDX-License-Identifier: Apache-2.0
// A toy amplification graph: org, ally, journalist, three supporters and two bots that retweet
// each other. Its reference values were computed independently with NetworkX and igraph.
#include <catch2/catch.hpp>
#include <cmath>

#include "sociometer/analysis/graph.hpp"
#include "sociometer/analysis/influence.hpp"

using namespace sociometer;
using namespace sociometer::analysis;

namespace {

enum { org, ally, journalist, sup_a, sup_b, sup_c, bot1, bot2 };

// Interactions whose summed weights (repost/quote 1.0, reply/mention 0.5) give the fixture's
// aggregated weights: 1→0 (3), 2→0 (1), 3→0 (2), 3→1 (1), 4→0 (1), 4→2 (2), 5→2 (1), 5→3 (0.5),
// 0→1 (1), 6→7 (5), 7→6 (5), 6→0 (1).
Dataset fixture() {
  Dataset dataset;
  const char *names[] = {"org", "ally", "journalist", "sup_a", "sup_b", "sup_c", "bot1", "bot2"};
  for (const auto *name : names) {
    AccountFacts account;
    account.handle = name;
    dataset.accounts.push_back(account);
  }
  dataset.accounts[org].role = AccountRole::own;
  const auto add = [&](int actor, int target, EdgeKind kind, int times) {
    for (int i = 0; i < times; ++i) {
      dataset.interactions.push_back({actor, target, kind, -1});
    }
  };
  add(ally, org, EdgeKind::repost, 3);
  add(journalist, org, EdgeKind::quote, 1);
  add(sup_a, org, EdgeKind::repost, 2);
  add(sup_a, ally, EdgeKind::reply, 2);
  add(sup_b, org, EdgeKind::mention, 2);
  add(sup_b, journalist, EdgeKind::repost, 2);
  add(sup_c, journalist, EdgeKind::repost, 1);
  add(sup_c, sup_a, EdgeKind::mention, 1);
  add(org, ally, EdgeKind::repost, 1);
  add(bot1, bot2, EdgeKind::repost, 5);
  add(bot2, bot1, EdgeKind::repost, 5);
  add(bot1, org, EdgeKind::repost, 1);
  add(org, org, EdgeKind::repost, 4); // self-reposts are dropped
  return dataset;
}

double rank_of(const InfluenceResult &result, int account) {
  for (const auto &row : result.rows) {
    if (row.account == account) {
      return row.pagerank;
    }
  }
  FAIL("no row for account " << account);
  return 0;
}

const InfluenceRow &row_of(const InfluenceResult &result, int account) {
  for (const auto &row : result.rows) {
    if (row.account == account) {
      return row;
    }
  }
  FAIL("no row for account " << account);
  throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("The amplification graph aggregates weights per ordered pair without self-loops",
          "[analysis][influence]") {
  const auto edges = amplification_graph(fixture().interactions, WeightDamping::raw);
  REQUIRE(edges.size() == 12);
  const auto weight = [&](int a, int b) {
    for (const auto &edge : edges) {
      if (edge.actor == a && edge.target == b) {
        return edge.raw_weight;
      }
    }
    return -1.0;
  };
  CHECK(weight(ally, org) == 3.0);
  CHECK(weight(sup_c, sup_a) == 0.5);
  CHECK(weight(bot1, bot2) == 5.0);
  CHECK(weight(org, org) == -1.0);
}

TEST_CASE("PageRank of the toy fixture, raw and log2(1+w) weights", "[analysis][influence]") {
  InfluenceOptions options;
  options.weight_damping = WeightDamping::raw;
  auto result = rank_influencers(graph_input(fixture()), options);
  CHECK(rank_of(result, org) == Approx(0.3811889917).margin(1e-9));
  CHECK(rank_of(result, ally) == Approx(0.3495783513).margin(1e-9));
  CHECK(rank_of(result, bot1) == Approx(0.0871727749).margin(1e-9));
  CHECK(rank_of(result, sup_b) == Approx(0.0187500000).margin(1e-9));

  options.weight_damping = WeightDamping::log;
  result = rank_influencers(graph_input(fixture()), options);
  CHECK(rank_of(result, org) == Approx(0.3983239063).margin(1e-9));
  CHECK(rank_of(result, journalist) == Approx(0.0385774763).margin(1e-9));
  CHECK(rank_of(result, bot2) == Approx(0.0631305982).margin(1e-9));
  CHECK(row_of(result, org).pr_index == Approx(8 * 0.3983239063).margin(1e-8));
  CHECK(result.rows.front().account == org); // ranked by PageRank
}

TEST_CASE("The bot ring is flagged, and trust seeding sends it to zero", "[analysis][influence]") {
  InfluenceOptions options;
  options.weight_damping = WeightDamping::raw;
  const auto plain = rank_influencers(graph_input(fixture()), options);
  CHECK(row_of(plain, bot1).flags == std::vector<std::string>{"reciprocal_ring"});
  CHECK(row_of(plain, bot2).flags == std::vector<std::string>{"reciprocal_ring"});
  CHECK(row_of(plain, org).flags.empty()); // org ↔ ally is 1 vs 3: not mutual enough
  CHECK(plain.flagged == 2);

  options.trust_seeded = true;
  const auto trusted = rank_influencers(graph_input(fixture()), options);
  CHECK(rank_of(trusted, org) == Approx(0.4489151652).margin(1e-9));
  CHECK(rank_of(trusted, ally) == Approx(0.4156681682).margin(1e-9));
  CHECK(rank_of(trusted, journalist) == Approx(0.0533333333).margin(1e-9));
  CHECK(rank_of(trusted, bot1) == 0.0);
  CHECK(rank_of(trusted, bot2) == 0.0);
}

TEST_CASE("Cha's raw measures, bridges, cores and communities of the toy fixture",
          "[analysis][influence]") {
  const auto result = rank_influencers(graph_input(fixture()), InfluenceOptions{});
  const auto &org_row = row_of(result, org);
  CHECK(org_row.amplified_by == 4);     // ally, journalist (quote), sup_a, bot1
  CHECK(org_row.reposts_received == 6); // 3 + 2 + 1; self-reposts excluded
  CHECK(org_row.mentions_received == 2);
  // Undirected unweighted betweenness (computed with NetworkX): org 13.5, journalist 2.5, bot1 6.0,
  // normalised by (n−1)(n−2)/2 = 21.
  CHECK(org_row.bridge == Approx(13.5 / 21.0).margin(1e-9));
  CHECK(row_of(result, journalist).bridge == Approx(2.5 / 21.0).margin(1e-9));
  CHECK(row_of(result, bot1).bridge == Approx(6.0 / 21.0).margin(1e-9));
  // Coreness after simplification: bots 1, everyone else 2.
  CHECK(row_of(result, bot2).core == 1);
  CHECK(org_row.core == 2);
  CHECK(row_of(result, sup_c).core == 2);
  // Leiden on the weighted projection reaches the known optimum 0.4800814848.
  CHECK(result.modularity == Approx(0.4800814848).margin(1e-6));
  CHECK(row_of(result, bot1).community == row_of(result, bot2).community);
  CHECK(row_of(result, org).community == row_of(result, ally).community);
  CHECK(row_of(result, org).community != row_of(result, bot1).community);
}

TEST_CASE("The sampled betweenness estimate is exact when every vertex is a source",
          "[analysis][influence]") {
  InfluenceOptions options;
  options.betweenness_work_budget = 0; // force the sampling path
  options.min_betweenness_samples = 8; // = n: the scale factor is 1
  const auto sampled = rank_influencers(graph_input(fixture()), options);
  CHECK(row_of(sampled, org).bridge == Approx(13.5 / 21.0).margin(1e-9));
}

TEST_CASE("An empty graph ranks nobody and says so", "[analysis][influence]") {
  const auto result = rank_influencers(GraphInput{}, InfluenceOptions{});
  CHECK(result.rows.empty());
  CHECK(result.edges == 0);
}

TEST_CASE("PageRank values equal but for round-off tie, and ties order by handle",
          "[analysis][influence]") {
  // 0.1 + 1e-16 and 0.1 are the same PageRank computed in two orders of summation.
  CHECK(pagerank_order_key(0.1) == pagerank_order_key(0.1 + 1e-16));
  CHECK(pagerank_order_key(3.7e-7) == pagerank_order_key(3.7e-7 * (1.0 + 1e-14)));
  // Real differences (here the 9th significant digit) still order.
  CHECK(pagerank_order_key(0.123456789) > pagerank_order_key(0.123456788));
  CHECK(pagerank_order_key(2e-9) > pagerank_order_key(1e-9));
  CHECK(pagerank_order_key(0.0) == 0.0);
}

TEST_CASE("graph_input sums language counts by account and language, unknown with und",
          "[analysis][influence]") {
  GraphFacts facts;
  facts.accounts.resize(3);
  // In no order, as the graph reader hands them over; account 1 has an unknown language (empty)
  // and posts tagged "und", which are one language.
  facts.languages = {{2, "fr", 1}, {1, "und", 2}, {0, "en", 4}, {1, "", 3},
                     {0, "de", 1}, {1, "en", 1},  {0, "en", 1}};
  const auto graph = graph_input(std::move(facts));
  const std::vector<AccountTextCount> expected = {
      {0, "de", 1}, {0, "en", 5}, {1, "en", 1}, {1, "und", 5}, {2, "fr", 1}};
  CHECK(graph.languages == expected);
}
