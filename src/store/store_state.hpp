// SPDX-License-Identifier: Apache-2.0
// What the files implementing Store share: the open connection, reading a stored time, and the
// placeholder ID of accounts known by handle only.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "pg_connection.hpp"
#include "sociometer/store/store.hpp"
#include "sociometer/util/time.hpp"
#include "sqlite.hpp"
#include "writer_lock.hpp"

namespace sociometer::store {

// An ingest run's bulk load across its inputs (Store::begin_bulk_run): the first writer's
// start_bulk_load() starts it, the run's next writers continue it, and
// Store::finish_bulk_run() ends it, building the deferred indexes once.
struct BulkRun {
  bool spans_run = false; // between begin_bulk_run() and finish_bulk_run()
  bool loading = false;   // a writer started the load: the indexes are deferred
};

struct Store::Impl {
  // A writer's lock, held until the connection (declared after it, so closed before it) is gone.
  std::unique_ptr<WriterLock> writer_lock;
  Connection db;

  // Opens `path` (through `uri` when not empty, e.g. with URI parameters).
  Impl(const std::string &path, const std::string &uri, int flags,
       std::optional<std::chrono::milliseconds> lock_timeout)
      : writer_lock(lock_timeout ? std::make_unique<WriterLock>(path, *lock_timeout) : nullptr),
        db(path, flags, uri) {}
  // A reader of a store in a PostgreSQL database (docs/scale.md).
  explicit Impl(std::unique_ptr<PgConnection> server) : db(std::move(server)) {}
  // A writer's lock on a PostgreSQL store, which an ingest takes in turns with other writers.
  std::unique_ptr<PgWriterTurn> pg_turn;
  // Store::reader_beside(): a second reader at this one's snapshot, if one was wanted and had.
  std::unique_ptr<Store> beside;
  BulkRun bulk_run;
};

// The `settings` key under which a bulk load keeps the SQL of the work it deferred to its end
// (indexes, the `repost_languages` triggers and the table's fill), so that a load killed before
// then is completed by the next writer. While it is set, `repost_languages` is incomplete.
inline constexpr const char *k_deferred_work_key = "deferred_indexes";
// Does the work a bulk load deferred (k_deferred_work_key), if any: fills `repost_languages`,
// builds the indexes and makes the triggers again, in one transaction. Every SQLite writer and
// `migrate` call it first, so that a load killed before its end is completed before anything
// else changes the schema.
void complete_deferred_work(Connection &db);

// IDs of posts that are older versions of an edit chain whose newer version is stored as a post
// (X archives and captures keep each version as a tweet of its own, linked by `post_edits`):
// an edited post counts once, its latest version carrying the counts. Edit chains are few, so
// this is one pass over them, not a test per post. CROSS JOIN makes SQLite start from the edit
// chains: inside a larger query its planner otherwise started from every primary post and probed
// all posts of the platform for each (hours on a 1M-post store); PostgreSQL reads it as a join.
inline constexpr const char *k_superseded_versions_sql = R"sql(
    SELECT DISTINCT old.id
    FROM post_edits AS e1
    CROSS JOIN post_edits AS e2
    CROSS JOIN posts AS owner
    CROSS JOIN posts AS newer
    CROSS JOIN posts AS old
    WHERE e2.post_id = e1.post_id AND e2.position > e1.position
      AND owner.id = e1.post_id
      AND newer.platform = owner.platform AND newer.native_id = e2.version_native_id
      AND newer.is_primary = 1
      AND old.platform = owner.platform AND old.native_id = e1.version_native_id
      AND old.id <> newer.id)sql";

// A stored RFC 3339 time column; none when NULL or unreadable.
[[nodiscard]] inline std::optional<TimePoint> column_time(const Statement &statement, int column) {
  if (statement.is_null(column)) {
    return std::nullopt;
  }
  return util::parse_iso8601(statement.text(column));
}

// The counts of a metric snapshot: each column of `metric_snapshots` (its name is the
// parameter's without the colon) and the MetricCounts member it holds, in one order for the
// writer and the reader.
struct MetricColumn {
  const char *parameter;
  std::optional<std::int64_t> MetricCounts::*count;
};
inline constexpr MetricColumn k_metric_columns[] = {
    {":likes", &MetricCounts::likes},         {":reposts", &MetricCounts::reposts},
    {":replies", &MetricCounts::replies},     {":quotes", &MetricCounts::quotes},
    {":bookmarks", &MetricCounts::bookmarks}, {":impressions", &MetricCounts::impressions},
    {":reach", &MetricCounts::reach},         {":link_clicks", &MetricCounts::link_clicks}};

// The native ID of an account known only by its handle (declared, or named by handle only),
// until an ingest gives its platform ID: `handle:` and the lower-cased handle.
[[nodiscard]] std::string placeholder_account_id(std::string_view handle);

} // namespace sociometer::store
