// SPDX-License-Identifier: Apache-2.0
// `campaign add|list|rm|import` and `causes`: campaign definitions and cause-support metrics.
#include "campaign_file.hpp"
#include "common.hpp"
#include "sociometer/analysis/campaigns.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"

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

std::string hashtag_key(std::string tag) {
  while (!tag.empty() && (tag.front() == '#' || tag.front() == ' ')) {
    tag.erase(0, 1);
  }
  return util::normalize_for_matching(tag);
}

// `fr:eau potable` is a French keyword; a keyword without `xx:` applies to every language.
std::pair<std::string, std::string> keyword_entry(const std::string &text) {
  const auto colon = text.find(':');
  if (colon != std::string::npos && colon >= 2 && colon <= 3 &&
      std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(colon),
                  [](char c) { return c >= 'a' && c <= 'z'; })) {
    return {text.substr(0, colon), util::normalize_for_matching(text.substr(colon + 1))};
  }
  return {"*", util::normalize_for_matching(text)};
}

// Dates in the report zone: `from` is the first day, `to` the last day (inclusive).
// `kind`: usage for flags, input for a file's content.
void set_window(Campaign &campaign, const std::string &from, const std::string &to,
                const util::TimeZone &zone, const std::string &where, ErrorKind kind) {
  if (!from.empty()) {
    const auto day = util::parse_date(from);
    if (!day) {
      throw Error(kind, where + "from " + from + ": expected a date YYYY-MM-DD");
    }
    campaign.starts_at = zone.start_of_day(*day);
  }
  if (!to.empty()) {
    const auto day = util::parse_date(to);
    if (!day) {
      throw Error(kind, where + "to " + to + ": expected a date YYYY-MM-DD");
    }
    campaign.ends_at = zone.start_of_day(std::chrono::sys_days{*day} + std::chrono::days{1});
  }
  if (campaign.starts_at && campaign.ends_at && *campaign.ends_at <= *campaign.starts_at) {
    throw Error(kind, where + "the campaign ends before it starts");
  }
}

void require_terms(const Campaign &campaign, const std::string &where, ErrorKind kind) {
  if (campaign.name.empty()) {
    throw Error(kind, where + "a campaign needs a name");
  }
  if (campaign.hashtags.empty() && campaign.keywords.empty() && campaign.urls.empty() &&
      campaign.cta_urls.empty()) {
    throw Error(kind, where + "campaign " + campaign.name + " has no hashtag, keyword or URL",
                kind == ErrorKind::usage
                    ? "add at least one --hashtag, --keyword, --url or --cta-url"
                    : "add at least one of hashtags, keywords, urls or cta_urls");
  }
}

int run_add(const CampaignOptions &options, Context &context) {
  auto store = open_existing_store(context.globals, store::OpenMode::read_write);
  const auto zone = resolve_zone(context.globals, store);
  Campaign campaign;
  campaign.name = options.name;
  for (const auto &tag : options.hashtags) {
    campaign.hashtags.push_back(hashtag_key(tag));
  }
  for (const auto &keyword : options.keywords) {
    campaign.keywords.push_back(keyword_entry(keyword));
  }
  campaign.urls = options.urls;
  campaign.cta_urls = options.cta_urls;
  set_window(campaign, options.from, options.to, zone, "--", ErrorKind::usage);
  require_terms(campaign, "", ErrorKind::usage);
  store.save_campaign(campaign);
  context.log->info("campaign {} saved", campaign.name);
  return 0;
}

// The file format of `campaign import` (docs/output.md): JSON or TOML, read by campaign_file.cpp
// and interpreted here exactly like the flags of `campaign add`.
int run_import(const CampaignOptions &options, Context &context) {
  auto store = open_existing_store(context.globals, store::OpenMode::read_write);
  const auto zone = resolve_zone(context.globals, store);
  std::vector<Campaign> campaigns;
  for (const auto &spec : read_campaign_file(options.file)) {
    Campaign campaign;
    campaign.name = spec.name;
    for (const auto &tag : spec.hashtags) {
      campaign.hashtags.push_back(hashtag_key(tag));
    }
    for (const auto &[lang, word] : spec.keywords) {
      campaign.keywords.emplace_back(lang, util::normalize_for_matching(word));
    }
    campaign.urls = spec.urls;
    campaign.cta_urls = spec.cta_urls;
    set_window(campaign, spec.from, spec.to, zone, spec.where, ErrorKind::input);
    require_terms(campaign, spec.where, ErrorKind::input);
    campaigns.push_back(std::move(campaign));
  }
  for (const auto &campaign : campaigns) {
    store.save_campaign(campaign);
  }
  context.log->info("{} campaign(s) imported from {}", campaigns.size(), options.file);
  return 0;
}

int run_list(Context &context) {
  const auto format = resolve_format(
      context.globals, report::Format::table,
      {report::Format::table, report::Format::json, report::Format::ndjson, report::Format::csv});
  const auto store = open_existing_store(context.globals, store::OpenMode::read_only);
  Table table;
  table.columns = {{"campaign", ColumnType::text},     {"starts_at", ColumnType::timestamp},
                   {"ends_at", ColumnType::timestamp}, {"hashtags", ColumnType::text},
                   {"keywords", ColumnType::text},     {"urls", ColumnType::text},
                   {"cta_urls", ColumnType::text}};
  const auto joined = [](const std::vector<std::string> &values) {
    std::string text;
    for (const auto &value : values) {
      text += (text.empty() ? "" : " ") + value;
    }
    return text;
  };
  for (const auto &campaign : store.campaigns()) {
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
  report::Envelope envelope;
  envelope.command = "campaign list";
  envelope.generated_at = util::report_clock_now();
  envelope.definitions = {
      {"ends_at", "exclusive: the first instant after the campaign's last day"}};
  report::render_table(table, envelope, format, context.out);
  return 0;
}

int run_remove(const CampaignOptions &options, Context &context) {
  auto store = open_existing_store(context.globals, store::OpenMode::read_write);
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
  const auto format = resolve_format(
      context.globals, report::Format::table,
      {report::Format::table, report::Format::json, report::Format::ndjson, report::Format::csv});
  const auto store = open_existing_store(context.globals, store::OpenMode::read_only);
  const auto zone = resolve_zone(context.globals, store);
  const auto period = resolve_period(options.period, zone, store);
  auto campaigns = store.campaigns();
  if (!options.campaign.empty()) {
    std::erase_if(campaigns, [&](const Campaign &c) { return c.name != options.campaign; });
    if (campaigns.empty()) {
      throw Error(ErrorKind::usage, "no campaign called " + options.campaign,
                  "see `sociometer campaign list`");
    }
  }
  store::PostQuery query;
  query.since = period.since;
  query.until = period.until;
  query.with_hashtags = true;
  query.with_urls = true;
  const auto current = store.load(query);
  // Look-back of 365 days before the period for new vs returning supporters.
  constexpr auto k_lookback = std::chrono::days{365};
  Dataset lookback;
  bool censored = true;
  if (period.since) {
    store::PostQuery earlier = query;
    earlier.until = period.since;
    earlier.since = *period.since - k_lookback;
    lookback = store.load(earlier);
    const auto oldest = store.oldest_post_time();
    censored = !oldest || *oldest > *earlier.since;
  }
  store::AccountQuery peers;
  peers.role = AccountRole::peer;
  const bool peers_declared = !store.accounts(peers).empty();
  std::vector<analysis::CauseMetrics> rows;
  for (const auto &campaign : campaigns) {
    rows.push_back(analysis::cause_metrics(current, lookback, campaign, censored, peers_declared));
  }
  auto envelope = make_envelope("causes", zone, period, FilterOptions{});
  envelope.params["campaign"] = options.campaign.empty() ? Cell{Null{}} : Cell{options.campaign};
  envelope.definitions = analysis::causes_definitions();
  report::render_table(analysis::causes_table(rows), envelope, format, context.out);
  return 0;
}

} // namespace

CommandRunner add_campaign_command(CLI::App &app) {
  auto options = std::make_shared<CampaignOptions>();
  auto action = std::make_shared<std::function<int(Context &)>>();
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
  add->callback([=] { *action = [=](Context &context) { return run_add(*options, context); }; });
  auto *list = campaign->add_subcommand("list", "the campaigns and their terms");
  list->callback([=] { *action = [](Context &context) { return run_list(context); }; });
  auto *remove = campaign->add_subcommand("rm", "remove a campaign");
  remove->add_option("name", options->name, "campaign name")->required();
  remove->callback(
      [=] { *action = [=](Context &context) { return run_remove(*options, context); }; });
  auto *import =
      campaign->add_subcommand("import", "create or replace campaigns from a TOML or JSON file");
  import
      ->add_option("file", options->file,
                   "TOML ([[campaigns]] tables) or JSON ({\"campaigns\": [...]}) file; chosen "
                   "by the .toml/.json extension, else by the content")
      ->required();
  import->callback(
      [=] { *action = [=](Context &context) { return run_import(*options, context);
};
} // namespace sociometer::cli
);
return [action](Context &context) { return (*action)(context); };
}

CommandRunner add_causes_command(CLI::App &app) {
  auto options = std::make_shared<CausesOptions>();
  auto *command = app.add_subcommand("causes", "cause-support metrics per campaign");
  command->add_option("--campaign", options->campaign, "only this campaign");
  add_period_options(*command, options->period);
  return [options](Context &context) { return run_causes(*options, context); };
}

} // namespace sociometer::cli
