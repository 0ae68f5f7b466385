// SPDX-License-Identifier: Apache-2.0
// One sociometer writer per store at a time, for the writer's whole run: an exclusive flock(2) on
// the file `<store>-lock` beside the store. SQLite's own write lock lasts one transaction, and an
// ingest commits in batches, so it cannot say "another sociometer is writing this store" between
// two batches; this lock can, and the kernel releases it when its process dies however it dies.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace sociometer::store {

class WriterLock {
public:
  // Takes the lock on `<store_path>-lock` (created when absent), waiting up to `timeout` for the
  // writer that holds it. Throws busy_store_error when it is still held then, and Error(store)
  // when the lock file cannot be created (the store's folder is not writable).
  WriterLock(const std::string &store_path, std::chrono::milliseconds timeout);
  ~WriterLock();
  WriterLock(const WriterLock &) = delete;
  WriterLock &operator=(const WriterLock &) = delete;

private:
  int m_fd = -1;
};

// A shared flock(2) on `<store>-lock`, taken only when no writer holds the lock, never waited
// for: while it is held no sociometer writer can start (WriterLock locks the file exclusively),
// so no commit can fall between two read snapshots taken meanwhile. Not held when the lock file
// does not exist or cannot be read (a writer could then start without meeting it).
class NoWriterLock {
public:
  explicit NoWriterLock(const std::string &store_path) noexcept;
  ~NoWriterLock();
  NoWriterLock(const NoWriterLock &) = delete;
  NoWriterLock &operator=(const NoWriterLock &) = delete;
  [[nodiscard]] bool held() const noexcept { return m_fd >= 0; }

private:
  int m_fd = -1;
};

class PgConnection;

// The WriterLock of a store in a PostgreSQL database: a session-level advisory lock on `server`,
// held until the connection closes (the server releases it when the session ends however it
// ends). Waits in the server's queue for it up to `timeout`, then throws busy_store_error.
void take_pg_writer_lock(PgConnection &server, std::chrono::milliseconds timeout);

// The writer lock of a PostgreSQL store taken in turns: a command that writes holds it from its
// start (take_pg_writer_lock), and an ingest gives it up after each batch it commits and takes it
// again for the next, so that concurrent ingests interleave their batches (docs/scale.md).
class PgWriterTurn {
public:
  // Takes the lock now, waiting up to `timeout` (busy_store_error after that).
  PgWriterTurn(PgConnection &server, std::chrono::milliseconds timeout);
  // Takes the lock unless this session holds it, waiting up to the timeout.
  void take();
  // Gives the lock up unless it is not held; never throws (the session's end releases it).
  void release() noexcept;
  [[nodiscard]] bool held() const noexcept { return m_held; }

private:
  PgConnection &m_server;
  std::chrono::milliseconds m_timeout;
  bool m_held = false;
};

// Marks the running import `import_id` as alive for as long as this session lasts (an advisory
// lock the server drops when the session ends however it ends), so that another writer's
// clean-up of orphaned imports leaves it alone.
void hold_pg_import_lock(PgConnection &server, std::int64_t import_id);

// The condition, on a row of `imports`, that its import's session still holds
// hold_pg_import_lock's lock.
[[nodiscard]] const char *pg_import_alive_sql() noexcept;

} // namespace sociometer::store
