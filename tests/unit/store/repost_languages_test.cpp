// SPDX-License-Identifier: Apache-2.0
// `repost_languages` (schema v9) holds, for every repost, its original's language, whatever the
// order in which reposts and originals arrive, through changed versions, bulk loads (which fill
// it at their end) and a v8 store's migration; readers fall back to the lookup while a bulk
// load's fill is pending, so a repost's language never depends on the table's state.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sqlite3.h>

#include "sociometer/store/store.hpp"
#include "sociometer/util/time.hpp"
#include "store/post_selection.hpp"
#include "store/sqlite.hpp"
#include "test_support.hpp"

using namespace sociometer;

namespace {

PostRecord post(const std::string &id, const std::string &lang) {
  PostRecord record;
  record.platform = Platform::x;
  record.native_id = id;
  record.author = {"42", "someone"};
  record.created_at = util::parse_iso8601("2024-03-05T14:02:11Z");
  record.text = "post " + id;
  record.lang = lang;
  record.raw = R"({"id":")" + id + R"("})";
  record.detail_rank = 2;
  return record;
}

PostRecord repost(const std::string &id, const std::string &original) {
  auto record = post(id, "und");
  record.kind = PostKind::repost;
  record.text.clear();
  record.shared_of_id = original;
  return record;
}

void write(store::Store &store, const std::vector<PostRecord> &records) {
  auto writer = store.writer(store.begin_import("test", "test"));
  for (const auto &record : records) {
    writer->post(record);
  }
  writer->commit();
}

// A bulk load into the new store `store` with `records` written and committed, its end not yet
// reached: the writer, to finish the load (or to leave it as a killed load would).
auto bulk_load_begun(store::Store &store, const std::vector<PostRecord> &records) {
  auto writer = store.writer(store.begin_import("test", "test"));
  REQUIRE(writer->start_bulk_load());
  for (const auto &record : records) {
    writer->post(record);
  }
  writer->commit();
  return writer;
}

// The rows `repost_languages` holds and the rows it should hold (from `posts` alone), each
// side's rows missing from the other: both empty when the table is current.
std::int64_t stale_rows(const std::string &path) {
  store::Connection db(path, SQLITE_OPEN_READONLY);
  store::Statement stale(db, R"sql(
    WITH derived AS (
      SELECT r.id AS post_id, r.platform, r.shared_of_native_id AS original_native_id, o.lang
      FROM posts AS r LEFT JOIN posts AS o
        ON o.platform = r.platform AND o.native_id = r.shared_of_native_id
      WHERE r.kind = 'repost' AND r.shared_of_native_id IS NOT NULL),
    held AS (SELECT post_id, platform, original_native_id, lang FROM repost_languages)
    SELECT (SELECT count(*) FROM (SELECT * FROM derived EXCEPT SELECT * FROM held)) +
           (SELECT count(*) FROM (SELECT * FROM held EXCEPT SELECT * FROM derived)))sql");
  REQUIRE(stale.step());
  return stale.integer(0);
}

// Native ID → the language every analysis counts the post under, as the store reads it now.
std::map<std::string, std::string> languages(const std::string &path) {
  const store::Store store(path, store::OpenMode::read_only);
  store::PostQuery query;
  query.with_content = true;
  std::map<std::string, std::string> found;
  for (const auto &read : store.load(query).posts) {
    found[read.native_id] = read.lang;
  }
  return found;
}

std::string lang_of(const std::string &path, const std::string &native_id) {
  store::Connection db(path, SQLITE_OPEN_READONLY);
  store::Statement lang(db, "SELECT coalesce(l.lang, '-') FROM repost_languages AS l JOIN posts "
                            "AS p ON p.id = l.post_id WHERE p.native_id = :id");
  lang.bind(":id", native_id);
  return lang.step() ? lang.string(0) : "no row";
}

} // namespace

TEST_CASE("repost_languages follows reposts and originals in any order and through new versions",
          "[store][languages]") {
  test::TempDir dir;
  const auto path = dir.file("s.db");
  store::Store store(path, store::OpenMode::read_write_create);
  store.migrate();

  // A repost before its original, a repost after its original, a repost of one never stored.
  write(store, {repost("r1", "o1"), post("o2", "fr"), repost("r2", "o2"), repost("r3", "gone")});
  CHECK(lang_of(path, "r1") == "-");
  CHECK(lang_of(path, "r2") == "fr");
  CHECK(lang_of(path, "r3") == "-");
  CHECK(lang_of(path, "o2") == "no row");
  CHECK(stale_rows(path) == 0);

  write(store, {post("o1", "ar")}); // the original arrives later, in another import
  CHECK(lang_of(path, "r1") == "ar");

  auto newer = post("o1", "en"); // a newer version of the original changes its language
  newer.text = "post o1, edited";
  newer.retrieved_at = util::parse_iso8601("2024-04-01T00:00:00Z");
  write(store, {newer});
  CHECK(lang_of(path, "r1") == "en");
  CHECK(stale_rows(path) == 0);

  const auto read = languages(path);
  CHECK(read.at("r1") == "en");
  CHECK(read.at("r2") == "fr");
  CHECK(read.at("r3") == "und"); // no original: the repost's own tag
}

TEST_CASE("A bulk load fills repost_languages at its end; until then readers look originals up",
          "[store][languages][bulk]") {
  test::TempDir dir;
  const auto path = dir.file("s.db");
  store::Store store(path, store::OpenMode::read_write_create);
  store.migrate();
  auto writer = bulk_load_begun(
      store, {repost("r1", "o1"), post("o1", "ar"), post("o2", "fr"), repost("r2", "o2")});
  {
    // Mid-load (or after a load killed here): the triggers are gone and the table is empty,
    // and readers take the lookup.
    store::Connection db(path, SQLITE_OPEN_READONLY);
    store::Statement triggers(db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'");
    REQUIRE(triggers.step());
    CHECK(triggers.integer(0) == 0);
    CHECK(store::post_language_sql(db) == store::k_post_language_by_lookup_sql);
  }
  CHECK(stale_rows(path) == 2);
  CHECK(languages(path).at("r1") == "ar");
  writer->finish_bulk_load();
  CHECK(stale_rows(path) == 0);
  {
    store::Connection db(path, SQLITE_OPEN_READONLY);
    CHECK(store::post_language_sql(db) == store::k_post_language_sql);
  }
  const auto read = languages(path);
  CHECK(read.at("r1") == "ar");
  CHECK(read.at("r2") == "fr");

  // The triggers are back: a later original still reaches its reposts.
  write(store, {repost("r3", "o3")});
  write(store, {post("o3", "es")});
  CHECK(lang_of(path, "r3") == "es");
  CHECK(stale_rows(path) == 0);
}

TEST_CASE("Schema v9 fills repost_languages from a v8 store's posts", "[store][migration]") {
  test::TempDir dir;
  const auto path = dir.file("s.db");
  {
    store::Store store(path, store::OpenMode::read_write_create);
    store.migrate();
    write(store, {repost("r1", "o1"), post("o1", "ar"), repost("r2", "unknown")});
    // Back to v8 as the previous release left it: no table, view or triggers.
    store::Connection db(path, SQLITE_OPEN_READWRITE);
    db.exec("DROP TABLE repost_languages; DROP VIEW repost_languages_derived; "
            "DROP TRIGGER posts_repost_language_insert; "
            "DROP TRIGGER posts_repost_language_update; DROP TRIGGER "
            "posts_repost_language_delete; PRAGMA user_version = 8");
  }
  store::Store store(path, store::OpenMode::read_write);
  CHECK(store.migrate() == 1);
  CHECK(lang_of(path, "r1") == "ar");
  CHECK(lang_of(path, "r2") == "-");
  CHECK(stale_rows(path) == 0);
}

namespace {

// A store as a bulk load killed mid-way leaves it (`repost_languages` unfilled, its triggers and
// the deferred indexes dropped, the SQL that makes them again in `settings`): the files of a real
// load copied after its first commit, before its end.
std::string killed_bulk_load(test::TempDir &dir) {
  const auto path = dir.file("loading.db");
  const auto killed = dir.file("killed.db");
  store::Store store(path, store::OpenMode::read_write_create);
  store.migrate();
  const auto writer = bulk_load_begun(store, {repost("r1", "o1"), post("o1", "ar")});
  for (const std::string suffix : {"", "-wal"}) {
    if (std::filesystem::exists(path + suffix)) {
      std::filesystem::copy_file(path + suffix, killed + suffix);
    }
  }
  return killed;
}

std::int64_t count_of(const std::string &path, const std::string &sql) {
  store::Connection db(path, SQLITE_OPEN_READONLY);
  store::Statement count(db, sql);
  REQUIRE(count.step());
  return count.integer(0);
}

} // namespace

TEST_CASE("init completes a bulk load killed before its end, before any migration",
          "[store][languages][bulk]") {
  test::TempDir dir;
  const auto fresh_store = dir.file("fresh.db");
  {
    store::Store store(fresh_store, store::OpenMode::read_write_create);
    store.migrate();
  }
  const auto fresh =
      count_of(fresh_store, "SELECT count(*) FROM sqlite_master WHERE sql IS NOT NULL");
  const auto path = killed_bulk_load(dir);
  REQUIRE(count_of(path, "SELECT count(*) FROM settings WHERE key = 'deferred_indexes'") == 1);
  REQUIRE(stale_rows(path) == 1);
  REQUIRE(test::run_cli({"--db", path, "init"}).code == 0);
  CHECK(count_of(path, "SELECT count(*) FROM settings WHERE key = 'deferred_indexes'") == 0);
  CHECK(count_of(path, "SELECT count(*) FROM sqlite_master WHERE sql IS NOT NULL") == fresh);
  CHECK(stale_rows(path) == 0);
  CHECK(lang_of(path, "r1") == "ar");
}

TEST_CASE("store copy of a store whose bulk load was killed gives a complete store",
          "[store][languages][bulk]") {
  test::TempDir dir;
  const auto source = killed_bulk_load(dir);
  const auto target = dir.file("target.db");
  REQUIRE(count_of(source, "SELECT count(*) FROM settings WHERE key = 'deferred_indexes'") == 1);
  const auto copied = test::run_cli({"store", "copy", "--from", source, "--to", target});
  INFO(copied.err);
  REQUIRE(copied.code == 0);
  // The key described the source's file: the target has its indexes and triggers, and its
  // triggers filled repost_languages from the copied posts.
  CHECK(count_of(target, "SELECT count(*) FROM settings WHERE key = 'deferred_indexes'") == 0);
  CHECK(stale_rows(target) == 0);
  CHECK(lang_of(target, "r1") == "ar");
  store::Connection db(target, SQLITE_OPEN_READONLY);
  CHECK(store::post_language_sql(db) == store::k_post_language_sql);
}
