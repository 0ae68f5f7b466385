// SPDX-License-Identifier: Apache-2.0
// The store's one way to talk to PostgreSQL (libpq): a connection, results, COPY FROM STDIN,
// and the one translation of libpq failures into Error, always naming the server by its
// redacted location.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sociometer/error.hpp"

struct pg_conn;
struct pg_result;

namespace sociometer::store {

// The type OIDs of PostgreSQL's built-in types the store uses.
inline constexpr unsigned k_pg_int8 = 20;
inline constexpr unsigned k_pg_int2 = 21;
inline constexpr unsigned k_pg_int4 = 23;
inline constexpr unsigned k_pg_float4 = 700;
inline constexpr unsigned k_pg_float8 = 701;

// A query's rows, all in memory (text format).
class PgResult {
public:
  explicit PgResult(pg_result *result) noexcept : m_result(result) {}
  ~PgResult();
  PgResult(PgResult &&other) noexcept : m_result(std::exchange(other.m_result, nullptr)) {}
  PgResult &operator=(PgResult &&other) noexcept;
  PgResult(const PgResult &) = delete;
  PgResult &operator=(const PgResult &) = delete;

  [[nodiscard]] int rows() const noexcept;
  [[nodiscard]] int columns() const noexcept;
  [[nodiscard]] bool is_null(int row, int column) const noexcept;
  // The value as text; empty for NULL.
  [[nodiscard]] std::string_view text(int row, int column) const noexcept;
  [[nodiscard]] std::string string(int row, int column) const {
    return std::string(text(row, column));
  }
  // The column's type OID (k_pg_int8, ...).
  [[nodiscard]] unsigned type(int column) const noexcept;
  [[nodiscard]] std::string column_name(int column) const;
  // How many rows the command changed (0 for a query).
  [[nodiscard]] int changes() const noexcept;

private:
  pg_result *m_result;
};

// Why the server refused a statement: its message and SQLSTATE (e.g. 57014, canceled).
struct PgFailure {
  std::string message;
  std::string sqlstate;
  bool empty_query = false; // the SQL held no statement
};

// A PostgreSQL array literal of `values` (each quoted, so it reads as text[] or, cast, as
// bigint[]); an absent value is NULL. Sent as one parameter, it names a whole chunk's keys.
[[nodiscard]] std::string
pg_array_literal(const std::vector<std::optional<std::string_view>> &values);

// One open connection, used from one thread.
class PgConnection {
public:
  // Connects to `location` (a postgresql:// URI). Throws Error(usage) for a password in it and
  // Error(store) when the connection fails.
  explicit PgConnection(const std::string &location);
  ~PgConnection();
  PgConnection(const PgConnection &) = delete;
  PgConnection &operator=(const PgConnection &) = delete;

  // The location without its password.
  [[nodiscard]] const std::string &name() const noexcept { return m_name; }
  // Runs one or more statements that return no rows; Error(store) "<name>: <context>: <why>".
  void exec(const std::string &sql, std::string_view context);
  // Runs one statement with text parameters ($1, $2, ...; none: NULL) and returns its rows.
  [[nodiscard]] PgResult query(const std::string &sql, std::string_view context,
                               const std::vector<const char *> &parameters = {});
  // query() that reports a refusal in `failure` (and returns none) instead of throwing.
  [[nodiscard]] std::optional<PgResult> try_query(const std::string &sql,
                                                  const std::vector<const char *> &parameters,
                                                  PgFailure &failure);
  // Prepares `sql` (one statement, text parameters) as the named statement `name` of this
  // session; false, with `failure` filled, when the server refuses it.
  bool try_prepare(const std::string &name, const std::string &sql, PgFailure &failure);
  // Runs the statement prepared as `name` (try_query's contract otherwise).
  [[nodiscard]] std::optional<PgResult>
  try_query_prepared(const std::string &name, const std::vector<const char *> &parameters,
                     PgFailure &failure);
  // DEALLOCATE `name`; never throws (a failure leaves it until the session ends).
  void deallocate_quietly(const std::string &name) noexcept;
  // CLOSE the cursor `name`; never throws (a failure leaves it until the transaction ends).
  void close_cursor_quietly(const std::string &name) noexcept;
  // A statement name not yet used in this session.
  [[nodiscard]] std::string next_statement_name() { return "sm" + std::to_string(++m_statements); }
  // Runs one statement without parameters, handing `each` its rows one result at a time (libpq's
  // single-row mode: one-row results, then an empty one that still names the columns). Polls
  // `stop` while waiting for the server and asks it to cancel when `stop` turns true. Returns
  // false, with `failure` filled, when the server refused or canceled the statement.
  bool stream(const std::string &sql, const std::function<bool()> &stop, PgFailure &failure,
              const std::function<void(PgResult &&)> &each);
  // From now on, queries of this session run inside a read-only snapshot that lasts until the
  // connection closes, so PgRows may read their rows through a cursor (see PgRows).
  void mark_read_only_snapshot() noexcept { m_read_only_snapshot = true; }
  [[nodiscard]] bool in_read_only_snapshot() const noexcept { return m_read_only_snapshot; }
  // Whether a transaction is open (or failed and not yet rolled back).
  [[nodiscard]] bool in_transaction() const noexcept;
  // COPY ... FROM STDIN: starts it with `copy_sql`, then put() sends text-format rows, and
  // end_copy() finishes it (Error(store) when the server refused a row).
  void begin_copy(const std::string &copy_sql, std::string_view context);
  void put(std::string_view data);
  void end_copy();
  // ROLLBACK when a transaction may be open; never throws (clean-up after an error).
  void rollback_quietly() noexcept;

  // Error(store) "<name>: <context>: <message>".
  [[nodiscard]] Error error(std::string_view context, std::string_view message) const;

private:
  // Fills `failure` from `result` (none: the connection's error) unless it succeeded.
  bool failed(pg_result *result, PgFailure &failure) const;
  // `result` owned, or Error(store) when it reports a failure.
  [[nodiscard]] PgResult checked(pg_result *result, std::string_view context) const;

  pg_conn *m_conn = nullptr;
  std::string m_name;
  std::string m_copy_context;
  unsigned m_statements = 0; // named statements prepared so far
  bool m_read_only_snapshot = false;
};

// The schema version of the store in the connected database (0: none), from sociometer_schema.
[[nodiscard]] int pg_schema_version(PgConnection &db);

} // namespace sociometer::store
