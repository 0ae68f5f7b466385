// SPDX-License-Identifier: Apache-2.0
#include "sociometer/app/store_access.hpp"

#include <cstdlib>
#include <filesystem>

#include "sociometer/error.hpp"

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

store::Store open_existing_store(const std::string &path, store::OpenMode mode) {
  if (!std::filesystem::exists(path)) {
    throw Error(ErrorKind::store, path + ": no such store",
                "run `sociometer init` (or `sociometer ingest`) first, or pass --db PATH");
  }
  store::Store store(path, mode);
  store.require_current_schema();
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
