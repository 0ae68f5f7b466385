// SPDX-License-Identifier: Apache-2.0
// Opening a store: the connection and its pragmas, the schema version, and migrations.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>
#include <unistd.h>

#include "migrations.hpp"
#include "pg_connection.hpp"
#include "sociometer/error.hpp"
#include "sociometer/store/postgres.hpp"
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

void apply_pragmas(Connection &db, OpenMode mode, std::chrono::milliseconds busy_timeout) {
  // A reader waits for a writer's commit (a checkpoint), a writer for another's transaction.
  db.set_busy_timeout(static_cast<int>(busy_timeout.count()));
  if (mode != OpenMode::read_only) {
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    // Fewer, larger checkpoints: bulk ingests write each page to the main file less often.
    db.exec("PRAGMA wal_autocheckpoint = 16384");
  } else {
    db.exec("PRAGMA query_only = ON");
    // No memory map: every page of the store a scan touched through one would count in the
    // process's resident memory (1 GiB on a million posts); read() through the page cache
    // below costs little more (docs/performance.md, "Flat memory for graphs").
    db.exec("PRAGMA mmap_size = 0");
  }
  db.exec("PRAGMA foreign_keys = ON");
  // Writers keep 64 MiB for the index b-trees an ingest probes; readers scan, and the kernel's
  // page cache serves them as fast: 16 MiB was as fast or faster for every analysis on a million
  // posts and 50 MiB smaller (docs/performance.md, "Every command on the 1M store").
  db.exec(mode == OpenMode::read_only ? "PRAGMA cache_size = -16384"
                                      : "PRAGMA cache_size = -65536");
  // Sorts beyond the cache (building an index after a bulk load, a large GROUP BY or ORDER BY)
  // spill to temporary files: in memory they grew with the store (644 MiB at 10M posts).
  db.exec("PRAGMA temp_store = FILE");
}

bool folder_writable(const std::string &path) {
  auto folder = std::filesystem::path(path).parent_path();
  if (folder.empty()) {
    folder = ".";
  }
  return ::access(folder.c_str(), W_OK) == 0;
}

// Whether the store's write-ahead log holds changes not yet copied into the store file.
bool wal_has_content(const std::string &path) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path + "-wal", error);
  return !error && size > 0;
}

// Why the store at `path` could not be opened, in the words its cause needs.
Error open_error(const std::string &path, OpenMode mode, const SqliteError &error) {
  if (error.primary_code() == SQLITE_BUSY) {
    return busy_store_error(path);
  }
  if (error.primary_code() == SQLITE_NOTADB) {
    return {ErrorKind::store, "not a sociometer store: " + path + " is not an SQLite database",
            "pass --db with a store made by `sociometer init` or `sociometer ingest`"};
  }
  if (mode == OpenMode::read_only && !folder_writable(path) && wal_has_content(path)) {
    return {ErrorKind::store,
            path + ": cannot read the store: its folder is not writable and " + path +
                "-wal holds changes not yet in the store file",
            "run `sociometer init` on it once as a user who may write its folder (that writes the "
            "changes into the store file)"};
  }
  if (mode != OpenMode::read_write_create && !std::filesystem::exists(path)) {
    return store_error(path, "cannot open store", error,
                       "run `sociometer init` to create it, or pass --db PATH");
  }
  return store_error(path, "cannot open store", error,
                     "check that the disk has free space, that you may read " + path +
                         (mode == OpenMode::read_only ? "" : " and write its folder") +
                         ", and that no other program holds it");
}

// A reader needs the store's `-shm` file, which SQLite creates when absent: in a folder the user
// cannot write, a store closed cleanly (no `-wal`, so no `-shm` either) cannot be read that way.
// Opened immutable it can, without the `-shm`, and correctly: nothing is pending in a WAL, and no
// sociometer can be writing it (a writer keeps a `-wal` beside it). With a `-wal` that holds
// changes, the file alone is not the store, so that case stays an error.
bool needs_immutable_open(const std::string &path, const SqliteError &error) {
  const int code = error.primary_code();
  return (code == SQLITE_READONLY || code == SQLITE_CANTOPEN) && !folder_writable(path) &&
         !wal_has_content(path);
}

// `file:PATH?immutable=1`, with the characters a URI path cannot hold escaped.
std::string immutable_uri(const std::string &path) {
  std::string uri = "file:";
  for (const char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      constexpr char k_hex[] = "0123456789ABCDEF";
      uri += '%';
      uri += k_hex[(static_cast<unsigned char>(c) >> 4) & 0xf];
      uri += k_hex[static_cast<unsigned char>(c) & 0xf];
    } else {
      uri += c;
    }
  }
  return uri + "?immutable=1";
}

// The store in the PostgreSQL database at `location`. A reader sees one snapshot for the whole
// command; a writer holds the store's writer lock (an advisory lock) for its whole run, as the
// SQLite store's WriterLock does, but for an ingest, which takes it batch by batch (PgWriterTurn).
std::unique_ptr<Store::Impl> open_postgres(const std::string &location, OpenMode mode,
                                           std::chrono::milliseconds busy_timeout,
                                           const std::string &snapshot = {}) {
  auto impl = std::make_unique<Store::Impl>(std::make_unique<PgConnection>(location));
  auto &db = impl->db;
  if (const int version = pg_schema_version(*db.server()); version > latest_schema_version()) {
    throw Error(ErrorKind::store,
                db.path() + ": store schema v" + std::to_string(version) +
                    " is newer than this sociometer (v" + std::to_string(latest_schema_version()) +
                    ")",
                "upgrade sociometer");
  }
  if (mode != OpenMode::read_only) {
    impl->pg_turn = std::make_unique<PgWriterTurn>(*db.server(), busy_timeout);
    return impl;
  }
  // One snapshot for the whole command, as an SQLite reader sees one: concurrent writers change
  // nothing it reads, and nothing run through this Store can write.
  db.guard("cannot start a read-only transaction", [&] {
    if (!snapshot.empty()) {
      // A lock this reader waits for may be queued behind an ACCESS EXCLUSIVE request that waits
      // for the other reader's transaction, whose thread waits for this one: bounded, not hung.
      db.exec("SET lock_timeout = " + std::to_string(std::max<std::int64_t>(
                                          1, static_cast<std::int64_t>(busy_timeout.count()))));
    }
    db.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!snapshot.empty()) { // a reader beside another, at its snapshot (an ID the server made)
      db.exec("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
    }
  });
  db.server()->mark_read_only_snapshot();
  return impl;
}

// Starts a read-only SQLite Store's one transaction and takes its snapshot now, with a read
// (a deferred BEGIN takes it at the first statement that reads).
void begin_read_snapshot(Connection &db) {
  db.guard("cannot start a read transaction", [&] {
    db.exec("BEGIN");
    Statement(db, "PRAGMA user_version").step();
  });
}

} // namespace

int latest_schema_version() noexcept { return migrations().back().version; }

Store::Store(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Store::Store(const std::string &path, OpenMode mode, std::chrono::milliseconds busy_timeout,
             ReaderBeside beside) {
  const bool wants_beside = mode == OpenMode::read_only && beside == ReaderBeside::wanted;
  if (is_postgres_location(path)) {
    m_impl = open_postgres(path, mode, busy_timeout);
    if (wants_beside) {
      // PostgreSQL shares a snapshot by name while its transaction lasts.
      const auto exported = m_impl->db.server()->query("SELECT pg_export_snapshot()",
                                                       "cannot share the read snapshot");
      try {
        m_impl->beside = std::unique_ptr<Store>(
            new Store(open_postgres(path, mode, busy_timeout, exported.string(0, 0))));
      } catch (const Error &) { // NOLINT(bugprone-empty-catch): none, as promised (e.g. a
                                // connection limit); the command reads on one connection
      }
    }
    return;
  }
  if (std::filesystem::is_directory(path)) {
    throw Error(ErrorKind::store, path + ": --db names a folder, not a store file",
                "pass the store's file, e.g. --db " +
                    (std::filesystem::path(path) / "sociometer.db").string());
  }
  const auto lock_timeout = mode == OpenMode::read_only
                                ? std::nullopt
                                : std::optional<std::chrono::milliseconds>(busy_timeout);
  const auto open = [&](const std::string &uri, int flags) {
    m_impl = std::make_unique<Impl>(path, uri, flags, lock_timeout);
    apply_pragmas(m_impl->db, mode, busy_timeout);
    // The first read: a file that is not SQLite, or a WAL that cannot be read, fails here.
    Statement(m_impl->db, "PRAGMA user_version").step();
  };
  try {
    open("", open_flags(mode));
  } catch (const SqliteError &error) {
    m_impl.reset();
    if (!(mode == OpenMode::read_only && needs_immutable_open(path, error))) {
      throw open_error(path, mode, error);
    }
    try {
      open(immutable_uri(path), open_flags(mode) | SQLITE_OPEN_URI);
    } catch (const SqliteError &again) {
      throw open_error(path, mode, again);
    }
  }
  if (schema_version() > latest_schema_version()) {
    throw Error(ErrorKind::store,
                path + ": store schema v" + std::to_string(schema_version()) +
                    " is newer than this sociometer (v" + std::to_string(latest_schema_version()) +
                    ")",
                "upgrade sociometer");
  }
  if (mode == OpenMode::read_only) {
    // One snapshot for the whole command, as on PostgreSQL: an ingest committing meanwhile
    // changes nothing a reader's several statements see, and the shared lock on the WAL is taken
    // once instead of by every statement (a lookup per post cost 7 % of `causes` in fcntl).
    // A reader beside takes its snapshot while no sociometer writer can commit, so both see
    // the same: Debian's SQLite lacks sqlite3_snapshot_open. (Opened immutable too: another user
    // may be writing the store this one cannot.)
    const auto no_writer =
        wants_beside ? std::make_unique<NoWriterLock>(path) : std::unique_ptr<NoWriterLock>();
    begin_read_snapshot(m_impl->db);
    if (no_writer && no_writer->held()) {
      try {
        m_impl->beside = std::make_unique<Store>(path, OpenMode::read_only, busy_timeout);
        // Its reads are scans, which the kernel's page cache serves as well: a small cache
        // keeps the second reader's memory small.
        auto &beside_db = m_impl->beside->m_impl->db;
        beside_db.guard("cannot size the second reader's cache",
                        [&] { beside_db.exec("PRAGMA cache_size = -2048"); });
      } catch (const Error &) { // NOLINT(bugprone-empty-catch): none, as promised; the command
                                // reads on one connection
      }
    }
  }
}

const Store *Store::reader_beside() const noexcept { return m_impl->beside.get(); }

Store::~Store() = default;
Store::Store(Store &&) noexcept = default;
Store &Store::operator=(Store &&) noexcept = default;

int Store::schema_version() const {
  if (auto *server = m_impl->db.server()) {
    return pg_schema_version(*server);
  }
  return m_impl->db.guard("cannot read schema version", [&] {
    Statement version(m_impl->db, "PRAGMA user_version");
    return version.step() ? static_cast<int>(version.integer(0)) : 0;
  });
}

int Store::migrate() {
  auto &db = m_impl->db;
  if (db.server() != nullptr) {
    throw not_yet_on_postgres(db.path()); // PgStore migrates a PostgreSQL store
  }
  // The SQL a killed bulk load left is of the schema it ran on: it runs before any migration.
  if (schema_version() > 0) {
    db.guard("cannot build the indexes an earlier bulk load deferred",
             [&] { complete_deferred_work(db); });
  }
  // A migration may rebuild a table others refer to (SQLite's way to change a constraint): with
  // foreign keys on, dropping the old table would fail. They are switched off outside the
  // transactions (the pragma is a no-op inside one) and checked before each commit instead.
  db.guard("cannot prepare migrations", [&] { db.exec("PRAGMA foreign_keys = OFF"); });
  int applied = 0;
  try {
    for (const auto &migration : migrations()) {
      if (migration.version <= schema_version()) {
        continue;
      }
      db.guard("migration " + std::string(migration.name) + " failed", [&] {
        Transaction transaction(db);
        db.exec(std::string(migration.sql));
        if (Statement check(db, "PRAGMA foreign_key_check"); check.step()) {
          throw SqliteError("foreign key violated in table " + check.string(0), SQLITE_CONSTRAINT);
        }
        db.exec("PRAGMA user_version = " + std::to_string(migration.version));
        transaction.commit();
      });
      ++applied;
    }
  } catch (...) {
    db.rollback_quietly();
    try {
      db.exec("PRAGMA foreign_keys = ON");
    } catch (const SqliteError &) { // NOLINT(bugprone-empty-catch): the first error is reported
    }
    throw;
  }
  db.guard("cannot finish migrations", [&] { db.exec("PRAGMA foreign_keys = ON"); });
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
