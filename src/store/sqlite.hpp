// SPDX-License-Identifier: Apache-2.0
// The store's one way to talk to SQLite: a connection, a prepared statement with named parameters
// and typed columns, a transaction guard, and the one translation of SQLite failures into Error.
// Everything steps sqlite3 directly: the row loops over millions of rows are tuned around it
// (docs/performance.md). A Connection may instead hold a PostgreSQL server: its Statements then
// run there (pg_statement.hpp), so the SQL both dialects share is written once (docs/scale.md).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "sociometer/error.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace sociometer::store {

class PgConnection;
class PgRows;

// A failed SQLite call: SQLite's own message and its extended result code.
class SqliteError : public std::runtime_error {
public:
  SqliteError(const std::string &message, int code) : std::runtime_error(message), m_code(code) {}
  // The connection's last error (what sqlite3_errmsg says) for a call that returned `code`.
  [[nodiscard]] static SqliteError last_of(sqlite3 *db, int code);
  // The extended result code, e.g. SQLITE_CONSTRAINT_UNIQUE.
  [[nodiscard]] int code() const noexcept { return m_code; }
  // The primary result code, e.g. SQLITE_CONSTRAINT.
  [[nodiscard]] int primary_code() const noexcept { return m_code & 0xff; }

private:
  int m_code;
};

// The one translation of a SQLite failure into what users see:
// Error(store, "<store path>: <context>: <SQLite's message>", hint). A busy store (another
// writer held the lock for the whole busy timeout) is said as such, without the context.
[[nodiscard]] Error store_error(std::string_view path, std::string_view context,
                                const SqliteError &error, std::string hint = {});

// Error(store) "<path>: the store is busy (another sociometer is writing); try again", for a
// writer that waited the whole busy timeout for another one.
[[nodiscard]] Error busy_store_error(std::string_view path);

// One open SQLite database. Used from one thread (opened without SQLite's mutexes).
class Connection {
public:
  // Opens `path` with sqlite3_open_v2 `flags`; throws SqliteError when it cannot. With a `uri`
  // (and SQLITE_OPEN_URI in `flags`), opens that instead; `path` still names it in messages.
  Connection(std::string path, int flags, const std::string &uri = {});
  // A connection to a PostgreSQL server, named in messages by its redacted location.
  explicit Connection(std::unique_ptr<PgConnection> server);
  ~Connection();
  Connection(const Connection &) = delete;
  Connection &operator=(const Connection &) = delete;

  // Runs one or more statements that return no rows; throws SqliteError.
  void exec(const std::string &sql);
  // Milliseconds to wait for another connection's lock before failing with SQLITE_BUSY.
  void set_busy_timeout(int milliseconds);
  // Whether a transaction is open (SQLite ends one by itself after some errors, e.g. disk full).
  [[nodiscard]] bool in_transaction() const noexcept;
  // ROLLBACK when a transaction is open; never throws (for clean-up after an error, which must
  // not hide that error).
  void rollback_quietly() noexcept;
  // The row ID of the last INSERT on this connection (SQLite only: the store's SQL says
  // `RETURNING id`, which both backends answer).
  [[nodiscard]] std::int64_t last_insert_id() const noexcept;
  // Opens a write transaction: BEGIN IMMEDIATE on SQLite (the write lock is taken now, waiting
  // up to the busy timeout), BEGIN on PostgreSQL (the store's writer lock is held already).
  void begin_write();
  [[nodiscard]] sqlite3 *handle() const noexcept { return m_db; }
  // The PostgreSQL server this connection holds; none for SQLite.
  [[nodiscard]] PgConnection *server() const noexcept { return m_server.get(); }
  [[nodiscard]] const std::string &path() const noexcept { return m_path; }

  // Runs `body`; a SqliteError thrown inside becomes store_error(path, context). `context` is a
  // string, or a callable returning one (built only on failure: for per-record calls).
  template <typename Context, typename Body>
  auto guard(const Context &context, Body &&body) const -> decltype(body()) {
    try {
      return std::forward<Body>(body)();
    } catch (const SqliteError &error) {
      if constexpr (std::is_invocable_v<const Context &>) {
        throw store_error(m_path, context(), error);
      } else {
        throw store_error(m_path, context, error);
      }
    }
  }

private:
  std::string m_path;
  sqlite3 *m_db = nullptr;
  std::unique_ptr<PgConnection> m_server;
};

// A statement prepared once and run any number of times: bind parameters by name, step, read
// typed columns. Every failure throws SqliteError with SQLite's message and code.
class Statement {
public:
  // Prepares the first statement of `sql`; `rest`, when given, receives the text after it (for
  // callers that must refuse a second statement). On a PostgreSQL connection, `sql` runs there
  // at the first step, its `:name` parameters as `$n`; `rest` is then empty.
  Statement(const Connection &db, const std::string &sql, std::string_view *rest = nullptr);
  ~Statement();
  Statement(Statement &&other) noexcept;
  Statement &operator=(Statement &&) = delete;
  Statement(const Statement &) = delete;
  Statement &operator=(const Statement &) = delete;

  // Binding. `name` includes its prefix (":id"); text is copied unless said otherwise.
  void bind(const char *name, std::int64_t value);
  void bind(const char *name, int value) { bind(name, static_cast<std::int64_t>(value)); }
  void bind(const char *name, double value);
  void bind(const char *name, std::string_view text);
  void bind(const char *name, const char *text) { bind(name, std::string_view(text)); }
  void bind(const char *name, const std::string &text) { bind(name, std::string_view(text)); }
  void bind_null(const char *name);
  // The value, or NULL when unset.
  template <typename T> void bind(const char *name, const std::optional<T> &value) {
    if (value) {
      bind(name, *value);
    } else {
      bind_null(name);
    }
  }
  // Binds `text` without copying it (it must outlive the next step): for the writer's texts.
  void bind_no_copy(const char *name, const std::string &text);
  void bind_no_copy(const char *name, std::string &&) = delete;
  // NULL for an empty string, else `text` without copying it (it must outlive the next step).
  void bind_text_or_null(const char *name, const std::string &text);
  void bind_text_or_null(const char *name, std::string &&) = delete;

  // Steps to the next row; false at the end.
  bool step();
  // Runs a statement that returns no rows to its end and readies it for the next run (bindings
  // stay); returns how many rows it changed.
  int run();
  // Readies the statement for new bindings: resets it and clears its bindings.
  void reset() noexcept;

  // Columns of the current row, numbered from 0; text views are valid until the next step.
  [[nodiscard]] bool is_null(int column) const noexcept;
  [[nodiscard]] std::int64_t integer(int column) const noexcept;
  [[nodiscard]] double real(int column) const noexcept;
  [[nodiscard]] std::string_view text(int column) const noexcept; // empty for NULL
  [[nodiscard]] std::string string(int column) const { return std::string(text(column)); }
  [[nodiscard]] std::optional<std::int64_t> optional_integer(int column) const noexcept;
  // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL.
  [[nodiscard]] int type(int column) const noexcept;
  [[nodiscard]] int column_count() const noexcept;
  [[nodiscard]] std::string column_name(int column) const;
  // False for SQL that holds no statement (only whitespace or comments): it runs as no rows.
  [[nodiscard]] bool prepared() const noexcept { return m_statement != nullptr || m_pg != nullptr; }
  // Whether running the statement cannot change the database (SQLite's own judgement).
  [[nodiscard]] bool read_only() const noexcept;

private:
  int index_of(const char *name);
  void check(int code) const;

  sqlite3_stmt *m_statement = nullptr;
  std::unique_ptr<PgRows> m_pg; // set instead of m_statement on a PostgreSQL connection
  // Parameter indices by the address of their name: SQLite finds a name by comparing it with
  // every parameter's, which was an eighth of the writer's work when done on every bind. Names
  // are string literals, so a miss (another address, same text) is only a lost shortcut.
  std::vector<std::pair<const char *, int>> m_indices;
};

// begin_write() now: on SQLite the write lock is taken up front, so a busy store waits (busy
// timeout) here, before anything is written, instead of failing at the first write. ROLLBACK on
// destruction unless commit() ran.
class Transaction {
public:
  explicit Transaction(Connection &db);
  ~Transaction();
  Transaction(const Transaction &) = delete;
  Transaction &operator=(const Transaction &) = delete;
  void commit();

private:
  Connection &m_db;
  bool m_open = true;
};

} // namespace sociometer::store
