// SPDX-License-Identifier: Apache-2.0
// Ingest into a PostgreSQL store (docs/scale.md): the writer that stages an input in a local
// SQLite store and ships it with COPY, and the row-by-row writer it falls back on.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "ingest_statements.hpp"
#include "sociometer/model/records.hpp"
#include "sociometer/store/ingest_writer.hpp"
#include "sociometer/store/store.hpp"

namespace sociometer::store {

struct BulkRun;
class Connection;
class PgConnection;
class PgWriterTurn;

// The store's ingest writer row by row, with what a merge into PostgreSQL asks of it besides.
class RowWriter : public IngestWriter {
public:
  // Opens the writer's transaction unless one is open (taking the writer lock on PostgreSQL).
  virtual void begin() = 0;
  // The ID of the account `ref` stands for on `platform`, found, completed or added by the
  // writer's rules in its transaction.
  [[nodiscard]] virtual std::int64_t account_id(Platform platform, const AccountRef &ref) = 0;
  // From now on `ref` on `platform` resolves to account `id` without a lookup, as if the writer
  // had resolved it itself (a staging writer given the server's resolutions).
  virtual void prime_account(Platform platform, const AccountRef &ref, std::int64_t id) = 0;
};

// The store's ingest writer on `db`, row by row; on PostgreSQL it takes `turn` for each batch.
// `cache_generation`: how many accounts its caches keep per generation (BoundedCache).
// `bulk_run`: the SQLite store's bulk load across an ingest's inputs, if any.
[[nodiscard]] std::unique_ptr<RowWriter>
make_row_writer(Connection &db, std::int64_t import_id, PgWriterTurn *turn,
                std::size_t cache_generation = IngestStatements::k_cache_generation,
                BulkRun *bulk_run = nullptr);

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

// What a merge does with one post record of a chunk (posts_on_server).
enum class ServerPost {
  unchanged, // the server holds it exactly as the record gives it: nothing to write
  absent,    // the server holds no post under its key: a plain insert, done set-based
  other,     // through the writer's rules, statement by statement
};

// For each of `posts` (one chunk of an input, in its order), with one query for the whole chunk:
// whether the connected store holds the post already exactly as the record gives it (same content
// hash under the same author, and a metric snapshot at its observation time with every value the
// record has), holds no post under its key (`absent`: every record of it in the chunk), or
// something else. A post named twice in the chunk is never `unchanged`, nor is a post whose author
// the writer would add or complete; every post of a chunk with a record that may join another
// route's post by content is `other`.
[[nodiscard]] std::vector<ServerPost> posts_on_server(PgConnection &server,
                                                      const std::vector<const PostRecord *> &posts);

// What insert_staged_posts did.
struct StagedInsert {
  // False when the server holds one of the staged posts by now (another writer added it after
  // the lookup): nothing was inserted, and the records are to go through the rules.
  bool inserted = false;
};

// Writes the server's accounts `ids` into the SQLite store at `staging` under their IDs, so that
// the staging writer resolves the references of a chunk's new posts to the server's accounts
// (and takes their content hashes, which hold the author's ID, with the server's IDs).
void seed_staged_accounts(PgConnection &server, const std::string &staging,
                          const std::set<std::int64_t> &ids);

// Inserts the posts of the SQLite store at `staging` (a chunk's `absent` records, written there
// by the SQLite writer with every child row, its accounts seeded from the server) into the
// connected PostgreSQL store, set-based: the staged tables are copied into temporary tables,
// every staged account is mapped to the server's by `account_id` (the row writer's rules, which
// give a seeded account its own ID), new post IDs are drawn from the server's sequence in the
// staged order, and each table is filled by one INSERT ... SELECT. Runs in the caller's
// transaction, under the writer lock. Inserts nothing when the server holds one of the staged
// posts by now.
[[nodiscard]] StagedInsert
insert_staged_posts(PgConnection &server, const std::string &staging,
                    const std::function<std::int64_t(Platform, const AccountRef &)> &account_id);

// Copies the rows of the tables `tables` of the SQLite store at `staging` into new temporary
// tables of the server named `prefix` + table (replacing any of that name), in the caller's
// transaction; returns each table's columns, in order.
[[nodiscard]] std::map<std::string, std::vector<std::string>>
copy_staged_into_temporary(const std::string &staging, PgConnection &server,
                           const std::vector<std::string> &tables, const std::string &prefix);

} // namespace sociometer::store
