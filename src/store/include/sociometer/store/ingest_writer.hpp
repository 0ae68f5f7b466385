// SPDX-License-Identifier: Apache-2.0
// The ingest writer's contract: what an ingest run hands records to and how it batches them.
// Store::writer returns the SQLite implementation; another backend implements the same class.
#pragma once

#include <cstdint>

#include "sociometer/model/fetch_cursor.hpp"
#include "sociometer/model/records.hpp"

namespace sociometer::store {

// Post counters of one ingest, as `ingest --format json` reports them (primary records only;
// referenced posts are counted separately).
struct IngestCounts {
  std::int64_t posts_new = 0;
  std::int64_t posts_updated = 0;
  std::int64_t posts_unchanged = 0;
  std::int64_t referenced_new = 0;
  std::int64_t records_skipped = 0;
};

// Writes normalised records idempotently: posts upserted on (platform, native_id), children
// rewritten only when the post changed, metric and follower snapshots keyed on observed_at.
// Nothing is visible until commit(); destroying an uncommitted writer rolls back.
class IngestWriter : public RecordSink {
public:
  // Saves where a fetch source stands in the transaction of the records written since the last
  // commit: the next commit() makes page and cursor durable together, or neither.
  virtual void save_fetch_cursor(const FetchCursor &cursor) = 0;
  // For a large import, before the first record: when the store holds no posts, its secondary
  // indexes are dropped and built after the rows by finish_bulk_load(), and the store is not
  // synced to disk until then (docs/performance.md). Within a bulk run (Store::begin_bulk_run),
  // a later input's writer continues the load an earlier one started. Returns whether the load
  // is a bulk load.
  virtual bool start_bulk_load() { return false; }
  // Commits what is pending, builds the indexes start_bulk_load() deferred and restores the
  // store's durability; a no-op without a bulk load. Within a bulk run it only commits, and
  // Store::finish_bulk_run() does the rest. The destructor does it too, quietly; after a kill,
  // the next writer does.
  virtual void finish_bulk_load() {}
  // A safe point between independent records (a JSONL line): a writer that commits in pieces of
  // its own (PostgreSQL's merge) commits only here. Called before the caller's own commit check.
  virtual void record_boundary() {}
  // Makes everything written so far durable and starts a new transaction.
  virtual void commit() = 0;
  // Drops everything since the last commit (counters too).
  virtual void rollback() = 0;
  // Counts of what is committed.
  [[nodiscard]] virtual const IngestCounts &counts() const noexcept = 0;
  // Committed plus pending counts (what a dry run reports before rolling back).
  [[nodiscard]] virtual IngestCounts total_counts() const noexcept = 0;
  // Records written since the last commit (to decide when a batch is full).
  [[nodiscard]] virtual std::int64_t pending() const noexcept = 0;
  // The most records a batch should hold: a writer that others wait for while it writes a batch
  // (PostgreSQL's row by row) asks for short ones.
  [[nodiscard]] virtual std::int64_t batch_limit() const noexcept { return INT64_MAX; }
  // After finish_bulk_load(): whether the bulk load was refused because another writer wrote
  // the store while the input was staged. Nothing of it was written then; the input is to be
  // written again through a new writer (whose start_bulk_load() then returns false).
  [[nodiscard]] virtual bool bulk_load_refused() const noexcept { return false; }
};

} // namespace sociometer::store
