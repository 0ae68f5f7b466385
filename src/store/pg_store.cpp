// SPDX-License-Identifier: Apache-2.0
// A store in a PostgreSQL database: connecting, the schema version, migrations, settings.
#include <string>

#include "migrations.hpp"
#include "pg_connection.hpp"
#include "sociometer/store/postgres.hpp"
#include "sociometer/store/store.hpp"

namespace sociometer::store {
namespace {

// Held by a migrating session for its transaction: two `init`s at once take turns.
constexpr const char *k_migration_lock = "SELECT pg_advisory_xact_lock(7316002931)";

} // namespace

int pg_schema_version(PgConnection &db) {
  const auto table =
      db.query("SELECT to_regclass('sociometer_schema') IS NOT NULL", "cannot read schema version");
  if (table.text(0, 0) != "t") {
    return 0;
  }
  const auto version =
      db.query("SELECT max(version) FROM sociometer_schema", "cannot read schema version");
  return version.is_null(0, 0) ? 0 : std::stoi(version.string(0, 0));
}

struct PgStore::Impl {
  PgConnection db;
  explicit Impl(const std::string &location) : db(location) {}
};

PgStore::PgStore(const std::string &location) : m_impl(std::make_unique<Impl>(location)) {
  const int version = schema_version();
  if (version > latest_schema_version()) {
    throw Error(ErrorKind::store,
                name() + ": store schema v" + std::to_string(version) +
                    " is newer than this sociometer (v" + std::to_string(latest_schema_version()) +
                    ")",
                "upgrade sociometer");
  }
}

PgStore::~PgStore() = default;
PgStore::PgStore(PgStore &&) noexcept = default;
PgStore &PgStore::operator=(PgStore &&) noexcept = default;

const std::string &PgStore::name() const { return m_impl->db.name(); }

int PgStore::schema_version() const { return pg_schema_version(m_impl->db); }

int PgStore::migrate() {
  auto &db = m_impl->db;
  int applied = 0;
  try {
    db.exec("BEGIN", "cannot start migrations");
    (void)db.query(k_migration_lock, "cannot start migrations");
    const int before = pg_schema_version(db);
    for (const auto &migration : pg_migrations()) {
      if (migration.version <= before) {
        continue;
      }
      const std::string context = "migration " + std::string(migration.name) + " failed";
      db.exec(std::string(migration.sql), context);
      db.exec("DELETE FROM sociometer_schema; INSERT INTO sociometer_schema (version) VALUES (" +
                  std::to_string(migration.version) + ")",
              context);
      ++applied;
    }
    db.exec("COMMIT", "cannot commit migrations");
  } catch (...) {
    db.rollback_quietly();
    throw;
  }
  return applied;
}

void PgStore::require_current_schema() const {
  const int version = schema_version();
  if (version == 0) {
    throw Error(ErrorKind::store, name() + ": not a sociometer store (no schema)",
                "run `sociometer init` first, or pass --db PATH");
  }
  if (version < latest_schema_version()) {
    throw Error(ErrorKind::store,
                name() + ": store schema v" + std::to_string(version) +
                    " is older than this sociometer (v" + std::to_string(latest_schema_version()) +
                    ")",
                "run `sociometer init` to migrate it");
  }
}

std::optional<std::string> PgStore::setting(const std::string &key) const {
  const auto result = m_impl->db.query("SELECT value FROM settings WHERE key = $1",
                                       "cannot read setting " + key, {key.c_str()});
  if (result.rows() == 0) {
    return std::nullopt;
  }
  return result.string(0, 0);
}

void PgStore::set_setting(const std::string &key, const std::string &value) {
  (void)m_impl->db.query("INSERT INTO settings (key, value) VALUES ($1, $2) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                         "cannot write setting " + key, {key.c_str(), value.c_str()});
}

} // namespace sociometer::store
