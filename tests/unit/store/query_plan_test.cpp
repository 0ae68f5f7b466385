// SPDX-License-Identifier: Apache-2.0
// Query plans that decide whether a command finishes on a large store: checked on the plan
// SQLite picks, since timing a query in a test would measure the machine, not the query.
#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <string>
#include <vector>

#include "sociometer/store/store.hpp"
#include "sociometer/util/time.hpp"
#include "store/post_selection.hpp"
#include "store/sqlite.hpp"
#include "store/store_state.hpp"
#include "test_support.hpp"

using namespace sociometer;

namespace {

// The lines of SQLite's EXPLAIN QUERY PLAN for `sql` on the store file at `path`, one per step.
std::string query_plan(const std::string &path, const std::string &sql) {
  sqlite3 *db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt *plan = nullptr;
  const std::string explain = "EXPLAIN QUERY PLAN " + sql;
  REQUIRE(sqlite3_prepare_v2(db, explain.c_str(), -1, &plan, nullptr) == SQLITE_OK);
  std::string lines;
  while (sqlite3_step(plan) == SQLITE_ROW) {
    lines += reinterpret_cast<const char *>(sqlite3_column_text(plan, 3));
    lines += '\n';
  }
  sqlite3_finalize(plan);
  sqlite3_close(db);
  return lines;
}

} // namespace

TEST_CASE("Superseded edit versions are found from the edit chains, not from every post",
          "[store][plan]") {
  test::TempDir dir;
  const auto path = dir.file("s.db");
  {
    store::Store store(path, store::OpenMode::read_write_create);
    store.migrate();
  }
  // The shape of the coverage and status queries: a post filter beside NOT IN superseded. Before
  // the fix SQLite began with every primary post and probed all posts of its platform for each
  // (`report` on a 1M-post store ran for hours).
  const auto plan =
      query_plan(path, std::string("WITH superseded AS (") + store::k_superseded_versions_sql +
                           ") SELECT count(*) FROM posts AS p WHERE p.created_at >= "
                           "'2024-01-01' AND p.id NOT IN (SELECT id FROM superseded)");
  INFO(plan);
  CHECK_THAT(plan, Catch::Contains("SCAN e1"));
  CHECK_THAT(plan, !Catch::Contains("AUTOMATIC"));
}

TEST_CASE("The posts of a few authors are found through the account index, not the period's",
          "[store][plan]") {
  test::TempDir dir;
  const auto path = dir.file("s.db");
  {
    store::Store store(path, store::OpenMode::read_write_create);
    store.migrate();
  }
  // The report's second read of its top accounts' posts (PostQuery::author_ids): over a month of
  // a large store it must not walk every post of the month.
  store::Connection db(path, SQLITE_OPEN_READONLY);
  store::PostQuery query;
  query.since = *util::parse_iso8601("2024-03-01T00:00:00Z");
  query.until = *util::parse_iso8601("2024-04-01T00:00:00Z");
  query.author_ids = std::vector<std::int64_t>{5, 7, 9};
  for (const bool authorless : {false, true}) {
    query.authorless_too = authorless;
    const store::PostFilter filter(db, query);
    // The shape of scan_posts' statement: the snapshots joined, in time order.
    const auto plan =
        query_plan(path, "SELECT p.id, m.likes FROM posts AS p LEFT JOIN accounts AS a ON a.id = "
                         "p.account_id LEFT JOIN metric_snapshots AS m ON m.post_id = p.id WHERE " +
                             filter.where + " ORDER BY p.created_at");
    INFO(plan);
    CHECK_THAT(plan, Catch::Contains("USING INDEX posts_account (account_id=?"));
    CHECK_THAT(plan, !Catch::Contains("posts_created"));
  }
}
