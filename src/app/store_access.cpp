// SPDX-License-Identifier: Apache-2.0
#include "sociometer/app/store_access.hpp"

#include <cstdint>
#include <cstdlib>
#include <filesystem>

#include "sociometer/error.hpp"
#include "sociometer/store/postgres.hpp"

namespace sociometer::app {

std::string resolve_store_path(const std::string &flag) {
  if (!flag.empty()) {
    return flag;
  }
  if (const char *env = std::getenv("SOCIOMETER_DB"); env != nullptr && *env != '\0') {
    return env;
  }
  return "sociometer.db";
}

std::chrono::milliseconds busy_timeout() {
  const char *env = std::getenv("SOCIOMETER_BUSY_TIMEOUT");
  if (env == nullptr || *env == '\0') {
    return store::k_default_busy_timeout;
  }
  const std::string text(env);
  std::size_t used = 0;
  double seconds = -1;
  try {
    seconds = std::stod(text, &used);
  } catch (const std::exception &) { // NOLINT(bugprone-empty-catch): reported just below
  }
  // At most a day: the milliseconds must fit SQLite's int.
  if (used != text.size() || !(seconds >= 0 && seconds <= 86400)) {
    throw Error(ErrorKind::usage, "SOCIOMETER_BUSY_TIMEOUT=" + text + ": not a number of seconds",
                "set it to how long a writer waits for another, e.g. 10 (0: do not wait)");
  }
  return std::chrono::milliseconds(static_cast<std::int64_t>(seconds * 1000));
}

store::Store open_existing_store(const std::string &path, store::OpenMode mode,
                                 store::ReaderBeside beside) {
  if (!store::is_postgres_location(path) && !std::filesystem::exists(path)) {
    throw Error(ErrorKind::store, path + ": no such store",
                "run `sociometer init` (or `sociometer ingest`) first, or pass --db PATH");
  }
  store::Store store(path, mode, busy_timeout(), beside);
  store.require_current_schema();
  return store;
}

store::Store open_writer_store(const std::string &path, bool &created) {
  if (store::is_postgres_location(path)) {
    // A database without a store gets the schema, as a missing store file is created.
    store::PgStore server(path);
    created = server.schema_version() == 0;
    if (created) {
      server.migrate();
    }
  } else {
    created = !std::filesystem::exists(path);
  }
  store::Store store(path, store::OpenMode::read_write_create, busy_timeout());
  if (created && !store::is_postgres_location(path)) {
    store.migrate();
  }
  store.require_current_schema();
  // This run holds the writer lock, so no process that left an import `running` is alive.
  store.mark_orphaned_imports();
  return store;
}

util::TimeZone resolve_zone(const std::optional<util::TimeZone> &named, const store::Store &store) {
  if (named) {
    return *named;
  }
  if (const auto configured = store.setting("tz")) {
    return util::TimeZone(*configured);
  }
  return util::TimeZone::utc();
}

} // namespace sociometer::app
