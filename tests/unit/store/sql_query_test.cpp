// SPDX-License-Identifier: Apache-2.0
// The user's own SQL (Store::run_query): one statement, reading only, nothing outside the store,
// rows handed over as they come, and a run that can be stopped.
#include <catch2/catch.hpp>
#include <filesystem>

#include "sociometer/error.hpp"
#include "sociometer/store/store.hpp"
#include "test_support.hpp"

using namespace sociometer;

namespace {

constexpr const char *k_endless =
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c";

store::Store migrated_store(const test::TempDir &dir) {
  const auto path = dir.file("s.db");
  {
    store::Store created(path, store::OpenMode::read_write_create);
    created.migrate();
  }
  return {path, store::OpenMode::read_only};
}

// The usage error `sql` raises; fails the test when it runs.
Error refusal(const store::Store &store, const std::string &sql) {
  try {
    (void)store.query_readonly(sql);
  } catch (const Error &error) {
    return error;
  }
  FAIL("accepted: " << sql);
  return {ErrorKind::internal, ""};
}

// Keeps the first `limit` rows, then stops the producer by throwing (as a closed pipe does).
class FirstRows final : public RowSink {
public:
  explicit FirstRows(std::size_t limit) : m_limit(limit) {}
  void columns(const std::vector<Column> &columns) override { names = columns; }
  void row(const std::vector<Cell> &cells) override {
    rows.push_back(cells);
    if (rows.size() == m_limit) {
      throw Error(ErrorKind::io, "enough");
    }
  }
  std::vector<Column> names;
  std::vector<std::vector<Cell>> rows;

private:
  std::size_t m_limit;
};

} // namespace

TEST_CASE("sql refuses a second statement; trailing separators and comments are fine",
          "[store][sql]") {
  test::TempDir dir;
  const auto store = migrated_store(dir);
  for (const char *sql : {"SELECT 1; DELETE FROM posts", "SELECT 1; SELECT 2",
                          "SELECT 1 /* c */ ; -- note\n SELECT 2", "SELECT 1;;\n\tSELECT 2"}) {
    INFO(sql);
    const auto error = refusal(store, sql);
    CHECK(error.kind() == ErrorKind::usage);
    CHECK(std::string(error.what()) == "sql: more than one statement");
  }
  for (const char *sql : {"SELECT 1", "SELECT 1;", "SELECT 1 ;; \n", "SELECT 1; -- the end",
                          "SELECT 1; /* note */", "SELECT 1 -- no newline", "SELECT 1; /* open"}) {
    INFO(sql);
    CHECK(store.query_readonly(sql).rows.size() == 1);
  }
}

TEST_CASE("sql denies what reaches outside the store or writes", "[store][sql]") {
  test::TempDir dir;
  const auto store = migrated_store(dir);
  const auto other = dir.file("other.db");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"SELECT fts3_tokenizer('simple')", "sql: fts3_tokenizer() is not allowed"},
      {"SELECT load_extension('x')", "sql: load_extension() is not allowed"},
      {"ATTACH DATABASE '" + other + "' AS other", "sql: ATTACH is not allowed"},
      {"DETACH DATABASE main", "sql: DETACH is not allowed"},
      {"DELETE FROM posts", "sql: only read-only statements are allowed"},
      {"INSERT INTO settings(key, value) VALUES ('a', 'b')",
       "sql: only read-only statements are allowed"},
      {"CREATE TEMP TABLE t(x)", "sql: only read-only statements are allowed"},
      {"BEGIN", "sql: only read-only statements are allowed"},
      {"PRAGMA query_only = 0", "sql: PRAGMA query_only with a value is not allowed"},
      {"PRAGMA writable_schema = 1", "sql: PRAGMA writable_schema with a value is not allowed"},
      {"PRAGMA wal_checkpoint", "sql: PRAGMA wal_checkpoint is not allowed"},
      {"PRAGMA writable_schema", "sql: PRAGMA writable_schema is not allowed"},
      {"UPDATE sqlite_master SET sql = ''", "sql: table sqlite_master may not be modified"},
  };
  for (const auto &[sql, message] : cases) {
    INFO(sql);
    const auto error = refusal(store, sql);
    CHECK(error.kind() == ErrorKind::usage);
    CHECK(std::string(error.what()) == message);
  }
  CHECK_FALSE(std::filesystem::exists(other));
  // Reading the schema and settings stays possible.
  CHECK_FALSE(store.query_readonly("PRAGMA table_info(posts)").rows.empty());
  CHECK_FALSE(store.query_readonly("SELECT name FROM pragma_table_info('posts')").rows.empty());
  CHECK(store.query_readonly("PRAGMA user_version").rows.size() == 1);
  CHECK(store.query_readonly("SELECT count(*) FROM sqlite_schema").rows.size() == 1);
  CHECK(store.query_readonly("SELECT value FROM json_each('[1, 2]')").rows.size() == 2);
}

TEST_CASE("sql hands rows over as they come", "[store][sql]") {
  test::TempDir dir;
  const auto store = migrated_store(dir);
  // An endless result: only a producer that streams ever reaches the sink.
  FirstRows sink(3);
  CHECK_THROWS_WITH(store.run_query(k_endless, store::QueryOptions{}, sink), "enough");
  REQUIRE(sink.names.size() == 1);
  CHECK(sink.names[0].key == "x");
  CHECK(sink.rows ==
        std::vector<std::vector<Cell>>{{std::int64_t{1}}, {std::int64_t{2}}, {std::int64_t{3}}});
}

TEST_CASE("sql stops an endless query on request or at its time limit", "[store][sql]") {
  test::TempDir dir;
  const auto store = migrated_store(dir);
  const std::string endless_count = std::string(k_endless).replace(
      std::string(k_endless).find("SELECT x FROM c"), 15, "SELECT count(*) FROM c");
  FirstRows sink(1);
  store::QueryOptions stop;
  stop.stop_requested = [] { return true; };
  CHECK(store.run_query(endless_count, stop, sink) == store::QueryEnd::stopped);
  store::QueryOptions limited;
  limited.timeout = std::chrono::milliseconds(1);
  CHECK(store.run_query(endless_count, limited, sink) == store::QueryEnd::timed_out);
  CHECK(sink.rows.empty());
  // The store answers normally afterwards.
  CHECK(store.query_readonly("SELECT 1").rows.size() == 1);
}
