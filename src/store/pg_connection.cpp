// SPDX-License-Identifier: Apache-2.0
// libpq behind PgConnection, and what a PostgreSQL location may show of itself.
#include "pg_connection.hpp"

#include <libpq-fe.h>

#include <poll.h>

#include <array>
#include <cstdlib>
#include <memory>

#include "sociometer/store/postgres.hpp"

namespace sociometer::store {
namespace {

constexpr std::string_view k_masked = "***";

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) {
    return false;
  }
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    const char c = text[i];
    const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (lower != prefix[i]) {
      return false;
    }
  }
  return true;
}

// `user:PASSWORD@` in the authority of a URI, PASSWORD masked.
std::string redact_authority(std::string_view authority) {
  const auto at = authority.rfind('@');
  if (at == std::string_view::npos) {
    return std::string(authority);
  }
  const auto userinfo = authority.substr(0, at);
  const auto colon = userinfo.find(':');
  if (colon == std::string_view::npos) {
    return std::string(authority);
  }
  return std::string(userinfo.substr(0, colon + 1)) + std::string(k_masked) +
         std::string(authority.substr(at));
}

// `password=VALUE` parameters of a URI's query, VALUE masked.
std::string redact_query(std::string_view query) {
  std::string out;
  std::size_t start = 0;
  while (start <= query.size()) {
    auto end = query.find('&', start);
    if (end == std::string_view::npos) {
      end = query.size();
    }
    const auto parameter = query.substr(start, end - start);
    if (!out.empty() || start > 0) {
      out += '&';
    }
    if (starts_with_ci(parameter, "password=")) {
      out += "password=" + std::string(k_masked);
    } else {
      out += parameter;
    }
    start = end + 1;
  }
  return out;
}

// Whether libpq would take a password from `location` itself.
bool holds_password(const std::string &location) {
  char *message = nullptr;
  PQconninfoOption *options = PQconninfoParse(location.c_str(), &message);
  PQfreemem(message);
  if (options == nullptr) {
    // Unparseable: connecting says why. A mask of what looks like a password is still applied.
    return redact_location(location) != location;
  }
  bool found = false;
  for (const auto *option = options; option->keyword != nullptr; ++option) {
    if (std::string_view(option->keyword) == "password" && option->val != nullptr &&
        *option->val != '\0') {
      found = true;
    }
  }
  PQconninfoFree(options);
  return found;
}

// libpq's message without its trailing newline.
std::string trimmed(const char *message) {
  std::string text = message == nullptr ? "" : message;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
    text.pop_back();
  }
  return text;
}

} // namespace

bool is_postgres_location(std::string_view location) {
  return starts_with_ci(location, "postgresql://") || starts_with_ci(location, "postgres://");
}

std::string redact_location(std::string_view location) {
  const auto scheme_end = location.find("://");
  if (scheme_end == std::string_view::npos) {
    return std::string(location);
  }
  const auto rest = location.substr(scheme_end + 3);
  const auto authority_end = rest.find_first_of("/?#");
  const auto authority = rest.substr(0, authority_end);
  std::string out = std::string(location.substr(0, scheme_end + 3)) + redact_authority(authority);
  if (authority_end == std::string_view::npos) {
    return out;
  }
  const auto tail = rest.substr(authority_end);
  const auto question = tail.find('?');
  if (question == std::string_view::npos) {
    return out + std::string(tail);
  }
  return out + std::string(tail.substr(0, question + 1)) + redact_query(tail.substr(question + 1));
}

Error not_yet_on_postgres(std::string_view location) {
  return {ErrorKind::usage,
          redact_location(location) + ": this command does not yet run on PostgreSQL",
          "use `sociometer store copy --from " + redact_location(location) +
              " --to FILE.db` and run it on the SQLite copy (docs/scale.md)"};
}

PgResult::~PgResult() { PQclear(m_result); }
PgResult &PgResult::operator=(PgResult &&other) noexcept {
  if (this != &other) {
    PQclear(m_result);
    m_result = std::exchange(other.m_result, nullptr);
  }
  return *this;
}

std::string pg_array_literal(const std::vector<std::optional<std::string_view>> &values) {
  std::string literal = "{";
  for (const auto &value : values) {
    if (literal.size() > 1) {
      literal += ',';
    }
    if (!value) {
      literal += "NULL";
      continue;
    }
    literal += '"';
    for (const char c : *value) {
      if (c == '"' || c == '\\') {
        literal += '\\';
      }
      literal += c;
    }
    literal += '"';
  }
  literal += '}';
  return literal;
}

int PgResult::rows() const noexcept { return PQntuples(m_result); }
int PgResult::columns() const noexcept { return PQnfields(m_result); }
bool PgResult::is_null(int row, int column) const noexcept {
  return PQgetisnull(m_result, row, column) != 0;
}
std::string_view PgResult::text(int row, int column) const noexcept {
  return {PQgetvalue(m_result, row, column),
          static_cast<std::size_t>(PQgetlength(m_result, row, column))};
}
unsigned PgResult::type(int column) const noexcept { return PQftype(m_result, column); }
std::string PgResult::column_name(int column) const {
  const char *name = PQfname(m_result, column);
  return name == nullptr ? std::string() : std::string(name);
}
int PgResult::changes() const noexcept {
  const char *count = PQcmdTuples(m_result);
  return count == nullptr || *count == '\0' ? 0 : std::atoi(count);
}

PgConnection::PgConnection(const std::string &location) : m_name(redact_location(location)) {
  if (holds_password(location)) {
    throw Error(ErrorKind::usage,
                m_name + ": the connection string holds a password, which would show in the "
                         "process list and in logs",
                "remove it and put it in ~/.pgpass or $PGPASSWORD");
  }
  m_conn = PQconnectdb(location.c_str());
  if (m_conn == nullptr) {
    throw error("cannot connect", "out of memory");
  }
  if (PQstatus(m_conn) != CONNECTION_OK) {
    const auto why = trimmed(PQerrorMessage(m_conn));
    PQfinish(m_conn);
    m_conn = nullptr;
    throw Error(ErrorKind::store, m_name + ": cannot connect: " + why,
                "check the server, database and user in --db (or $SOCIOMETER_DB), and the "
                "password in ~/.pgpass or $PGPASSWORD");
  }
  // Messages in the server's words, without its notices on stderr.
  PQsetNoticeProcessor(
      m_conn, [](void *, const char *) {}, nullptr);
}

PgConnection::~PgConnection() { PQfinish(m_conn); }

Error PgConnection::error(std::string_view context, std::string_view message) const {
  return {ErrorKind::store, m_name + ": " + std::string(context) + ": " + std::string(message)};
}

PgResult PgConnection::checked(pg_result *result, std::string_view context) const {
  PgResult owned(result);
  const auto status = PQresultStatus(result);
  if (result == nullptr ||
      (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_COPY_IN)) {
    throw error(context,
                trimmed(result == nullptr ? PQerrorMessage(m_conn) : PQresultErrorMessage(result)));
  }
  return owned;
}

void PgConnection::exec(const std::string &sql, std::string_view context) {
  (void)checked(PQexec(m_conn, sql.c_str()), context);
}

PgResult PgConnection::query(const std::string &sql, std::string_view context,
                             const std::vector<const char *> &parameters) {
  return checked(PQexecParams(m_conn, sql.c_str(), static_cast<int>(parameters.size()), nullptr,
                              parameters.data(), nullptr, nullptr, 0),
                 context);
}

bool PgConnection::failed(pg_result *result, PgFailure &failure) const {
  const auto status = PQresultStatus(result);
  if (result != nullptr &&
      (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_SINGLE_TUPLE)) {
    return false;
  }
  failure.empty_query = status == PGRES_EMPTY_QUERY;
  failure.message =
      trimmed(result == nullptr ? PQerrorMessage(m_conn) : PQresultErrorMessage(result));
  const char *state = result == nullptr ? nullptr : PQresultErrorField(result, PG_DIAG_SQLSTATE);
  failure.sqlstate = state == nullptr ? "" : state;
  return true;
}

std::optional<PgResult> PgConnection::try_query(const std::string &sql,
                                                const std::vector<const char *> &parameters,
                                                PgFailure &failure) {
  pg_result *raw = PQexecParams(m_conn, sql.c_str(), static_cast<int>(parameters.size()), nullptr,
                                parameters.data(), nullptr, nullptr, 0);
  PgResult result(raw);
  if (failed(raw, failure)) {
    return std::nullopt;
  }
  return result;
}

bool PgConnection::try_prepare(const std::string &name, const std::string &sql,
                               PgFailure &failure) {
  pg_result *raw = PQprepare(m_conn, name.c_str(), sql.c_str(), 0, nullptr);
  const PgResult result(raw);
  return !failed(raw, failure);
}

std::optional<PgResult>
PgConnection::try_query_prepared(const std::string &name,
                                 const std::vector<const char *> &parameters, PgFailure &failure) {
  pg_result *raw = PQexecPrepared(m_conn, name.c_str(), static_cast<int>(parameters.size()),
                                  parameters.data(), nullptr, nullptr, 0);
  PgResult result(raw);
  if (failed(raw, failure)) {
    return std::nullopt;
  }
  return result;
}

void PgConnection::deallocate_quietly(const std::string &name) noexcept {
  if (m_conn != nullptr && PQtransactionStatus(m_conn) != PQTRANS_INERROR) {
    PQclear(PQexec(m_conn, ("DEALLOCATE " + name).c_str()));
  }
}

void PgConnection::close_cursor_quietly(const std::string &name) noexcept {
  if (m_conn != nullptr && PQtransactionStatus(m_conn) == PQTRANS_INTRANS) {
    PQclear(PQexec(m_conn, ("CLOSE " + name).c_str()));
  }
}

bool PgConnection::stream(const std::string &sql, const std::function<bool()> &stop,
                          PgFailure &failure, const std::function<void(PgResult &&)> &each) {
  // The extended protocol (PQsendQueryParams) refuses a second statement, as the store wants.
  if (PQsendQueryParams(m_conn, sql.c_str(), 0, nullptr, nullptr, nullptr, nullptr, 0) != 1) {
    failed(nullptr, failure);
    return false;
  }
  (void)PQsetSingleRowMode(m_conn);
  bool cancel_sent = false;
  const auto cancel_when_stopped = [&] {
    if (cancel_sent || !stop()) {
      return;
    }
    if (PGcancel *cancel = PQgetCancel(m_conn)) {
      std::array<char, 256> message{};
      (void)PQcancel(cancel, message.data(), static_cast<int>(message.size()));
      PQfreeCancel(cancel);
    }
    cancel_sent = true;
  };
  bool ok = true;
  while (true) {
    cancel_when_stopped();
    while (PQisBusy(m_conn) != 0) {
      pollfd readable{PQsocket(m_conn), POLLIN, 0};
      (void)::poll(&readable, 1, 100); // wakes every 0.1 s to look at `stop`
      if (PQconsumeInput(m_conn) == 0) {
        failed(nullptr, failure);
        return false;
      }
      cancel_when_stopped();
    }
    pg_result *raw = PQgetResult(m_conn);
    if (raw == nullptr) {
      return ok;
    }
    PgResult result(raw);
    if (!ok) {
      continue; // after a failure, only drains what follows
    }
    if (failed(raw, failure)) {
      ok = false;
    } else if (!cancel_sent) {
      each(std::move(result));
    }
  }
}

bool PgConnection::in_transaction() const noexcept {
  return m_conn != nullptr && PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

void PgConnection::begin_copy(const std::string &copy_sql, std::string_view context) {
  m_copy_context = context;
  (void)checked(PQexec(m_conn, copy_sql.c_str()), context);
}

void PgConnection::put(std::string_view data) {
  if (PQputCopyData(m_conn, data.data(), static_cast<int>(data.size())) != 1) {
    throw error(m_copy_context, trimmed(PQerrorMessage(m_conn)));
  }
}

void PgConnection::end_copy() {
  if (PQputCopyEnd(m_conn, nullptr) != 1) {
    throw error(m_copy_context, trimmed(PQerrorMessage(m_conn)));
  }
  // The COPY's own result, then the end of results.
  std::unique_ptr<PgResult> last;
  while (pg_result *result = PQgetResult(m_conn)) {
    last = std::make_unique<PgResult>(checked(result, m_copy_context));
  }
}

void PgConnection::rollback_quietly() noexcept {
  if (m_conn != nullptr && PQtransactionStatus(m_conn) != PQTRANS_IDLE) {
    PQclear(PQexec(m_conn, "ROLLBACK"));
  }
}

} // namespace sociometer::store
