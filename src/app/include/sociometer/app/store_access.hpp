// SPDX-License-Identifier: Apache-2.0
// Finding and opening the store, and the report time zone that depends on it: the rules every
// command shares, so that no command resolves them its own way.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "sociometer/store/store.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::app {

// The store file: `flag` (`--db`) when given, else $SOCIOMETER_DB, else ./sociometer.db.
[[nodiscard]] std::string resolve_store_path(const std::string &flag);

// How long a writer waits for another before "the store is busy": SOCIOMETER_BUSY_TIMEOUT in
// seconds (0 to 86400, fractions allowed), else store::k_default_busy_timeout. Throws
// Error(usage) for another value.
[[nodiscard]] std::chrono::milliseconds busy_timeout();

// Opens the store of a command that reads or writes it. Throws Error(store) with a hint when
// `path` does not exist, and when its schema is not the current one. `beside`: see
// store::Store::reader_beside.
[[nodiscard]] store::Store
open_existing_store(const std::string &path, store::OpenMode mode,
                    store::ReaderBeside beside = store::ReaderBeside::no);

// Opens (creating and migrating when absent; `created` tells) the store of a run that writes
// posts, as the store's one sociometer writer for the whole run (see Store: the writer lock): a
// run that waited only for SQLite's lock at each batch could find the store taken between two
// batches and stop halfway. Imports a dead writer left `running` are marked interrupted.
[[nodiscard]] store::Store open_writer_store(const std::string &path, bool &created);

// The one precedence rule for the report zone: the zone the user named (`--tz`), else the
// store's configured zone, else UTC.
[[nodiscard]] util::TimeZone resolve_zone(const std::optional<util::TimeZone> &named,
                                          const store::Store &store);

} // namespace sociometer::app
