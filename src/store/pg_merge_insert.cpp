// SPDX-License-Identifier: Apache-2.0
// The set-based insert of a merge into a PostgreSQL store that holds rows (docs/scale.md): the
// posts of a chunk that the server holds under no key were written by the SQLite writer into a
// staging store; here they reach the server with COPY into temporary tables and one
// INSERT ... SELECT per table, their IDs mapped to the server's.
#include <sqlite3.h>

#include "pg_bulk.hpp"
#include "pg_connection.hpp"
#include "sqlite.hpp"
#include "store_state.hpp"
#include "stored_post.hpp"

namespace sociometer::store {
namespace {

constexpr const char *k_prefix = "stage_";

// The tables a new post's rows go to, parents first.
const std::vector<std::string> &post_tables() {
  static const std::vector<std::string> tables = {
      "posts",     "post_raw", "post_hashtags", "post_mentions",
      "post_urls", "edges",    "post_edits",    "metric_snapshots"};
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
  std::string joins =
      " JOIN stage_post_map AS m ON m.staged_id = s." + std::string(is_posts ? "id" : "post_id");
  if (is_posts) {
    joins += " JOIN stage_post_hash AS h ON h.staged_id = s.id";
  }
  for (const auto &column : columns) {
    names += (names.empty() ? "" : ", ") + column;
    values += values.empty() ? "" : ", ";
    if ((is_posts && column == "id") || (!is_posts && column == "post_id")) {
      values += "m.server_id";
    } else if (is_posts && column == "content_hash") {
      values += "h.content_hash";
    } else if (is_account_column(column)) {
      values += "a_" + column + ".server_id";
      joins += " LEFT JOIN stage_account_map AS a_" + column + " ON a_" + column +
               ".staged_id = s." + column;
    } else {
      values += "s." + column;
    }
  }
  std::string sql = "INSERT INTO " + table + " (" + names + ") SELECT " + values + " FROM " +
                    k_prefix + table + " AS s" + joins;
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
  server.exec("DROP TABLE IF EXISTS " + name + "; CREATE TEMPORARY TABLE " + name +
                  " (staged_id BIGINT PRIMARY KEY, " + value_column + " NOT NULL)",
              "cannot stage " + name);
  server.begin_copy("COPY " + name + " FROM STDIN", "cannot stage " + name);
  server.put(rows);
  server.end_copy();
}

} // namespace

StagedInsert
insert_staged_posts(PgConnection &server, const std::string &staging,
                    const std::map<std::string, const PostRecord *> &records,
                    const std::function<std::int64_t(Platform, const AccountRef &)> &account_id) {
  std::string account_map;
  std::map<std::int64_t, std::int64_t> server_account;
  for (const auto &account : staged_accounts(staging)) {
    const auto id = account_id(account.platform, account.ref);
    server_account.emplace(account.id, id);
    account_map += std::to_string(account.id) + '\t' + std::to_string(id) + '\n';
  }
  // The content hash holds the author's ID: the staging writer's is not the server's.
  std::string post_hashes;
  {
    Connection db(staging, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    db.guard("cannot read the staged posts", [&] {
      Statement rows(db, "SELECT id, platform || ' ' || native_id, account_id FROM posts");
      while (rows.step()) {
        const auto record = records.find(rows.string(1));
        if (record == records.end()) {
          throw SqliteError("staged post " + rows.string(1) + " has no record", SQLITE_CORRUPT);
        }
        const auto author = rows.is_null(2) ? 0 : server_account.at(rows.integer(2));
        post_hashes += std::to_string(rows.integer(0)) + '\t' +
                       post_content_hash(*record->second, author) + '\n';
      }
    });
  }
  const auto columns = copy_staged_into_temporary(staging, server, post_tables(), k_prefix);
  stage_map(server, "stage_account_map", "server_id BIGINT", account_map);
  stage_map(server, "stage_post_hash", "content_hash TEXT", post_hashes);

  StagedInsert done;
  // Under the writer lock: a post another writer added since the lookup is left to the rules.
  const auto present =
      server.query("SELECT s.platform || ' ' || s.native_id FROM stage_posts AS s JOIN posts AS p "
                   "ON p.platform = s.platform AND p.native_id = s.native_id ORDER BY s.id",
                   "cannot look up the staged posts");
  for (int row = 0; row < present.rows(); ++row) {
    done.present.push_back(present.string(row, 0));
  }
  server.exec("DROP TABLE IF EXISTS stage_post_map; CREATE TEMPORARY TABLE stage_post_map AS "
              "SELECT s.id AS staged_id, nextval(pg_get_serial_sequence('posts', 'id')) AS "
              "server_id FROM (SELECT id FROM stage_posts AS s WHERE NOT EXISTS (SELECT 1 FROM "
              "posts AS p WHERE p.platform = s.platform AND p.native_id = s.native_id) "
              "ORDER BY id) AS s",
              "cannot number the staged posts");
  for (const auto &table : post_tables()) {
    if (const auto found = columns.find(table); found != columns.end()) {
      server.exec(insert_mapped_sql(table, found->second), "cannot insert the staged " + table);
    }
  }
  const auto counts = server.query(
      "SELECT count(*) FILTER (WHERE s.is_primary <> 0), count(*) FILTER (WHERE s.is_primary = 0) "
      "FROM stage_posts AS s JOIN stage_post_map AS m ON m.staged_id = s.id",
      "cannot count the staged posts");
  done.posts_new = std::stoll(counts.string(0, 0));
  done.referenced_new = std::stoll(counts.string(0, 1));
  std::string drop = "DROP TABLE stage_account_map, stage_post_hash, stage_post_map";
  for (const auto &table : columns) {
    drop += ", " + std::string(k_prefix) + table.first;
  }
  server.exec(drop, "cannot drop the staged tables");
  return done;
}

} // namespace sociometer::store
