// SPDX-License-Identifier: Apache-2.0
// The fetch_cursors table, for Store (reading, outcomes) and the ingest writer (a cursor saved in
// the transaction of the page it covers).
#pragma once

#include "sociometer/model/fetch_cursor.hpp"
#include "sqlite.hpp"

namespace sociometer::store {

// Creates or replaces the row of `cursor.source`, inside the caller's transaction.
void write_fetch_cursor(Connection &db, const FetchCursor &cursor);

} // namespace sociometer::store
