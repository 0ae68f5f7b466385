// SPDX-License-Identifier: Apache-2.0
// Campaign (cause) definitions and what is computed from them across the store: normalising what
// users write, date windows in the report zone, cause-support metrics with their supporter
// look-back, and the interaction graph of one campaign's conversation.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sociometer/analysis/campaigns.hpp"
#include "sociometer/analysis/influence.hpp"
#include "sociometer/app/campaign_file.hpp"
#include "sociometer/model/campaign.hpp"
#include "sociometer/model/facts.hpp"
#include "sociometer/store/store.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::app {

// Where a definition came from; decides the error kind and how messages name the fault.
enum class DefinitionSource {
  flags, // `campaign add`: Error(usage), flags named `--from`, `--to`
  file,  // `campaign import`: Error(input), prefixed with the spec's `where`
};

// `fr:eau potable` is (fr, "eau potable"); a keyword without `xx:` or `xxx:` is ("*", text) and
// applies to every language. The phrase is returned as written.
[[nodiscard]] std::pair<std::string, std::string> split_keyword(const std::string &text);

// The campaign `spec` defines: hashtags without `#` and keywords normalised for matching, `from`
// and `to` as the start of those days in `zone` (`to` inclusive, so the window ends the day
// after). Throws Error (usage or input, by `source`) for a malformed date, a window that ends
// before it starts, a missing name, and a campaign without any term.
[[nodiscard]] Campaign normalise_campaign(const CampaignSpec &spec, const util::TimeZone &zone,
                                          DefinitionSource source);

// Reads the definitions file `path` and normalises every campaign in it (all or nothing). Throws
// as read_campaign_file and normalise_campaign do.
[[nodiscard]] std::vector<Campaign> read_campaign_definitions(const std::string &path,
                                                              const util::TimeZone &zone);

// The stored campaign called `name`, or every campaign when `name` is empty. Throws Error(usage)
// with a hint when there is no campaign called `name`.
[[nodiscard]] std::vector<Campaign> select_campaigns(const store::Store &store,
                                                     const std::string &name);

// Cause-support metrics of `campaigns` over [since, until). Supporters are new or returning by
// their posts in the 365 days before `since`; without `since` (or when the store's posts start
// after that look-back) the split is marked censored.
[[nodiscard]] std::vector<analysis::CauseMetrics>
cause_support(const store::Store &store, const std::vector<Campaign> &campaigns,
              std::optional<TimePoint> since, std::optional<TimePoint> until);

// The influence graph of the posts `query` selects; with a `campaign` name, only the interactions
// carried by that campaign's matched posts. Throws Error(usage) for an unknown campaign.
[[nodiscard]] analysis::GraphInput load_influence_graph(const store::Store &store,
                                                        const store::PostQuery &query,
                                                        const std::string &campaign);

} // namespace sociometer::app
