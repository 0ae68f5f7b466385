// SPDX-License-Identifier: Apache-2.0
#include <chrono>

#include "common.hpp"
#include "sociometer/analysis/campaigns.hpp"
#include "sociometer/analysis/influence.hpp"
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

std::string joined(const std::vector<std::pair<std::string, std::int64_t>> &counts,
                   const char *prefix) {
  std::string text;
  for (const auto &[key, count] : counts) {
    text +=
        (text.empty() ? "" : " ") + std::string(prefix) + key + " (" + std::to_string(count) + ")";
  }
  return text;
}

// The graph of a campaign's conversation: only the interactions carried by its matched posts
// (campaign matching reads the posts' texts, so they are loaded).
analysis::GraphInput campaign_graph(const store::Store &store, store::PostQuery query,
                                    const std::string &name) {
  const auto campaigns = store.campaigns();
  const auto it = std::find_if(campaigns.begin(), campaigns.end(),
                               [&](const Campaign &c) { return c.name == name; });
  if (it == campaigns.end()) {
    throw Error(ErrorKind::usage, "no campaign called " + name, "see `sociometer campaign list`");
  }
  query.with_urls = true;
  query.with_content = true;
  query.with_metrics = false;
  auto dataset = store.load(query);
  const auto matched = analysis::match_campaign(dataset, *it);
  std::vector<bool> in_campaign(dataset.posts.size(), false);
  for (const auto index : matched) {
    in_campaign[static_cast<std::size_t>(index)] = true;
  }
  std::erase_if(dataset.interactions, [&](const InteractionFacts &interaction) {
    return interaction.post < 0 || !in_campaign[static_cast<std::size_t>(interaction.post)];
  });
  return analysis::graph_input(dataset);
}

int run_influencers(const InfluencersOptions &options, Context &context) {
  const auto format = resolve_format(
      context.globals, report::Format::table,
      {report::Format::table, report::Format::json, report::Format::ndjson, report::Format::csv});
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
  const auto store = open_existing_store(context.globals, store::OpenMode::read_only);
  const auto zone = resolve_zone(context.globals, store);
  const auto period = resolve_period(options.period, zone, store);
  auto query = make_query(period, options.filters);
  query.with_interactions = true;
  query.with_hashtags = options.communities || !options.campaign.empty();
  const auto started = std::chrono::steady_clock::now();
  const auto graph = options.campaign.empty() ? analysis::graph_input(store.load_graph(query))
                                              : campaign_graph(store, query, options.campaign);
  context.log->debug(
      "graph loaded: {} accounts, {} interactions in {:.3f} s", graph.accounts.size(),
      graph.interactions.size(),
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  const auto result = analysis::rank_influencers(graph, influence);
  for (const auto &[step, seconds] : result.step_seconds) {
    context.log->debug("{}: {:.3f} s", step, seconds);
  }

  auto envelope = make_envelope("influencers", zone, period, options.filters);
  envelope.params["limit"] = static_cast<std::int64_t>(options.limit);
  envelope.params["campaign"] = options.campaign.empty() ? Cell{Null{}} : Cell{options.campaign};
  envelope.params["communities"] = std::int64_t{options.communities ? 1 : 0};
  envelope.params["hide_owned"] = std::int64_t{options.hide_owned ? 1 : 0};
  envelope.params["trust_seeded"] = std::int64_t{options.trust_seeded ? 1 : 0};
  envelope.params["weights"] = options.weights;
  envelope.params["seed"] = static_cast<std::int64_t>(options.seed);
  envelope.definitions = analysis::influence_definitions(result, influence);
  if (result.edges == 0) {
    context.log->warn("no interactions in the selected posts: every account ranks the same");
  }
  auto table = analysis::influence_table(graph.accounts, result, options.limit, options.hide_owned);
  if (options.communities) {
    // Accounts ordered by community, then rank within it; one summary row per community.
    std::sort(table.rows.begin(), table.rows.end(), [](const auto &a, const auto &b) {
      return std::tie(std::get<std::int64_t>(a[11]), std::get<std::int64_t>(a[12])) <
             std::tie(std::get<std::int64_t>(b[11]), std::get<std::int64_t>(b[12]));
    });
    Table summary;
    summary.columns = {{"community", ColumnType::integer},
                       {"members", ColumnType::integer},
                       {"pagerank_share", ColumnType::ratio},
                       {"top_hashtags", ColumnType::text},
                       {"top_languages", ColumnType::text}};
    for (const auto &community : result.communities) {
      summary.rows.push_back({community.community, community.members, community.pagerank_share,
                              joined(community.top_hashtags, "#"),
                              joined(community.top_languages, "")});
    }
    envelope.sections.emplace_back("communities", std::move(summary));
    envelope.definitions["communities"] = "per community: members, share of all PageRank, the "
                                          "hashtags and languages of its members' posts";
  }
  report::render_table(table, envelope, format, context.out);
  return 0;
}

} // namespace

CommandRunner add_influencers_command(CLI::App &app) {
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
  return [options](Context &context) { return run_influencers(*options, context); };
}

} // namespace sociometer::cli
