// SPDX-License-Identifier: Apache-2.0
// The set-based insert of a merge into a PostgreSQL store that holds rows (docs/scale.md): the
// posts of a chunk that the server holds under no key were written by the SQLite writer into a
// staging store; here they reach the server with COPY into temporary tables and one
// INSERT ... SELECT per table, their IDs mapped to the server's.
#include <sqlite3.h>

#include <set>

#include "pg_bulk.hpp"
#include "pg_connection.hpp"
#include "sqlite.hpp"
#include "store_state.hpp"

namespace sociometer::store {
namespace {

constexpr const char *k_prefix = "stage_";

// The tables a new post's rows go to, parents first.
const std::vector<std::string> &post_tables() {
  static const std::vector<std::string> tables = {
      "posts", "post_raw",   "post_hashtags", "post_mentions",   "post_urls",
      "edges", "post_edits", "post_versions", "metric_snapshots"};
  return tables;
}

// Columns that hold an account's ID.
bool is_account_column(const std::string &column) {
  return column == "account_id" || column == "actor_account_id" || column == "target_account_id";
}

// INSERT INTO `table` from its staged copy, the post's and accounts' IDs mapped to the server's.
std::string insert_mapped_sql(const std::string &table, const std::vector<std::string> &columns) {
  const bool is_posts = table == "posts";
  std::string names;
  std::string values;
  std::string joins = " JOIN pg_temp.stage_post_map AS m ON m.staged_id = s." +
                      std::string(is_posts ? "id" : "post_id");
  for (const auto &column : columns) {
    names += (names.empty() ? "" : ", ") + column;
    values += values.empty() ? "" : ", ";
    if ((is_posts && column == "id") || (!is_posts && column == "post_id")) {
      values += "m.server_id";
    } else if (is_account_column(column)) {
      values += "a_" + column + ".server_id";
      joins += " LEFT JOIN pg_temp.stage_account_map AS a_" + column + " ON a_" + column +
               ".staged_id = s." + column;
    } else {
      values += "s." + column;
    }
  }
  std::string sql = "INSERT INTO " + table + " (" + names + ") SELECT " + values +
                    " FROM pg_temp." + k_prefix + table + " AS s" + joins;
  if (table == "edges") {
    // Two staged accounts may be one on the server: a self-loop is never stored, and one edge
    // per kind and target.
    sql += " WHERE a_actor_account_id.server_id <> a_target_account_id.server_id "
           "ON CONFLICT DO NOTHING";
  }
  return sql;
}

// The staged accounts (staged ID, platform, the reference the staging writer resolved).
struct StagedAccount {
  std::int64_t id = 0;
  Platform platform = Platform::other;
  AccountRef ref;
};

std::vector<StagedAccount> staged_accounts(const std::string &staging) {
  Connection db(staging, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
  return db.guard("cannot read the staged accounts", [&] {
    std::vector<StagedAccount> accounts;
    Statement rows(db, "SELECT id, platform, native_id, handle FROM accounts ORDER BY id");
    while (rows.step()) {
      StagedAccount account;
      account.id = rows.integer(0);
      account.platform = parse_platform(rows.string(1)).value_or(Platform::other);
      account.ref.handle = rows.string(3);
      const auto native_id = rows.string(2);
      // An account known by its handle only is looked up on the server by its handle.
      if (account.ref.handle.empty() || native_id != placeholder_account_id(account.ref.handle)) {
        account.ref.native_id = native_id;
      }
      accounts.push_back(std::move(account));
    }
    return accounts;
  });
}

// Creates the temporary table `name` (staged_id, `value_column`) with `rows` (COPY text format).
void stage_map(PgConnection &server, const std::string &name, const std::string &value_column,
               const std::string &rows) {
  server.exec("DROP TABLE IF EXISTS pg_temp." + name + "; CREATE TEMPORARY TABLE " + name +
                  " (staged_id BIGINT PRIMARY KEY, " + value_column + " NOT NULL)",
              "cannot stage " + name);
  server.begin_copy("COPY pg_temp." + name + " FROM STDIN", "cannot stage " + name);
  server.put(rows);
  server.end_copy();
}

} // namespace

void seed_staged_accounts(PgConnection &server, const std::string &staging,
                          const std::set<std::int64_t> &ids) {
  if (ids.empty()) {
    return;
  }
  std::vector<std::string> texts;
  texts.reserve(ids.size());
  for (const auto id : ids) {
    texts.push_back(std::to_string(id));
  }
  const auto list = pg_array_literal({texts.begin(), texts.end()});
  const auto accounts = server.query(
      "SELECT id, platform, native_id, handle FROM accounts WHERE id = ANY($1::bigint[])",
      "cannot read the accounts to stage", {list.c_str()});
  Connection db(staging, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX);
  db.guard("cannot stage the accounts", [&] {
    Transaction transaction(db);
    Statement insert(db, "INSERT INTO accounts (id, platform, native_id, handle) "
                         "VALUES (:id, :platform, :native_id, :handle)");
    for (int row = 0; row < accounts.rows(); ++row) {
      insert.reset();
      insert.bind(":id", static_cast<std::int64_t>(std::stoll(accounts.string(row, 0))));
      insert.bind(":platform", accounts.string(row, 1));
      insert.bind(":native_id", accounts.string(row, 2));
      if (accounts.is_null(row, 3)) {
        insert.bind_null(":handle");
      } else {
        insert.bind(":handle", accounts.string(row, 3));
      }
      insert.run();
    }
    transaction.commit();
  });
}

StagedInsert
insert_staged_posts(PgConnection &server, const std::string &staging,
                    const std::function<std::int64_t(Platform, const AccountRef &)> &account_id) {
  // Every staged account resolved on the server: a seeded one to itself (the writer resolved
  // it before), one the staging writer added or gave a platform ID to by the writer's rules.
  std::string account_map;
  for (const auto &account : staged_accounts(staging)) {
    account_map += std::to_string(account.id) + '\t' +
                   std::to_string(account_id(account.platform, account.ref)) + '\n';
  }
  const auto columns = copy_staged_into_temporary(staging, server, post_tables(), k_prefix);
  stage_map(server, "stage_account_map", "server_id BIGINT", account_map);

  StagedInsert done;
  // Under the writer lock: if another writer stored one of the posts since the lookup, the
  // chunk's new posts go through the rules instead.
  done.inserted = server
                      .query("SELECT EXISTS (SELECT 1 FROM pg_temp.stage_posts AS s JOIN posts "
                             "AS p ON p.platform = s.platform AND p.native_id = s.native_id)",
                             "cannot look up the staged posts")
                      .text(0, 0) != "t";
  // New post IDs from the server's sequence, in the staged order: one nextval, then the sequence
  // moved past the block (the writer lock keeps other writers' inserts out meanwhile).
  const auto staged_posts =
      std::stoll(server.query("SELECT count(*) FROM pg_temp.stage_posts", "cannot count the posts")
                     .string(0, 0));
  std::int64_t first_id = 0;
  if (done.inserted && staged_posts > 0) {
    first_id = std::stoll(server
                              .query("SELECT nextval(pg_get_serial_sequence('posts', 'id'))",
                                     "cannot number the staged posts")
                              .string(0, 0));
    if (staged_posts > 1) {
      server.exec("SELECT setval(pg_get_serial_sequence('posts', 'id'), " +
                      std::to_string(first_id + staged_posts - 1) + ")",
                  "cannot number the staged posts");
    }
  }
  server.exec("DROP TABLE IF EXISTS pg_temp.stage_post_map; CREATE TEMPORARY TABLE "
              "stage_post_map AS SELECT id AS staged_id, " +
                  std::to_string(first_id - 1) +
                  " + row_number() OVER (ORDER BY id) AS server_id FROM pg_temp.stage_posts",
              "cannot number the staged posts");
  if (done.inserted) {
    for (const auto &table : post_tables()) {
      if (const auto found = columns.find(table); found != columns.end()) {
        server.exec(insert_mapped_sql(table, found->second), "cannot insert the staged " + table);
      }
    }
  }
  std::string drop = "DROP TABLE pg_temp.stage_account_map, pg_temp.stage_post_map";
  for (const auto &table : columns) {
    drop += ", pg_temp." + std::string(k_prefix) + table.first;
  }
  server.exec(drop, "cannot drop the staged tables");
  return done;
}

} // namespace sociometer::store
