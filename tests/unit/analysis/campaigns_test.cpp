// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "sociometer/analysis/campaign_posts.hpp"
#include "sociometer/analysis/campaigns.hpp"
#include "sociometer/util/text.hpp"

using namespace sociometer;
using namespace sociometer::analysis;

TEST_CASE("URLs are compared in canonical form", "[analysis][campaigns]") {
  CHECK(canonical_url("https://WWW.Example.org/Water/?utm_source=x&id=3&fbclid=abc#top") ==
        "example.org/Water?id=3");
  CHECK(canonical_url("http://example.org:8080/") == "example.org");
  CHECK(canonical_url("example.org/petition?mc_cid=1") == "example.org/petition");
}

TEST_CASE("Keywords match on word boundaries, or as substrings in unspaced scripts",
          "[analysis][campaigns]") {
  const auto norm = [](const char *text) { return util::normalize_for_matching(text); };
  CHECK(keyword_matches(norm("Join the Water Summit today"), norm("water summit")));
  CHECK_FALSE(keyword_matches(norm("underwater summits"), norm("water summit")));
  CHECK(keyword_matches(norm("L'eau potable, un droit"), norm("eau potable")));
  CHECK_FALSE(keyword_matches(norm("beaux"), norm("eau")));
  CHECK(keyword_matches(norm("الماء حياة للجميع"), norm("الماء")));
  CHECK(keyword_matches(norm("我们需要清洁水和卫生"), norm("清洁水"))); // no spaces in Chinese
  CHECK(keyword_matches(norm("ВОДА для всех"), norm("вода")));
}

TEST_CASE("Effective number of languages: exp of the Shannon entropy of their shares",
          "[analysis][campaigns]") {
  CHECK(effective_number({0.5, 0.25, 0.25}) == Approx(2.8284271).margin(1e-7));
  CHECK(effective_number({1.0}) == Approx(1.0));
}

TEST_CASE("Reposts and quotes inherit the match of the post they share", "[analysis][campaigns]") {
  Dataset dataset;
  dataset.accounts.resize(2);
  PostFacts original;
  original.native_id = "1";
  original.account = 0;
  original.text = "Nouvelle campagne";
  PostFacts repost;
  repost.native_id = "2";
  repost.account = 1;
  repost.kind = PostKind::repost;
  repost.shared_of_id = "1";
  PostFacts other;
  other.native_id = "3";
  other.account = 1;
  dataset.posts = {original, repost, other};
  dataset.hashtags = {{0, "eaupourtous"}};
  Campaign campaign;
  campaign.name = "eau";
  campaign.hashtags = {"eaupourtous"};
  CHECK(match_campaign(dataset, campaign) == std::vector<std::int32_t>{0, 1});
}

TEST_CASE("Cross-language amplification and bridge participants", "[analysis][campaigns]") {
  Dataset dataset;
  dataset.accounts.resize(2);
  const auto add = [&](std::string id, std::int32_t account, std::string lang,
                       PostKind kind = PostKind::post, std::string shared = {}) {
    PostFacts post;
    post.native_id = std::move(id);
    post.account = account;
    post.lang = std::move(lang);
    post.kind = kind;
    post.shared_of_id = std::move(shared);
    dataset.hashtags.emplace_back(static_cast<std::int32_t>(dataset.posts.size()), "eau");
    dataset.posts.push_back(post);
  };
  // Account 0 writes French and English twice each (a bridge participant).
  add("f1", 0, "fr");
  add("f2", 0, "fr");
  add("e1", 0, "en");
  add("e2", 0, "en");
  // Account 1 writes Arabic and retweets a French post: its main language (3 Arabic posts) differs.
  add("a1", 1, "ar");
  add("a2", 1, "ar");
  add("a3", 1, "ar");
  add("r1", 1, "fr", PostKind::repost, "f1");
  Campaign campaign;
  campaign.name = "eau";
  campaign.hashtags = {"eau"};
  const auto metrics = cause_metrics(dataset, Dataset{}, campaign, true, false);
  CHECK(metrics.posts == 8);
  CHECK(metrics.bridge_participants == 1);
  REQUIRE(metrics.cross_language_amplification);
  CHECK(*metrics.cross_language_amplification == Approx(1.0));
}

TEST_CASE("CTA clicks and click-through where the platform reports clicks",
          "[analysis][campaigns]") {
  Dataset dataset;
  dataset.accounts.resize(2);
  dataset.accounts[0].role = AccountRole::own;
  const auto add = [&](std::string id, std::int32_t account, std::optional<std::int64_t> clicks,
                       std::optional<std::int64_t> impressions, std::string url) {
    PostFacts post;
    post.native_id = std::move(id);
    post.account = account;
    post.metrics.link_clicks = clicks;
    post.metrics.impressions = impressions;
    post.metrics.reposts = 2;
    const auto index = static_cast<std::int32_t>(dataset.posts.size());
    dataset.hashtags.emplace_back(index, "eau");
    if (!url.empty()) {
      dataset.urls.emplace_back(index, std::move(url));
    }
    dataset.posts.push_back(post);
  };
  add("1", 0, 21, 5120, "https://www.example.org/donate?utm_source=fb");
  add("2", 0, 19, 880, "https://example.org/donate/now");
  add("3", 1, std::nullopt, 400, "https://example.org/donate"); // X post: no clicks reported
  add("4", 0, 5, 100, "https://example.org/news");              // not a CTA link
  Campaign campaign;
  campaign.name = "eau";
  campaign.hashtags = {"eau"};
  campaign.cta_urls = {"example.org/donate"};
  const auto metrics = cause_metrics(dataset, Dataset{}, campaign, true, false);
  CHECK(metrics.cta_clicks == std::optional<std::int64_t>(40));
  REQUIRE(metrics.cta_ctr);
  CHECK(*metrics.cta_ctr == Approx(40.0 / 6000.0));
  CHECK(*metrics.cta_ctr_coverage == Approx(2.0 / 3.0));
  CHECK(*metrics.cta_post_share == Approx(2.0 / 3.0)); // own posts 1, 2, 4; two carry the CTA
  CHECK(metrics.cta_amplification == std::optional<std::int64_t>(6));

  SECTION("without click data: NULL, not 0") {
    for (auto &post : dataset.posts) {
      post.metrics.link_clicks.reset();
    }
    const auto without = cause_metrics(dataset, Dataset{}, campaign, true, false);
    CHECK_FALSE(without.cta_clicks);
    CHECK_FALSE(without.cta_ctr);
    CHECK(without.cta_ctr_coverage == std::optional<double>(0.0));
  }
  SECTION("without CTA links nothing about calls to action is known") {
    campaign.cta_urls.clear();
    const auto without = cause_metrics(dataset, Dataset{}, campaign, true, false);
    CHECK_FALSE(without.cta_clicks);
    CHECK_FALSE(without.cta_ctr_coverage);
    CHECK_FALSE(without.cta_post_share);
  }
}

TEST_CASE("URL patterns cover a path at segment boundaries only", "[analysis][campaigns]") {
  CHECK(url_matches("example.org/water", "example.org/water"));
  CHECK(url_matches("example.org/water/petition", "example.org/water"));
  CHECK(url_matches("example.org/water?id=3", "example.org/water"));
  CHECK(url_matches("example.org/donate", "example.org"));
  CHECK_FALSE(url_matches("example.org/waterfall", "example.org/water"));
  CHECK_FALSE(url_matches("example.org.evil.net/water", "example.org"));
  CHECK(url_matches("example.org/donate?campaign=water&x=1", "example.org/donate?campaign=water"));
  CHECK_FALSE(
      url_matches("example.org/donate?campaign=waterfall", "example.org/donate?campaign=water"));
  CHECK(url_matches(canonical_url("https://www.example.org/act/now#x"),
                    canonical_url("http://example.org/act/")));
  CHECK_FALSE(url_matches("example.org", ""));
}

TEST_CASE("Keyword languages cover region and script subtags (RFC 4647 basic filtering)",
          "[analysis][campaigns]") {
  CHECK(language_matches("*", "fr"));
  CHECK(language_matches("*", ""));
  CHECK(language_matches("pt", "pt"));
  CHECK(language_matches("pt", "pt-BR"));
  CHECK(language_matches("pt", "PT-br"));
  CHECK(language_matches("zh", "zh-Hant-TW"));
  CHECK(language_matches("pt-BR", "pt-br"));
  CHECK_FALSE(language_matches("pt", "pta"));
  CHECK_FALSE(language_matches("pt-BR", "pt"));
  CHECK_FALSE(language_matches("pt", ""));
  CHECK(language_matches("pt", "pt_BR"));
}

TEST_CASE("Keywords: not inside links or handles after line breaks; phrases across line breaks",
          "[analysis][campaigns]") {
  Dataset dataset;
  dataset.accounts.resize(1);
  PostFacts linked;
  linked.native_id = "1";
  linked.account = 0;
  linked.lang = "pt-BR";
  linked.text = "Veja:\nhttps://example.org/agua-limpa\n@agualimpa";
  PostFacts wrapped;
  wrapped.native_id = "3";
  wrapped.account = 0;
  wrapped.lang = "pt";
  wrapped.text = "Pela água\n\n  limpa!";
  PostFacts spoken;
  spoken.native_id = "2";
  spoken.account = 0;
  spoken.lang = "pt-BR";
  spoken.text = "Água limpa para todos";
  dataset.posts = {linked, spoken, wrapped};
  Campaign campaign;
  campaign.name = "agua";
  campaign.keywords = {{"pt", util::normalize_for_matching("agua limpa")},
                       {"pt", util::normalize_for_matching("água limpa")},
                       {"pt", util::normalize_for_matching("agualimpa")}};
  // Post 2 matches through its pt-BR language; post 3's phrase is broken by line breaks and
  // spaces, which count as one space; post 1 only had the words inside a link and a handle, each
  // after a line break.
  CHECK(match_campaign(dataset, campaign) == std::vector<std::int32_t>{1, 2});
}

TEST_CASE("Share of voice only when peers are declared", "[analysis][campaigns]") {
  Dataset dataset;
  dataset.accounts.resize(3);
  dataset.accounts[0].role = AccountRole::own;
  dataset.accounts[1].role = AccountRole::peer;
  dataset.accounts[2].role = AccountRole::other; // a supporter: not part of the voice count
  const auto add = [&](std::string id, std::int32_t account) {
    PostFacts post;
    post.native_id = std::move(id);
    post.account = account;
    dataset.hashtags.emplace_back(static_cast<std::int32_t>(dataset.posts.size()), "eau");
    dataset.posts.push_back(post);
  };
  add("1", 0);
  add("2", 0);
  add("3", 0);
  add("4", 1);
  add("5", 2);
  Campaign campaign;
  campaign.name = "eau";
  campaign.hashtags = {"eau"};
  SECTION("own 3, peer 1: 0.75") {
    const auto metrics = cause_metrics(dataset, Dataset{}, campaign, true, true);
    REQUIRE(metrics.share_of_voice);
    CHECK(*metrics.share_of_voice == Approx(0.75));
  }
  SECTION("peers declared but none matched: the organisation has all of the voice") {
    dataset.posts[3].account = 2;
    const auto metrics = cause_metrics(dataset, Dataset{}, campaign, true, true);
    REQUIRE(metrics.share_of_voice);
    CHECK(*metrics.share_of_voice == Approx(1.0));
  }
  SECTION("no peer set declared: null, not 1.0") {
    CHECK_FALSE(cause_metrics(dataset, Dataset{}, campaign, true, false).share_of_voice);
  }
}

TEST_CASE("Effective languages leave out und; potential reach says how many participants it covers",
          "[analysis][campaigns]") {
  Dataset dataset;
  dataset.accounts.resize(4);
  // Accounts 0 and 1 have follower counts before their posts; 2 and 3 have none.
  dataset.accounts[0].followers.push_back({TimePoint{} + std::chrono::hours{1}, 100});
  dataset.accounts[1].followers.push_back({TimePoint{} + std::chrono::hours{1}, 50});
  const auto add = [&](std::string id, std::int32_t account, std::string lang) {
    PostFacts post;
    post.native_id = std::move(id);
    post.account = account;
    post.lang = std::move(lang);
    post.created_at = TimePoint{} + std::chrono::hours{2};
    dataset.hashtags.emplace_back(static_cast<std::int32_t>(dataset.posts.size()), "eau");
    dataset.posts.push_back(post);
  };
  add("1", 0, "fr");
  add("2", 1, "en");
  add("3", 2, "und"); // main language undetermined: not a third language
  add("4", 3, "");    // no language at all: undetermined too
  Campaign campaign;
  campaign.name = "eau";
  campaign.hashtags = {"eau"};
  const auto metrics = cause_metrics(dataset, Dataset{}, campaign, true, false);
  REQUIRE(metrics.effective_languages);
  CHECK(*metrics.effective_languages == Approx(2.0)); // fr and en, one participant each
  CHECK(metrics.potential_reach == 150);
  REQUIRE(metrics.potential_reach_coverage);
  CHECK(*metrics.potential_reach_coverage == Approx(0.5));

  Dataset undetermined_only;
  undetermined_only.accounts.resize(1);
  PostFacts post;
  post.native_id = "9";
  post.account = 0;
  post.lang = "und";
  undetermined_only.posts.push_back(post);
  undetermined_only.hashtags.emplace_back(0, "eau");
  const auto none = cause_metrics(undetermined_only, Dataset{}, campaign, true, false);
  CHECK_FALSE(none.effective_languages);
  CHECK_FALSE(none.potential_reach);
  CHECK(none.potential_reach_coverage == 0.0);
}

TEST_CASE("Compact campaign posts: a repost of a quote inherits through the quote, in post order",
          "[analysis][campaigns]") {
  Campaign campaign;
  campaign.name = "eau";
  campaign.hashtags = {"eaupourtous"};
  CampaignPosts posts({campaign});
  const auto post = [](const char *id, PostKind kind, const char *shared, const char *quoted) {
    PostFacts facts;
    facts.native_id = id;
    facts.account = 0;
    facts.kind = kind;
    facts.shared_of_id = shared;
    facts.quoted_id = quoted;
    return facts;
  };
  const std::vector<std::string_view> none;
  const std::vector<std::string_view> tag{"eaupourtous"};
  posts.add(post("1", PostKind::post, "", ""), tag, none);
  posts.add(post("2", PostKind::quote, "", "1"), none, none);  // inherits from 1
  posts.add(post("3", PostKind::repost, "2", ""), none, none); // from 2, itself inherited
  posts.add(post("4", PostKind::repost, "5", ""), none, none); // 5 comes later: no match yet
  posts.add(post("5", PostKind::quote, "", "1"), none, none);
  posts.add(post("6", PostKind::repost, "9", ""), none, none); // not in the selection
  posts.finish();
  CHECK(posts.matched(0) == std::vector<std::int32_t>{0, 1, 2, 4});
}
