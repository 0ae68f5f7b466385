// SPDX-License-Identifier: Apache-2.0
#include "sociometer/analysis/influence.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <numeric>
#include <random>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "sociometer/analysis/graph.hpp"

namespace sociometer::analysis {
namespace {

std::uint64_t pair_key(std::int32_t a, std::int32_t b) {
  return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(a)) << 32) |
         static_cast<std::uint32_t>(b);
}

double damp(double raw, WeightDamping damping) {
  switch (damping) {
  case WeightDamping::raw:
    return raw;
  case WeightDamping::binary:
    return raw > 0.0 ? 1.0 : 0.0;
  case WeightDamping::log:
    break;
  }
  return std::log2(1.0 + raw);
}

// Pairs whose mutual amplification dominates an account's activity (docs/metrics.md §6, rings):
// at least two units of weight each way, and at least half of what the account hands out.
constexpr double k_ring_min_mutual_weight = 2.0;
constexpr double k_ring_min_share = 0.5;

// Shortest decimal text of a parameter (0.85, not 0.850000).
std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

// The `limit` largest counts, ties by text.
std::vector<std::pair<std::string, std::int64_t>>
top_counts(const std::unordered_map<std::string_view, std::int64_t> &counts, std::size_t limit) {
  std::vector<std::pair<std::string_view, std::int64_t>> sorted(counts.begin(), counts.end());
  const auto larger = [](const auto &a, const auto &b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  };
  const auto kept = std::min(limit, sorted.size());
  std::partial_sort(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(kept),
                    sorted.end(), larger);
  std::vector<std::pair<std::string, std::int64_t>> top;
  for (std::size_t i = 0; i < kept; ++i) {
    top.emplace_back(std::string(sorted[i].first), sorted[i].second);
  }
  return top;
}

} // namespace

double interaction_weight(EdgeKind kind) noexcept {
  switch (kind) {
  case EdgeKind::repost:
  case EdgeKind::quote:
    return 1.0;
  case EdgeKind::reply:
  case EdgeKind::mention:
    return 0.5;
  }
  return 0.0;
}

std::vector<AmplificationEdge>
amplification_graph(const std::vector<InteractionFacts> &interactions, WeightDamping damping) {
  // Sorting (pair, weight) entries and summing each run is several times faster than a hash map
  // over a million interactions, and leaves the edges in (actor, target) order. The weights are
  // multiples of 0.5 (times a count), so the sums are exact whatever the order or grouping.
  std::vector<std::pair<std::uint64_t, double>> entries;
  entries.reserve(interactions.size());
  for (const auto &interaction : interactions) {
    if (interaction.actor == interaction.target) {
      continue; // self-reposts and threads carry no influence
    }
    entries.emplace_back(pair_key(interaction.actor, interaction.target),
                         interaction_weight(interaction.kind) *
                             static_cast<double>(interaction.count));
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto &a, const auto &b) { return a.first < b.first; });
  std::vector<AmplificationEdge> edges;
  // Reserved at its size: grown by doubling, it held up to twice its edges beside the ranking.
  std::size_t pairs = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    pairs += i == 0 || entries[i].first != entries[i - 1].first ? 1 : 0;
  }
  edges.reserve(pairs);
  for (std::size_t i = 0; i < entries.size();) {
    AmplificationEdge edge;
    edge.actor = static_cast<std::int32_t>(entries[i].first >> 32);
    edge.target = static_cast<std::int32_t>(entries[i].first & 0xffffffffU);
    const auto key = entries[i].first;
    for (; i < entries.size() && entries[i].first == key; ++i) {
      edge.raw_weight += entries[i].second;
    }
    edge.weight = damp(edge.raw_weight, damping);
    edges.push_back(edge);
  }
  return edges;
}

GraphInput graph_input(const Dataset &dataset) {
  GraphInput graph;
  graph.accounts = dataset.accounts;
  graph.interactions = dataset.interactions;
  graph.spans.reserve(graph.interactions.size());
  for (const auto &interaction : graph.interactions) {
    InteractionSpan span;
    if (interaction.post >= 0) {
      span.first = span.last = dataset.posts[static_cast<std::size_t>(interaction.post)].created_at;
    }
    graph.spans.push_back(span);
  }
  std::map<std::pair<std::int32_t, std::string>, std::int64_t> languages;
  for (const auto &post : dataset.posts) {
    if (post.account >= 0) {
      ++languages[{post.account, post.lang.empty() ? "und" : post.lang}];
    }
  }
  std::map<std::pair<std::int32_t, std::string>, std::int64_t> tags;
  for (const auto &[post_index, tag] : dataset.hashtags) {
    if (const auto account = dataset.posts[static_cast<std::size_t>(post_index)].account;
        account >= 0) {
      ++tags[{account, tag}];
    }
  }
  for (const auto &[key, count] : languages) {
    graph.languages.push_back({key.first, key.second, count});
  }
  for (const auto &[key, count] : tags) {
    graph.hashtags.push_back({key.first, key.second, count});
  }
  return graph;
}

GraphInput graph_input(GraphFacts facts) {
  GraphInput graph;
  graph.accounts = std::move(facts.accounts);
  graph.interactions = std::move(facts.interactions);
  graph.spans = std::move(facts.spans);
  // An unknown language counts as "und", together with posts tagged "und": sorted in place and
  // summed as they come, not through a map (over 288,000 accounts the map and the vectors it
  // filled held three copies of a million counts at once).
  for (auto &count : facts.languages) {
    if (count.text.empty()) {
      count.text = "und";
    }
  }
  const auto by_account_then_text = [](const auto &a, const auto &b) {
    return std::tie(a.account, a.text) < std::tie(b.account, b.text);
  };
  std::sort(facts.languages.begin(), facts.languages.end(), by_account_then_text);
  // The reader summed per account and language already: only an empty text meeting "und" of
  // the same account merges here, so the count of counts is the size to reserve.
  graph.languages.reserve(facts.languages.size());
  for (auto &count : facts.languages) {
    if (!graph.languages.empty() && graph.languages.back().account == count.account &&
        graph.languages.back().text == count.text) {
      graph.languages.back().count += count.count;
    } else {
      graph.languages.push_back({count.account, std::move(count.text), count.count});
    }
  }
  facts.languages = decltype(facts.languages)(); // `= {}` would keep the capacity
  graph.hashtags.reserve(facts.hashtags.size());
  for (auto &count : facts.hashtags) {
    graph.hashtags.push_back({count.account, std::move(count.text), count.count});
  }
  std::sort(graph.hashtags.begin(), graph.hashtags.end(), by_account_then_text);
  return graph;
}

namespace {

// The amplification graph on vertices 0..n-1: the accounts that act or are acted upon, numbered
// in account order (deterministic), so `directed` stays sorted by (from, to) like the edges.
struct VertexGraph {
  std::vector<std::int32_t> vertex_of;       // account index → vertex, -1 when not in the graph
  std::vector<std::int32_t> account_of;      // vertex → account index
  std::vector<graph::WeightedEdge> directed; // damped weights
  std::vector<double> raw;                   // W of each directed edge
  std::vector<double> out_weight;            // Σ W each vertex hands out
  [[nodiscard]] std::int32_t size() const { return static_cast<std::int32_t>(account_of.size()); }
};

VertexGraph number_vertices(const GraphInput &input, const std::vector<AmplificationEdge> &edges) {
  VertexGraph graph;
  graph.vertex_of.assign(input.accounts.size(), -1);
  for (const auto &interaction : input.interactions) {
    graph.vertex_of[static_cast<std::size_t>(interaction.actor)] = 0;
    graph.vertex_of[static_cast<std::size_t>(interaction.target)] = 0;
  }
  for (std::size_t a = 0; a < graph.vertex_of.size(); ++a) {
    if (graph.vertex_of[a] >= 0) {
      graph.vertex_of[a] = static_cast<std::int32_t>(graph.account_of.size());
      graph.account_of.push_back(static_cast<std::int32_t>(a));
    }
  }
  graph.directed.reserve(edges.size());
  graph.raw.resize(edges.size());
  graph.out_weight.assign(graph.account_of.size(), 0.0);
  for (std::size_t e = 0; e < edges.size(); ++e) {
    const auto from = graph.vertex_of[static_cast<std::size_t>(edges[e].actor)];
    const auto to = graph.vertex_of[static_cast<std::size_t>(edges[e].target)];
    graph.directed.push_back({from, to, edges[e].weight});
    graph.raw[e] = edges[e].raw_weight;
    graph.out_weight[static_cast<std::size_t>(from)] += edges[e].raw_weight;
  }
  return graph;
}

// W of the edge from → to, or 0 when there is none.
double raw_weight(const VertexGraph &graph, std::int32_t from, std::int32_t to) {
  const auto it = std::lower_bound(
      graph.directed.begin(), graph.directed.end(), std::pair{from, to},
      [](const graph::WeightedEdge &edge, const std::pair<std::int32_t, std::int32_t> &key) {
        return std::pair{edge.from, edge.to} < key;
      });
  return it != graph.directed.end() && it->from == from && it->to == to
             ? graph.raw[static_cast<std::size_t>(it - graph.directed.begin())]
             : 0.0;
}

// Reciprocal amplification rings: vertices whose mutual amplification dominates what they hand
// out.
std::vector<bool> ring_flags(const VertexGraph &graph) {
  const auto n = static_cast<std::size_t>(graph.size());
  std::vector<double> mutual(n, 0.0);
  for (std::size_t e = 0; e < graph.directed.size(); ++e) {
    const auto &edge = graph.directed[e];
    const double both = std::min(graph.raw[e], raw_weight(graph, edge.to, edge.from));
    if (both >= k_ring_min_mutual_weight) {
      mutual[static_cast<std::size_t>(edge.from)] += both;
    }
  }
  std::vector<bool> ring(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    ring[i] = mutual[i] > 0.0 && mutual[i] >= k_ring_min_share * graph.out_weight[i];
  }
  return ring;
}

// Weighted PageRank; trust-seeded runs teleport only to unflagged vertices.
std::vector<double> pagerank_of(const VertexGraph &graph, const std::vector<bool> &ring,
                                const InfluenceOptions &options) {
  const auto n = graph.size();
  if (options.trust_seeded && std::find(ring.begin(), ring.end(), false) != ring.end()) {
    std::vector<double> reset(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < reset.size(); ++i) {
      reset[i] = ring[i] ? 0.0 : 1.0;
    }
    return graph::pagerank(n, graph.directed, true, options.damping, &reset);
  }
  return graph::pagerank(n, graph.directed, true, options.damping);
}

// Undirected projection: one edge per unordered pair, weight W_ab + W_ba, no loops; in pair order
// (igraph's results depend on edge order).
std::vector<graph::WeightedEdge> undirected_projection(const VertexGraph &graph) {
  std::vector<graph::WeightedEdge> undirected;
  undirected.reserve(graph.directed.size());
  for (std::size_t e = 0; e < graph.directed.size(); ++e) {
    const auto [low, high] = std::minmax(graph.directed[e].from, graph.directed[e].to);
    undirected.push_back({low, high, graph.raw[e]});
  }
  std::sort(undirected.begin(), undirected.end(), [](const auto &a, const auto &b) {
    return std::tie(a.from, a.to) < std::tie(b.from, b.to);
  });
  std::size_t kept = 0;
  for (std::size_t e = 0; e < undirected.size(); ++e) {
    if (kept > 0 && undirected[kept - 1].from == undirected[e].from &&
        undirected[kept - 1].to == undirected[e].to) {
      undirected[kept - 1].weight += undirected[e].weight;
    } else {
      undirected[kept++] = undirected[e];
    }
  }
  undirected.resize(kept);
  return undirected;
}

// Betweenness on the undirected projection: exact within the work budget, otherwise estimated
// from a seeded sample of sources at about the same cost. `method` says which, for `definitions`.
std::vector<double> betweenness_of(std::int32_t n,
                                   const std::vector<graph::WeightedEdge> &undirected,
                                   const InfluenceOptions &options, std::string &method) {
  const double work = static_cast<double>(n) * static_cast<double>(undirected.size());
  const auto samples = std::max(
      options.min_betweenness_samples,
      static_cast<std::size_t>(options.betweenness_work_budget /
                               static_cast<double>(std::max<std::size_t>(undirected.size(), 1))));
  if (work <= options.betweenness_work_budget || static_cast<std::size_t>(n) < samples) {
    method = "exact (igraph_betweenness, unweighted, undirected projection)";
    return graph::betweenness(n, undirected);
  }
  std::vector<std::int32_t> all(static_cast<std::size_t>(n));
  std::iota(all.begin(), all.end(), 0);
  std::vector<std::int32_t> sample;
  std::mt19937_64 random(options.seed);
  std::sample(all.begin(), all.end(), std::back_inserter(sample), samples, random);
  auto between = graph::betweenness(n, undirected, &sample);
  const double scale = static_cast<double>(n) / static_cast<double>(sample.size());
  for (auto &value : between) {
    value *= scale;
  }
  method = "estimate: shortest paths from " + std::to_string(sample.size()) +
           " source vertices sampled with seed " + std::to_string(options.seed) +
           " (igraph_betweenness_subset), scaled by n / sources";
  return between;
}

// Cha et al.'s raw measures per vertex: reposts and mentions received, distinct amplifiers.
struct ReceivedCounts {
  std::vector<std::int64_t> reposts;
  std::vector<std::int64_t> mentions;
  std::vector<std::int64_t> amplifiers; // distinct accounts that reposted or quoted
};

ReceivedCounts received_counts(const GraphInput &input, const VertexGraph &graph) {
  const auto n = static_cast<std::size_t>(graph.size());
  ReceivedCounts counts{std::vector<std::int64_t>(n, 0), std::vector<std::int64_t>(n, 0),
                        std::vector<std::int64_t>(n, 0)};
  std::vector<std::uint64_t> amplifying_pairs; // (target vertex, actor account) of reposts, quotes
  for (const auto &interaction : input.interactions) {
    if (interaction.actor == interaction.target) {
      continue;
    }
    const auto target = graph.vertex_of[static_cast<std::size_t>(interaction.target)];
    if (interaction.kind == EdgeKind::repost) {
      counts.reposts[static_cast<std::size_t>(target)] += interaction.count;
    } else if (interaction.kind == EdgeKind::mention) {
      counts.mentions[static_cast<std::size_t>(target)] += interaction.count;
    }
    if (interaction.kind == EdgeKind::repost || interaction.kind == EdgeKind::quote) {
      amplifying_pairs.push_back(pair_key(target, interaction.actor));
    }
  }
  std::sort(amplifying_pairs.begin(), amplifying_pairs.end());
  amplifying_pairs.erase(std::unique(amplifying_pairs.begin(), amplifying_pairs.end()),
                         amplifying_pairs.end());
  for (const auto key : amplifying_pairs) {
    ++counts.amplifiers[static_cast<std::size_t>(key >> 32)];
  }
  return counts;
}

// Community summaries: size, share of PageRank, what the members post about and in which
// language; by size, then PageRank share, then id.
std::vector<CommunitySummary> community_summaries(const GraphInput &input,
                                                  const std::vector<InfluenceRow> &rows) {
  std::map<std::int64_t, CommunitySummary> summaries;
  std::vector<std::int64_t> community_of_account(input.accounts.size(), -1);
  for (const auto &row : rows) {
    auto &summary = summaries[row.community];
    summary.community = row.community;
    ++summary.members;
    summary.pagerank_share += row.pagerank;
    community_of_account[static_cast<std::size_t>(row.account)] = row.community;
  }
  const auto by_community = [&](const std::vector<AccountTextCount> &counts) {
    std::map<std::int64_t, std::unordered_map<std::string_view, std::int64_t>> totals;
    for (const auto &count : counts) {
      const auto community = community_of_account[static_cast<std::size_t>(count.account)];
      if (community >= 0) {
        totals[community][count.text] += count.count;
      }
    }
    return totals;
  };
  auto languages = by_community(input.languages);
  auto tags = by_community(input.hashtags);
  std::vector<CommunitySummary> result;
  for (auto &[id, summary] : summaries) {
    summary.top_hashtags = top_counts(tags[id], 5);
    summary.top_languages = top_counts(languages[id], 3);
    result.push_back(summary);
  }
  std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
    if (a.members != b.members) {
      return a.members > b.members;
    }
    return a.pagerank_share != b.pagerank_share ? a.pagerank_share > b.pagerank_share
                                                : a.community < b.community;
  });
  return result;
}

} // namespace

double pagerank_order_key(double pagerank) noexcept {
  if (!(pagerank > 0.0) || !std::isfinite(pagerank)) {
    return pagerank;
  }
  constexpr int k_significant_digits = 10;
  const auto scale =
      std::pow(10.0, k_significant_digits - 1 - static_cast<int>(std::floor(std::log10(pagerank))));
  return std::round(pagerank * scale) / scale;
}

namespace {

// PageRank descending (by its order key), then handle: the documented order of `influencers`.
void order_by_pagerank_then_handle(std::vector<InfluenceRow> &rows, const AccountList &accounts) {
  std::vector<std::pair<double, std::size_t>> keys;
  keys.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    keys.emplace_back(pagerank_order_key(rows[i].pagerank), i);
  }
  std::sort(keys.begin(), keys.end(), [&](const auto &a, const auto &b) {
    if (a.first != b.first) {
      return a.first > b.first;
    }
    return accounts[static_cast<std::size_t>(rows[a.second].account)].handle <
           accounts[static_cast<std::size_t>(rows[b.second].account)].handle;
  });
  std::vector<InfluenceRow> ordered;
  ordered.reserve(rows.size());
  for (const auto &key : keys) {
    ordered.push_back(std::move(rows[key.second]));
  }
  rows = std::move(ordered);
}

} // namespace

InfluenceResult rank_influencers(const GraphInput &input, const InfluenceOptions &options) {
  InfluenceResult result;
  result.weight_damping = options.weight_damping;
  // Wall time per step, for `-vv` and docs/performance.md.
  auto step_started = std::chrono::steady_clock::now();
  const auto step_done = [&](const char *step) {
    const auto now = std::chrono::steady_clock::now();
    result.step_seconds.emplace_back(step,
                                     std::chrono::duration<double>(now - step_started).count());
    step_started = now;
  };
  // What is done with is freed before the next step: over hundreds of thousands of accounts the
  // peak is Leiden's, and every edge list still held then adds to it (docs/performance.md).
  auto graph = [&] {
    const auto edges = amplification_graph(input.interactions, options.weight_damping);
    result.edges = static_cast<std::int64_t>(edges.size());
    return number_vertices(input, edges);
  }();
  const auto n = graph.size();
  result.accounts = n;
  if (n == 0) {
    result.betweenness_method = "none (empty graph)";
    return result;
  }
  const auto ring = ring_flags(graph);
  step_done("aggregate edges, ring flags");
  const auto ranks = pagerank_of(graph, ring, options);
  auto undirected = undirected_projection(graph);
  const auto received = received_counts(input, graph);
  // The rows need only the vertex numbering from here on.
  graph.directed = decltype(graph.directed)(); // `= {}` would keep the capacity
  graph.raw = decltype(graph.raw)();
  graph.out_weight = decltype(graph.out_weight)();
  step_done("pagerank, projection");
  const auto between = betweenness_of(n, undirected, options, result.betweenness_method);
  step_done("betweenness");
  const auto cores = graph::coreness(n, undirected);
  step_done("coreness");
  const auto partition =
      graph::leiden_modularity(n, std::move(undirected), options.seed, options.leiden_iterations);
  result.modularity = partition.quality;

  const double pairs = n > 2 ? static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0 : 0.0;
  for (std::size_t i = 0; i < static_cast<std::size_t>(n); ++i) {
    InfluenceRow row;
    row.account = graph.account_of[i];
    row.pagerank = ranks[i];
    row.pr_index = ranks[i] * n;
    row.amplified_by = received.amplifiers[i];
    row.reposts_received = received.reposts[i];
    row.mentions_received = received.mentions[i];
    const auto &followers = input.accounts[static_cast<std::size_t>(row.account)].followers;
    if (!followers.empty()) {
      row.followers = followers.back().second;
    }
    row.bridge = pairs > 0.0 ? between[i] / pairs : 0.0;
    row.core = cores[i];
    row.community = partition.membership.empty() ? 0 : partition.membership[i];
    if (ring[i]) {
      row.flags.emplace_back("reciprocal_ring");
      ++result.flagged;
    }
    result.rows.push_back(std::move(row));
  }
  order_by_pagerank_then_handle(result.rows, input.accounts);
  step_done("leiden, rows");
  result.communities = community_summaries(input, result.rows);
  step_done("community summaries");
  return result;
}

std::string node_id(const AccountFacts &account) {
  return std::string(to_string(account.platform)) + ":" + account.native_id;
}

Table influence_table(const AccountList &accounts, const InfluenceResult &result, std::size_t limit,
                      bool hide_owned) {
  Table table;
  table.columns = {{"rank", ColumnType::integer},
                   {"account", ColumnType::text},
                   {"platform", ColumnType::text},
                   {"pagerank", ColumnType::number},
                   {"pr_index", ColumnType::number},
                   {"amplified_by", ColumnType::integer},
                   {"reposts_received", ColumnType::integer},
                   {"mentions_received", ColumnType::integer},
                   {"followers", ColumnType::integer},
                   {"bridge", ColumnType::number},
                   {"core", ColumnType::integer},
                   {"community", ColumnType::integer},
                   {"community_rank", ColumnType::integer},
                   {"flags", ColumnType::text},
                   {"node_id", ColumnType::id}};
  std::map<std::int64_t, std::int64_t> community_ranks;
  std::int64_t rank = 0;
  for (const auto &row : result.rows) {
    const auto &account = accounts[static_cast<std::size_t>(row.account)];
    ++rank; // ranks count every account, so hiding owned accounts leaves gaps, not a new order
    const auto community_rank = ++community_ranks[row.community];
    if (hide_owned && account.role == AccountRole::own) {
      continue;
    }
    if (limit > 0 && table.rows.size() >= limit) {
      continue;
    }
    std::string flags;
    for (const auto &flag : row.flags) {
      flags += (flags.empty() ? "" : ",") + flag;
    }
    table.rows.push_back({rank, account.handle.empty() ? account.native_id : account.handle,
                          std::string(to_string(account.platform)), row.pagerank, row.pr_index,
                          row.amplified_by, row.reposts_received, row.mentions_received,
                          row.followers ? Cell{*row.followers} : Cell{Null{}}, row.bridge, row.core,
                          row.community, community_rank, flags, node_id(account)});
  }
  return table;
}

Definitions influence_definitions(const InfluenceResult &result, const InfluenceOptions &options) {
  return {
      {"graph",
       "directed amplification graph: an edge from the account that reposts (1.0), quotes "
       "(1.0), replies (0.5) or mentions (0.5) to the account it amplifies; weights summed "
       "per ordered pair (W), self-loops dropped; " +
           std::to_string(result.accounts) + " accounts, " + std::to_string(result.edges) +
           " edges"},
      {"pagerank",
       "weighted PageRank (igraph PRPACK), damping " + number_text(options.damping) +
           ", edge weight " +
           (options.weight_damping == WeightDamping::log   ? "log2(1 + W)"
            : options.weight_damping == WeightDamping::raw ? "W"
                                                           : "1") +
           (options.trust_seeded ? "; teleports only to unflagged accounts (trust-seeded)" : "")},
      {"pr_index", "number of accounts × pagerank: 1.0 is the average account of this graph"},
      {"amplified_by", "distinct accounts that reposted or quoted the account"},
      {"reposts_received", "reposts of the account's posts"},
      {"mentions_received", "mentions of the account (not counting automatic reply mentions and "
                            "handles inside reposts)"},
      {"followers", "latest follower snapshot; shown, not ranked on"},
      {"bridge",
       "betweenness on the undirected projection (one edge per pair), divided by (n-1)(n-2)/2; " +
           result.betweenness_method},
      {"core", "k-core index on the simplified undirected projection"},
      {"community", "Leiden communities (modularity objective, node weights = strength, resolution "
                    "1/(2·total weight), beta 0.01, " +
                        std::to_string(options.leiden_iterations) + " iterations, seed " +
                        std::to_string(options.seed) + "); modularity " +
                        number_text(result.modularity)},
      {"community_rank", "rank by PageRank within the community"},
      {"flags",
       "reciprocal_ring: the account and another amplify each other at least twice each way and "
       "that mutual weight is at least half of what the account amplifies; " +
           std::to_string(result.flagged) + " flagged"},
  };
}

} // namespace sociometer::analysis
