// SPDX-License-Identifier: Apache-2.0
// Ingest into a PostgreSQL store (docs/scale.md): the writer that stages an input in a local
// SQLite store and ships it with COPY, and the row-by-row writer it falls back on.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "sociometer/store/ingest_writer.hpp"
#include "sociometer/store/store.hpp"

namespace sociometer::store {

class Connection;
class PgConnection;
class PgWriterTurn;

// The store's ingest writer on `db`, row by row; on PostgreSQL it takes `turn` for each batch.
[[nodiscard]] std::unique_ptr<IngestWriter> make_row_writer(Connection &db, std::int64_t import_id,
                                                            PgWriterTurn *turn);

// The ingest writer of a PostgreSQL store: a bulk load of a store without rows is staged in a
// local SQLite store and copied in one transaction; everything else goes row by row.
[[nodiscard]] std::unique_ptr<IngestWriter> make_pg_ingest_writer(Store::Impl &impl,
                                                                  std::int64_t import_id);

// Whether any table of the PostgreSQL store but those in `skip` holds a row.
[[nodiscard]] bool pg_store_holds_rows(PgConnection &server, const std::vector<std::string> &skip);

// Copies every row of the SQLite store at `staging` into the connected PostgreSQL store with
// COPY, table by table, in the caller's transaction (its foreign keys deferred); tables in
// `skip` are left out. Identity columns continue after the copied IDs.
void copy_staged_rows(const std::string &staging, PgConnection &server,
                      const std::vector<std::string> &skip);

} // namespace sociometer::store
