// SPDX-License-Identifier: Apache-2.0
// analysis::build_network on a hand-built graph and a hand-built ranking, so the nodes, edges and
// weights below are worked out from the interactions alone (no PageRank to recompute by hand).
#include <catch2/catch.hpp>
#include <stdexcept>
#include <tuple>

#include "sociometer/analysis/network.hpp"

using namespace sociometer;
using namespace sociometer::analysis;
using namespace std::chrono;

namespace {

TimePoint march(unsigned day) {
  return time_point_cast<milliseconds>(sys_days{2024y / March / day});
}

enum { org, ally, sup, loner, journalist };

AccountFacts account(Platform platform, std::string native_id, std::string handle) {
  AccountFacts facts;
  facts.platform = platform;
  facts.native_id = std::move(native_id);
  facts.handle = std::move(handle);
  return facts;
}

PostFacts post(std::int32_t author, std::string lang, unsigned day) {
  PostFacts facts;
  facts.account = author;
  facts.lang = std::move(lang);
  facts.created_at = march(day);
  return facts;
}

// Accounts (node ID = platform:native_id) and their posts' languages:
//   org        x:10               en (1 Mar), en (4 Mar), de (6 Mar)  → en (2 of 3)
//   ally       x:11               de (2 Mar), en (5 Mar)              → de (tie: first by name)
//   sup        mastodon:12        none given (3 Mar, 7 Mar)           → und
//   loner      x:13               fr (8 Mar), in no interaction       → not a node
//   journalist bluesky:did:plc:j  no posts                            → und
// Interactions (actor → target, kind, post): repost and quote weigh 1.0, reply and mention 0.5.
//   ally → org  repost ×2 (posts of 2 and 5 Mar), mention ×1 (post not loaded)  raw 2.5
//   sup  → org  reply (3 Mar)                                                   raw 0.5
//   sup  → ally quote (7 Mar)                                                   raw 1.0
//   org  → org  repost (6 Mar): a self-loop, dropped
//   org  → sup, org → journalist  mention (1 Mar)                               raw 0.5 each
Dataset fixture() {
  Dataset dataset;
  dataset.accounts = {account(Platform::x, "10", "org"), account(Platform::x, "11", "ally"),
                      account(Platform::mastodon, "12", "sup"), account(Platform::x, "13", "loner"),
                      account(Platform::bluesky, "did:plc:j", "journalist")};
  dataset.posts = {post(org, "en", 1),  post(org, "en", 4),  post(org, "de", 6),
                   post(ally, "de", 2), post(ally, "en", 5), post(sup, "", 3),
                   post(sup, "", 7),    post(loner, "fr", 8)};
  dataset.interactions = {
      {ally, org, EdgeKind::repost, 3},   {ally, org, EdgeKind::repost, 4},
      {ally, org, EdgeKind::mention, -1}, {sup, org, EdgeKind::reply, 5},
      {sup, ally, EdgeKind::quote, 6},    {org, org, EdgeKind::repost, 2},
      {org, sup, EdgeKind::mention, 0},   {org, journalist, EdgeKind::mention, 0}};
  return dataset;
}

// A ranking as rank_influencers would hand it over: rows by PageRank, highest first.
InfluenceResult ranking(WeightDamping damping = WeightDamping::log) {
  InfluenceResult result;
  result.weight_damping = damping;
  const auto row = [](std::int32_t account, double pagerank, std::int64_t community,
                      std::optional<std::int64_t> followers) {
    InfluenceRow r;
    r.account = account;
    r.pagerank = pagerank;
    r.community = community;
    r.followers = followers;
    return r;
  };
  result.rows = {row(org, 0.40, 0, 1000), row(ally, 0.25, 0, std::nullopt), row(sup, 0.20, 1, 50),
                 row(journalist, 0.15, 1, std::nullopt)};
  return result;
}

using Ends = std::vector<std::pair<std::string, std::string>>;

// (source, target) of each edge, in the network's order.
Ends edge_ends(const Network &network) {
  Ends ends;
  for (const auto &edge : network.edges) {
    ends.emplace_back(network.source_id(edge), network.target_id(edge));
  }
  return ends;
}

const NetworkEdge &edge_between(const Network &network, const std::string &source,
                                const std::string &target) {
  for (const auto &edge : network.edges) {
    if (network.source_id(edge) == source && network.target_id(edge) == target) {
      return edge;
    }
  }
  FAIL("no edge " << source << " → " << target);
  throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("Network nodes follow the ranking, with the most frequent language of each account",
          "[analysis][network]") {
  const auto network = build_network(fixture(), ranking(), NetworkOptions{});
  REQUIRE(network.nodes.size() == 4); // loner is not ranked, so not a node
  CHECK(network.nodes[0].id == "x:10");
  CHECK(network.nodes[0].handle == "org");
  CHECK(network.nodes[0].platform == "x");
  CHECK(network.nodes[0].language == "en");
  CHECK(network.nodes[0].pagerank == Approx(0.40));
  CHECK(network.nodes[0].community == 0);
  CHECK(network.nodes[0].followers == std::optional<std::int64_t>(1000));
  CHECK(network.nodes[1].id == "x:11");
  CHECK(network.nodes[1].language == "de");
  CHECK_FALSE(network.nodes[1].followers);
  CHECK(network.nodes[2].id == "mastodon:12");
  CHECK(network.nodes[2].platform == "mastodon");
  CHECK(network.nodes[2].language == "und");
  CHECK(network.nodes[2].community == 1);
  CHECK(network.nodes[3].id == "bluesky:did:plc:j");
  CHECK(network.nodes[3].handle == "journalist");
  CHECK(network.nodes[3].language == "und");
}

TEST_CASE("Network edges aggregate each ordered pair with per-kind counts and first/last time",
          "[analysis][network]") {
  const auto network = build_network(fixture(), ranking(), NetworkOptions{});
  // In order of (actor, target) account index: org→sup, org→journalist, ally→org, sup→org,
  // sup→ally. No org→org: self-loops are dropped.
  REQUIRE(edge_ends(network) == Ends{{"x:10", "mastodon:12"},
                                     {"x:10", "bluesky:did:plc:j"},
                                     {"x:11", "x:10"},
                                     {"mastodon:12", "x:10"},
                                     {"mastodon:12", "x:11"}});

  // ally → org: 2 reposts + 1 mention = 2 · 1.0 + 0.5 = 2.5; damped log2(1 + 2.5) = 1.807355.
  // Times from the two reposts only (the mention's post is not loaded).
  const auto &amplified = edge_between(network, "x:11", "x:10");
  CHECK(amplified.reposts == 2);
  CHECK(amplified.mentions == 1);
  CHECK(amplified.quotes == 0);
  CHECK(amplified.replies == 0);
  CHECK(amplified.raw_weight == Approx(2.5));
  CHECK(amplified.weight == Approx(1.8073549221));
  CHECK(amplified.first_at == std::optional<TimePoint>(march(2)));
  CHECK(amplified.last_at == std::optional<TimePoint>(march(5)));

  // sup → ally: one quote, 1.0; log2(2) = 1.
  const auto &quoted = edge_between(network, "mastodon:12", "x:11");
  CHECK(quoted.quotes == 1);
  CHECK(quoted.raw_weight == Approx(1.0));
  CHECK(quoted.weight == Approx(1.0));
  CHECK(quoted.first_at == std::optional<TimePoint>(march(7)));

  // sup → org: one reply, 0.5; log2(1.5) = 0.584963.
  const auto &replied = edge_between(network, "mastodon:12", "x:10");
  CHECK(replied.replies == 1);
  CHECK(replied.raw_weight == Approx(0.5));
  CHECK(replied.weight == Approx(0.5849625007));
  CHECK(replied.last_at == std::optional<TimePoint>(march(3)));
}

TEST_CASE("Network edge weight uses the ranking's damping", "[analysis][network]") {
  // ally → org has raw weight 2.5: kept as is (raw), or 1 for any interaction (binary).
  const auto raw = build_network(fixture(), ranking(WeightDamping::raw), NetworkOptions{});
  CHECK(edge_between(raw, "x:11", "x:10").weight == Approx(2.5));
  const auto binary = build_network(fixture(), ranking(WeightDamping::binary), NetworkOptions{});
  CHECK(edge_between(binary, "x:11", "x:10").weight == Approx(1.0));
  CHECK(edge_between(binary, "mastodon:12", "x:10").weight == Approx(1.0));
}

TEST_CASE("Network min-weight keeps edges whose raw weight is at least the threshold",
          "[analysis][network]") {
  NetworkOptions options;
  options.min_weight = 1.0;
  const auto network = build_network(fixture(), ranking(), options);
  // Raw weights 0.5 (org→sup, org→journalist, sup→org) fall below 1.0; ally→org (2.5) and
  // sup→ally (exactly 1.0) stay. Nodes are not filtered by weight.
  CHECK(edge_ends(network) == Ends{{"x:11", "x:10"}, {"mastodon:12", "x:11"}});
  CHECK(network.nodes.size() == 4);

  options.min_weight = 3.0;
  CHECK(build_network(fixture(), ranking(), options).edges.empty());
}

TEST_CASE("Network top N keeps the first N ranked nodes and only the edges among them",
          "[analysis][network]") {
  NetworkOptions options;
  options.top = 2;
  const auto network = build_network(fixture(), ranking(), options);
  // org and ally; of the five edges only ally → org has both ends among them.
  REQUIRE(network.nodes.size() == 2);
  CHECK(network.nodes[0].handle == "org");
  CHECK(network.nodes[1].handle == "ally");
  CHECK(edge_ends(network) == Ends{{"x:11", "x:10"}});
  CHECK(edge_between(network, "x:11", "x:10").raw_weight == Approx(2.5));

  options.top = 3; // adds sup: org→sup, sup→org and sup→ally join
  CHECK(build_network(fixture(), ranking(), options).edges.size() == 4);
}

TEST_CASE("stream_network makes build_network's edges as they are walked, and counts them",
          "[analysis][network]") {
  const auto graph = graph_input(fixture());
  for (const auto &[top, min_weight] :
       {std::pair{std::size_t{0}, 0.0}, std::pair{std::size_t{0}, 1.0},
        std::pair{std::size_t{3}, 0.0}, std::pair{std::size_t{2}, 3.0}}) {
    NetworkOptions options;
    options.top = top;
    options.min_weight = min_weight;
    const auto held = build_network(graph, ranking(), options);
    const auto streamed = stream_network(graph, ranking(), options);
    CHECK(streamed.edges.empty()); // nothing held
    CHECK(streamed.edge_count() == held.edges.size());
    CHECK(held.edge_count() == held.edges.size());
    REQUIRE(streamed.nodes.size() == held.nodes.size());
    for (std::size_t i = 0; i < held.nodes.size(); ++i) {
      CHECK(streamed.nodes[i].id == held.nodes[i].id);
      CHECK(streamed.nodes[i].pagerank == held.nodes[i].pagerank);
    }
    for (int walk = 0; walk < 2; ++walk) { // a renderer may walk them more than once
      std::size_t at = 0;
      streamed.for_each_edge([&](const NetworkEdge &edge) {
        REQUIRE(at < held.edges.size());
        const auto &want = held.edges[at++];
        CHECK(std::tie(edge.source, edge.target, edge.weight, edge.raw_weight, edge.reposts,
                       edge.quotes, edge.replies, edge.mentions, edge.first_at, edge.last_at) ==
              std::tie(want.source, want.target, want.weight, want.raw_weight, want.reposts,
                       want.quotes, want.replies, want.mentions, want.first_at, want.last_at));
      });
      CHECK(at == held.edges.size());
    }
  }
}
