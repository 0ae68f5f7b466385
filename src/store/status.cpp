// SPDX-License-Identifier: Apache-2.0
// What is in the store (`status`) and read-only SQL for `sociometer sql`.
#include <sqlite3.h>

#include "sociometer/error.hpp"
#include "store_state.hpp"

namespace sociometer::store {

std::vector<PlatformStatus> Store::status() const {
  return m_impl->db.guard("cannot read status", [&] {
    std::vector<PlatformStatus> rows;
    Statement query(m_impl->db, R"sql(
      SELECT p.platform,
             sum(p.is_primary),
             sum(1 - p.is_primary),
             (SELECT count(*) FROM accounts AS a WHERE a.platform = p.platform),
             min(CASE WHEN p.is_primary THEN p.created_at END),
             max(CASE WHEN p.is_primary THEN p.created_at END),
             (SELECT max(i.finished_at) FROM imports AS i
               WHERE i.id IN (SELECT DISTINCT import_id FROM posts AS q
                              WHERE q.platform = p.platform))
      FROM posts AS p
      GROUP BY p.platform
      ORDER BY p.platform)sql");
    while (query.step()) {
      PlatformStatus row;
      row.platform = parse_platform(query.text(0)).value_or(Platform::other);
      row.posts = query.integer(1);
      row.referenced_posts = query.integer(2);
      row.accounts = query.integer(3);
      row.first_post_at = column_time(query, 4);
      row.last_post_at = column_time(query, 5);
      row.last_import_at = column_time(query, 6);
      rows.push_back(row);
    }
    return rows;
  });
}

namespace {

Cell cell_of(const Statement &query, int column) {
  switch (query.type(column)) {
  case SQLITE_INTEGER:
    return query.integer(column);
  case SQLITE_FLOAT:
    return query.real(column);
  case SQLITE_NULL:
    return Null{};
  default:
    return query.string(column);
  }
}

} // namespace

Table Store::query_readonly(const std::string &sql) const {
  Table table;
  // The user's own SQL: its failures are usage errors that quote SQLite, not store failures.
  try {
    Statement query(m_impl->db, sql);
    if (!query.prepared()) {
      throw Error(ErrorKind::usage, "sql: no statement to run", "pass one SELECT statement");
    }
    // Ask SQLite itself whether the statement writes, before running anything.
    if (!query.read_only()) {
      throw Error(
          ErrorKind::usage, "sql: only read-only statements are allowed",
          "use SELECT (or WITH … SELECT); the store is changed only by sociometer commands");
    }
    for (int i = 0; i < query.column_count(); ++i) {
      table.columns.push_back(Column{query.column_name(i), ColumnType::text});
    }
    while (query.step()) {
      std::vector<Cell> row;
      row.reserve(static_cast<std::size_t>(query.column_count()));
      for (int i = 0; i < query.column_count(); ++i) {
        row.push_back(cell_of(query, i));
      }
      table.rows.push_back(std::move(row));
    }
  } catch (const SqliteError &error) {
    throw Error(ErrorKind::usage, std::string("sql: ") + error.what());
  }
  return table;
}

} // namespace sociometer::store
