// SPDX-License-Identifier: Apache-2.0
// A Statement on a PostgreSQL connection (docs/scale.md, "One Store, two backends"): the store's
// SQL written once for both dialects runs here with its `:name` parameters sent as `$n`, its rows
// read as Statement reads SQLite's. Failures are SqliteError with the server's message, so
// Connection::guard names them as it names SQLite's.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sqlite3.h>

#include "pg_connection.hpp"
#include "sociometer/store/store.hpp"

namespace sociometer::store {

// `sql` with each `:name` parameter replaced by `$n` (the same name, the same n), outside quotes
// and comments; `names` receives the names in order of n (with their colon).
[[nodiscard]] std::string numbered_parameters(std::string_view sql,
                                              std::vector<std::string> &names);

// The state of a Statement prepared on a PostgreSQL connection: bindings, then, once stepped,
// its rows. A query's first run inside a read-only snapshot reads them through a server-side
// cursor, k_cursor_rows at a time, so a scan of millions of posts holds one batch in memory (the
// store's readers nest statements, which libpq's row-by-row mode cannot; cursors nest). Other
// runs read the whole result at once: a statement run a second time is a lookup run once per
// post or record, and is prepared on the server then, so that it is parsed and planned once.
class PgRows {
public:
  PgRows(PgConnection &server, std::string_view sql);
  // The first row of a result already run (a row of a streamed result).
  explicit PgRows(PgResult result);
  ~PgRows();
  PgRows(const PgRows &) = delete;
  PgRows &operator=(const PgRows &) = delete;
  PgRows(PgRows &&) = delete;
  PgRows &operator=(PgRows &&) = delete;

  void bind(const char *name, std::optional<std::string> value);
  bool step();
  int run();
  void reset() noexcept;

  [[nodiscard]] bool is_null(int column) const noexcept;
  [[nodiscard]] std::string_view text(int column) const noexcept;
  [[nodiscard]] std::int64_t integer(int column) const noexcept;
  [[nodiscard]] double real(int column) const noexcept;
  // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT or SQLITE_NULL, by the column's PostgreSQL type.
  [[nodiscard]] int type(int column) const noexcept;
  // The result's columns once stepped (0 before).
  [[nodiscard]] int column_count() const noexcept;
  [[nodiscard]] std::string column_name(int column) const;

  // Rows fetched per round trip by a cursor read.
  static constexpr int k_cursor_rows = 20000;

private:
  void execute(bool for_rows);
  // The next batch of the open cursor's rows into m_result.
  void fetch_batch();
  void close_cursor() noexcept;

  PgConnection *m_server = nullptr;
  std::vector<std::string> m_names; // before m_sql: its initialiser fills them
  std::string m_sql;
  std::vector<std::optional<std::string>> m_values;
  std::optional<PgResult> m_result;
  int m_row = -1;
  int m_runs = 0;         // how often the statement ran
  std::string m_prepared; // its name on the server once prepared
  std::string m_cursor;   // the open cursor's name while a cursor read runs
};

// Store::run_query on PostgreSQL (pg_query.cpp): one statement of the user's SQL inside the
// store's read-only transaction, with options.timeout as its statement timeout; failures are
// Error(usage) quoting the server.
QueryEnd run_pg_query(PgConnection &server, const std::string &sql, const QueryOptions &options,
                      RowSink &sink);

// One value of the user's SQL as a Cell, by the column's type: for a Statement on SQLite and for
// PgRows, which report SQLite's type codes.
template <typename Row> [[nodiscard]] Cell cell_of(const Row &row, int column) {
  switch (row.type(column)) {
  case SQLITE_INTEGER:
    return row.integer(column);
  case SQLITE_FLOAT:
    return row.real(column);
  case SQLITE_NULL:
    return Null{};
  default:
    return std::string(row.text(column));
  }
}

} // namespace sociometer::store
