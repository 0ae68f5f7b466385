// SPDX-License-Identifier: Apache-2.0
#include "pg_statement.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>

#include "sqlite.hpp"

namespace sociometer::store {
namespace {

constexpr unsigned k_pg_bool = 16;
constexpr unsigned k_pg_numeric = 1700;

bool name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool name_char(char c) { return name_start(c) || (c >= '0' && c <= '9'); }

// The index just past the quoted text, comment or cast that starts at `i`; `i` when none does.
std::size_t skip_unparameterised(std::string_view sql, std::size_t i) {
  const char c = sql[i];
  if (c == '\'' || c == '"') {
    auto end = i + 1;
    while (end < sql.size()) {
      if (sql[end] == c && !(end + 1 < sql.size() && sql[end + 1] == c)) {
        return end + 1;
      }
      end += sql[end] == c ? 2 : 1; // a doubled quote stays inside
    }
    return sql.size();
  }
  if (sql.substr(i, 2) == "--") {
    const auto end = sql.find('\n', i);
    return end == std::string_view::npos ? sql.size() : end;
  }
  if (sql.substr(i, 2) == "/*") {
    const auto end = sql.find("*/", i + 2);
    return end == std::string_view::npos ? sql.size() : end + 2;
  }
  if (sql.substr(i, 2) == "::") {
    return i + 2;
  }
  return i;
}

} // namespace

std::string numbered_parameters(std::string_view sql, std::vector<std::string> &names) {
  std::string out;
  out.reserve(sql.size());
  std::size_t i = 0;
  while (i < sql.size()) {
    if (const auto past = skip_unparameterised(sql, i); past != i) {
      out += sql.substr(i, past - i);
      i = past;
      continue;
    }
    if (sql[i] != ':' || i + 1 >= sql.size() || !name_start(sql[i + 1])) {
      out += sql[i++];
      continue;
    }
    auto end = i + 1;
    while (end < sql.size() && name_char(sql[end])) {
      ++end;
    }
    const std::string name(sql.substr(i, end - i));
    std::size_t number = 0;
    while (number < names.size() && names[number] != name) {
      ++number;
    }
    if (number == names.size()) {
      names.push_back(name);
    }
    out += '$' + std::to_string(number + 1);
    i = end;
  }
  return out;
}

PgRows::PgRows(PgConnection &server, std::string_view sql)
    : m_server(&server), m_sql(numbered_parameters(sql, m_names)), m_values(m_names.size()) {}

PgRows::PgRows(PgResult result) : m_result(std::move(result)), m_row(0) {}

PgRows::~PgRows() {
  close_cursor();
  if (!m_prepared.empty()) {
    m_server->deallocate_quietly(m_prepared);
  }
}

void PgRows::bind(const char *name, std::optional<std::string> value) {
  for (std::size_t i = 0; i < m_names.size(); ++i) {
    if (m_names[i] == name) {
      m_values[i] = std::move(value);
      return;
    }
  }
  throw SqliteError(std::string("no parameter ") + name, SQLITE_RANGE);
}

namespace {

// Whether `sql` is a query a cursor can be declared for (SELECT or WITH ... SELECT).
bool is_cursor_query(std::string_view sql) {
  const auto start = sql.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) {
    return false;
  }
  const auto word = sql.substr(start, 6);
  auto starts = [&](std::string_view keyword) {
    return word.size() >= keyword.size() &&
           std::equal(keyword.begin(), keyword.end(), word.begin(), [](char a, char b) {
             return a == std::toupper(static_cast<unsigned char>(b));
           });
  };
  // A WITH may hold an INSERT, which a cursor refuses; the store's WITH queries only read.
  return starts("SELECT") || starts("WITH");
}

} // namespace

void PgRows::execute(bool for_rows) {
  std::vector<const char *> parameters;
  parameters.reserve(m_values.size());
  for (const auto &value : m_values) {
    parameters.push_back(value ? value->c_str() : nullptr);
  }
  PgFailure failure;
  ++m_runs;
  if (for_rows && m_runs == 1 && m_server->in_read_only_snapshot() && is_cursor_query(m_sql)) {
    auto name = "smc" + m_server->next_statement_name();
    if (!m_server->try_query("DECLARE " + name + " NO SCROLL CURSOR FOR " + m_sql, parameters,
                             failure)) {
      throw SqliteError(failure.message, SQLITE_ERROR);
    }
    m_cursor = std::move(name);
    fetch_batch();
    return;
  }
  // Prepared at its second run: a statement run once costs no extra round trip.
  if (m_runs == 2) {
    auto name = m_server->next_statement_name();
    if (!m_server->try_prepare(name, m_sql, failure)) {
      throw SqliteError(failure.message, SQLITE_ERROR);
    }
    m_prepared = std::move(name);
  }
  m_result = m_prepared.empty() ? m_server->try_query(m_sql, parameters, failure)
                                : m_server->try_query_prepared(m_prepared, parameters, failure);
  if (!m_result) {
    throw SqliteError(failure.message, SQLITE_ERROR);
  }
  m_row = -1;
}

void PgRows::fetch_batch() {
  PgFailure failure;
  m_result = m_server->try_query(
      "FETCH FORWARD " + std::to_string(k_cursor_rows) + " FROM " + m_cursor, {}, failure);
  if (!m_result) {
    throw SqliteError(failure.message, SQLITE_ERROR);
  }
  m_row = -1;
}

void PgRows::close_cursor() noexcept {
  if (!m_cursor.empty()) {
    m_server->close_cursor_quietly(m_cursor);
    m_cursor.clear();
  }
}

bool PgRows::step() {
  if (!m_result) {
    execute(true);
  }
  if (m_row < m_result->rows()) {
    ++m_row;
  }
  // A full batch may have more behind it; a short one was the cursor's last.
  if (m_row == m_result->rows() && !m_cursor.empty()) {
    if (m_result->rows() == k_cursor_rows) {
      fetch_batch();
      ++m_row;
    }
    if (m_row == m_result->rows()) {
      close_cursor();
    }
  }
  return m_row < m_result->rows();
}

int PgRows::run() {
  close_cursor();
  execute(false);
  const int changed = m_result->changes();
  m_result.reset();
  return changed;
}

void PgRows::reset() noexcept {
  close_cursor();
  m_result.reset();
  for (auto &value : m_values) {
    value.reset();
  }
}

bool PgRows::is_null(int column) const noexcept { return m_result->is_null(m_row, column); }

std::string_view PgRows::text(int column) const noexcept { return m_result->text(m_row, column); }

std::int64_t PgRows::integer(int column) const noexcept {
  const auto value = text(column);
  if (value == "t" || value == "f") {
    return value == "t" ? 1 : 0; // a boolean, as SQLite gives it
  }
  std::int64_t number = 0;
  // A numeric with a fraction reads as its integer part, as SQLite's cast would.
  (void)std::from_chars(value.data(), value.data() + value.size(), number);
  return number;
}

double PgRows::real(int column) const noexcept {
  // libpq's values end in a NUL; a float8 prints its shortest exact form.
  return std::strtod(text(column).data(), nullptr);
}

int PgRows::column_count() const noexcept { return m_result ? m_result->columns() : 0; }

std::string PgRows::column_name(int column) const {
  return m_result ? m_result->column_name(column) : std::string();
}

int PgRows::type(int column) const noexcept {
  if (is_null(column)) {
    return SQLITE_NULL;
  }
  switch (m_result->type(column)) {
  case k_pg_int2:
  case k_pg_int4:
  case k_pg_int8:
  case k_pg_bool:
    return SQLITE_INTEGER;
  case k_pg_float4:
  case k_pg_float8:
    return SQLITE_FLOAT;
  case k_pg_numeric:
    return text(column).find_first_of(".eEN") == std::string_view::npos ? SQLITE_INTEGER
                                                                        : SQLITE_FLOAT;
  default:
    return SQLITE_TEXT;
  }
}

} // namespace sociometer::store
