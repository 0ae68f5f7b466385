// SPDX-License-Identifier: Apache-2.0
#include "sociometer/analysis/campaigns.hpp"

#include <algorithm>
#include <cmath>

#include "sociometer/analysis/campaign_posts.hpp"
#include "sociometer/util/text.hpp"

namespace sociometer::analysis {
namespace {

bool is_tracking_parameter(std::string_view name) {
  const auto lower = util::ascii_lower(name);
  return lower.rfind("utm_", 0) == 0 || lower.rfind("mc_", 0) == 0 || lower == "fbclid" ||
         lower == "gclid";
}

// The code point at byte `pos` (valid UTF-8 assumed); 0, neither a word character nor an unspaced
// script, at the end or for a malformed byte.
char32_t code_point_at(std::string_view text, std::size_t pos) {
  const auto decoded = util::decode_code_point(text, pos);
  return decoded ? decoded->value : 0;
}

// Scripts written without spaces between words: Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar.
bool is_unspaced_script(char32_t cp) {
  return (cp >= 0x0E00 && cp <= 0x0EFF) || (cp >= 0x1000 && cp <= 0x109F) ||
         (cp >= 0x1780 && cp <= 0x17FF) || (cp >= 0x3040 && cp <= 0x30FF) ||
         (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FA1F);
}

// The code point that ends just before byte `pos` (0 at the start).
char32_t previous_code_point(std::string_view text, std::size_t pos) {
  if (pos == 0) {
    return 0;
  }
  std::size_t start = pos - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0U) == 0x80U) {
    --start;
  }
  return code_point_at(text, start);
}

Cell cell_of(const std::optional<std::int64_t> &value) {
  return value ? Cell{*value} : Cell{Null{}};
}
Cell cell_of(const std::optional<double> &value) { return value ? Cell{*value} : Cell{Null{}}; }

} // namespace

std::string matchable_text(std::string_view text_norm) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text_norm.size()) {
    // Tokens end at any whitespace (a link or handle often follows a line break) and are joined
    // by one space, so a phrase also matches across a line break.
    const auto end = std::min(text_norm.find_first_of(" \t\n\r\f\v", pos), text_norm.size());
    const auto token = text_norm.substr(pos, end - pos);
    if (!token.empty()) {
      if (!(token.rfind("http://", 0) == 0 || token.rfind("https://", 0) == 0 ||
            token.rfind('@', 0) == 0)) {
        out.append(token);
      }
      out += ' ';
    }
    pos = end + 1;
  }
  return out;
}

std::string canonical_url(std::string_view url) {
  const auto scheme = url.find("://");
  if (scheme != std::string_view::npos) {
    url.remove_prefix(scheme + 3);
  }
  url = url.substr(0, url.find('#'));
  const auto path_start = url.find_first_of("/?");
  auto host = util::ascii_lower(url.substr(0, path_start));
  host = host.substr(0, host.find(':'));
  if (host.rfind("www.", 0) == 0) {
    host.erase(0, 4);
  }
  std::string_view rest =
      path_start == std::string_view::npos ? std::string_view() : url.substr(path_start);
  const auto query_start = rest.find('?');
  std::string path(rest.substr(0, query_start));
  while (!path.empty() && path.back() == '/') {
    path.pop_back();
  }
  std::string query;
  if (query_start != std::string_view::npos) {
    auto parameters = rest.substr(query_start + 1);
    while (!parameters.empty()) {
      const auto end = std::min(parameters.find('&'), parameters.size());
      const auto parameter = parameters.substr(0, end);
      if (!parameter.empty() && !is_tracking_parameter(parameter.substr(0, parameter.find('=')))) {
        query += (query.empty() ? "?" : "&") + std::string(parameter);
      }
      parameters.remove_prefix(std::min(end + 1, parameters.size()));
    }
  }
  return host + path + query;
}

bool url_matches(std::string_view url, std::string_view pattern) {
  if (pattern.empty() || url.substr(0, pattern.size()) != pattern) {
    return false;
  }
  // Canonical forms have no trailing '/', fragment or empty query: the boundary is in `url`.
  return url.size() == pattern.size() || url[pattern.size()] == '/' || url[pattern.size()] == '?' ||
         url[pattern.size()] == '&';
}

bool language_matches(std::string_view keyword_lang, std::string_view post_lang) {
  if (keyword_lang == "*") {
    return true;
  }
  if (post_lang.size() < keyword_lang.size() ||
      (post_lang.size() > keyword_lang.size() && post_lang[keyword_lang.size()] != '-' &&
       post_lang[keyword_lang.size()] != '_')) {
    return false;
  }
  const auto ascii_lower = [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  };
  return std::equal(keyword_lang.begin(), keyword_lang.end(), post_lang.begin(),
                    [&](char a, char b) { return ascii_lower(a) == ascii_lower(b); });
}

bool keyword_matches(std::string_view text_norm, std::string_view keyword) {
  if (keyword.empty()) {
    return false;
  }
  const bool substring = is_unspaced_script(code_point_at(keyword, 0));
  std::size_t pos = text_norm.find(keyword);
  while (pos != std::string_view::npos) {
    if (substring) {
      return true;
    }
    const auto end = pos + keyword.size();
    const auto after = code_point_at(text_norm, end);
    const auto before = previous_code_point(text_norm, pos);
    if (!util::is_word_character(before) && !util::is_word_character(after)) {
      return true;
    }
    pos = text_norm.find(keyword, pos + 1);
  }
  return false;
}

std::vector<std::int32_t> match_campaign(const Dataset &dataset, const Campaign &campaign) {
  return campaign_posts(dataset, {campaign}).matched(0);
}

double effective_number(const std::vector<double> &shares) {
  double entropy = 0.0;
  for (const auto share : shares) {
    if (share > 0.0) {
      entropy -= share * std::log(share);
    }
  }
  return std::exp(entropy);
}

CauseMetrics cause_metrics(const Dataset &current, const Dataset &lookback,
                           const Campaign &campaign, bool censored, bool peers_declared) {
  const auto earlier = supporter_keys(campaign_posts(lookback, {campaign}), lookback, 0);
  return cause_metrics(campaign_posts(current, {campaign}), current, 0, earlier, censored,
                       peers_declared);
}

void withhold_thin_rates(std::vector<CauseMetrics> &rows, CoverageGate &gate) {
  for (auto &row : rows) {
    if (!gate.keep("cta_ctr", row.campaign, row.cta_ctr, row.cta_ctr_coverage)) {
      row.cta_ctr.reset();
    }
  }
}

Table causes_table(const std::vector<CauseMetrics> &metrics) {
  Table table;
  table.columns = {{"campaign", ColumnType::text},
                   {"posts", ColumnType::integer},
                   {"participants", ColumnType::integer},
                   {"engaged_supporters", ColumnType::integer},
                   {"new_supporters", ColumnType::integer},
                   {"returning_supporters", ColumnType::integer},
                   {"new_supporters_censored", ColumnType::integer},
                   {"potential_reach", ColumnType::integer},
                   {"potential_reach_coverage", ColumnType::ratio},
                   {"measured_impressions", ColumnType::integer},
                   {"measured_impressions_coverage", ColumnType::ratio},
                   {"engagement", ColumnType::integer},
                   {"languages", ColumnType::integer},
                   {"effective_languages", ColumnType::number},
                   {"cta_amplification", ColumnType::integer},
                   {"cta_post_share", ColumnType::ratio},
                   {"cta_clicks", ColumnType::integer},
                   {"cta_ctr", ColumnType::ratio},
                   {"cta_ctr_coverage", ColumnType::ratio},
                   {"share_of_voice", ColumnType::ratio},
                   {"cross_language_amplification", ColumnType::ratio},
                   {"bridge_participants", ColumnType::integer}};
  for (const auto &row : metrics) {
    table.rows.push_back({row.campaign,
                          row.posts,
                          row.participants,
                          row.engaged_supporters,
                          row.new_supporters,
                          row.returning_supporters,
                          std::int64_t{row.new_supporters_censored ? 1 : 0},
                          cell_of(row.potential_reach),
                          cell_of(row.potential_reach_coverage),
                          cell_of(row.measured_impressions),
                          cell_of(row.measured_impressions_coverage),
                          cell_of(row.engagement),
                          row.languages,
                          cell_of(row.effective_languages),
                          cell_of(row.cta_amplification),
                          cell_of(row.cta_post_share),
                          cell_of(row.cta_clicks),
                          cell_of(row.cta_ctr),
                          cell_of(row.cta_ctr_coverage),
                          cell_of(row.share_of_voice),
                          cell_of(row.cross_language_amplification),
                          row.bridge_participants});
  }
  return table;
}

Definitions causes_definitions() {
  return {
      {"posts",
       "posts of the period and the campaign window that match: a campaign hashtag (NFKC + case "
       "folded), a keyword of the post's language or of any language (word boundaries; substring "
       "in Chinese, Japanese and Thai; links and @handles ignored), a URL pattern (canonical host "
       "+ path prefix, tracking parameters dropped), or a repost/quote of a matching post"},
      {"participants", "distinct authors of those posts, the organisation's own accounts excluded"},
      {"engaged_supporters",
       "participants plus the authors of replies to matched posts, own accounts excluded"},
      {"new_supporters",
       "engaged supporters with no supportive action for this campaign in the 365 days "
       "before the period; returning_supporters: the others"},
      {"new_supporters_censored", "1 when the store starts less than 365 days before the period: "
                                  "'new' then means 'first seen'"},
      {"potential_reach",
       "sum of participants' follower counts at their first campaign post; an upper "
       "bound (audiences overlap), not people reached; _coverage = share of participants with a "
       "follower count"},
      {"measured_impressions",
       "sum of reported impressions of matched non-repost posts; _coverage = share "
       "of them that report impressions"},
      {"engagement", "likes + reposts + replies + quotes of the matched posts"},
      {"languages", "languages with at least 3 matched posts"},
      {"effective_languages",
       "exp(H), H = -sum s_l ln s_l over the shares of participants by their main "
       "language in the campaign (1 = monolingual); participants whose main language is "
       "undetermined (und) are left out; null when none is left"},
      {"cta_amplification",
       "reposts + quotes received by matched posts that carry a call-to-action link"},
      {"cta_post_share",
       "share of the own accounts' matched posts (reposts excluded) that carry a call-to-action "
       "link; null without own matched posts or without call-to-action URLs"},
      {"cta_clicks",
       "sum of link clicks on matched non-repost posts that carry a call-to-action link, as the "
       "platform reports them (Meta exports); null when none of them reports clicks"},
      {"cta_ctr",
       "click-through of call-to-action posts: sum(link clicks) / sum(impressions) over the "
       "matched non-repost posts with a call-to-action link that report both; null otherwise; "
       "_coverage = share of those call-to-action posts that report both"},
      {"share_of_voice",
       "matched posts by own accounts / by own and peer accounts; null when no peer account is "
       "declared (account set --role peer) or nobody of either matched"},
      {"cross_language_amplification",
       "among matched reposts and quotes whose amplifier has a main language (the most frequent "
       "language of at least 3 posts in the period) and whose amplified post's language is known: "
       "the share where the two differ"},
      {"bridge_participants",
       "participants with at least 2 matched posts in each of at least 2 languages"},
  };
}

} // namespace sociometer::analysis
