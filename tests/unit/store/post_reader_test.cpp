// SPDX-License-Identifier: Apache-2.0
// What Store::load hands the analyses beyond the stored rows: counts that cannot have been
// measured read as not reported.
#include <catch2/catch.hpp>

#include <map>

#include "sociometer/store/store.hpp"
#include "sociometer/util/time.hpp"
#include "test_support.hpp"

using namespace sociometer;

namespace {

PostRecord post_with(Platform platform, std::string native_id, const char *created,
                     std::int64_t impressions, std::int64_t likes) {
  PostRecord post;
  post.platform = platform;
  post.native_id = std::move(native_id);
  post.author = {"100", "org"};
  post.created_at = *util::parse_iso8601(created);
  post.text = "text of " + post.native_id;
  post.metrics = MetricCounts{};
  post.metrics->impressions = impressions;
  post.metrics->likes = likes;
  post.observed_at = *util::parse_iso8601("2024-01-01T00:00:00Z");
  return post;
}

} // namespace

TEST_CASE("Zero impressions that cannot have been measured load as not reported",
          "[store][load][impressions]") {
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  store.migrate();
  auto writer = store.writer(store.begin_import("test", "test"));
  // X before it counted views (2022-12-22): 0 is "not measured", with or without engagement.
  writer->post(post_with(Platform::x, "1", "2022-09-10T10:00:00Z", 0, 25));
  writer->post(post_with(Platform::x, "2", "2022-09-11T10:00:00Z", 0, 0));
  // After that date, 0 beside engagement cannot be measured; 0 without engagement can.
  writer->post(post_with(Platform::x, "3", "2023-03-01T10:00:00Z", 0, 4));
  writer->post(post_with(Platform::x, "4", "2023-03-02T10:00:00Z", 0, 0));
  writer->post(post_with(Platform::x, "5", "2023-03-03T10:00:00Z", 120, 4));
  // Any platform: 0 impressions beside likes is not a measurement.
  writer->post(post_with(Platform::facebook, "6", "2021-05-01T10:00:00Z", 0, 3));
  writer->post(post_with(Platform::facebook, "7", "2021-05-02T10:00:00Z", 0, 0));
  writer->commit();

  std::map<std::string, std::optional<std::int64_t>> impressions;
  for (const auto &post : store.load({}).posts) {
    impressions[post.native_id] = post.metrics.impressions;
  }
  CHECK_FALSE(impressions.at("1").has_value());
  CHECK_FALSE(impressions.at("2").has_value());
  CHECK_FALSE(impressions.at("3").has_value());
  CHECK(impressions.at("4") == 0);
  CHECK(impressions.at("5") == 120);
  CHECK_FALSE(impressions.at("6").has_value());
  CHECK(impressions.at("7") == 0);
  // The stored snapshot keeps what the platform said: `sql` still shows the 0s.
  CHECK(store.query_readonly("SELECT count(*) FROM metric_snapshots WHERE impressions = 0")
            .rows.at(0)
            .at(0) == Cell{std::int64_t{6}});
}
