// SPDX-License-Identifier: Apache-2.0
// The PostgreSQL backend (docs/scale.md): telling a server location from a store file,
// connecting without ever showing a password, the schema (`init` creates or upgrades it), and
// `store copy` between SQLite and PostgreSQL. Every other command reads and writes a server's
// store through Store, as it does an SQLite file.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sociometer/error.hpp"

namespace sociometer::store {

// Whether `location` (--db or $SOCIOMETER_DB) names a PostgreSQL database: a `postgresql://` or
// `postgres://` URI, which libpq reads (host, port, user, database, sslmode, ...).
[[nodiscard]] bool is_postgres_location(std::string_view location);

// `location` with any password (`user:PASSWORD@`, `password=` parameters) replaced by `***`:
// the only form of a location that reaches a message or a log.
[[nodiscard]] std::string redact_location(std::string_view location);

// Error(usage) "<location>: this command does not yet run on PostgreSQL", hinting at `store
// copy`: for a Store method with no PostgreSQL twin (Store::migrate; PgStore migrates).
[[nodiscard]] Error not_yet_on_postgres(std::string_view location);

// One PostgreSQL database holding a store: its schema and settings.
class PgStore {
public:
  // Connects to `location`. Throws Error(usage) when the location holds a password (it would
  // show in the process list; libpq reads it from ~/.pgpass or $PGPASSWORD instead),
  // Error(store) when the server cannot be reached or refuses, and Error(store) with the SQLite
  // backend's words when the store's schema is newer than this build.
  explicit PgStore(const std::string &location);
  ~PgStore();
  PgStore(PgStore &&) noexcept;
  PgStore &operator=(PgStore &&) noexcept;

  // The location without its password, for messages.
  [[nodiscard]] const std::string &name() const;
  // The schema version the database is at (0 for a database without a store).
  [[nodiscard]] int schema_version() const;
  // Creates or upgrades the schema in one transaction (concurrent runs wait for each other).
  // Returns how many migrations ran.
  int migrate();
  // Throws Error(store) with a hint to run `sociometer init` unless the schema is current.
  void require_current_schema() const;
  // The value stored under `key`, if any.
  [[nodiscard]] std::optional<std::string> setting(const std::string &key) const;
  // Creates or replaces the value under `key`.
  void set_setting(const std::string &key, const std::string &value);

  struct Impl;

private:
  std::unique_ptr<Impl> m_impl;
};

// What `store copy` found for one table: rows and content checksum on each side.
struct TableCopy {
  std::string table;
  std::int64_t source_rows = 0;
  std::int64_t target_rows = 0;
  std::string source_sha256; // of the rows in key order, each value with its type
  std::string target_sha256;
};

// Copies every table of the store at `from` into the store at `to` (each an SQLite file or a
// PostgreSQL location), in one transaction on each side, then reads the target back: returns
// every table's row counts and checksums on both sides. The source must be at the current
// schema; the target is created or migrated and must hold no rows (an SQLite target must not
// exist yet or be empty). Throws Error(store) when the two differ after the copy.
[[nodiscard]] std::vector<TableCopy> copy_store(const std::string &from, const std::string &to);

} // namespace sociometer::store
