// SPDX-License-Identifier: Apache-2.0
// The PostgreSQL backend's parts that need no server: locations, redaction, the refusals, and
// the PostgreSQL migrations keeping up with SQLite's (tests/pg runs the rest against a server).
#include <catch2/catch.hpp>

#include "sociometer/store/postgres.hpp"
#include "sociometer/store/store.hpp"
#include "store/migrations.hpp"
#include "store/pg_statement.hpp"
#include "test_support.hpp"

using namespace sociometer;
using sociometer::test::run_cli;

TEST_CASE("a postgresql:// or postgres:// location names a server, anything else a file",
          "[store][pg]") {
  CHECK(store::is_postgres_location("postgresql://localhost/team"));
  CHECK(store::is_postgres_location("postgres:///team"));
  CHECK(store::is_postgres_location("PostgreSQL://host/db"));
  CHECK_FALSE(store::is_postgres_location("team.db"));
  CHECK_FALSE(store::is_postgres_location("./postgresql.db"));
}

TEST_CASE("redact_location masks every password a location can hold", "[store][pg]") {
  CHECK(store::redact_location("postgresql://ana:s3cret@db.example.org:5432/team") ==
        "postgresql://ana:***@db.example.org:5432/team");
  CHECK(store::redact_location("postgresql://db/team?sslmode=require&password=s3cret&x=1") ==
        "postgresql://db/team?sslmode=require&password=***&x=1");
  CHECK(store::redact_location("postgresql://ana@db/team") == "postgresql://ana@db/team");
  CHECK(store::redact_location("postgres:///team") == "postgres:///team");
}

TEST_CASE("a password in --db is refused without being shown", "[store][pg][cli]") {
  for (const auto &args : std::vector<std::vector<std::string>>{
           {"--db", "postgresql://ana:s3cret@127.0.0.1:1/team", "init"},
           {"--db", "postgresql://127.0.0.1:1/team?password=s3cret", "init"},
           {"store", "copy", "--from", "postgresql://ana:s3cret@127.0.0.1:1/team", "--to",
            "copy.db"}}) {
    const auto result = run_cli(args);
    CHECK(result.code != 0);
    CHECK_THAT(result.err, Catch::Contains("holds a password"));
    CHECK_THAT(result.err, Catch::Contains("~/.pgpass or $PGPASSWORD"));
    CHECK(result.err.find("s3cret") == std::string::npos);
    CHECK(result.out.find("s3cret") == std::string::npos);
  }
}

TEST_CASE("writers connect to a PostgreSQL store as readers do, and name an unreachable one",
          "[store][pg][cli]") {
  // The writers run on PostgreSQL (tests/pg): with no server there, the connection fails.
  for (const auto &command : std::vector<std::vector<std::string>>{
           {"ingest", sociometer::test::fixture("x/archive")},
           {"campaign", "rm", "water"},
           {"account", "set", "someone", "--platform", "x", "--role", "own"}}) {
    auto args = command;
    args.insert(args.begin(), {"--db", "postgresql://127.0.0.1:1/team"});
    const auto result = run_cli(args);
    CHECK(result.code != 0);
    CHECK_THAT(result.err, Catch::Contains("postgresql://127.0.0.1:1/team: cannot connect"));
  }
}

TEST_CASE("the store's :name parameters become PostgreSQL's $n outside quotes and comments",
          "[store][pg]") {
  std::vector<std::string> names;
  CHECK(store::numbered_parameters("SELECT a FROM t WHERE x = :id OR y = :name OR z = :id",
                                   names) == "SELECT a FROM t WHERE x = $1 OR y = $2 OR z = $1");
  CHECK(names == std::vector<std::string>{":id", ":name"});
  names.clear();
  CHECK(store::numbered_parameters("SELECT ':no', \"a:b\", x::text -- :no\n, :yes /* :no */",
                                   names) ==
        "SELECT ':no', \"a:b\", x::text -- :no\n, $1 /* :no */");
  CHECK(names == std::vector<std::string>{":yes"});
  names.clear();
  CHECK(store::numbered_parameters("SELECT 'it''s :no', :yes", names) == "SELECT 'it''s :no', $1");
  CHECK(names == std::vector<std::string>{":yes"});
}

TEST_CASE("the PostgreSQL migrations reach the schema version of the SQLite ones", "[store][pg]") {
  REQUIRE_FALSE(store::pg_migrations().empty());
  CHECK(store::pg_migrations().back().version == store::latest_schema_version());
}

TEST_CASE("store copy between two SQLite files copies every table and checks it", "[store][cli]") {
  test::TempDir dir;
  const auto original = dir.file("original.db");
  const auto copy = dir.file("copy.db");
  REQUIRE(run_cli({"--db", original, "init", "--tz", "Europe/Zurich"}).code == 0);
  REQUIRE(run_cli({"--db", original, "ingest", test::fixture("x/archive")}).code == 0);
  const auto result = run_cli({"store", "copy", "--from", original, "--to", copy, "--format", "csv",
                               "--columns", "table,source_rows,target_rows"});
  INFO(result.err);
  REQUIRE(result.code == 0);
  CHECK_THAT(result.out,
             Catch::Contains(
                 "posts," +
                 std::to_string(test::query_number(original, "SELECT count(*) FROM posts")) + ","));
  CHECK(test::query_text(copy, "SELECT value FROM settings WHERE key = 'tz'") == "Europe/Zurich");
  CHECK(test::query_number(copy, "SELECT count(*) FROM post_hashtags") ==
        test::query_number(original, "SELECT count(*) FROM post_hashtags"));

  // A second copy into the same file is refused: it already holds rows.
  const auto again = run_cli({"store", "copy", "--from", original, "--to", copy});
  CHECK(again.code == 1);
  CHECK_THAT(again.err, Catch::Contains("already holds rows"));
}
