// SPDX-License-Identifier: Apache-2.0
// Opening a store: the connection and its pragmas, the schema version, and migrations.
#include <sqlite3.h>

#include "migrations.hpp"
#include "sociometer/error.hpp"
#include "store_state.hpp"

namespace sociometer::store {
namespace {

int open_flags(OpenMode mode) {
  // One connection per thread (the library is used from one thread): no SQLite mutexes.
  switch (mode) {
  case OpenMode::read_write_create:
    return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  case OpenMode::read_write:
    return SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  case OpenMode::read_only:
    break;
  }
  return SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX;
}

void apply_pragmas(Connection &db, OpenMode mode) {
  // A reader (report) should wait for a writer's short commit rather than fail at once.
  db.set_busy_timeout(10000);
  if (mode != OpenMode::read_only) {
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    // Fewer, larger checkpoints: bulk ingests write each page to the main file less often.
    db.exec("PRAGMA wal_autocheckpoint = 16384");
  } else {
    db.exec("PRAGMA query_only = ON");
    // Analyses scan large tables: reading pages through a mapping instead of read() copies
    // makes a full scan about 1.5x faster (docs/performance.md). The mapped pages are the OS
    // page cache's, shown in RSS but reclaimable.
    db.exec("PRAGMA mmap_size = 1073741824");
  }
  db.exec("PRAGMA foreign_keys = ON");
  db.exec("PRAGMA cache_size = -65536");
  db.exec("PRAGMA temp_store = MEMORY");
}

} // namespace

int latest_schema_version() noexcept { return migrations().back().version; }

Store::Store(const std::string &path, OpenMode mode) {
  try {
    m_impl = std::make_unique<Impl>(path, open_flags(mode));
    apply_pragmas(m_impl->db, mode);
  } catch (const SqliteError &error) {
    const bool missing = mode != OpenMode::read_write_create;
    throw store_error(path, "cannot open store", error,
                      missing ? "run `sociometer init` to create it, or pass --db PATH" : "");
  }
  if (schema_version() > latest_schema_version()) {
    throw Error(ErrorKind::store,
                path + ": store schema v" + std::to_string(schema_version()) +
                    " is newer than this sociometer (v" + std::to_string(latest_schema_version()) +
                    ")",
                "upgrade sociometer");
  }
}

Store::~Store() = default;
Store::Store(Store &&) noexcept = default;
Store &Store::operator=(Store &&) noexcept = default;

int Store::schema_version() const {
  return m_impl->db.guard("cannot read schema version", [&] {
    Statement version(m_impl->db, "PRAGMA user_version");
    return version.step() ? static_cast<int>(version.integer(0)) : 0;
  });
}

int Store::migrate() {
  int applied = 0;
  for (const auto &migration : migrations()) {
    if (migration.version <= schema_version()) {
      continue;
    }
    m_impl->db.guard("migration " + std::string(migration.name) + " failed", [&] {
      Transaction transaction(m_impl->db);
      m_impl->db.exec(std::string(migration.sql));
      m_impl->db.exec("PRAGMA user_version = " + std::to_string(migration.version));
      transaction.commit();
    });
    ++applied;
  }
  return applied;
}

void Store::require_current_schema() const {
  const int version = schema_version();
  if (version == 0) {
    throw Error(ErrorKind::store, m_impl->db.path() + ": not a sociometer store (no schema)",
                "run `sociometer init` first, or pass --db PATH");
  }
  if (version < latest_schema_version()) {
    throw Error(ErrorKind::store,
                m_impl->db.path() + ": store schema v" + std::to_string(version) +
                    " is older than this sociometer (v" + std::to_string(latest_schema_version()) +
                    ")",
                "run `sociometer init` to migrate it");
  }
}

} // namespace sociometer::store
