// SPDX-License-Identifier: Apache-2.0
// The user's own SQL on PostgreSQL (`sociometer sql`): one statement, run inside the store's
// read-only snapshot transaction under a statement timeout, its rows streamed to the sink one at a
// time (libpq's single-row mode) and the server asked to cancel it when the caller stops.
#include <sqlite3.h>

#include <string_view>

#include "pg_statement.hpp"
#include "sociometer/error.hpp"

namespace sociometer::store {
namespace {

// SQLSTATEs the run tells apart.
constexpr std::string_view k_query_canceled = "57014";
constexpr std::string_view k_read_only_transaction = "25006";

// What the user sees for a statement the server refused, in the words SQLite's refusals use.
Error refusal(const PgFailure &failure) {
  if (failure.sqlstate == k_read_only_transaction) {
    return {ErrorKind::usage, "sql: only read-only statements are allowed",
            "use SELECT (or WITH … SELECT); the store is changed only by sociometer commands"};
  }
  if (failure.empty_query) {
    return {ErrorKind::usage, "sql: no statement to run", "pass one SELECT statement"};
  }
  if (failure.message.find("multiple commands") != std::string::npos) {
    return {ErrorKind::usage, "sql: more than one statement",
            "pass one SELECT statement; run several with several `sociometer sql` calls"};
  }
  // The user's own SQL: its failures are usage errors that quote the server.
  return {ErrorKind::usage, "sql: " + failure.message};
}

} // namespace

QueryEnd run_pg_query(PgConnection &server, const std::string &sql, const QueryOptions &options,
                      RowSink &sink) {
  if (options.timeout) {
    // SET LOCAL: only for the store's transaction, which ends with this command.
    server.exec("SET LOCAL statement_timeout = " + std::to_string(options.timeout->count()),
                "cannot set the statement timeout");
  }
  bool stopped = false;
  const auto stop = [&] {
    stopped = stopped || (options.stop_requested && options.stop_requested());
    return stopped;
  };
  std::vector<Column> columns;
  std::vector<Cell> cells;
  PgFailure failure;
  const bool complete = server.stream(sql, stop, failure, [&](PgResult &&result) {
    if (columns.empty()) {
      for (int i = 0; i < result.columns(); ++i) {
        columns.push_back(Column{result.column_name(i), ColumnType::text});
      }
      sink.columns(columns);
      cells.resize(columns.size());
    }
    if (result.rows() == 0) {
      return;
    }
    const PgRows row(std::move(result));
    for (int i = 0; i < static_cast<int>(columns.size()); ++i) {
      cells[static_cast<std::size_t>(i)] = cell_of(row, i);
    }
    sink.row(cells);
  });
  if (stopped) {
    return QueryEnd::stopped;
  }
  if (complete) {
    return QueryEnd::complete;
  }
  if (failure.sqlstate == k_query_canceled) {
    return QueryEnd::timed_out;
  }
  throw refusal(failure);
}

} // namespace sociometer::store
