// SPDX-License-Identifier: Apache-2.0
#include "sociometer/analysis/campaign_posts.hpp"

#include <algorithm>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <utility>

#include "sociometer/analysis/engagement.hpp"
#include "sociometer/util/text.hpp"

namespace sociometer::analysis {
namespace {

std::int64_t stored(const std::optional<std::int64_t> &count) {
  return count.value_or(CampaignPosts::Counts::k_absent);
}

std::optional<std::int64_t> reported(std::int64_t count) {
  return count == CampaignPosts::Counts::k_absent ? std::nullopt
                                                  : std::optional<std::int64_t>(count);
}

std::optional<std::int64_t> add(const std::optional<std::int64_t> &a,
                                const std::optional<std::int64_t> &b) {
  if (!a) {
    return b;
  }
  return b ? std::optional<std::int64_t>(*a + *b) : a;
}

bool in_window(const Campaign &campaign, TimePoint created_at) {
  return (!campaign.starts_at || created_at >= *campaign.starts_at) &&
         (!campaign.ends_at || created_at < *campaign.ends_at);
}

bool any_match(const std::vector<std::string> &links, const std::vector<std::string> &patterns) {
  return std::any_of(links.begin(), links.end(), [&](const std::string &url) {
    return std::any_of(patterns.begin(), patterns.end(),
                       [&](const std::string &pattern) { return url_matches(url, pattern); });
  });
}

bool is_own_account(const Dataset &authors, std::int32_t account) {
  return account >= 0 &&
         authors.accounts[static_cast<std::size_t>(account)].role == AccountRole::own;
}

} // namespace

CampaignPosts::CampaignPosts(std::vector<Campaign> campaigns) : m_campaigns(std::move(campaigns)) {
  for (const auto &campaign : m_campaigns) {
    m_tags.emplace_back(campaign.hashtags.begin(), campaign.hashtags.end());
    auto &patterns = m_patterns.emplace_back();
    for (const auto *list : {&campaign.urls, &campaign.cta_urls}) {
      for (const auto &pattern : *list) {
        patterns.push_back(canonical_url(pattern));
      }
    }
    auto &cta = m_cta_patterns.emplace_back();
    for (const auto &pattern : campaign.cta_urls) {
      cta.push_back(canonical_url(pattern));
    }
  }
}

std::uint64_t CampaignPosts::key_of(std::string_view native_id) {
  return std::hash<std::string_view>{}(native_id);
}

std::uint8_t CampaignPosts::match_post(const Campaign &campaign, std::size_t index,
                                       const PostFacts &post,
                                       const std::vector<std::string_view> &hashtags) {
  if (!in_window(campaign, post.created_at)) {
    return 0;
  }
  const auto &tags = m_tags[index];
  bool match = std::any_of(hashtags.begin(), hashtags.end(),
                           [&](std::string_view tag) { return tags.count(tag) != 0; });
  if (!match && !campaign.keywords.empty()) {
    if (!m_text_ready) { // once per post, whichever campaign asks first
      // The stored normal form saves normalising every text again (15 % of `causes`).
      m_text = matchable_text(post.text_norm.empty() ? util::normalize_for_matching(post.text)
                                                     : post.text_norm);
      m_text_ready = true;
    }
    match = std::any_of(campaign.keywords.begin(), campaign.keywords.end(), [&](const auto &kw) {
      return language_matches(kw.first, post.lang) && keyword_matches(m_text, kw.second);
    });
  }
  if (!match) {
    match = any_match(m_links, m_patterns[index]);
  }
  std::uint8_t state = k_in_window;
  state |= match ? k_direct | k_matched : 0;
  state |= any_match(m_links, m_cta_patterns[index]) ? k_cta : 0;
  return state;
}

void CampaignPosts::add(const PostFacts &post, const std::vector<std::string_view> &hashtags,
                        const std::vector<std::string_view> &links) {
  const auto index = static_cast<std::uint32_t>(m_posts.size());
  m_links.clear();
  for (const auto link : links) {
    m_links.push_back(canonical_url(link));
  }
  m_text_ready = false;
  for (std::size_t c = 0; c < m_campaigns.size(); ++c) {
    m_state.push_back(match_post(m_campaigns[c], c, post, hashtags));
  }
  const auto [language, added] =
      m_language_numbers.try_emplace(post.lang, static_cast<std::uint32_t>(m_languages.size()));
  if (added) {
    m_languages.push_back(post.lang);
  }
  Post compact;
  compact.created_at = post.created_at;
  compact.id_key = key_of(post.native_id);
  compact.account = post.account;
  compact.language = language->second;
  m_posts.push_back(compact);
  m_kinds.push_back(post.kind);
  Counts counts;
  counts.engagement = stored(post_engagement(post));
  counts.impressions = stored(post.metrics.impressions);
  counts.amplification = post.metrics.reposts.value_or(0) + post.metrics.quotes.value_or(0);
  counts.link_clicks = stored(post.metrics.link_clicks);
  m_counts.push_back(counts);
  const std::pair<const std::string *, Reference> references[] = {
      {&post.shared_of_id, Reference::shared},
      {&post.quoted_id, Reference::quoted},
      {&post.reply_to_id, Reference::reply}};
  for (const auto &[id, kind] : references) {
    if (!id->empty()) {
      m_refs.push_back({key_of(*id), index, kind});
    }
  }
}

std::int64_t CampaignPosts::find(std::uint64_t key) const {
  const auto it = std::lower_bound(m_by_key.begin(), m_by_key.end(), std::make_pair(key, 0U));
  return it != m_by_key.end() && it->first == key ? std::int64_t{it->second} : -1;
}

void CampaignPosts::finish() {
  m_by_key.reserve(m_posts.size());
  for (std::uint32_t i = 0; i < m_posts.size(); ++i) {
    m_by_key.emplace_back(m_posts[i].id_key, i);
  }
  std::sort(m_by_key.begin(), m_by_key.end());
  // Reposts and quotes inherit the match of the post they share (within the selection), in post
  // order: a repost of a quote that came before it sees the quote's inherited match.
  const auto campaigns = m_campaigns.size();
  for (const auto &ref : m_refs) {
    if (ref.kind == Reference::reply) {
      continue;
    }
    const auto target = find(ref.key);
    for (std::size_t c = 0; c < campaigns && target >= 0; ++c) {
      auto &own = m_state[ref.post * campaigns + c];
      if ((own & k_in_window) != 0 && (own & k_direct) == 0 &&
          (m_state[static_cast<std::size_t>(target) * campaigns + c] & k_matched) != 0) {
        own |= k_matched;
      }
    }
  }
}

std::vector<std::int32_t> CampaignPosts::matched(std::size_t campaign) const {
  std::vector<std::int32_t> result;
  for (std::size_t i = 0; i < m_posts.size(); ++i) {
    if ((m_state[i * m_campaigns.size() + campaign] & k_matched) != 0) {
      result.push_back(static_cast<std::int32_t>(i));
    }
  }
  return result;
}

bool CampaignPosts::carries_cta(std::size_t index, std::size_t campaign) const {
  return (m_state[index * m_campaigns.size() + campaign] & k_cta) != 0;
}

CampaignPosts campaign_posts(const Dataset &dataset, const std::vector<Campaign> &campaigns) {
  std::vector<std::vector<std::string_view>> tags(dataset.posts.size());
  for (const auto &[index, tag] : dataset.hashtags) {
    tags[static_cast<std::size_t>(index)].emplace_back(tag);
  }
  std::vector<std::vector<std::string_view>> links(dataset.posts.size());
  for (const auto &[index, url] : dataset.urls) {
    links[static_cast<std::size_t>(index)].emplace_back(url);
  }
  CampaignPosts posts(campaigns);
  for (std::size_t i = 0; i < dataset.posts.size(); ++i) {
    posts.add(dataset.posts[i], tags[i], links[i]);
  }
  posts.finish();
  return posts;
}

namespace {

// Authors of the matched posts and of replies to them.
std::set<std::int32_t> supporters(const CampaignPosts &posts,
                                  const std::vector<std::int32_t> &matched) {
  std::set<std::int32_t> result;
  std::vector<std::uint64_t> keys;
  keys.reserve(matched.size());
  for (const auto index : matched) {
    const auto &post = posts.post(static_cast<std::size_t>(index));
    keys.push_back(post.id_key);
    if (post.account >= 0) {
      result.insert(post.account);
    }
  }
  std::sort(keys.begin(), keys.end());
  for (const auto &ref : posts.references()) {
    const auto account = posts.post(ref.post).account;
    if (ref.kind == CampaignPosts::Reference::reply && account >= 0 &&
        std::binary_search(keys.begin(), keys.end(), ref.key)) {
      result.insert(account);
    }
  }
  return result;
}

std::string supporter_key(const Dataset &authors, std::int32_t account) {
  const auto &facts = authors.accounts[static_cast<std::size_t>(account)];
  return std::string(to_string(facts.platform)) + ":" + facts.native_id;
}

// The matched posts with a call to action, in post order.
std::vector<std::int32_t> cta_posts_of(const CampaignPosts &posts,
                                       const std::vector<std::int32_t> &matched,
                                       std::size_t campaign) {
  std::vector<std::int32_t> result;
  std::copy_if(matched.begin(), matched.end(), std::back_inserter(result), [&](std::int32_t i) {
    return posts.carries_cta(static_cast<std::size_t>(i), campaign);
  });
  return result;
}

const std::string &language_or_und(const CampaignPosts &posts, std::size_t index) {
  static const std::string und = "und";
  const auto &lang = posts.language(posts.post(index).language);
  return lang.empty() ? und : lang;
}

// Main languages of the matched posts' participants: effective languages and bridges.
void add_participant_languages(
    CauseMetrics &metrics,
    const std::map<std::int32_t, std::map<std::string, std::int64_t>> &participant_languages) {
  if (!participant_languages.empty()) {
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
    std::vector<double> shares;
    shares.reserve(main_language_participants.size());
    for (const auto &[lang, count] : main_language_participants) {
      shares.push_back(static_cast<double>(count) / static_cast<double>(with_language));
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
}

// Post counts, engagement, measured impressions, participants and their languages, potential
// reach and share of voice of the matched posts.
void add_participation(CauseMetrics &metrics, const CampaignPosts &posts, const Dataset &authors,
                       const std::vector<std::int32_t> &matched, bool peers_declared) {
  std::map<std::int32_t, TimePoint> first_post;
  std::map<std::int32_t, std::map<std::string, std::int64_t>> participant_languages;
  std::map<std::string, std::int64_t> language_posts;
  std::int64_t with_impressions = 0;
  std::int64_t non_reposts = 0;
  std::int64_t own_posts = 0;
  std::int64_t peer_posts = 0;
  for (const auto index : matched) {
    const auto i = static_cast<std::size_t>(index);
    const auto &post = posts.post(i);
    const auto &counts = posts.counts(i);
    const auto &lang = language_or_und(posts, i);
    ++language_posts[lang];
    metrics.engagement = add(metrics.engagement, reported(counts.engagement));
    if (posts.kind(i) != PostKind::repost) {
      ++non_reposts;
      if (const auto impressions = reported(counts.impressions)) {
        ++with_impressions;
        metrics.measured_impressions = add(metrics.measured_impressions, impressions);
      }
    }
    if (post.account >= 0) {
      const auto role = authors.accounts[static_cast<std::size_t>(post.account)].role;
      own_posts += role == AccountRole::own ? 1 : 0;
      peer_posts += role == AccountRole::peer ? 1 : 0;
    }
    if (post.account >= 0 && !is_own_account(authors, post.account)) {
      first_post.emplace(post.account, post.created_at); // posts come in time order
      ++participant_languages[post.account][lang];
    }
  }
  metrics.participants = static_cast<std::int64_t>(first_post.size());
  if (non_reposts > 0) {
    metrics.measured_impressions_coverage =
        static_cast<double>(with_impressions) / static_cast<double>(non_reposts);
  }
  std::int64_t with_followers = 0;
  for (const auto &[account, first] : first_post) {
    if (const auto followers =
            followers_at(authors.accounts[static_cast<std::size_t>(account)], first)) {
      metrics.potential_reach = metrics.potential_reach.value_or(0) + *followers;
      ++with_followers;
    }
  }
  if (!first_post.empty()) {
    metrics.potential_reach_coverage =
        static_cast<double>(with_followers) / static_cast<double>(first_post.size());
  }
  for (const auto &[lang, count] : language_posts) {
    metrics.languages += count >= 3 ? 1 : 0;
  }
  add_participant_languages(metrics, participant_languages);
  if (peers_declared && own_posts + peer_posts > 0) {
    metrics.share_of_voice =
        static_cast<double>(own_posts) / static_cast<double>(own_posts + peer_posts);
  }
}

// Amplification, clicks and click-through of the posts with a call to action, and the share of
// the own accounts' matched originals that carry one.
void add_call_to_action(CauseMetrics &metrics, const CampaignPosts &posts, const Dataset &authors,
                        const std::vector<std::int32_t> &matched, std::size_t campaign) {
  const auto cta_posts = cta_posts_of(posts, matched, campaign);
  if (!cta_posts.empty()) {
    std::int64_t amplification = 0;
    std::int64_t original_cta_posts = 0; // reposts carry no counts of their own
    std::int64_t clicked_posts = 0;
    std::int64_t clicks = 0;
    std::int64_t impressions = 0;
    for (const auto index : cta_posts) {
      const auto i = static_cast<std::size_t>(index);
      const auto &counts = posts.counts(i);
      amplification += counts.amplification;
      if (posts.kind(i) == PostKind::repost) {
        continue;
      }
      ++original_cta_posts;
      metrics.cta_clicks = add(metrics.cta_clicks, reported(counts.link_clicks));
      if (counts.link_clicks != CampaignPosts::Counts::k_absent &&
          counts.impressions != CampaignPosts::Counts::k_absent && counts.impressions > 0) {
        ++clicked_posts;
        clicks += counts.link_clicks;
        impressions += counts.impressions;
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
    const auto i = static_cast<std::size_t>(index);
    if (posts.kind(i) != PostKind::repost && is_own_account(authors, posts.post(i).account)) {
      ++own_originals;
      own_with_cta += posts.carries_cta(i, campaign) ? 1 : 0;
    }
  }
  if (own_originals > 0 && !posts.campaigns()[campaign].cta_urls.empty()) {
    metrics.cta_post_share = static_cast<double>(own_with_cta) / static_cast<double>(own_originals);
  }
}

// Per account, the main language of its posts (at least 3 with a language other than `und`;
// ties: alphabetical); empty when it has none.
std::map<std::int32_t, std::string> main_languages(const CampaignPosts &posts) {
  std::map<std::int32_t, std::map<std::string, std::int64_t>> posts_by_language;
  for (std::size_t i = 0; i < posts.size(); ++i) {
    const auto &post = posts.post(i);
    const auto &lang = posts.language(post.language);
    if (post.account >= 0 && !lang.empty() && lang != "und") {
      ++posts_by_language[post.account][lang];
    }
  }
  std::map<std::int32_t, std::string> result;
  for (const auto &[account, languages] : posts_by_language) {
    std::int64_t total = 0;
    const std::pair<const std::string, std::int64_t> *best = nullptr;
    for (const auto &entry : languages) {
      total += entry.second;
      if (best == nullptr || entry.second > best->second) {
        best = &entry;
      }
    }
    if (total >= 3) {
      result.emplace(account, best->first);
    }
  }
  return result;
}

// Cross-language amplification: the amplifier's main language against the amplified post's
// language (a repost carries its original's language).
std::optional<double> cross_language_amplification(const CampaignPosts &posts,
                                                   const std::vector<std::int32_t> &matched) {
  const auto main_language = main_languages(posts);
  const auto &refs = posts.references();
  std::int64_t amplifications = 0;
  std::int64_t across = 0;
  for (const auto index : matched) {
    const auto i = static_cast<std::size_t>(index);
    const auto &post = posts.post(i);
    std::string_view amplified;
    if (posts.kind(i) == PostKind::repost) {
      amplified = posts.language(post.language);
    } else if (posts.kind(i) == PostKind::quote) {
      const auto ref =
          std::find_if(std::lower_bound(refs.begin(), refs.end(), i,
                                        [](const auto &r, std::size_t at) { return r.post < at; }),
                       refs.end(), [&](const auto &r) {
                         return r.post != i || r.kind == CampaignPosts::Reference::quoted;
                       });
      if (ref == refs.end() || ref->post != i) {
        continue; // a quote without a quoted ID
      }
      const auto target = posts.find(ref->key);
      amplified = target < 0
                      ? std::string_view()
                      : posts.language(posts.post(static_cast<std::size_t>(target)).language);
    } else {
      continue;
    }
    const auto amplifier = main_language.find(post.account);
    if (amplifier == main_language.end() || amplified.empty() || amplified == "und") {
      continue;
    }
    ++amplifications;
    across += amplifier->second != amplified ? 1 : 0;
  }
  if (amplifications == 0) {
    return std::nullopt;
  }
  return static_cast<double>(across) / static_cast<double>(amplifications);
}

} // namespace

std::set<std::string> supporter_keys(const CampaignPosts &posts, const Dataset &authors,
                                     std::size_t campaign) {
  std::set<std::string> keys;
  for (const auto account : supporters(posts, posts.matched(campaign))) {
    keys.insert(supporter_key(authors, account));
  }
  return keys;
}

CauseMetrics cause_metrics(const CampaignPosts &current, const Dataset &authors,
                           std::size_t campaign, const std::set<std::string> &earlier_supporters,
                           bool censored, bool peers_declared) {
  CauseMetrics metrics;
  metrics.campaign = current.campaigns()[campaign].name;
  const auto matched = current.matched(campaign);
  metrics.posts = static_cast<std::int64_t>(matched.size());
  add_participation(metrics, current, authors, matched, peers_declared);
  add_call_to_action(metrics, current, authors, matched, campaign);
  metrics.cross_language_amplification = cross_language_amplification(current, matched);
  auto engaged = supporters(current, matched);
  std::erase_if(engaged, [&](std::int32_t account) { return is_own_account(authors, account); });
  metrics.engaged_supporters = static_cast<std::int64_t>(engaged.size());
  for (const auto account : engaged) {
    if (earlier_supporters.count(supporter_key(authors, account)) != 0) {
      ++metrics.returning_supporters;
    } else {
      ++metrics.new_supporters;
    }
  }
  metrics.new_supporters_censored = censored;
  return metrics;
}

} // namespace sociometer::analysis
