// SPDX-License-Identifier: Apache-2.0
#include "sqlite.hpp"

#include <sqlite3.h>

#include <array>
#include <charconv>

#include "pg_statement.hpp"

namespace sociometer::store {

SqliteError SqliteError::last_of(sqlite3 *db, int code) {
  if (db == nullptr) {
    return {sqlite3_errstr(code), code};
  }
  // The extended code when the connection's last error is the one this call reported.
  const int extended = sqlite3_extended_errcode(db);
  return {sqlite3_errmsg(db), (extended & 0xff) == (code & 0xff) ? extended : code};
}

Error busy_store_error(std::string_view path) {
  return {ErrorKind::store,
          std::string(path) + ": the store is busy (another sociometer is writing); try again",
          "wait for the other command to finish, or set SOCIOMETER_BUSY_TIMEOUT (seconds) to wait "
          "longer"};
}

Error store_error(std::string_view path, std::string_view context, const SqliteError &error,
                  std::string hint) {
  if (error.primary_code() == SQLITE_BUSY) {
    return busy_store_error(path);
  }
  std::string message(path);
  message += ": ";
  message += context;
  message += ": ";
  message += error.what();
  return {ErrorKind::store, message, std::move(hint)};
}

// ---------------------------------------------------------------------------------------------
// Connection

Connection::Connection(std::string path, int flags, const std::string &uri)
    : m_path(std::move(path)) {
  const std::string &name = uri.empty() ? m_path : uri;
  if (const int code = sqlite3_open_v2(name.c_str(), &m_db, flags, nullptr); code != SQLITE_OK) {
    const auto error = SqliteError::last_of(m_db, code);
    sqlite3_close(m_db);
    throw error;
  }
  sqlite3_extended_result_codes(m_db, 1);
}

Connection::Connection(std::unique_ptr<PgConnection> server)
    : m_path(server->name()), m_server(std::move(server)) {}

Connection::~Connection() { sqlite3_close(m_db); }

void Connection::exec(const std::string &sql) {
  if (m_server) {
    PgFailure failure;
    if (!m_server->try_query(sql, {}, failure)) {
      throw SqliteError(failure.message, SQLITE_ERROR);
    }
    return;
  }
  if (const int code = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr);
      code != SQLITE_OK) {
    throw SqliteError::last_of(m_db, code);
  }
}

void Connection::set_busy_timeout(int milliseconds) {
  if (m_server) {
    return; // the server's own lock waits apply
  }
  if (const int code = sqlite3_busy_timeout(m_db, milliseconds); code != SQLITE_OK) {
    throw SqliteError::last_of(m_db, code);
  }
}

bool Connection::in_transaction() const noexcept {
  return m_server ? m_server->in_transaction() : sqlite3_get_autocommit(m_db) == 0;
}

void Connection::rollback_quietly() noexcept {
  if (m_server) {
    m_server->rollback_quietly();
    return;
  }
  if (in_transaction()) {
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
  }
}

std::int64_t Connection::last_insert_id() const noexcept {
  return m_db == nullptr ? 0 : sqlite3_last_insert_rowid(m_db);
}

void Connection::begin_write() { exec(m_server ? "BEGIN" : "BEGIN IMMEDIATE"); }

// ---------------------------------------------------------------------------------------------
// Statement

Statement::Statement(const Connection &db, const std::string &sql, std::string_view *rest) {
  if (db.server() != nullptr) {
    m_pg = std::make_unique<PgRows>(*db.server(), sql);
    if (rest != nullptr) {
      *rest = {};
    }
    return;
  }
  const char *tail = nullptr;
  if (const int code = sqlite3_prepare_v2(db.handle(), sql.c_str(), static_cast<int>(sql.size()),
                                          &m_statement, &tail);
      code != SQLITE_OK) {
    const auto error = SqliteError::last_of(db.handle(), code);
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    throw error;
  }
  if (rest != nullptr) {
    *rest = tail == nullptr
                ? std::string_view()
                : std::string_view(sql).substr(static_cast<std::size_t>(tail - sql.data()));
  }
}

Statement::~Statement() { sqlite3_finalize(m_statement); }

Statement::Statement(Statement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr)), m_pg(std::move(other.m_pg)),
      m_indices(std::move(other.m_indices)) {}

int Statement::index_of(const char *name) {
  for (const auto &[key, value] : m_indices) {
    if (key == name) {
      return value;
    }
  }
  const int index = sqlite3_bind_parameter_index(m_statement, name);
  if (index == 0) {
    throw SqliteError(std::string("no parameter ") + name, SQLITE_RANGE);
  }
  m_indices.emplace_back(name, index);
  return index;
}

void Statement::check(int code) const {
  if (code != SQLITE_OK) {
    throw SqliteError::last_of(sqlite3_db_handle(m_statement), code);
  }
}

void Statement::bind(const char *name, std::int64_t value) {
  if (m_pg) {
    m_pg->bind(name, std::to_string(value));
    return;
  }
  check(sqlite3_bind_int64(m_statement, index_of(name), value));
}

void Statement::bind(const char *name, double value) {
  if (m_pg) {
    std::array<char, 32> text{};
    const auto end = std::to_chars(text.data(), text.data() + text.size(), value).ptr;
    m_pg->bind(name, std::string(text.data(), end));
    return;
  }
  check(sqlite3_bind_double(m_statement, index_of(name), value));
}

void Statement::bind(const char *name, std::string_view text) {
  if (m_pg) {
    m_pg->bind(name, std::string(text));
    return;
  }
  check(sqlite3_bind_text(m_statement, index_of(name), text.data(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT));
}

void Statement::bind_null(const char *name) {
  if (m_pg) {
    m_pg->bind(name, std::nullopt);
    return;
  }
  check(sqlite3_bind_null(m_statement, index_of(name)));
}

void Statement::bind_no_copy(const char *name, const std::string &text) {
  if (m_pg) {
    m_pg->bind(name, text);
    return;
  }
  check(sqlite3_bind_text(m_statement, index_of(name), text.data(), static_cast<int>(text.size()),
                          SQLITE_STATIC));
}

void Statement::bind_text_or_null(const char *name, const std::string &text) {
  if (text.empty()) {
    bind_null(name);
  } else {
    bind_no_copy(name, text);
  }
}

bool Statement::step() {
  if (m_pg) {
    return m_pg->step();
  }
  if (m_statement == nullptr) {
    return false; // an empty statement (only whitespace or comments) has no rows
  }
  const int code = sqlite3_step(m_statement);
  if (code == SQLITE_ROW) {
    return true;
  }
  if (code == SQLITE_DONE) {
    return false;
  }
  throw SqliteError::last_of(sqlite3_db_handle(m_statement), code);
}

int Statement::run() {
  if (m_pg) {
    return m_pg->run();
  }
  while (step()) {
  }
  sqlite3_reset(m_statement);
  return sqlite3_changes(sqlite3_db_handle(m_statement));
}

void Statement::reset() noexcept {
  if (m_pg) {
    m_pg->reset();
    return;
  }
  // sqlite3_reset repeats the last step's error, which step() has already thrown.
  sqlite3_reset(m_statement);
  sqlite3_clear_bindings(m_statement);
}

bool Statement::is_null(int column) const noexcept {
  if (m_pg) {
    return m_pg->is_null(column);
  }
  return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::int64_t Statement::integer(int column) const noexcept {
  if (m_pg) {
    return m_pg->integer(column);
  }
  return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const noexcept {
  if (m_pg) {
    return m_pg->real(column);
  }
  return sqlite3_column_double(m_statement, column);
}

std::string_view Statement::text(int column) const noexcept {
  if (m_pg) {
    return m_pg->text(column);
  }
  const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
  return value == nullptr ? std::string_view()
                          : std::string_view(value, static_cast<std::size_t>(
                                                        sqlite3_column_bytes(m_statement, column)));
}

std::optional<std::int64_t> Statement::optional_integer(int column) const noexcept {
  if (is_null(column)) {
    return std::nullopt;
  }
  return integer(column);
}

int Statement::type(int column) const noexcept {
  return m_pg ? m_pg->type(column) : sqlite3_column_type(m_statement, column);
}

int Statement::column_count() const noexcept {
  return m_pg ? m_pg->column_count() : sqlite3_column_count(m_statement);
}

std::string Statement::column_name(int column) const {
  if (m_pg) {
    return m_pg->column_name(column);
  }
  const char *name = sqlite3_column_name(m_statement, column);
  return name == nullptr ? std::string() : std::string(name);
}

bool Statement::read_only() const noexcept {
  // On PostgreSQL the store reads in a READ ONLY transaction, which refuses any write.
  return m_pg != nullptr || m_statement == nullptr || sqlite3_stmt_readonly(m_statement) != 0;
}

// ---------------------------------------------------------------------------------------------
// Transaction

Transaction::Transaction(Connection &db) : m_db(db) { m_db.begin_write(); }

Transaction::~Transaction() {
  if (m_open) {
    m_db.rollback_quietly();
  }
}

void Transaction::commit() {
  m_db.exec("COMMIT");
  m_open = false;
}

} // namespace sociometer::store
