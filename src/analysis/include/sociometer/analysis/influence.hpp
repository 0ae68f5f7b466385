// SPDX-License-Identifier: Apache-2.0
// Influence ranking on the amplification graph (docs/metrics.md §6): who is amplified by the
// amplified, with Cha et al.'s raw measures, brokerage, core tiers, communities and ring flags.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sociometer/model/facts.hpp"
#include "sociometer/model/table.hpp"

namespace sociometer::analysis {

// Default weight of each interaction kind (docs/metrics.md §6).
[[nodiscard]] double interaction_weight(EdgeKind kind) noexcept;

enum class WeightDamping { raw, log, binary };

struct InfluenceOptions {
  double damping = 0.85;
  WeightDamping weight_damping = WeightDamping::log; // w = log2(1 + W)
  bool trust_seeded = false;                         // teleport only to unflagged accounts
  std::uint64_t seed = 42;                           // Leiden and betweenness sampling
  std::int32_t leiden_iterations = 10;
  // Exact betweenness while vertices × undirected edges (the work of Brandes' algorithm) is at
  // most this budget, about 0.3 s of igraph on one core; above, an estimate from a seeded sample
  // of max(min_betweenness_samples, budget / edges) source vertices (so it costs about the same),
  // scaled by n / samples. An edge-count cut-off alone would let a dense graph take minutes.
  double betweenness_work_budget = 2e7;
  std::size_t min_betweenness_samples = 32;
};

// One ordered pair of the directed amplification graph: actor → target, aggregated.
struct AmplificationEdge {
  std::int32_t actor = 0; // index into the accounts (Dataset::accounts, GraphInput::accounts)
  std::int32_t target = 0;
  double raw_weight = 0.0; // W = Σ weight(kind) · count(kind)
  double weight = 0.0;     // after damping
};

// Builds the directed graph from `interactions`: self-loops dropped, pairs aggregated, in
// (actor, target) order.
[[nodiscard]] std::vector<AmplificationEdge>
amplification_graph(const std::vector<InteractionFacts> &interactions, WeightDamping damping);

// How many of the selected posts of an account had a language, or used a hashtag.
struct AccountTextCount {
  std::int32_t account = 0; // index into GraphInput::accounts
  std::string text;
  std::int64_t count = 0;
  friend bool operator==(const AccountTextCount &, const AccountTextCount &) = default;
};

// What graph analyses read about a selection of posts: the accounts, the interactions the posts
// carry, and per account the languages and hashtags of its posts.
struct GraphInput {
  AccountList accounts; // in order of first post, then of first interaction
  // Each stands for `count` interactions; `post` is -1 when built without the posts.
  std::vector<InteractionFacts> interactions;
  std::vector<InteractionSpan> spans;      // parallel to `interactions`, or empty when not read
  std::vector<AccountTextCount> languages; // "und" when unknown; by account, then text
  std::vector<AccountTextCount> hashtags;  // NFKC + case folded; by account, then text
};

// The graph input of a loaded selection: its accounts and interactions, and per account the
// languages of its posts and the hashtags they use.
[[nodiscard]] GraphInput graph_input(const Dataset &dataset);
// The same graph input from the store's sums (Store::load_graph), without the posts: equal to
// graph_input(load(query)) but that its interactions are summed per (actor, target, kind), with
// `post` -1, and that spans are there only when load_graph read them.
[[nodiscard]] GraphInput graph_input(GraphFacts facts);

struct InfluenceRow {
  std::int32_t account = 0;
  double pagerank = 0.0;
  double pr_index = 0.0;         // N · PageRank: 1.0 = the average account of this graph
  std::int64_t amplified_by = 0; // distinct accounts that reposted or quoted it
  std::int64_t reposts_received = 0;
  std::int64_t mentions_received = 0;
  std::optional<std::int64_t> followers; // latest snapshot
  double bridge = 0.0; // betweenness / ((n−1)(n−2)/2) on the undirected projection
  std::int64_t core = 0;
  std::int64_t community = 0;
  std::vector<std::string> flags;
};

struct CommunitySummary {
  std::int64_t community = 0;
  std::int64_t members = 0;
  double pagerank_share = 0.0;
  std::vector<std::pair<std::string, std::int64_t>> top_hashtags;
  std::vector<std::pair<std::string, std::int64_t>> top_languages;
};

struct InfluenceResult {
  std::vector<InfluenceRow> rows; // by PageRank descending, then handle
  std::int64_t accounts = 0;
  std::int64_t edges = 0;
  double modularity = 0.0;
  std::string betweenness_method; // "exact" or "sampled from N sources (seed S)"
  std::int64_t flagged = 0;
  std::vector<CommunitySummary> communities;                // by size, then PageRank share
  WeightDamping weight_damping = WeightDamping::log;        // the damping the ranking used
  std::vector<std::pair<std::string, double>> step_seconds; // wall time per step, in order
};

// The PageRank value rows are ordered by: `pagerank` to 10 significant digits, so that values
// equal but for floating-point round-off (1e-15) tie and are ordered by handle.
[[nodiscard]] double pagerank_order_key(double pagerank) noexcept;

// Ranks every account that acts or is a target in graph.interactions.
[[nodiscard]] InfluenceResult rank_influencers(const GraphInput &graph,
                                               const InfluenceOptions &options);

// An account's node ID, `platform:native_id`: the same in `influencers` (`node_id`) and every
// `network export` format, stable across runs and stores, so that their tables join.
[[nodiscard]] std::string node_id(const AccountFacts &account);

// The result as rows with the keys of `influencers` (docs/output.md), and their definitions.
[[nodiscard]] Table influence_table(const AccountList &accounts, const InfluenceResult &result,
                                    std::size_t limit, bool hide_owned);
[[nodiscard]] Definitions influence_definitions(const InfluenceResult &result,
                                                const InfluenceOptions &options);

} // namespace sociometer::analysis
