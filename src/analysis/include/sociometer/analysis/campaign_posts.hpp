// SPDX-License-Identifier: Apache-2.0
// Campaign matching over posts handed over one at a time (Store::scan_post_contents): each post
// is matched as it comes and only compact facts are kept (docs/performance.md, "causes in flat
// memory"); inherited matches are resolved once the last post is in.
#pragma once

#include <cstdint>
#include <limits>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sociometer/analysis/campaigns.hpp"
#include "sociometer/model/campaign.hpp"
#include "sociometer/model/facts.hpp"

namespace sociometer::analysis {

// The posts of one selection as campaign metrics need them, for several campaigns at once: per
// post its time, author, kind, language number, a 64-bit hash of its native ID, four counts and a
// byte per campaign (in window, matched, carries a call-to-action link); per reference (repost,
// quote, reply) the post and a hash of the referenced native ID. About 70 bytes a post, no text.
class CampaignPosts {
public:
  explicit CampaignPosts(std::vector<Campaign> campaigns);

  // Matches the next post (posts come in time order) against every campaign by hashtag (NFKC +
  // case folded), keyword and link (expanded, else as posted), and keeps its compact facts.
  void add(const PostFacts &post, const std::vector<std::string_view> &hashtags,
           const std::vector<std::string_view> &links);
  // Resolves the matches reposts and quotes inherit from the posts they share, in post order as
  // match_campaign does. Call once, after the last add.
  void finish();

  [[nodiscard]] const std::vector<Campaign> &campaigns() const noexcept { return m_campaigns; }
  [[nodiscard]] std::size_t size() const noexcept { return m_posts.size(); }
  // Indices (in order of add) of the posts that match campaign `campaign`, inherited ones too.
  [[nodiscard]] std::vector<std::int32_t> matched(std::size_t campaign) const;

  // What the metrics read of one post.
  struct Post {
    TimePoint created_at{};
    std::uint64_t id_key = 0; // hash of the native ID
    std::int32_t account = -1;
    std::uint32_t language = 0; // number in languages()
  };
  // Counts of one post; k_absent stands for a count not reported.
  struct Counts {
    static constexpr std::int64_t k_absent = std::numeric_limits<std::int64_t>::min();
    std::int64_t engagement = k_absent;  // post_engagement
    std::int64_t impressions = k_absent; // as reported
    std::int64_t amplification = 0;      // reposts + quotes received
    std::int64_t link_clicks = k_absent;
  };
  enum class Reference : std::uint8_t { shared, quoted, reply };
  struct Ref {
    std::uint64_t key = 0; // hash of the referenced native ID
    std::uint32_t post = 0;
    Reference kind = Reference::shared;
  };
  [[nodiscard]] const Post &post(std::size_t index) const { return m_posts[index]; }
  [[nodiscard]] PostKind kind(std::size_t index) const { return m_kinds[index]; }
  [[nodiscard]] const Counts &counts(std::size_t index) const { return m_counts[index]; }
  [[nodiscard]] const std::string &language(std::uint32_t number) const {
    return m_languages[number];
  }
  // Whether the post links to one of the campaign's calls to action (only known in its window).
  [[nodiscard]] bool carries_cta(std::size_t index, std::size_t campaign) const;
  // The references of the posts, by post and in the order shared, quoted, reply.
  [[nodiscard]] const std::vector<Ref> &references() const noexcept { return m_refs; }
  // The first post (in order of add) whose native ID hashes to `key`; -1 when none.
  [[nodiscard]] std::int64_t find(std::uint64_t key) const;
  // The hash a native ID is kept as.
  [[nodiscard]] static std::uint64_t key_of(std::string_view native_id);

private:
  enum : std::uint8_t { k_in_window = 1, k_direct = 2, k_cta = 4, k_matched = 8 };
  std::uint8_t match_post(const Campaign &campaign, std::size_t index, const PostFacts &post,
                          const std::vector<std::string_view> &hashtags);

  std::vector<Campaign> m_campaigns;
  std::vector<std::set<std::string, std::less<>>> m_tags; // per campaign
  std::vector<std::vector<std::string>> m_patterns;       // canonical URLs and calls to action
  std::vector<std::vector<std::string>> m_cta_patterns;
  std::vector<Post> m_posts;
  std::vector<PostKind> m_kinds;
  std::vector<Counts> m_counts;
  std::vector<std::uint8_t> m_state; // per post and campaign
  std::vector<Ref> m_refs;
  std::vector<std::string> m_languages;
  std::unordered_map<std::string, std::uint32_t> m_language_numbers;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> m_by_key; // sorted by finish()
  // Per post while it is matched: its links in canonical form, its matchable text.
  std::vector<std::string> m_links;
  std::string m_text;
  bool m_text_ready = false;
};

// Feeds a loaded dataset (its hashtags and urls as loaded) to a CampaignPosts, finished.
[[nodiscard]] CampaignPosts campaign_posts(const Dataset &dataset,
                                           const std::vector<Campaign> &campaigns);

// The supporters of campaign `campaign` among `posts` (authors of matched posts and of replies
// to them, own accounts included) as `platform:native ID` keys of `authors`' accounts.
[[nodiscard]] std::set<std::string> supporter_keys(const CampaignPosts &posts,
                                                   const Dataset &authors, std::size_t campaign);

// cause_metrics over compact posts: `authors` holds their accounts, `earlier_supporters` the
// supporter_keys of the campaign in the look-back.
[[nodiscard]] CauseMetrics cause_metrics(const CampaignPosts &current, const Dataset &authors,
                                         std::size_t campaign,
                                         const std::set<std::string> &earlier_supporters,
                                         bool censored, bool peers_declared);

} // namespace sociometer::analysis
