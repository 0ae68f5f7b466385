// SPDX-License-Identifier: Apache-2.0
// Store::stream_posts: the posts of `engagement --by post` in their output order, each handed over
// as it is read, with what scan_posts would hand over.
#include <catch2/catch.hpp>

#include <map>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "measured_post.hpp"
#include "sociometer/store/store.hpp"
#include "sociometer/util/time.hpp"
#include "test_support.hpp"

using namespace sociometer;

namespace {

PostRecord post_by(const std::string &author, std::string native_id, const char *created,
                   std::int64_t impressions, std::int64_t likes) {
  auto post = test::measured_post(Platform::x, std::move(native_id), created, impressions, likes);
  post.author = {"id-" + author, author};
  return post;
}

// Posts written out of time order by three authors, two of them linked as one identity; two
// posts share a time (the higher native ID written first), one has a later snapshot without likes,
// one an unmeasured 0 impressions.
void fill(store::Store &store) {
  store.migrate();
  auto writer = store.writer(store.begin_import("test", "test"));
  writer->post(post_by("carol", "30", "2024-03-05T10:00:00Z", 900, 12));
  writer->post(post_by("alice", "10", "2024-03-01T10:00:00Z", 0, 7));
  writer->post(post_by("bob", "20", "2024-03-05T10:00:00Z", 50, 1));
  auto later = post_by("carol", "30", "2024-03-05T10:00:00Z", 1000, 0);
  later.metrics->likes.reset();
  later.observed_at = *util::parse_iso8601("2024-02-01T00:00:00Z");
  writer->post(later);
  writer->post(post_by("carol", "40", "2024-03-07T10:00:00Z", 5'000'000'000, 3));
  writer->commit();
  (void)store.link_accounts("team", {{Platform::x, "bob"}, {Platform::x, "carol"}}, false);
}

} // namespace

TEST_CASE("stream_posts hands over scan_posts' posts in (time, native ID) order",
          "[store][load][stream]") {
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  fill(store);

  std::map<std::int64_t, std::pair<PostFacts, std::string>> scanned; // by ID, with its handle
  (void)store.scan_posts({}, false, [&](const Dataset &authors, const PostFacts &post) {
    scanned[post.id] = {post, authors.accounts.at(static_cast<std::size_t>(post.account)).handle};
  });
  std::vector<std::string> order;
  const auto authors = store.stream_posts({}, [&](const Dataset &dataset, const PostFacts &post) {
    order.push_back(post.native_id);
    REQUIRE(scanned.count(post.id) == 1);
    const auto &[want, handle] = scanned.at(post.id);
    CHECK(post.native_id == want.native_id);
    CHECK(post.created_at == want.created_at);
    CHECK(dataset.accounts.at(static_cast<std::size_t>(post.account)).handle == handle);
    CHECK(post.author_linked == want.author_linked);
    CHECK(post.platform == want.platform);
    CHECK(post.kind == want.kind);
    CHECK(std::tie(post.metrics.likes, post.metrics.impressions, post.metrics.replies) ==
          std::tie(want.metrics.likes, want.metrics.impressions, want.metrics.replies));
  });
  CHECK(order == std::vector<std::string>{"10", "20", "30", "40"});
  CHECK(authors.posts.empty());
  CHECK(authors.accounts.size() == 2); // alice and the team
  // The latest counts: a snapshot without likes keeps the earlier likes; 64-bit counts stay.
  std::map<std::string, MetricCounts> counts;
  (void)store.stream_posts(
      {}, [&](const Dataset &, const PostFacts &post) { counts[post.native_id] = post.metrics; });
  CHECK(counts.at("30").likes == 12);
  CHECK(counts.at("30").impressions == 1000);
  CHECK_FALSE(counts.at("10").impressions); // the unmeasured 0 is forgotten
  CHECK(counts.at("40").impressions == 5'000'000'000);
  // Without content no native IDs; a filter selects as everywhere.
  store::PostQuery query;
  query.with_content = false;
  query.since = *util::parse_iso8601("2024-03-02T00:00:00Z");
  std::vector<std::string> ids;
  (void)store.stream_posts(
      query, [&](const Dataset &, const PostFacts &post) { ids.push_back(post.native_id); });
  CHECK(ids == std::vector<std::string>{"", "", ""});
}

TEST_CASE("stream_posts hands the first post over before it reads the later ones",
          "[store][load][stream]") {
  // `engagement --by post` writes its first row after reading the first posts, not the whole
  // selection: when a post is handed over, only the authors met so far have been read.
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  fill(store);
  std::vector<std::size_t> authors_read;
  (void)store.stream_posts({}, [&](const Dataset &authors, const PostFacts &) {
    authors_read.push_back(authors.accounts.size());
  });
  CHECK(authors_read == std::vector<std::size_t>{1, 2, 2, 2});
  // A reader that stops at the first post (a closed pipe) stops the read there.
  int visits = 0;
  CHECK_THROWS_WITH(store.stream_posts({},
                                       [&](const Dataset &, const PostFacts &) {
                                         ++visits;
                                         throw std::runtime_error("pipe closed");
                                       }),
                    "pipe closed");
  CHECK(visits == 1);
}

TEST_CASE("post_time_span gives the first and the last selected post's time",
          "[store][load][split]") {
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  fill(store);
  const auto span = store.post_time_span({});
  REQUIRE(span);
  CHECK(span->first == *util::parse_iso8601("2024-03-01T10:00:00Z"));
  CHECK(span->second == *util::parse_iso8601("2024-03-07T10:00:00Z"));
  store::PostQuery query; // the filter selects as everywhere
  query.account_handle = "bob";
  query.until = *util::parse_iso8601("2024-03-06T00:00:00Z");
  const auto bobs = store.post_time_span(query);
  REQUIRE(bobs);
  CHECK(bobs->first == *util::parse_iso8601("2024-03-05T10:00:00Z"));
  CHECK(bobs->second == bobs->first);
  query.since = *util::parse_iso8601("2024-03-05T10:00:01Z");
  CHECK_FALSE(store.post_time_span(query));
}
