// SPDX-License-Identifier: Apache-2.0
#include "writer_lock.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

#include "pg_connection.hpp"
#include "sqlite.hpp"

namespace sociometer::store {

WriterLock::WriterLock(const std::string &store_path, std::chrono::milliseconds timeout) {
  const std::string lock_path = store_path + "-lock";
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-vararg): open(2) is variadic
  m_fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (m_fd < 0) {
    throw Error(ErrorKind::store,
                lock_path + ": cannot create the writer lock: " + std::strerror(errno),
                "commands that change the store need to write in the store's folder");
  }
  // The file is never removed: a writer that unlinked it could let two others lock two files.
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      const int error = errno;
      ::close(m_fd);
      throw Error(ErrorKind::store, lock_path + ": cannot lock: " + std::strerror(error));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      ::close(m_fd);
      throw busy_store_error(store_path);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

WriterLock::~WriterLock() {
  if (m_fd >= 0) {
    ::close(m_fd); // releases the lock
  }
}

NoWriterLock::NoWriterLock(const std::string &store_path) noexcept {
  const std::string lock_path = store_path + "-lock";
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-vararg): open(2) is variadic
  m_fd = ::open(lock_path.c_str(), O_RDONLY | O_CLOEXEC);
  if (m_fd >= 0 && ::flock(m_fd, LOCK_SH | LOCK_NB) != 0) {
    ::close(m_fd);
    m_fd = -1;
  }
}

NoWriterLock::~NoWriterLock() {
  if (m_fd >= 0) {
    ::close(m_fd); // releases the lock
  }
}

namespace {
// The advisory lock key of the store's writers (any number; one per database).
constexpr const char *k_pg_writer_lock = "SELECT pg_advisory_lock(7316002932)";
// The first key of the running imports' locks (the second is the import's ID).
constexpr const char *k_pg_import_lock = "SELECT pg_advisory_lock(731600, $1::integer)";
} // namespace

void take_pg_writer_lock(PgConnection &server, std::chrono::milliseconds timeout) {
  // The server queues the waiters (first come, first served), so a writer that gives the lock up
  // between batches and takes it again cannot starve another one waiting for it, as polling
  // would. lock_timeout bounds the wait, and is reset so as not to bound the writer's own waits.
  const auto limit = std::to_string(std::max<std::int64_t>(1, timeout.count()));
  server.exec("SET lock_timeout = " + limit, "cannot take the writer lock");
  PgFailure failure;
  const auto taken = server.try_query(k_pg_writer_lock, {}, failure);
  server.exec("SET lock_timeout = 0", "cannot take the writer lock");
  if (!taken) {
    if (failure.sqlstate == "55P03") { // lock_not_available: the timeout ran out
      throw busy_store_error(server.name());
    }
    throw server.error("cannot take the writer lock", failure.message);
  }
}

PgWriterTurn::PgWriterTurn(PgConnection &server, std::chrono::milliseconds timeout)
    : m_server(server), m_timeout(timeout) {
  take();
}

void PgWriterTurn::take() {
  if (!m_held) {
    take_pg_writer_lock(m_server, m_timeout);
    m_held = true;
  }
}

void PgWriterTurn::release() noexcept {
  if (!m_held) {
    return;
  }
  m_held = false;
  try {
    (void)m_server.query("SELECT pg_advisory_unlock(7316002932)", "cannot give up the writer lock");
  } catch (const Error &) { // NOLINT(bugprone-empty-catch): the session's end releases it
  }
}

void hold_pg_import_lock(PgConnection &server, std::int64_t import_id) {
  const auto id = std::to_string(import_id);
  (void)server.query(k_pg_import_lock, "cannot mark the import as running", {id.c_str()});
}

const char *pg_import_alive_sql() noexcept {
  return "EXISTS (SELECT 1 FROM pg_locks AS l WHERE l.locktype = 'advisory' AND l.granted "
         "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
         "AND l.classid = 731600 AND l.objid = imports.id::integer::oid AND l.objsubid = 2)";
}

} // namespace sociometer::store
