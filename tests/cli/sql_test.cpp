// SPDX-License-Identifier: Apache-2.0
// `sociometer sql` through cli::run: refusals as usage errors, the time limit, streamed output.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace sociometer;
using test::run_cli;

namespace {
constexpr const char *k_endless_count =
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c";
} // namespace

TEST_CASE("sql refuses a second statement and names the problem", "[cli][sql]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init"}).code == 0);
  const auto result = run_cli({"--db", db, "sql", "select 1; delete from posts"});
  CHECK(result.code == 2);
  CHECK(result.out.empty());
  CHECK(result.err == "sociometer: error: sql: more than one statement\n"
                      "hint: pass one SELECT statement; run several with several `sociometer sql` "
                      "calls\n");
  CHECK(run_cli({"--db", db, "sql", "select 1;  -- done\n", "--format", "csv"}).out ==
        "1\r\n1\r\n");
}

TEST_CASE("sql refuses fts3_tokenizer, ATTACH and writes", "[cli][sql]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init"}).code == 0);
  for (const auto &[sql, message] : std::vector<std::pair<std::string, std::string>>{
           {"SELECT fts3_tokenizer('simple')", "fts3_tokenizer() is not allowed"},
           {"ATTACH '" + dir.file("x.db") + "' AS x", "ATTACH is not allowed"},
           {"UPDATE settings SET value = 'x'", "only read-only statements are allowed"}}) {
    INFO(sql);
    const auto result = run_cli({"--db", db, "sql", sql});
    CHECK(result.code == 2);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Catch::StartsWith("sociometer: error: sql: " + message + "\nhint: "));
  }
}

TEST_CASE("sql --timeout stops an endless query with a clear message", "[cli][sql]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init"}).code == 0);
  const auto result = run_cli({"--db", db, "sql", k_endless_count, "--timeout", "1"});
  CHECK(result.code == 1);
  CHECK(result.out.empty());
  CHECK(result.err == "sociometer: error: sql: stopped after 1 s (--timeout)\n"
                      "hint: add a LIMIT or a narrower WHERE, or raise --timeout\n");
  CHECK(run_cli({"--db", db, "sql", "SELECT 1", "--timeout", "0"}).code == 2);
  CHECK(run_cli({"--db", db, "sql", "SELECT 1", "--timeout", "0.5", "--format", "csv"}).out ==
        "1\r\n1\r\n");
}

TEST_CASE("sql prints every format as before, row by row", "[cli][sql]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init"}).code == 0);
  const auto sql = "SELECT 1 AS n, 'a' AS t UNION ALL SELECT 22, NULL";
  CHECK(run_cli({"--db", db, "sql", sql}).out == "n   t\n1   a\n22  -\n(2 rows)\n");
  CHECK(run_cli({"--db", db, "sql", sql, "--format", "ndjson"}).out ==
        "{\"n\":1,\"t\":\"a\"}\n{\"n\":22,\"t\":null}\n");
  ::setenv("SOURCE_DATE_EPOCH", "1714608000", 1);
  const auto json = run_cli({"--db", db, "sql", "SELECT 1 AS n WHERE 0", "--format", "json"});
  ::unsetenv("SOURCE_DATE_EPOCH");
  CHECK(json.out == "{\n"
                    "  \"schema_version\": 1,\n"
                    "  \"command\": \"sql\",\n"
                    "  \"params\": {\n"
                    "    \"query\": \"SELECT 1 AS n WHERE 0\"\n"
                    "  },\n"
                    "  \"generated_at\": \"2024-05-02T00:00:00Z\",\n"
                    "  \"definitions\": {},\n"
                    "  \"rows\": []\n"
                    "}\n");
}
