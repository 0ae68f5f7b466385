// SPDX-License-Identifier: Apache-2.0
// Campaign (cause) matching and cause-support metrics (docs/metrics.md §4–5).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sociometer/analysis/coverage.hpp"
#include "sociometer/model/campaign.hpp"
#include "sociometer/model/facts.hpp"
#include "sociometer/model/table.hpp"

namespace sociometer::analysis {

// `https://WWW.Example.org/Path/?utm_source=x&id=3#top` → `example.org/Path?id=3`: lower-case
// host without `www.`, no scheme, fragment, tracking parameters (utm_*, fbclid, gclid, mc_*) or
// trailing `/`. Patterns and links are compared in this form (see url_matches).
[[nodiscard]] std::string canonical_url(std::string_view url);

// A keyword or phrase (already NFKC + case folded) in normalised text: on word boundaries for
// scripts written with spaces, as a substring for Chinese, Japanese and Thai.
[[nodiscard]] bool keyword_matches(std::string_view text_norm, std::string_view keyword);
// Normalised text without links and @handles, which would otherwise match keywords by accident:
// tokens end at any whitespace and are joined by one space (a phrase matches across a line break).
[[nodiscard]] std::string matchable_text(std::string_view text_norm);
// Whether canonical URL `url` falls under canonical `pattern`: equal to it, or continuing it
// past a boundary ('/', '?', '&'), so `example.org/water` covers `example.org/water/act` but not
// `example.org/waterfall` or `example.org.evil.net`. An empty pattern matches nothing.
[[nodiscard]] bool url_matches(std::string_view url, std::string_view pattern);
// Whether a keyword's language (`*` for any) covers a post's language tag: equal ignoring ASCII
// case, or a prefix ending at a subtag (RFC 4647 basic filtering: `pt` covers `pt-BR`, not
// `pta`); `_` also ends a subtag, as locale names (`pt_BR`) write it.
[[nodiscard]] bool language_matches(std::string_view keyword_lang, std::string_view post_lang);

// Indices of the posts of `dataset` that match `campaign` within its window: by hashtag, by
// keyword (for the post's language or '*'), by URL, or as a repost/quote of a matching post of the
// dataset (inherited). Needs dataset.hashtags and dataset.urls.
[[nodiscard]] std::vector<std::int32_t> match_campaign(const Dataset &dataset,
                                                       const Campaign &campaign);

struct CauseMetrics {
  std::string campaign;
  std::int64_t posts = 0;
  std::int64_t participants = 0;       // distinct authors, own accounts excluded
  std::int64_t engaged_supporters = 0; // participants + authors of replies to matched posts
  std::int64_t new_supporters = 0;     // no supportive action in the look-back window
  std::int64_t returning_supporters = 0;
  bool new_supporters_censored = false; // the store starts inside the look-back window
  std::optional<std::int64_t> potential_reach;
  std::optional<double> potential_reach_coverage; // share of participants with a follower count
  std::optional<std::int64_t> measured_impressions;
  std::optional<double> measured_impressions_coverage;
  std::optional<std::int64_t> engagement;
  std::int64_t languages = 0;                    // languages with at least 3 matched posts
  std::optional<double> effective_languages;     // exp(H) over participants' main languages
  std::optional<std::int64_t> cta_amplification; // reposts + quotes of posts with a CTA link
  // Share of the own accounts' matched non-repost posts that carry a CTA link.
  std::optional<double> cta_post_share;
  // Link clicks on matched non-repost posts with a CTA link (platform exports only), and
  // click-through Σ clicks / Σ impressions over those reporting both, with their share.
  std::optional<std::int64_t> cta_clicks;
  std::optional<double> cta_ctr;
  std::optional<double> cta_ctr_coverage;
  std::optional<double> share_of_voice; // own / (own + peer) matched posts; see cause_metrics
  // Among matched reposts and quotes whose amplifier has a main language (>= 3 posts in the
  // period) and whose amplified post's language is known: the share where the two differ.
  std::optional<double> cross_language_amplification;
  std::int64_t bridge_participants =
      0; // participants with >= 2 matched posts in each of >= 2 languages
};

// Metrics of `campaign` over `current` (the period), with `lookback` (the 365 days before it) for
// new vs returning supporters. `censored` = the store has no data for the whole look-back.
// `peers_declared` = the organisation has declared peer accounts (`account set --role peer`):
// share of voice is only computed then (1.0 when own accounts matched and no peer did; null when
// neither did).
[[nodiscard]] CauseMetrics cause_metrics(const Dataset &current, const Dataset &lookback,
                                         const Campaign &campaign, bool censored,
                                         bool peers_declared);

// Withholds the cta_ctr of `rows` measured on too few of their call-to-action posts (`gate`);
// cta_ctr_coverage stays.
void withhold_thin_rates(std::vector<CauseMetrics> &rows, CoverageGate &gate);

[[nodiscard]] Table causes_table(const std::vector<CauseMetrics> &metrics);
[[nodiscard]] Definitions causes_definitions();

// Effective number of languages exp(−Σ s ln s) for shares `s` (0 shares ignored).
[[nodiscard]] double effective_number(const std::vector<double> &shares);

} // namespace sociometer::analysis
