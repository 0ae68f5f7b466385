// SPDX-License-Identifier: Apache-2.0
// One sociometer writer per store at a time, for the writer's whole run: an exclusive flock(2) on
// the file `<store>-lock` beside the store. SQLite's own write lock lasts one transaction, and an
// ingest commits in batches, so it cannot say "another sociometer is writing this store" between
// two batches; this lock can, and the kernel releases it when its process dies however it dies.
#pragma once

#include <chrono>
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

class PgConnection;

// The WriterLock of a store in a PostgreSQL database: a session-level advisory lock on `server`,
// held until the connection closes (the server releases it when the session ends however it
// ends). Polls pg_try_advisory_lock up to `timeout`, then throws busy_store_error.
void take_pg_writer_lock(PgConnection &server, std::chrono::milliseconds timeout);

} // namespace sociometer::store
