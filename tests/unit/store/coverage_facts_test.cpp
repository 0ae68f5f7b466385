// SPDX-License-Identifier: Apache-2.0
// Store::coverage_facts: the imports that last wrote a period's posts, with their first and last
// post, and per platform the posts the analyses leave out, summed over posts of several imports
// and platforms.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "measured_post.hpp"
#include "sociometer/store/store.hpp"
#include "sociometer/util/time.hpp"
#include "test_support.hpp"

using namespace sociometer;

namespace {

PostRecord post_at(Platform platform, std::string native_id, const char *created) {
  return test::measured_post(platform, std::move(native_id), created, 10, 1);
}

TimePoint at(const char *text) { return *util::parse_iso8601(text); }

} // namespace

TEST_CASE("coverage_facts sums each import's posts per platform, older edit versions and "
          "followers-only posts apart",
          "[store][coverage]") {
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  store.migrate();
  {
    auto writer = store.writer(store.begin_import("a.jsonl", "twarc2"));
    // Tweet 1 edited into tweet 2: 1 is an older version, counted apart.
    auto first = post_at(Platform::x, "1", "2024-03-02T10:00:00Z");
    first.edit_history_ids = {"1", "2"};
    auto second = post_at(Platform::x, "2", "2024-03-03T10:00:00Z");
    second.edit_history_ids = {"1", "2"};
    writer->post(first);
    writer->post(second);
    writer->post(post_at(Platform::x, "3", "2024-03-10T10:00:00Z"));
    writer->post(post_at(Platform::x, "before", "2024-02-20T10:00:00Z")); // outside the period
    writer->commit();
  }
  {
    auto writer = store.writer(store.begin_import("b.zip", "mastodon-archive"));
    writer->post(post_at(Platform::x, "4", "2024-03-01T10:00:00Z"));
    writer->post(post_at(Platform::mastodon, "m1", "2024-03-05T10:00:00Z"));
    auto followers_only = post_at(Platform::mastodon, "m2", "2024-03-06T10:00:00Z");
    followers_only.visibility = Visibility::followers;
    writer->post(followers_only);
    auto placeholder = post_at(Platform::mastodon, "m3", "2024-03-07T10:00:00Z");
    placeholder.placeholder = true;
    writer->post(placeholder);
    writer->commit();
  }
  {
    auto writer = store.writer(store.begin_import("c.json", "mastodon-api"));
    writer->post(post_at(Platform::mastodon, "m4", "2024-03-20T10:00:00Z"));
    auto undated = post_at(Platform::mastodon, "m5", "2024-03-21T10:00:00Z");
    undated.created_at.reset(); // never selected: analyses read dated posts only
    writer->post(undated);
    writer->commit();
  }

  store::PostQuery march;
  march.since = at("2024-03-01T00:00:00Z");
  march.until = at("2024-04-01T00:00:00Z");
  const auto facts = store.coverage_facts(march);

  struct Expected {
    Platform platform;
    std::string source;
    const char *first;
    const char *last;
    std::int64_t posts;
  };
  // By platform, then first post.
  const std::vector<Expected> expected{
      {Platform::mastodon, "b.zip (mastodon-archive)", "2024-03-05T10:00:00Z",
       "2024-03-07T10:00:00Z", 3},
      {Platform::mastodon, "c.json (mastodon-api)", "2024-03-20T10:00:00Z", "2024-03-20T10:00:00Z",
       1},
      {Platform::x, "b.zip (mastodon-archive)", "2024-03-01T10:00:00Z", "2024-03-01T10:00:00Z", 1},
      {Platform::x, "a.jsonl (twarc2)", "2024-03-03T10:00:00Z", "2024-03-10T10:00:00Z", 2},
  };
  REQUIRE(facts.sources.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("source " << i);
    CHECK(facts.sources[i].platform == expected[i].platform);
    CHECK(facts.sources[i].source == expected[i].source);
    CHECK(facts.sources[i].first_post == at(expected[i].first));
    CHECK(facts.sources[i].last_post == at(expected[i].last));
    CHECK(facts.sources[i].posts == expected[i].posts);
  }
  REQUIRE(facts.left_out.size() == 2);
  CHECK(facts.left_out[0].platform == Platform::mastodon);
  CHECK(facts.left_out[0].stored == 4);
  CHECK(facts.left_out[0].followers_only == 1);
  CHECK(facts.left_out[0].placeholders == 1);
  CHECK(facts.left_out[0].edit_versions == 0);
  CHECK(facts.left_out[1].platform == Platform::x);
  CHECK(facts.left_out[1].stored == 4);
  CHECK(facts.left_out[1].followers_only == 0);
  CHECK(facts.left_out[1].placeholders == 0);
  CHECK(facts.left_out[1].edit_versions == 1);

  // The whole store: the post before March counts now; the undated post still does not.
  const auto all = store.coverage_facts({});
  const auto from_c = std::find_if(all.sources.begin(), all.sources.end(), [](const auto &source) {
    return source.source == "c.json (mastodon-api)";
  });
  REQUIRE(from_c != all.sources.end());
  CHECK(from_c->posts == 1);
  CHECK(from_c->first_post == at("2024-03-20T10:00:00Z"));
  CHECK(from_c->last_post == at("2024-03-20T10:00:00Z"));
  const auto from_a = std::find_if(all.sources.begin(), all.sources.end(), [](const auto &source) {
    return source.source == "a.jsonl (twarc2)";
  });
  REQUIRE(from_a != all.sources.end());
  CHECK(from_a->first_post == at("2024-02-20T10:00:00Z")); // the post before March counts now
  CHECK(all.left_out.at(0).stored == 4);
  CHECK(all.left_out.at(1).stored == 5);
}
