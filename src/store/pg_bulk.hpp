// SPDX-License-Identifier: Apache-2.0
// Ingest into a PostgreSQL store (docs/scale.md): the writer that stages an input in a local
// SQLite store and ships it with COPY, and the row-by-row writer it falls back on.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "sociometer/model/records.hpp"
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

// For each of `posts` (one chunk of an input, in its order): whether the connected store holds the
// post already exactly as the record gives it (same content hash under the same author, and a
// metric snapshot at its observation time with every value the record has), so that the writer's
// rules would write nothing for it. One query for the whole chunk. A record is never reported
// unchanged when its author would be added or completed, when its post is named twice in the
// chunk, or when any record of the chunk may join another route's post by content.
[[nodiscard]] std::vector<bool>
posts_stored_unchanged(PgConnection &server, const std::vector<const PostRecord *> &posts);

} // namespace sociometer::store
