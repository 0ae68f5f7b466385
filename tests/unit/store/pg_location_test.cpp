// SPDX-License-Identifier: Apache-2.0
// The PostgreSQL backend's parts that need no server: locations, redaction, the refusals, and
// the PostgreSQL migrations keeping up with SQLite's (tests/pg runs the rest against a server).
#include <catch2/catch.hpp>

#include "sociometer/store/postgres.hpp"
#include "sociometer/store/store.hpp"
#include "store/migrations.hpp"
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

TEST_CASE("commands not yet ported to PostgreSQL say so and point to store copy",
          "[store][pg][cli]") {
  for (const auto &command : {"engagement", "status", "ingest"}) {
    const auto result = run_cli({"--db", "postgresql://127.0.0.1:1/team", command});
    CHECK(result.code != 0);
    CHECK_THAT(result.err, Catch::Contains("postgresql://127.0.0.1:1/team: this command does not "
                                           "yet run on PostgreSQL"));
    CHECK_THAT(result.err, Catch::Contains("store copy"));
  }
}

TEST_CASE("the PostgreSQL migrations reach the schema version of the SQLite ones", "[store][pg]") {
  REQUIRE_FALSE(store::pg_migrations().empty());
  CHECK(store::pg_migrations().back().version == store::latest_schema_version());
}
