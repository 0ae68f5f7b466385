// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

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

TEST_CASE("Effective number of languages (metrics.md §5.6)", "[analysis][campaigns]") {
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
