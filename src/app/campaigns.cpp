// SPDX-License-Identifier: Apache-2.0
#include "sociometer/app/campaigns.hpp"

#include <algorithm>
#include <chrono>
#include <set>

#include "sociometer/analysis/campaign_posts.hpp"
#include "sociometer/analysis/influence.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"

namespace sociometer::app {
namespace {

// How far back a supporter's earlier posts count: a year covers a yearly campaign cycle.
constexpr auto k_supporter_lookback = std::chrono::days{365};

std::string hashtag_key(std::string tag) {
  while (!tag.empty() && (tag.front() == '#' || tag.front() == ' ')) {
    tag.erase(0, 1);
  }
  return util::normalize_for_matching(tag);
}

// How errors about one definition read: flags name themselves (`--from`), file entries carry
// their `FILE:LINE: ` prefix.
struct Reporting {
  ErrorKind kind;
  std::string date_prefix;  // before `from …` / `to …`
  std::string terms_prefix; // before the name and terms messages
};

Reporting reporting_for(const CampaignSpec &spec, DefinitionSource source) {
  if (source == DefinitionSource::flags) {
    return {ErrorKind::usage, "--", ""};
  }
  return {ErrorKind::input, spec.where, spec.where};
}

// Dates in the report zone: `from` is the first day, `to` the last day (inclusive).
void set_window(Campaign &campaign, const CampaignSpec &spec, const util::TimeZone &zone,
                const Reporting &reporting) {
  if (!spec.from.empty()) {
    const auto day = util::parse_date(spec.from);
    if (!day) {
      throw Error(reporting.kind,
                  reporting.date_prefix + "from " + spec.from + ": expected a date YYYY-MM-DD");
    }
    campaign.starts_at = zone.start_of_day(*day);
  }
  if (!spec.to.empty()) {
    const auto day = util::parse_date(spec.to);
    if (!day) {
      throw Error(reporting.kind,
                  reporting.date_prefix + "to " + spec.to + ": expected a date YYYY-MM-DD");
    }
    campaign.ends_at = zone.start_of_day(std::chrono::sys_days{*day} + std::chrono::days{1});
  }
  if (campaign.starts_at && campaign.ends_at && *campaign.ends_at <= *campaign.starts_at) {
    throw Error(reporting.kind, reporting.date_prefix + "the campaign ends before it starts");
  }
}

void require_terms(const Campaign &campaign, const Reporting &reporting) {
  if (campaign.name.empty()) {
    throw Error(reporting.kind, reporting.terms_prefix + "a campaign needs a name");
  }
  if (campaign.hashtags.empty() && campaign.keywords.empty() && campaign.urls.empty() &&
      campaign.cta_urls.empty()) {
    throw Error(reporting.kind,
                reporting.terms_prefix + "campaign " + campaign.name +
                    " has no hashtag, keyword or URL",
                reporting.kind == ErrorKind::usage
                    ? "add at least one --hashtag, --keyword, --url or --cta-url"
                    : "add at least one of hashtags, keywords, urls or cta_urls");
  }
}

} // namespace

std::pair<std::string, std::string> split_keyword(const std::string &text) {
  const auto colon = text.find(':');
  if (colon != std::string::npos && colon >= 2 && colon <= 3 &&
      std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(colon),
                  [](char c) { return c >= 'a' && c <= 'z'; })) {
    return {text.substr(0, colon), text.substr(colon + 1)};
  }
  return {"*", text};
}

Campaign normalise_campaign(const CampaignSpec &spec, const util::TimeZone &zone,
                            DefinitionSource source) {
  const auto reporting = reporting_for(spec, source);
  Campaign campaign;
  campaign.name = spec.name;
  for (const auto &tag : spec.hashtags) {
    campaign.hashtags.push_back(hashtag_key(tag));
  }
  for (const auto &[lang, phrase] : spec.keywords) {
    campaign.keywords.emplace_back(lang, util::normalize_for_matching(phrase));
  }
  campaign.urls = spec.urls;
  campaign.cta_urls = spec.cta_urls;
  set_window(campaign, spec, zone, reporting);
  require_terms(campaign, reporting);
  return campaign;
}

std::vector<Campaign> read_campaign_definitions(const std::string &path,
                                                const util::TimeZone &zone) {
  std::vector<Campaign> campaigns;
  for (const auto &spec : read_campaign_file(path)) {
    campaigns.push_back(normalise_campaign(spec, zone, DefinitionSource::file));
  }
  return campaigns;
}

std::vector<Campaign> select_campaigns(const store::Store &store, const std::string &name) {
  auto campaigns = store.campaigns();
  if (!name.empty()) {
    std::vector<std::string> known;
    known.reserve(campaigns.size());
    for (const auto &campaign : campaigns) {
      known.push_back(campaign.name);
    }
    std::erase_if(campaigns, [&](const Campaign &c) { return c.name != name; });
    if (campaigns.empty()) {
      const auto closest = util::closest_names(name, known);
      throw Error(ErrorKind::usage, "--campaign " + name + ": no campaign of that name",
                  closest.empty() ? "see `sociometer campaign list`"
                                  : "did you mean " + util::join_alternatives(closest) + "?");
    }
  }
  return campaigns;
}

namespace {

// The campaigns' compact posts of the selection of `query`, matched and resolved; `authors` gets
// their accounts.
analysis::CampaignPosts scan_campaign_posts(const store::Store &store,
                                            const store::PostQuery &query,
                                            const std::vector<Campaign> &campaigns,
                                            Dataset &authors) {
  analysis::CampaignPosts posts(campaigns);
  authors = store.scan_post_contents(
      query,
      [&](const Dataset &, const PostFacts &post, const std::vector<std::string_view> &hashtags,
          const std::vector<std::string_view> &links) { posts.add(post, hashtags, links); });
  posts.finish();
  return posts;
}

} // namespace

std::vector<analysis::CauseMetrics> cause_support(const store::Store &store,
                                                  const std::vector<Campaign> &campaigns,
                                                  std::optional<TimePoint> since,
                                                  std::optional<TimePoint> until) {
  store::PostQuery query;
  query.since = since;
  query.until = until;
  // Supporters of the look-back, per campaign; it is read first and dropped before the period.
  std::vector<std::set<std::string>> earlier(campaigns.size());
  bool censored = true; // without a start there is no "before" to look back into
  if (since) {
    store::PostQuery lookback = query;
    lookback.until = since;
    lookback.since = *since - k_supporter_lookback;
    lookback.with_metrics = false; // supporters need no counts
    Dataset authors;
    const auto posts = scan_campaign_posts(store, lookback, campaigns, authors);
    for (std::size_t c = 0; c < campaigns.size(); ++c) {
      earlier[c] = analysis::supporter_keys(posts, authors, c);
    }
    const auto oldest = store.oldest_post_time();
    censored = !oldest || *oldest > *lookback.since;
  }
  Dataset authors;
  const auto posts = scan_campaign_posts(store, query, campaigns, authors);
  store::AccountQuery peers;
  peers.role = AccountRole::peer;
  const bool peers_declared = !store.accounts(peers).empty();
  std::vector<analysis::CauseMetrics> rows;
  rows.reserve(campaigns.size());
  for (std::size_t c = 0; c < campaigns.size(); ++c) {
    rows.push_back(
        analysis::cause_metrics(posts, authors, c, earlier[c], censored, peers_declared));
  }
  return rows;
}

analysis::GraphInput load_influence_graph(const store::Store &store, const store::PostQuery &query,
                                          const std::string &campaign) {
  if (campaign.empty()) {
    return analysis::graph_input(store.load_graph(query));
  }
  const auto selected = select_campaigns(store, campaign);
  // Campaign matching reads the posts' texts and links, so they are loaded; metrics are not used.
  store::PostQuery with_texts = query;
  with_texts.with_urls = true;
  with_texts.with_content = true;
  with_texts.with_metrics = false;
  auto dataset = store.load(with_texts);
  const auto matched = analysis::match_campaign(dataset, selected.front());
  std::vector<bool> in_campaign(dataset.posts.size(), false);
  for (const auto index : matched) {
    in_campaign[static_cast<std::size_t>(index)] = true;
  }
  std::erase_if(dataset.interactions, [&](const InteractionFacts &interaction) {
    return interaction.post < 0 || !in_campaign[static_cast<std::size_t>(interaction.post)];
  });
  return analysis::graph_input(dataset);
}

} // namespace sociometer::app
