// SPDX-License-Identifier: Apache-2.0
// The store's one SQLite wrapper: named parameters, typed columns, SQLite's error codes, and the
// one translation of a failure into Error(store) with context.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include "sociometer/store/store.hpp"
#include "store/sqlite.hpp"
#include "test_support.hpp"

using namespace sociometer;
using store::Connection;
using store::SqliteError;
using store::Statement;

namespace {

constexpr int k_create = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;

} // namespace

TEST_CASE("Statement binds by name, steps and reads typed columns", "[store][sqlite]") {
  test::TempDir dir;
  Connection db(dir.file("s.db"), k_create);
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, note TEXT)");
  Statement insert(db, "INSERT INTO t (name, score, note) VALUES (:name, :score, :note)");
  const std::string empty;
  const std::string kept = "kept";
  for (const auto &[name, score, note] :
       {std::tuple{"ada", 1.5, &kept}, std::tuple{"bob", 2.0, &empty}}) {
    insert.reset();
    insert.bind(":name", name);
    insert.bind(":score", score);
    insert.bind_text_or_null(":note", *note);
    CHECK(insert.run() == 1);
  }
  CHECK(db.last_insert_id() == 2);

  Statement select(db, "SELECT id, name, score, note, NULL FROM t WHERE id >= :from ORDER BY id");
  select.bind(":from", std::int64_t{1});
  REQUIRE(select.column_count() == 5);
  CHECK(select.column_name(1) == "name");
  REQUIRE(select.step());
  CHECK(select.integer(0) == 1);
  CHECK(select.text(1) == "ada");
  CHECK(select.real(2) == 1.5);
  CHECK(select.string(3) == "kept");
  CHECK(select.type(4) == SQLITE_NULL);
  CHECK_FALSE(select.optional_integer(4).has_value());
  REQUIRE(select.step());
  CHECK(select.is_null(3)); // an empty text is bound as NULL
  CHECK_FALSE(select.step());
  CHECK(select.read_only());
  CHECK_FALSE(insert.read_only());

  // Reset and bound again, the same statement runs anew.
  select.reset();
  select.bind(":from", std::optional<std::int64_t>(2));
  REQUIRE(select.step());
  CHECK(select.text(1) == "bob");
}

TEST_CASE("SQLite failures keep SQLite's message and code", "[store][sqlite]") {
  test::TempDir dir;
  Connection db(dir.file("s.db"), k_create);
  db.exec("CREATE TABLE t (name TEXT NOT NULL UNIQUE)");
  db.exec("INSERT INTO t VALUES ('ada')");

  Statement insert(db, "INSERT INTO t VALUES (:name)");
  insert.bind(":name", "ada");
  try {
    insert.run();
    FAIL("a duplicate name was accepted");
  } catch (const SqliteError &error) {
    CHECK(error.code() == SQLITE_CONSTRAINT_UNIQUE);
    CHECK(error.primary_code() == SQLITE_CONSTRAINT);
    CHECK_THAT(error.what(), Catch::Contains("UNIQUE constraint failed: t.name"));
  }
  // A name the statement does not have is an error, not a silent no-op.
  CHECK_THROWS_AS(insert.bind(":nmae", "x"), SqliteError);
  try {
    Statement broken(db, "SELEC 1");
    FAIL("a syntax error was prepared");
  } catch (const SqliteError &error) {
    CHECK(error.primary_code() == SQLITE_ERROR);
    CHECK_THAT(error.what(), Catch::Contains("syntax error"));
  }
  CHECK_THROWS_AS(Connection(dir.file("no/such/dir/s.db"), k_create), SqliteError);
}

TEST_CASE("guard turns a SQLite failure into Error(store) with the store and the context",
          "[store][sqlite]") {
  test::TempDir dir;
  const auto path = dir.file("s.db");
  Connection db(path, k_create);
  db.exec("CREATE TABLE t (name TEXT NOT NULL)");
  const auto insert_null = [&] {
    Statement insert(db, "INSERT INTO t VALUES (NULL)");
    return insert.run();
  };
  try {
    db.guard("cannot write name", insert_null);
    FAIL("a NULL name was accepted");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::store);
    CHECK(std::string(error.what()) ==
          path + ": cannot write name: NOT NULL constraint failed: t.name");
  }
  // A context given as a callable is built only on failure.
  int built = 0;
  const auto context = [&] {
    ++built;
    return std::string("cannot count");
  };
  CHECK(db.guard(context, [&] { return 7; }) == 7);
  CHECK(built == 0);
  CHECK_THROWS_AS(db.guard(context, insert_null), Error);
  CHECK(built == 1);
  // Errors that are not SQLite's pass through untouched.
  CHECK_THROWS_WITH(db.guard("unused", [] { throw Error(ErrorKind::usage, "mine"); }), "mine");

  // The translation itself, with a hint.
  const auto error = store::store_error("s.db", "cannot open store",
                                        SqliteError("full", SQLITE_FULL), "free some space");
  CHECK(error.kind() == ErrorKind::store);
  CHECK(std::string(error.what()) == "s.db: cannot open store: full");
  CHECK(error.hint() == "free some space");
  // A busy store is said as such, whatever was being done.
  const auto busy = store::store_error("s.db", "cannot commit", SqliteError("locked", SQLITE_BUSY));
  CHECK(std::string(busy.what()) ==
        "s.db: the store is busy (another sociometer is writing); try again");
}

TEST_CASE("A store failure reaches the user as Error(store) naming what failed",
          "[store][sqlite]") {
  test::TempDir dir;
  const auto path = dir.file("s.db");
  {
    store::Store created(path, store::OpenMode::read_write_create);
    created.migrate();
  }
  // A read-only store refuses writes: the failure names the store, the step and SQLite's reason.
  store::Store store(path, store::OpenMode::read_only);
  try {
    store.set_setting("timezone", "UTC");
    FAIL("a read-only store accepted a write");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::store);
    CHECK_THAT(error.what(), Catch::StartsWith(path + ": cannot write setting timezone: "));
  }
}

TEST_CASE("Read-only SQL runs; writes and empty SQL are usage errors", "[store][sqlite][sql]") {
  test::TempDir dir;
  const auto path = dir.file("s.db");
  {
    store::Store created(path, store::OpenMode::read_write_create);
    created.migrate();
  }
  store::Store store(path, store::OpenMode::read_only);
  const auto table = store.query_readonly("SELECT 1 AS one, 2.5 AS half, NULL AS none, 'x' AS x");
  REQUIRE(table.rows.size() == 1);
  CHECK(table.columns.at(1).key == "half");
  CHECK(std::get<std::int64_t>(table.rows[0][0]) == 1);
  CHECK(std::get<double>(table.rows[0][1]) == 2.5);
  CHECK(std::holds_alternative<Null>(table.rows[0][2]));
  CHECK(std::get<std::string>(table.rows[0][3]) == "x");
  for (const char *sql : {"DELETE FROM posts", "  -- only a comment", "SELEC 1"}) {
    INFO(sql);
    try {
      (void)store.query_readonly(sql);
      FAIL("accepted");
    } catch (const Error &error) {
      CHECK(error.kind() == ErrorKind::usage);
      CHECK_THAT(error.what(), Catch::StartsWith("sql: "));
    }
  }
}
