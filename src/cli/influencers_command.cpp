// SPDX-License-Identifier: Apache-2.0
// `influencers`: the influence ranking of the accounts in the selected posts' interaction graph.
#include <algorithm>
#include <chrono>

#include "common.hpp"
#include "progress.hpp"
#include "sociometer/analysis/influence.hpp"
#include "sociometer/app/campaigns.hpp"
#include "sociometer/error.hpp"

namespace sociometer::cli {
namespace {

struct InfluencersOptions {
  PeriodOptions period;
  FilterOptions filters;
  std::string campaign;
  std::size_t limit = 20;
  bool communities = false;
  bool hide_owned = false;
  bool trust_seeded = false;
  std::string weights = "log";
  std::uint64_t seed = 42;
};

// `--weights`, `--trust-seeded` and `--seed` as the ranking's options.
analysis::InfluenceOptions influence_options(const InfluencersOptions &options) {
  analysis::InfluenceOptions influence;
  influence.trust_seeded = options.trust_seeded;
  influence.seed = options.seed;
  if (options.weights == "raw") {
    influence.weight_damping = analysis::WeightDamping::raw;
  } else if (options.weights == "binary") {
    influence.weight_damping = analysis::WeightDamping::binary;
  } else if (options.weights != "log") {
    throw Error(ErrorKind::usage, "--weights " + options.weights + ": expected log, raw or binary");
  }
  return influence;
}

// `--communities`: accounts ordered by community, then rank within it; one summary row per
// community in its own section.
void add_communities(const analysis::InfluenceResult &result, Table &table,
                     report::Envelope &envelope) {
  std::sort(table.rows.begin(), table.rows.end(), [](const auto &a, const auto &b) {
    return std::tie(std::get<std::int64_t>(a[11]), std::get<std::int64_t>(a[12])) <
           std::tie(std::get<std::int64_t>(b[11]), std::get<std::int64_t>(b[12]));
  });
  Table summary;
  summary.columns = {{"community", ColumnType::integer},
                     {"members", ColumnType::integer},
                     {"pagerank_share", ColumnType::ratio},
                     {"top_hashtags", ColumnType::tally},
                     {"top_languages", ColumnType::tally}};
  for (const auto &community : result.communities) {
    summary.rows.push_back({community.community, community.members, community.pagerank_share,
                            make_tally_cell(community.top_hashtags),
                            make_tally_cell(community.top_languages)});
  }
  envelope.sections.emplace_back("communities", std::move(summary));
  envelope.definitions["communities"] =
      "per community: members, share of all PageRank, the hashtags (without #) and languages "
      "most used in its members' posts, most used first, with their numbers of posts (JSON: "
      "arrays of {value, count})";
}

report::Envelope influencers_envelope(const InfluencersOptions &options, const util::TimeZone &zone,
                                      const ResolvedPeriod &period) {
  auto envelope = make_envelope("influencers", zone, period, options.filters);
  envelope.params["limit"] = static_cast<std::int64_t>(options.limit);
  envelope.params["campaign"] = options.campaign.empty() ? Cell{Null{}} : Cell{options.campaign};
  envelope.params["communities"] = std::int64_t{options.communities ? 1 : 0};
  envelope.params["hide_owned"] = std::int64_t{options.hide_owned ? 1 : 0};
  envelope.params["trust_seeded"] = std::int64_t{options.trust_seeded ? 1 : 0};
  envelope.params["weights"] = options.weights;
  envelope.params["seed"] = static_cast<std::int64_t>(options.seed);
  return envelope;
}

int run_influencers(const InfluencersOptions &options, Context &context) {
  const auto influence = influence_options(options);
  const auto store = context.invocation.open_store(store::OpenMode::read_only);
  const auto zone = context.invocation.zone_in(store);
  const auto period = resolve_period(options.period, zone, store);
  auto query = make_query(store, period, options.filters);
  query.with_interactions = true;
  query.with_hashtags = options.communities || !options.campaign.empty();
  query.with_languages = options.communities; // only the community summaries show languages
  const auto started = std::chrono::steady_clock::now();
  const auto ticker = progress_ticker(context, "influencers");
  ticker->stage("loading the graph");
  const auto graph = app::load_influence_graph(store, query, options.campaign);
  ticker->stage("ranking " + std::to_string(graph.accounts.size()) + " accounts");
  context.log->debug(
      "graph loaded: {} accounts, {} interactions in {:.3f} s", graph.accounts.size(),
      graph.interactions.size(),
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  const auto result = analysis::rank_influencers(graph, influence);
  ticker->stop();
  for (const auto &[step, seconds] : result.step_seconds) {
    context.log->debug("{}: {:.3f} s", step, seconds);
  }

  auto envelope = influencers_envelope(options, zone, period);
  envelope.definitions = analysis::influence_definitions(result, influence);
  if (result.edges == 0) {
    context.log->warn("no interactions in the selected posts: every account ranks the same");
  }
  auto table = analysis::influence_table(graph.accounts, result, options.limit, options.hide_owned);
  if (options.communities) {
    add_communities(result, table, envelope);
  }
  report::render_table(table, envelope, context.invocation.render_options(), context.out);
  return 0;
}

} // namespace

void add_influencers_command(CLI::App &app, Commands &commands) {
  auto options = std::make_shared<InfluencersOptions>();
  auto *command = app.add_subcommand("influencers", "influence ranking on the amplification graph");
  add_period_options(*command, options->period);
  add_filter_options(*command, options->filters);
  command->add_option("--campaign", options->campaign,
                      "only the interactions of this campaign's posts");
  command->add_option("--limit", options->limit, "rows to print (default 20; 0 = all)");
  command->add_flag("--communities", options->communities,
                    "order by community and add a per-community summary");
  command->add_flag(
      "--hide-owned", options->hide_owned,
      "leave the organisation's own accounts out of the list (they stay in the graph)");
  command->add_flag(
      "--trust-seeded", options->trust_seeded,
      "PageRank teleports only to accounts without flags (blunts amplification rings)");
  command->add_option("--weights", options->weights,
                      "edge weight: log (default, log2(1+W)), raw or binary");
  command->add_option("--seed", options->seed,
                      "seed for communities and betweenness sampling (default 42)");
  commands.push_back({command, k_row_formats,
                      [options](Context &context) { return run_influencers(*options, context); }});
}

} // namespace sociometer::cli
