// SPDX-License-Identifier: Apache-2.0
// The user's own SQL (`sociometer sql`): one read-only statement of untrusted text, run under
// SQLite's defensive settings and an authorizer, its rows streamed to a sink as they come, with an
// optional time limit (docs/output.md, `sql`).
#include <algorithm>
#include <array>
#include <cctype>
#include <sqlite3.h>
#include <string_view>

#include "pg_statement.hpp"
#include "sociometer/error.hpp"
#include "store_state.hpp"

namespace sociometer::store {
namespace {

// How often (in SQLite virtual machine instructions) the progress handler checks the clock and
// the stop request: often enough to stop within milliseconds, rarely enough to cost nothing.
constexpr int k_progress_interval = 1000;

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

bool listed(std::string_view name, const auto &names) {
  return std::any_of(std::begin(names), std::end(names),
                     [&](std::string_view entry) { return equals_ignoring_case(name, entry); });
}

// PRAGMAs that only read, whatever their argument (schema and consistency questions).
constexpr std::array<std::string_view, 18> k_query_pragmas{
    "table_info",      "table_xinfo",      "table_list",        "index_list",      "index_info",
    "index_xinfo",     "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check",
    "collation_list",  "function_list",    "module_list",       "pragma_list",     "database_list",
    "compile_options", "data_version",     "freelist_count"};
// Settings a PRAGMA may read but not set: allowed only without a value.
constexpr std::array<std::string_view, 12> k_setting_pragmas{
    "user_version", "schema_version", "application_id", "page_size",
    "page_count",   "encoding",       "journal_mode",   "foreign_keys",
    "query_only",   "cache_size",     "auto_vacuum",    "trusted_schema"};
// Functions that reach outside the store: the file system, native code or memory addresses.
constexpr std::array<std::string_view, 5> k_denied_functions{"load_extension", "fts3_tokenizer",
                                                             "readfile", "writefile", "edit"};

// The first thing the authorizer refused, to name it instead of SQLite's "not authorized".
struct Refusal {
  std::string message;
  std::string hint;
};

Refusal refusal_of(int action, const char *first, const char *second) {
  const std::string name_first = first == nullptr ? "" : first;
  const std::string name_second = second == nullptr ? "" : second;
  switch (action) {
  case SQLITE_ATTACH:
    return {"ATTACH is not allowed", "sql reads this store only"};
  case SQLITE_DETACH:
    return {"DETACH is not allowed", "sql reads this store only"};
  case SQLITE_PRAGMA:
    return {"PRAGMA " + name_first + (second == nullptr ? "" : " with a value") + " is not allowed",
            "sql allows PRAGMAs that read the schema (table_info, index_list, …) or read a "
            "setting without changing it"};
  case SQLITE_FUNCTION:
    return {name_second + "() is not allowed",
            "functions that reach outside the store are disabled in sql"};
  default:
    return {"only read-only statements are allowed",
            "use SELECT (or WITH … SELECT); the store is changed only by sociometer commands"};
  }
}

// sqlite3_set_authorizer callback: an allow-list of what reading needs.
int authorize(void *context, int action, const char *first, const char *second,
              const char * /*database*/, const char * /*trigger_or_view*/) {
  bool allowed = false;
  switch (action) {
  case SQLITE_SELECT:
  case SQLITE_READ:
  case SQLITE_RECURSIVE:
    allowed = true;
    break;
  case SQLITE_FUNCTION:
    allowed = second == nullptr || !listed(second, k_denied_functions);
    break;
  case SQLITE_PRAGMA:
    allowed = first != nullptr && (listed(first, k_query_pragmas) ||
                                   (second == nullptr && listed(first, k_setting_pragmas)));
    break;
  case SQLITE_UPDATE:
    // SQLite asks this while it sets up a table-valued function (json_each, pragma_table_info);
    // a real UPDATE of sqlite_master is refused by SQLite itself (defensive mode, no
    // writable_schema) before any authorizer call.
    allowed = first != nullptr && equals_ignoring_case(first, "sqlite_master");
    break;
  default:
    break;
  }
  if (allowed) {
    return SQLITE_OK;
  }
  auto &refusal = *static_cast<std::optional<Refusal> *>(context);
  if (!refusal) {
    refusal = refusal_of(action, first, second);
  }
  return SQLITE_DENY;
}

// What the progress handler watches while a query runs.
struct Watch {
  std::optional<std::chrono::steady_clock::time_point> deadline;
  const std::function<bool()> *stop_requested = nullptr;
  QueryEnd end = QueryEnd::complete;
};

int check_progress(void *context) {
  auto &watch = *static_cast<Watch *>(context);
  if (watch.deadline && std::chrono::steady_clock::now() >= *watch.deadline) {
    watch.end = QueryEnd::timed_out;
    return 1;
  }
  if (watch.stop_requested != nullptr && *watch.stop_requested && (*watch.stop_requested)()) {
    watch.end = QueryEnd::stopped;
    return 1;
  }
  return 0;
}

// The connection set up for untrusted SQL for the lifetime of one query; the settings it changes
// are put back on destruction (the Store may write afterwards).
class UntrustedScope {
public:
  UntrustedScope(sqlite3 *db, std::optional<Refusal> &refusal, Watch &watch) : m_db(db) {
    // Defensive mode forbids what could corrupt the file (writable_schema, direct page writes);
    // the two-argument fts3_tokenizer and extension loading stay off; schema-defined functions
    // and views are not trusted to run side effects.
    for (auto &[option, wanted, previous] : m_options) {
      sqlite3_db_config(db, option, -1, &previous);
      sqlite3_db_config(db, option, wanted, nullptr);
    }
    m_attached = sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    m_query_only = query_only();
    sqlite3_exec(db, "PRAGMA query_only = ON", nullptr, nullptr, nullptr);
    sqlite3_set_authorizer(db, authorize, &refusal);
    sqlite3_progress_handler(db, k_progress_interval, check_progress, &watch);
  }
  ~UntrustedScope() {
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    sqlite3_set_authorizer(m_db, nullptr, nullptr);
    if (!m_query_only) {
      sqlite3_exec(m_db, "PRAGMA query_only = OFF", nullptr, nullptr, nullptr);
    }
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, m_attached);
    for (const auto &[option, wanted, previous] : m_options) {
      sqlite3_db_config(m_db, option, previous, nullptr);
    }
  }
  UntrustedScope(const UntrustedScope &) = delete;
  UntrustedScope &operator=(const UntrustedScope &) = delete;

private:
  struct Option {
    int option;
    int wanted;
    int previous;
  };

  [[nodiscard]] bool query_only() const {
    sqlite3_stmt *statement = nullptr;
    bool on = false;
    if (sqlite3_prepare_v2(m_db, "PRAGMA query_only", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
      on = sqlite3_column_int(statement, 0) != 0;
    }
    sqlite3_finalize(statement);
    return on;
  }

  sqlite3 *m_db;
  std::array<Option, 4> m_options{{{SQLITE_DBCONFIG_DEFENSIVE, 1, 0},
                                   {SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, 0},
                                   {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, 0},
                                   {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, 1}}};
  int m_attached = 0;
  bool m_query_only = true;
};

// True when `rest` holds no further statement: only whitespace, semicolons and comments.
bool only_separators(std::string_view rest) {
  std::size_t i = 0;
  while (i < rest.size()) {
    const char c = rest[i];
    if (c == ';' || std::isspace(static_cast<unsigned char>(c)) != 0) {
      ++i;
    } else if (rest.substr(i, 2) == "--") {
      const auto end = rest.find('\n', i);
      i = end == std::string_view::npos ? rest.size() : end + 1;
    } else if (rest.substr(i, 2) == "/*") {
      const auto end = rest.find("*/", i + 2);
      i = end == std::string_view::npos ? rest.size() : end + 2;
    } else {
      return false;
    }
  }
  return true;
}

Statement prepare_one(const Connection &db, const std::string &sql,
                      const std::optional<Refusal> &refusal) {
  try {
    std::string_view rest;
    Statement query(db, sql, &rest);
    if (!query.prepared()) {
      throw Error(ErrorKind::usage, "sql: no statement to run", "pass one SELECT statement");
    }
    if (!only_separators(rest)) {
      throw Error(ErrorKind::usage, "sql: more than one statement",
                  "pass one SELECT statement; run several with several `sociometer sql` calls");
    }
    // Ask SQLite itself whether the statement writes, before running anything.
    if (!query.read_only()) {
      throw Error(
          ErrorKind::usage, "sql: only read-only statements are allowed",
          "use SELECT (or WITH … SELECT); the store is changed only by sociometer commands");
    }
    return query;
  } catch (const SqliteError &error) {
    if (refusal) {
      throw Error(ErrorKind::usage, "sql: " + refusal->message, refusal->hint);
    }
    throw Error(ErrorKind::usage, std::string("sql: ") + error.what());
  }
}

} // namespace

QueryEnd Store::run_query(const std::string &sql, const QueryOptions &options,
                          RowSink &sink) const {
  if (auto *server = m_impl->db.server()) {
    return run_pg_query(*server, sql, options, sink);
  }
  std::optional<Refusal> refusal;
  Watch watch;
  if (options.timeout) {
    watch.deadline = std::chrono::steady_clock::now() + *options.timeout;
  }
  watch.stop_requested = &options.stop_requested;
  const UntrustedScope scope(m_impl->db.handle(), refusal, watch);
  auto query = prepare_one(m_impl->db, sql, refusal);
  std::vector<Column> columns;
  columns.reserve(static_cast<std::size_t>(query.column_count()));
  for (int i = 0; i < query.column_count(); ++i) {
    columns.push_back(Column{query.column_name(i), ColumnType::text});
  }
  sink.columns(columns);
  std::vector<Cell> row(columns.size());
  try {
    while (query.step()) {
      for (int i = 0; i < query.column_count(); ++i) {
        row[static_cast<std::size_t>(i)] = cell_of(query, i);
      }
      sink.row(row);
    }
  } catch (const SqliteError &error) {
    if ((error.code() & 0xff) == SQLITE_INTERRUPT && watch.end != QueryEnd::complete) {
      return watch.end;
    }
    // The user's own SQL: its failures are usage errors that quote SQLite, not store failures.
    throw Error(ErrorKind::usage, std::string("sql: ") + error.what());
  }
  return QueryEnd::complete;
}

Table Store::query_readonly(const std::string &sql) const {
  Table table;
  TableSink sink(table);
  (void)run_query(sql, QueryOptions{}, sink);
  return table;
}

} // namespace sociometer::store
