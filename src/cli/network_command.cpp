// SPDX-License-Identifier: Apache-2.0
#include "common.hpp"
#include "progress.hpp"
#include "sociometer/analysis/influence.hpp"
#include "sociometer/analysis/network.hpp"
#include "sociometer/error.hpp"

namespace sociometer::cli {
namespace {

// Graph file formats, not row formats: GEXF is what Gephi opens best, so it is the default.
const FormatOffer k_network_formats({"gexf", "graphml", "csv"}, "network export",
                                    "use gexf (default), graphml or csv");

report::NetworkFormat network_format(const std::string &name) {
  if (name == "graphml") {
    return report::NetworkFormat::graphml;
  }
  return name == "csv" ? report::NetworkFormat::csv : report::NetworkFormat::gexf;
}

struct NetworkOptions {
  PeriodOptions period;
  FilterOptions filters;
  double min_weight = 0.0;
  std::size_t top = 0;
};

int run_network_export(const NetworkOptions &options, Context &context) {
  if (options.min_weight < 0) {
    throw Error(ErrorKind::usage, "--min-weight must not be negative");
  }
  const auto store = context.invocation.open_store(store::OpenMode::read_only);
  const auto zone = context.invocation.zone_in(store);
  const auto period = resolve_period(options.period, zone, store);
  const auto query = make_query(store, period, options.filters);
  const auto ticker = progress_ticker(context, "network export");
  ticker->stage("loading the graph");
  // Summed as it is read, with each edge's first and last time (GEXF start/end, CSV columns).
  const auto graph = analysis::graph_input(store.load_graph(query, true));
  ticker->stage("ranking " + std::to_string(graph.accounts.size()) + " accounts");
  const analysis::InfluenceOptions influence;
  auto ranking = analysis::rank_influencers(graph, influence);
  ticker->stop();
  analysis::NetworkOptions network_options;
  network_options.min_weight = options.min_weight;
  network_options.top = options.top;
  auto envelope = make_envelope("network export", zone, period, options.filters);
  envelope.definitions = analysis::influence_definitions(ranking, influence);
  const auto accounts = ranking.accounts;
  // Edges are made as they are written, from `graph`, declared before and so freed after.
  const auto network = analysis::stream_network(graph, std::move(ranking), network_options);
  context.log->info("network: {} of {} accounts, {} edges", network.nodes.size(), accounts,
                    network.edge_count());
  report::render_network(network, envelope, network_format(context.invocation.format), context.out);
  return 0;
}

} // namespace

void add_network_command(CLI::App &app, Commands &commands) {
  auto options = std::make_shared<NetworkOptions>();
  auto *network =
      app.add_subcommand("network", "the amplification graph for Gephi and other tools");
  network->require_subcommand(1);
  auto *command = network->add_subcommand(
      "export", "write the graph as --format gexf (default), graphml or csv");
  add_period_options(*command, options->period);
  add_filter_options(*command, options->filters);
  command->add_option(
      "--min-weight", options->min_weight,
      "keep edges whose summed interaction weight is at least W (repost 1, reply 0.5, …)");
  command->add_option("--top", options->top,
                      "keep the N accounts with the highest PageRank (0 = all)");
  commands.push_back({command, k_network_formats, [options](Context &context) {
                        return run_network_export(*options, context);
                      }});
}

} // namespace sociometer::cli
