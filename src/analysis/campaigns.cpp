// SPDX-License-Identifier: Apache-2.0
#include "sociometer/analysis/campaigns.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "sociometer/analysis/engagement.hpp"
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

// Text without links and @handles, which would otherwise match keywords by accident.
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

std::optional<std::int64_t> add(const std::optional<std::int64_t> &a,
                                const std::optional<std::int64_t> &b) {
  if (!a) {
    return b;
  }
  return b ? std::optional<std::int64_t>(*a + *b) : a;
}

// Authors of the matched posts and of replies to them: the campaign's supporters in a dataset.
std::set<std::int32_t> supporters(const Dataset &dataset,
                                  const std::vector<std::int32_t> &matched) {
  std::set<std::int32_t> result;
  std::unordered_set<std::string> ids;
  for (const auto index : matched) {
    const auto &post = dataset.posts[static_cast<std::size_t>(index)];
    ids.insert(post.native_id);
    if (post.account >= 0) {
      result.insert(post.account);
    }
  }
  for (const auto &post : dataset.posts) {
    if (post.account >= 0 && !post.reply_to_id.empty() && ids.count(post.reply_to_id) != 0) {
      result.insert(post.account);
    }
  }
  return result;
}

std::string supporter_key(const Dataset &dataset, std::int32_t account) {
  const auto &facts = dataset.accounts[static_cast<std::size_t>(account)];
  return std::string(to_string(facts.platform)) + ":" + facts.native_id;
}

Cell cell_of(const std::optional<std::int64_t> &value) {
  return value ? Cell{*value} : Cell{Null{}};
}
Cell cell_of(const std::optional<double> &value) { return value ? Cell{*value} : Cell{Null{}}; }

} // namespace

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
  const std::set<std::string> tags(campaign.hashtags.begin(), campaign.hashtags.end());
  std::vector<std::vector<const std::string *>> post_tags(dataset.posts.size());
  for (const auto &[index, tag] : dataset.hashtags) {
    post_tags[static_cast<std::size_t>(index)].push_back(&tag);
  }
  std::vector<std::vector<std::string>> post_urls(dataset.posts.size());
  for (const auto &[index, url] : dataset.urls) {
    post_urls[static_cast<std::size_t>(index)].push_back(canonical_url(url));
  }
  std::vector<std::string> patterns;
  for (const auto *list : {&campaign.urls, &campaign.cta_urls}) {
    for (const auto &pattern : *list) {
      patterns.push_back(canonical_url(pattern));
    }
  }
  const auto in_window = [&](const PostFacts &post) {
    return (!campaign.starts_at || post.created_at >= *campaign.starts_at) &&
           (!campaign.ends_at || post.created_at < *campaign.ends_at);
  };

  std::vector<bool> matched(dataset.posts.size(), false);
  for (std::size_t i = 0; i < dataset.posts.size(); ++i) {
    const auto &post = dataset.posts[i];
    if (!in_window(post)) {
      continue;
    }
    bool match = std::any_of(post_tags[i].begin(), post_tags[i].end(),
                             [&](const std::string *tag) { return tags.count(*tag) != 0; });
    if (!match && !campaign.keywords.empty()) {
      const auto text = matchable_text(util::normalize_for_matching(post.text));
      for (const auto &[lang, keyword] : campaign.keywords) {
        if (language_matches(lang, post.lang) && keyword_matches(text, keyword)) {
          match = true;
          break;
        }
      }
    }
    if (!match) {
      for (const auto &url : post_urls[i]) {
        if (std::any_of(patterns.begin(), patterns.end(),
                        [&](const std::string &pattern) { return url_matches(url, pattern); })) {
          match = true;
          break;
        }
      }
    }
    matched[i] = match;
  }
  // Reposts and quotes inherit the match of the post they share (within the dataset).
  std::unordered_map<std::string, std::size_t> by_id;
  for (std::size_t i = 0; i < dataset.posts.size(); ++i) {
    by_id.emplace(dataset.posts[i].native_id, i);
  }
  for (std::size_t i = 0; i < dataset.posts.size(); ++i) {
    const auto &post = dataset.posts[i];
    if (matched[i] || !in_window(post)) {
      continue;
    }
    for (const auto *reference : {&post.shared_of_id, &post.quoted_id}) {
      const auto it = reference->empty() ? by_id.end() : by_id.find(*reference);
      if (it != by_id.end() && matched[it->second]) {
        matched[i] = true;
      }
    }
  }
  std::vector<std::int32_t> result;
  for (std::size_t i = 0; i < matched.size(); ++i) {
    if (matched[i]) {
      result.push_back(static_cast<std::int32_t>(i));
    }
  }
  return result;
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

namespace {

bool is_own_account(const Dataset &dataset, std::int32_t account) {
  return account >= 0 &&
         dataset.accounts[static_cast<std::size_t>(account)].role == AccountRole::own;
}

// The matched posts that link to one of the campaign's calls to action.
std::set<std::int32_t> cta_post_indices(const Dataset &current,
                                        const std::vector<std::int32_t> &matched,
                                        const Campaign &campaign) {
  std::vector<std::string> cta_patterns;
  for (const auto &pattern : campaign.cta_urls) {
    cta_patterns.push_back(canonical_url(pattern));
  }
  std::set<std::int32_t> cta_posts;
  std::set<std::int32_t> matched_set(matched.begin(), matched.end());
  for (const auto &[index, url] : current.urls) {
    if (matched_set.count(index) != 0) {
      const auto canonical = canonical_url(url);
      if (std::any_of(cta_patterns.begin(), cta_patterns.end(), [&](const std::string &pattern) {
            return url_matches(canonical, pattern);
          })) {
        cta_posts.insert(index);
      }
    }
  }
  return cta_posts;
}

// Post counts, engagement, measured impressions, participants and their languages, potential
// reach and share of voice of the matched posts.
void add_participation(CauseMetrics &metrics, const Dataset &current,
                       const std::vector<std::int32_t> &matched, bool peers_declared) {
  std::set<std::int32_t> participants;
  std::map<std::int32_t, TimePoint> first_post;
  std::map<std::int32_t, std::map<std::string, std::int64_t>> participant_languages;
  std::map<std::string, std::int64_t> language_posts;
  std::int64_t with_impressions = 0;
  std::int64_t own_posts = 0;
  std::int64_t peer_posts = 0;
  for (const auto index : matched) {
    const auto &post = current.posts[static_cast<std::size_t>(index)];
    ++language_posts[post.lang.empty() ? "und" : post.lang];
    metrics.engagement = add(metrics.engagement, post_engagement(post));
    if (post.kind != PostKind::repost) {
      if (post.metrics.impressions) {
        ++with_impressions;
        metrics.measured_impressions = add(metrics.measured_impressions, post.metrics.impressions);
      }
    }
    if (post.account >= 0) {
      const auto role = current.accounts[static_cast<std::size_t>(post.account)].role;
      own_posts += role == AccountRole::own ? 1 : 0;
      peer_posts += role == AccountRole::peer ? 1 : 0;
    }
    if (post.account >= 0 && !is_own_account(current, post.account)) {
      participants.insert(post.account);
      first_post.emplace(post.account, post.created_at); // posts come in time order
      ++participant_languages[post.account][post.lang.empty() ? "und" : post.lang];
    }
  }
  metrics.participants = static_cast<std::int64_t>(participants.size());
  const auto non_reposts = std::count_if(matched.begin(), matched.end(), [&](std::int32_t index) {
    return current.posts[static_cast<std::size_t>(index)].kind != PostKind::repost;
  });
  if (non_reposts > 0) {
    metrics.measured_impressions_coverage =
        static_cast<double>(with_impressions) / static_cast<double>(non_reposts);
  }
  std::int64_t with_followers = 0;
  for (const auto account : participants) {
    if (const auto followers = followers_at(current.accounts[static_cast<std::size_t>(account)],
                                            first_post[account])) {
      metrics.potential_reach = metrics.potential_reach.value_or(0) + *followers;
      ++with_followers;
    }
  }
  if (!participants.empty()) {
    metrics.potential_reach_coverage =
        static_cast<double>(with_followers) / static_cast<double>(participants.size());
  }
  for (const auto &[lang, posts] : language_posts) {
    metrics.languages += posts >= 3 ? 1 : 0;
  }
  if (!participants.empty()) {
    // Each participant counts once, for the language they posted in most (ties: alphabetical).
    // `und` (undetermined) is no language: participants whose main language it is are left out.
    std::map<std::string, std::int64_t> main_language_participants;
    std::int64_t with_language = 0;
    for (const auto &[account, languages] : participant_languages) {
      const auto best =
          std::max_element(languages.begin(), languages.end(),
                           [](const auto &a, const auto &b) { return a.second < b.second; });
      if (best->first != "und") {
        ++main_language_participants[best->first];
        ++with_language;
      }
    }
    std::map<std::string, double> main_language;
    for (const auto &[lang, count] : main_language_participants) {
      main_language[lang] = static_cast<double>(count) / static_cast<double>(with_language);
    }
    std::vector<double> shares;
    shares.reserve(main_language.size());
    for (const auto &[lang, share] : main_language) {
      shares.push_back(share);
    }
    if (!shares.empty()) {
      metrics.effective_languages = effective_number(shares);
    }
  }
  for (const auto &[account, languages] : participant_languages) {
    const auto bilingual = std::count_if(languages.begin(), languages.end(), [](const auto &entry) {
      return entry.first != "und" && entry.second >= 2;
    });
    metrics.bridge_participants += bilingual >= 2 ? 1 : 0;
  }
  if (peers_declared && own_posts + peer_posts > 0) {
    metrics.share_of_voice =
        static_cast<double>(own_posts) / static_cast<double>(own_posts + peer_posts);
  }
}

// Amplification, clicks and click-through of the posts with a call to action, and the share of
// the own accounts' matched originals that carry one.
void add_call_to_action(CauseMetrics &metrics, const Dataset &current,
                        const std::vector<std::int32_t> &matched, const Campaign &campaign) {
  const auto cta_posts = cta_post_indices(current, matched, campaign);
  if (!cta_posts.empty()) {
    std::int64_t amplification = 0;
    std::int64_t original_cta_posts = 0; // reposts carry no counts of their own
    std::int64_t clicked_posts = 0;
    std::int64_t clicks = 0;
    std::int64_t impressions = 0;
    for (const auto index : cta_posts) {
      const auto &post = current.posts[static_cast<std::size_t>(index)];
      const auto &counts = post.metrics;
      amplification += counts.reposts.value_or(0) + counts.quotes.value_or(0);
      if (post.kind == PostKind::repost) {
        continue;
      }
      ++original_cta_posts;
      metrics.cta_clicks = add(metrics.cta_clicks, counts.link_clicks);
      if (counts.link_clicks && counts.impressions && *counts.impressions > 0) {
        ++clicked_posts;
        clicks += *counts.link_clicks;
        impressions += *counts.impressions;
      }
    }
    metrics.cta_amplification = amplification;
    if (original_cta_posts > 0) {
      metrics.cta_ctr_coverage =
          static_cast<double>(clicked_posts) / static_cast<double>(original_cta_posts);
    }
    if (clicked_posts > 0) {
      metrics.cta_ctr = static_cast<double>(clicks) / static_cast<double>(impressions);
    }
  }
  std::int64_t own_originals = 0;
  std::int64_t own_with_cta = 0;
  for (const auto index : matched) {
    const auto &post = current.posts[static_cast<std::size_t>(index)];
    if (post.kind != PostKind::repost && is_own_account(current, post.account)) {
      ++own_originals;
      own_with_cta += cta_posts.count(index) != 0 ? 1 : 0;
    }
  }
  if (own_originals > 0 && !campaign.cta_urls.empty()) {
    metrics.cta_post_share = static_cast<double>(own_with_cta) / static_cast<double>(own_originals);
  }
}

// Cross-language amplification: the amplifier's main language (mode of its posts in the period,
// at least 3) against the amplified post's language (a repost carries its original's language).
std::optional<double> cross_language_amplification(const Dataset &current,
                                                   const std::vector<std::int32_t> &matched) {
  std::map<std::int32_t, std::map<std::string, std::int64_t>> posts_by_language;
  for (const auto &post : current.posts) {
    if (post.account >= 0 && !post.lang.empty() && post.lang != "und") {
      ++posts_by_language[post.account][post.lang];
    }
  }
  const auto main_language_of = [&](std::int32_t account) -> std::optional<std::string> {
    const auto it = posts_by_language.find(account);
    if (it == posts_by_language.end()) {
      return std::nullopt;
    }
    std::int64_t total = 0;
    const std::pair<const std::string, std::int64_t> *best = nullptr;
    for (const auto &entry : it->second) {
      total += entry.second;
      if (best == nullptr || entry.second > best->second) {
        best = &entry;
      }
    }
    return total >= 3 ? std::optional<std::string>(best->first) : std::nullopt;
  };
  std::unordered_map<std::string, std::string> language_of_post;
  for (const auto &post : current.posts) {
    language_of_post.emplace(post.native_id, post.lang);
  }
  std::int64_t amplifications = 0;
  std::int64_t across = 0;
  for (const auto index : matched) {
    const auto &post = current.posts[static_cast<std::size_t>(index)];
    std::string amplified;
    if (post.kind == PostKind::repost) {
      amplified = post.lang;
    } else if (post.kind == PostKind::quote && !post.quoted_id.empty()) {
      const auto it = language_of_post.find(post.quoted_id);
      amplified = it == language_of_post.end() ? std::string() : it->second;
    } else {
      continue;
    }
    const auto amplifier = post.account >= 0 ? main_language_of(post.account) : std::nullopt;
    if (!amplifier || amplified.empty() || amplified == "und") {
      continue;
    }
    ++amplifications;
    across += *amplifier != amplified ? 1 : 0;
  }
  if (amplifications == 0) {
    return std::nullopt;
  }
  return static_cast<double>(across) / static_cast<double>(amplifications);
}

// Engaged supporters of the period, split into new and returning against the look-back.
void add_supporters(CauseMetrics &metrics, const Dataset &current, const Dataset &lookback,
                    const std::vector<std::int32_t> &matched, const Campaign &campaign) {
  auto engaged = supporters(current, matched);
  std::erase_if(engaged, [&](std::int32_t account) { return is_own_account(current, account); });
  metrics.engaged_supporters = static_cast<std::int64_t>(engaged.size());
  std::set<std::string> earlier;
  for (const auto account : supporters(lookback, match_campaign(lookback, campaign))) {
    earlier.insert(supporter_key(lookback, account));
  }
  for (const auto account : engaged) {
    if (earlier.count(supporter_key(current, account)) != 0) {
      ++metrics.returning_supporters;
    } else {
      ++metrics.new_supporters;
    }
  }
}

} // namespace

CauseMetrics cause_metrics(const Dataset &current, const Dataset &lookback,
                           const Campaign &campaign, bool censored, bool peers_declared) {
  CauseMetrics metrics;
  metrics.campaign = campaign.name;
  const auto matched = match_campaign(current, campaign);
  metrics.posts = static_cast<std::int64_t>(matched.size());
  add_participation(metrics, current, matched, peers_declared);
  add_call_to_action(metrics, current, matched, campaign);
  metrics.cross_language_amplification = cross_language_amplification(current, matched);
  add_supporters(metrics, current, lookback, matched, campaign);
  metrics.new_supporters_censored = censored;
  return metrics;
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
