// SPDX-License-Identifier: Apache-2.0
// `campaign add|list|rm|import` and `causes`: campaign definitions and cause-support metrics.
#include "common.hpp"
#include "sociometer/analysis/campaigns.hpp"
#include "sociometer/app/campaigns.hpp"
#include "sociometer/error.hpp"

namespace sociometer::cli {
namespace {

struct CampaignOptions {
  std::string name;
  std::vector<std::string> hashtags;
  std::vector<std::string> keywords;
  std::vector<std::string> urls;
  std::vector<std::string> cta_urls;
  std::string from;
  std::string to;
  std::string file;
};

// The flags of `campaign add` as a definition, read the same way as an imported file's entry.
app::CampaignSpec spec_of_flags(const CampaignOptions &options) {
  app::CampaignSpec spec;
  spec.name = options.name;
  spec.from = options.from;
  spec.to = options.to;
  spec.hashtags = options.hashtags;
  for (const auto &keyword : options.keywords) {
    spec.keywords.push_back(app::split_keyword(keyword));
  }
  spec.urls = options.urls;
  spec.cta_urls = options.cta_urls;
  return spec;
}

int run_add(const CampaignOptions &options, Context &context) {
  auto store = context.invocation.open_store(store::OpenMode::read_write);
  const auto campaign = app::normalise_campaign(
      spec_of_flags(options), context.invocation.zone_in(store), app::DefinitionSource::flags);
  store.save_campaign(campaign);
  context.log->info("campaign {} saved", campaign.name);
  return 0;
}

// `campaign import`: a JSON or TOML file (docs/output.md) whose entries are read exactly like the
// flags of `campaign add`; nothing is saved unless every entry is valid.
int run_import(const CampaignOptions &options, Context &context) {
  auto store = context.invocation.open_store(store::OpenMode::read_write);
  const auto campaigns =
      app::read_campaign_definitions(options.file, context.invocation.zone_in(store));
  for (const auto &campaign : campaigns) {
    store.save_campaign(campaign);
  }
  context.log->info("{} campaign(s) imported from {}", campaigns.size(), options.file);
  return 0;
}

// One row per campaign with its terms, as `campaign list` prints them.
Table campaigns_table(const std::vector<Campaign> &campaigns) {
  Table table;
  table.columns = {{"campaign", ColumnType::text},     {"starts_at", ColumnType::timestamp},
                   {"ends_at", ColumnType::timestamp}, {"hashtags", ColumnType::list},
                   {"keywords", ColumnType::list},     {"urls", ColumnType::list},
                   {"cta_urls", ColumnType::list}};
  const auto joined = [](const std::vector<std::string> &values) { return make_list_cell(values); };
  for (const auto &campaign : campaigns) {
    std::vector<std::string> keywords;
    for (const auto &[lang, keyword] : campaign.keywords) {
      keywords.push_back(lang == "*" ? keyword : lang + ":" + keyword);
    }
    table.rows.push_back(
        {campaign.name,
         campaign.starts_at ? Cell{util::format_rfc3339(*campaign.starts_at)} : Cell{Null{}},
         campaign.ends_at ? Cell{util::format_rfc3339(*campaign.ends_at)} : Cell{Null{}},
         joined(campaign.hashtags), joined(keywords), joined(campaign.urls),
         joined(campaign.cta_urls)});
  }
  return table;
}

int run_list(Context &context) {
  const auto store = context.invocation.open_store(store::OpenMode::read_only);
  report::Envelope envelope;
  envelope.command = "campaign list";
  envelope.generated_at = util::report_clock_now();
  envelope.definitions = {
      {"ends_at", "exclusive: the first instant after the campaign's last day"}};
  report::render_table(campaigns_table(store.campaigns()), envelope,
                       context.invocation.render_options(), context.out);
  return 0;
}

int run_remove(const CampaignOptions &options, Context &context) {
  auto store = context.invocation.open_store(store::OpenMode::read_write);
  if (!store.remove_campaign(options.name)) {
    throw Error(ErrorKind::usage, "no campaign called " + options.name,
                "see `sociometer campaign list`");
  }
  return 0;
}

struct CausesOptions {
  std::string campaign;
  PeriodOptions period;
};

int run_causes(const CausesOptions &options, Context &context) {
  const auto store = context.invocation.open_store(store::OpenMode::read_only);
  const auto zone = context.invocation.zone_in(store);
  const auto period = resolve_period(options.period, zone, store);
  const auto campaigns = app::select_campaigns(store, options.campaign);
  auto rows = app::cause_support(store, campaigns, period.since, period.until);
  analysis::CoverageGate gate(context.invocation.min_coverage);
  analysis::withhold_thin_rates(rows, gate);
  auto envelope = make_envelope("causes", zone, period, FilterOptions{});
  envelope.params["campaign"] = options.campaign.empty() ? Cell{Null{}} : Cell{options.campaign};
  envelope.params["min_coverage"] = gate.min_coverage();
  envelope.definitions = analysis::causes_definitions();
  envelope.definitions["min_coverage"] = gate.rule("cta_ctr");
  envelope.definitions.merge(gate.withheld_definitions());
  report::render_table(analysis::causes_table(rows), envelope, context.invocation.render_options(),
                       context.out);
  return 0;
}

} // namespace

void add_campaign_command(CLI::App &app, Commands &commands) {
  auto options = std::make_shared<CampaignOptions>();
  auto *campaign =
      app.add_subcommand("campaign", "campaign (cause) definitions: add, list, rm, import");
  campaign->require_subcommand(1);
  auto *add = campaign->add_subcommand("add", "create or replace a campaign");
  add->add_option("name", options->name, "campaign name")->required();
  add->add_option("--hashtag", options->hashtags, "hashtag (any script; # optional); repeatable");
  add->add_option("--keyword", options->keywords,
                  "keyword or phrase, `fr:phrase` for one language; repeatable");
  add->add_option("--url", options->urls, "URL pattern: host + path prefix; repeatable");
  add->add_option("--cta-url", options->cta_urls,
                  "call-to-action URL pattern (donate, sign, …); repeatable");
  add->add_option("--from", options->from, "first day YYYY-MM-DD (report zone)");
  add->add_option("--to", options->to, "last day YYYY-MM-DD, inclusive (report zone)");
  auto *list = campaign->add_subcommand("list", "the campaigns and their terms");
  auto *remove = campaign->add_subcommand("rm", "remove a campaign");
  remove->add_option("name", options->name, "campaign name")->required();
  auto *import =
      campaign->add_subcommand("import", "create or replace campaigns from a TOML or JSON file");
  import
      ->add_option("file", options->file,
                   "TOML ([[campaigns]] tables) or JSON ({\"campaigns\": [...]}) file; chosen "
                   "by the .toml/.json extension, else by the content")
      ->required();
  commands.push_back(
      {add, k_no_output, [options](Context &context) { return run_add(*options, context); }});
  commands.push_back({list, k_row_formats, run_list});
  commands.push_back(
      {remove, k_no_output, [options](Context &context) { return run_remove(*options, context); }});
  commands.push_back(
      {import, k_no_output, [options](Context &context) { return run_import(*options, context); }});
}

void add_causes_command(CLI::App &app, Commands &commands) {
  auto options = std::make_shared<CausesOptions>();
  auto *command = app.add_subcommand("causes", "cause-support metrics per campaign");
  command->add_option("--campaign", options->campaign, "only this campaign");
  add_period_options(*command, options->period);
  commands.push_back({command, k_row_formats,
                      [options](Context &context) { return run_causes(*options, context); }});
}

} // namespace sociometer::cli
