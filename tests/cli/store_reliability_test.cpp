// SPDX-License-Identifier: Apache-2.0
// The store under concurrent writers, dead writers, a full disk and paths that are not stores,
// through cli::run (in-process). Other connections to the store are opened with the store's
// SQLite wrapper, as a second program would.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <sqlite3.h>

#include "report_document.hpp"
#include "sociometer/store/store.hpp"
#include "store/sqlite.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::run_cli;
using test::ScopedEnv;

namespace {

// One value of the store, read through a connection of its own.
std::int64_t count(const std::string &db, const std::string &sql) {
  store::Connection connection(db, SQLITE_OPEN_READONLY);
  store::Statement statement(connection, sql);
  REQUIRE(statement.step());
  return statement.integer(0);
}

std::string first_line(const std::string &text) { return text.substr(0, text.find('\n')); }

} // namespace

TEST_CASE("an ingest into a store another program is writing waits, then fails with nothing "
          "written",
          "[cli][store][busy]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init"}).code == 0);
  {
    // Another program holds SQLite's write lock for the whole ingest.
    store::Connection other(db, SQLITE_OPEN_READWRITE);
    other.exec("BEGIN IMMEDIATE");
    const ScopedEnv timeout("SOCIOMETER_BUSY_TIMEOUT", "0.2");
    const auto result = run_cli({"--db", db, "ingest", fixture("x/twarc/page-and-stream.jsonl")});
    CHECK(result.code == 1);
    CHECK(first_line(result.err) ==
          "sociometer: error: " + db +
              ": the store is busy (another sociometer is writing); try again");
    other.exec("ROLLBACK");
  }
  CHECK(count(db, "SELECT count(*) FROM imports") == 0);
  CHECK(count(db, "SELECT count(*) FROM posts") == 0);
}

TEST_CASE("a second sociometer writer is refused for the whole run of the first",
          "[cli][store][busy]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init"}).code == 0);
  {
    // A writer between two of its transactions: SQLite's lock is free, the store is not.
    const store::Store writer(db, store::OpenMode::read_write);
    const ScopedEnv timeout("SOCIOMETER_BUSY_TIMEOUT", "0");
    for (const auto &args : std::vector<std::vector<std::string>>{
             {"--db", db, "ingest", fixture("x/twarc/page-and-stream.jsonl")},
             {"--db", db, "account", "set", "someone", "--platform", "x", "--role", "peer"}}) {
      const auto result = run_cli(args);
      CHECK(result.code == 1);
      CHECK_THAT(result.err, Catch::Contains("the store is busy (another sociometer is writing); "
                                             "try again"));
    }
    // Readers are not writers: they go on.
    CHECK(run_cli({"--db", db, "status"}).code == 0);
  }
  CHECK(count(db, "SELECT count(*) FROM imports") == 0);
  CHECK(run_cli({"--db", db, "ingest", fixture("x/twarc/page-and-stream.jsonl")}).code == 0);
}

TEST_CASE("report --pseudonymize reads while another sociometer writes, once the salt exists",
          "[cli][store][busy]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "ingest", fixture("x/archive")}).code == 0);
  const std::vector<std::string> report{
      "--db", db, "report", "--month", "2024-03", "--pseudonymize", "--format", "json"};
  const auto first = run_cli(report);
  REQUIRE(first.code == 0);
  {
    const store::Store writer(db, store::OpenMode::read_write);
    const ScopedEnv timeout("SOCIOMETER_BUSY_TIMEOUT", "0");
    // Before, every --pseudonymize report took the writers' lock and was told the store is busy.
    const auto again = run_cli(report);
    INFO(again.err);
    CHECK(again.code == 0);
    // The same report but for the time it was generated (a slow run crosses a second).
    CHECK(test::without_generated_at(again.out) == test::without_generated_at(first.out));
  }
  // The salt is written once, by the first report.
  CHECK(count(db, "SELECT count(*) FROM settings WHERE key = 'pseudonym_salt'") == 1);
}

TEST_CASE("SOCIOMETER_BUSY_TIMEOUT must be a number of seconds", "[cli][store][busy]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  const ScopedEnv timeout("SOCIOMETER_BUSY_TIMEOUT", "soon");
  const auto result = run_cli({"--db", db, "init"});
  CHECK(result.code == 2);
  CHECK_THAT(result.err, Catch::StartsWith("sociometer: error: SOCIOMETER_BUSY_TIMEOUT=soon: not a "
                                           "number of seconds\n"));
}

TEST_CASE("imports left running by a dead writer are marked interrupted by the next one, and "
          "status shows them",
          "[cli][store][imports]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "ingest", fixture("x/twarc/page-and-stream.jsonl")}).code == 0);
  {
    // What a process killed mid-import leaves: its row `running`.
    store::Connection other(db, SQLITE_OPEN_READWRITE);
    other.exec("INSERT INTO imports (path, format, started_at) "
               "VALUES ('killed.jsonl', 'twarc2', '2024-05-01T10:00:00.000Z')");
  }
  auto status = run_cli({"--db", db, "status"});
  REQUIRE(status.code == 0);
  CHECK_THAT(status.out, Catch::Contains("unfinished_imports:"));
  CHECK_THAT(status.out, Catch::Contains("killed.jsonl"));
  CHECK_THAT(status.out, Catch::Contains("running"));

  REQUIRE(run_cli({"--db", db, "ingest", fixture("x/twarc/overlap.jsonl")}).code == 0);
  CHECK(count(db, "SELECT count(*) FROM imports WHERE outcome = 'running'") == 0);
  CHECK(count(db, "SELECT count(*) FROM imports WHERE outcome = 'interrupted' "
                  "AND path = 'killed.jsonl'") == 1);
  status = run_cli({"--db", db, "status", "--format", "json"});
  REQUIRE(status.code == 0);
  CHECK_THAT(status.out, Catch::Contains(R"("unfinished_imports": [)"));
  CHECK_THAT(status.out, Catch::Contains(R"("outcome": "interrupted")"));

  // Imported in full again, it needs no attention: status is back to its one table.
  test::write_file(dir.file("killed.jsonl"), test::read_file(fixture("x/twarc/overlap.jsonl")));
  {
    store::Connection other(db, SQLITE_OPEN_READWRITE);
    other.exec("UPDATE imports SET path = '" + dir.file("killed.jsonl") +
               "' WHERE path = 'killed.jsonl'");
  }
  REQUIRE(run_cli({"--db", db, "ingest", dir.file("killed.jsonl")}).code == 0);
  status = run_cli({"--db", db, "status"});
  CHECK_THAT(status.out, !Catch::Contains("unfinished_imports"));
}

TEST_CASE("paths that are not stores are named precisely", "[cli][store][open]") {
  test::TempDir dir;
  const auto text = dir.file("notes.db");
  test::write_file(text, "these are notes, not a database\n");
  for (const auto &command : {"status", "report"}) {
    const auto result = run_cli({"--db", text, command});
    CHECK(result.code == 1);
    CHECK(first_line(result.err) ==
          "sociometer: error: not a sociometer store: " + text + " is not an SQLite database");
    CHECK_THAT(result.err, !Catch::Contains("run `sociometer init`"));
  }
  auto result = run_cli({"--db", text, "ingest", fixture("x/twarc/overlap.jsonl")});
  CHECK(result.code == 1);
  CHECK(first_line(result.err) ==
        "sociometer: error: not a sociometer store: " + text + " is not an SQLite database");
  CHECK(test::read_file(text) == "these are notes, not a database\n");

  const auto folder = dir.path().string();
  for (const auto &command : {"status", "init"}) {
    result = run_cli({"--db", folder, command});
    CHECK(result.code == 1);
    CHECK(first_line(result.err) ==
          "sociometer: error: " + folder + ": --db names a folder, not a store file");
  }
}
