// SPDX-License-Identifier: Apache-2.0
// The ingest writer's bulk path: a load into an empty store builds its secondary indexes after
// the rows, ends with the schema a fresh store has, and a killed load is repaired by the next
// writer. Also insert-first: a post already stored is found on conflict and left alone.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include "sociometer/store/store.hpp"
#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"
#include "store/sqlite.hpp"
#include "test_support.hpp"

using namespace sociometer;

namespace {

PostRecord tweet(const std::string &id, const std::string &text) {
  PostRecord post;
  post.platform = Platform::x;
  post.native_id = id;
  post.author = {"42", "someone"};
  post.created_at = util::parse_iso8601("2024-03-05T14:02:11Z");
  post.text = text;
  post.text_norm = util::normalize_for_matching(text);
  post.hashtags.push_back({"tag", "tag", 0, 4});
  post.raw = R"({"id":")" + id + R"("})";
  post.detail_rank = 2;
  return post;
}

// Every index and trigger of the store as "name: sql", in name order.
std::vector<std::string> indexes(const std::string &path) {
  store::Connection db(path, SQLITE_OPEN_READONLY);
  store::Statement query(db, "SELECT name, sql FROM sqlite_master WHERE type IN ('index', "
                             "'trigger') AND sql IS NOT NULL ORDER BY name");
  std::vector<std::string> found;
  while (query.step()) {
    found.push_back(query.string(0) + ": " + query.string(1));
  }
  return found;
}

std::int64_t count(const store::Store &store, const std::string &sql) {
  return std::get<std::int64_t>(store.query_readonly(sql).rows.at(0).at(0));
}

} // namespace

TEST_CASE("A bulk load into an empty store ends with the indexes and triggers of a fresh store",
          "[store][bulk]") {
  test::TempDir dir;
  const auto path = dir.file("s.db");
  {
    store::Store store(path, store::OpenMode::read_write_create);
    store.migrate();
  }
  const auto fresh = indexes(path);
  REQUIRE(fresh.size() > 8);
  store::Store store(path, store::OpenMode::read_write);
  auto writer = store.writer(store.begin_import("test", "test"));
  REQUIRE(writer->start_bulk_load());
  writer->post(tweet("1", "one #tag"));
  writer->commit();
  // During the load the time, author, hashtag, edge and repost-language indexes are gone, and
  // the three triggers that keep repost_languages current.
  CHECK(indexes(path).size() == fresh.size() - 8);
  writer->post(tweet("2", "two #tag"));
  writer->finish_bulk_load(); // commits what is pending first
  CHECK(indexes(path) == fresh);
  CHECK(writer->counts().posts_new == 2);
  CHECK(count(store, "SELECT count(*) FROM post_hashtags INDEXED BY post_hashtags_tag "
                     "WHERE tag = 'tag'") == 2);
  CHECK(count(store, "SELECT count(*) FROM settings WHERE key = 'deferred_indexes'") == 0);
}

TEST_CASE("The inputs of one run are bulk loaded as one, their indexes built once at its end",
          "[store][bulk]") {
  test::TempDir dir;
  const auto path = dir.file("s.db");
  store::Store store(path, store::OpenMode::read_write_create);
  store.migrate();
  const auto fresh = indexes(path);
  store.begin_bulk_run();
  SECTION("two inputs") {
    {
      auto first = store.writer(store.begin_import("first", "test"));
      REQUIRE(first->start_bulk_load());
      first->post(tweet("1", "one #tag"));
      first->finish_bulk_load();
      CHECK(first->counts().posts_new == 1);
    }
    CHECK(indexes(path).size() == fresh.size() - 8);
    {
      // Before, the second input met a store with posts: its writer built the indexes first and
      // wrote row by row into them.
      auto second = store.writer(store.begin_import("second", "test"));
      CHECK(indexes(path).size() == fresh.size() - 8);
      REQUIRE(second->start_bulk_load());
      second->post(tweet("1", "one #tag"));
      second->post(tweet("2", "two #tag"));
      second->finish_bulk_load();
      CHECK(second->counts().posts_new == 1);
      CHECK(second->counts().posts_unchanged == 1);
    }
  }
  SECTION("an input that fails loses its batch, and the run goes on loading") {
    {
      // The first input commits one batch, then fails in its second: ingest_one rolls the
      // batch back and ends its writer's part of the load.
      auto failing = store.writer(store.begin_import("failing", "test"));
      REQUIRE(failing->start_bulk_load());
      failing->post(tweet("1", "one #tag"));
      failing->commit();
      failing->post(tweet("3", "three"));
      failing->rollback();
      failing->finish_bulk_load();
    }
    auto next = store.writer(store.begin_import("next", "test"));
    REQUIRE(next->start_bulk_load());
    next->post(tweet("2", "two #tag"));
    next->finish_bulk_load();
  }
  CHECK(indexes(path).size() == fresh.size() - 8);
  store.finish_bulk_run();
  CHECK(indexes(path) == fresh);
  CHECK(count(store, "SELECT count(*) FROM settings WHERE key = 'deferred_indexes'") == 0);
  CHECK(store
            .query_readonly("SELECT group_concat(native_id, ' ') FROM (SELECT native_id FROM "
                            "posts ORDER BY native_id)")
            .rows.at(0)
            .at(0) == Cell(std::string("1 2")));
  CHECK(count(store, "SELECT count(*) FROM post_hashtags INDEXED BY post_hashtags_tag "
                     "WHERE tag = 'tag'") == 2);
  store.finish_bulk_run(); // a second end is a no-op
  CHECK(indexes(path) == fresh);
}

TEST_CASE("A store that holds posts is not bulk loaded", "[store][bulk]") {
  test::TempDir dir;
  const auto path = dir.file("s.db");
  store::Store store(path, store::OpenMode::read_write_create);
  store.migrate();
  const auto fresh = indexes(path);
  {
    auto writer = store.writer(store.begin_import("test", "test"));
    writer->post(tweet("1", "one"));
    writer->commit();
  }
  auto writer = store.writer(store.begin_import("test", "test"));
  CHECK_FALSE(writer->start_bulk_load());
  writer->post(tweet("2", "two"));
  writer->commit();
  CHECK(indexes(path) == fresh);
}

TEST_CASE("A bulk load killed before its indexes were built is repaired by the next writer",
          "[store][bulk]") {
  test::TempDir dir;
  const auto path = dir.file("s.db");
  {
    store::Store store(path, store::OpenMode::read_write_create);
    store.migrate();
  }
  const auto fresh = indexes(path);
  {
    // What a killed load leaves: the indexes dropped, their SQL kept in the settings.
    store::Connection db(path, SQLITE_OPEN_READWRITE);
    db.exec("INSERT INTO settings (key, value) SELECT 'deferred_indexes', group_concat(sql, ';') "
            "FROM sqlite_master WHERE name IN ('posts_created', 'edges_created')");
    db.exec("DROP INDEX posts_created; DROP INDEX edges_created");
  }
  REQUIRE(indexes(path).size() == fresh.size() - 2);
  store::Store store(path, store::OpenMode::read_write);
  auto writer = store.writer(store.begin_import("test", "test"));
  CHECK(indexes(path) == fresh);
}

TEST_CASE("Insert first: a stored post meets its conflict and is unchanged or updated",
          "[store][bulk]") {
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  store.migrate();
  const auto write = [&](const PostRecord &post) {
    auto writer = store.writer(store.begin_import("test", "test"));
    writer->post(post);
    writer->commit();
    return writer->counts();
  };
  CHECK(write(tweet("1", "one #tag")).posts_new == 1);
  CHECK(write(tweet("1", "one #tag")).posts_unchanged == 1);
  auto changed = tweet("1", "one, changed #tag");
  changed.retrieved_at = util::parse_iso8601("2024-04-01T00:00:00Z");
  CHECK(write(changed).posts_updated == 1);
  CHECK(count(store, "SELECT count(*) FROM posts") == 1);
  CHECK(count(store, "SELECT count(*) FROM post_hashtags") == 1);
  CHECK(store.query_readonly("SELECT text FROM posts").rows.at(0).at(0) ==
        Cell(std::string("one, changed #tag")));
}

TEST_CASE("A writer that meets stored posts looks up first, and new posts are still inserted",
          "[store][bulk]") {
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  store.migrate();
  const auto write = [&](int from, int to) {
    auto writer = store.writer(store.begin_import("test", "test"));
    for (int n = from; n < to; ++n) {
      writer->post(tweet(std::to_string(n), "post " + std::to_string(n) + " #tag"));
    }
    writer->commit();
    return writer->counts();
  };
  CHECK(write(0, 30).posts_new == 30);
  // 30 stored (the writer switches to looking up first), then 30 new (and back).
  const auto again = write(0, 60);
  CHECK(again.posts_unchanged == 30);
  CHECK(again.posts_new == 30);
  CHECK(count(store, "SELECT count(*) FROM posts") == 60);
  CHECK(count(store, "SELECT count(*) FROM post_hashtags") == 60);
}
