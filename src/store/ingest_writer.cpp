// SPDX-License-Identifier: Apache-2.0
// The SQLite ingest writer: records to rows in batched transactions, idempotently (see
// IngestWriter in sociometer/store/ingest_writer.hpp for the contract).
#include "sociometer/store/ingest_writer.hpp"

#include <algorithm>
#include <chrono>
#include <memory>
#include <utility>

#include <sqlite3.h>

#include "fetch_cursors.hpp"
#include "ingest_statements.hpp"
#include "pg_bulk.hpp"
#include "sociometer/util/text.hpp"
#include "store_state.hpp"
#include "stored_post.hpp"

namespace sociometer::store {
namespace {

// The post's source record goes to `post_raw` (schema v4); an update without one removes it, as
// the column it replaced was overwritten with NULL.
void write_raw(IngestStatements &s, std::int64_t post_id, const std::string &raw) {
  auto &statement = raw.empty() ? s.delete_raw : s.upsert_raw;
  statement.reset();
  statement.bind(":post_id", post_id);
  if (!raw.empty()) {
    statement.bind_no_copy(":raw", raw);
  }
  statement.run();
}

// Binds the content columns shared by the insert and update statements of a post.
void bind_post_content(Statement &statement, const PostRecord &record, std::int64_t author_id,
                       const std::string &created, const std::string &hash, bool is_primary,
                       std::optional<std::int64_t> import_id) {
  if (author_id != 0) {
    statement.bind(":account_id", author_id);
  }
  statement.bind_text_or_null(":created_at", created);
  statement.bind(":kind", to_string(record.kind));
  statement.bind(":is_primary", is_primary ? 1 : 0);
  statement.bind(":state", to_string(record.state));
  statement.bind_text_or_null(":text", record.text);
  statement.bind_text_or_null(":text_norm", record.text_norm);
  statement.bind(":text_truncated", record.text_truncated ? 1 : 0);
  statement.bind_text_or_null(":lang", record.lang);
  statement.bind_text_or_null(":source_app", record.source_app);
  statement.bind_text_or_null(":url", record.url);
  statement.bind_text_or_null(":reply_to", record.reply_to_id);
  statement.bind_text_or_null(":shared_of", record.shared_of_id);
  statement.bind_text_or_null(":quoted", record.quoted_id);
  statement.bind(":content_hash", hash);
  statement.bind(":detail_rank", record.role == RecordRole::primary ? record.detail_rank : 0);
  statement.bind(":import_id", import_id);
  statement.bind(":visibility", to_string(record.visibility));
  statement.bind(":lang_confidence", record.lang_confidence);
  if (record.edited_at) {
    statement.bind(":edited_at", util::format_rfc3339_ms(*record.edited_at));
  } else {
    statement.bind_null(":edited_at");
  }
  statement.bind_text_or_null(":version_key", record.version_key);
  statement.bind(":synthetic_id", record.synthetic_id ? 1 : 0);
  if (record.retrieved_at) {
    statement.bind(":retrieved_at", util::format_rfc3339_ms(*record.retrieved_at));
  } else {
    statement.bind_null(":retrieved_at");
  }
  statement.bind(":placeholder", record.placeholder ? 1 : 0);
}

// Whether the stored version of a post is to be kept against `record`, by what each says about
// the post rather than by the order of ingests: a placeholder (a notice in place of the post)
// never replaces a version with content and any version with content replaces one; of two routes
// of the same kind, the version retrieved later wins, and at equal times the greater content hash
// (an arbitrary but fixed choice).
bool stored_version_wins(const PostRecord &record, const std::string &hash,
                         const StoredPost &stored, bool same_route_kind) {
  const bool stored_has_content = stored.available && !stored.placeholder;
  if (record.placeholder != stored.placeholder) {
    return record.placeholder && stored_has_content;
  }
  if (!same_route_kind || !record.retrieved_at || stored.retrieved_at.empty()) {
    return false;
  }
  const auto incoming = util::format_rfc3339_ms(*record.retrieved_at);
  return incoming < stored.retrieved_at ||
         (incoming == stored.retrieved_at && hash < stored.content_hash);
}

void save_version(IngestStatements &s, std::int64_t post_id, const std::string &key,
                  const std::string &text, const std::string &replaced_at) {
  auto &v = s.insert_version;
  v.reset();
  v.bind(":post_id", post_id);
  v.bind(":version_key", key.empty() ? std::string("original") : key);
  v.bind_text_or_null(":text", text);
  v.bind_text_or_null(":replaced_at", replaced_at);
  v.run();
}

// Readies `statement` for the child row at `position` of post `post_id`.
Statement &child_row(Statement &statement, std::int64_t post_id, std::size_t position) {
  statement.reset();
  statement.bind(":post_id", post_id);
  statement.bind(":position", static_cast<int>(position));
  return statement;
}

// Binds the code-point span of a child row's text (NULL when unknown) and writes the row.
void write_with_span(Statement &statement, const std::optional<std::int32_t> &start,
                     const std::optional<std::int32_t> &end) {
  statement.bind(":start", start);
  statement.bind(":end", end);
  statement.run();
}

void insert_urls(IngestStatements &s, std::int64_t post_id, const PostRecord &record) {
  for (std::size_t n = 0; n < record.urls.size(); ++n) {
    const auto &url = record.urls[n];
    auto &u = child_row(s.insert_url, post_id, n);
    u.bind_text_or_null(":url", url.url);
    u.bind_text_or_null(":expanded_url", url.expanded_url);
    const auto domain = util::url_domain(url.expanded_url.empty() ? url.url : url.expanded_url);
    u.bind_text_or_null(":domain", domain);
    write_with_span(u, url.start, url.end);
  }
}

// A post's hashtags, mentions, links, edges and edit history, written fresh.
void insert_children(IngestStatements &s, std::int64_t post_id, std::int64_t author_id,
                     const std::string &created, const PostRecord &record) {
  for (std::size_t n = 0; n < record.hashtags.size(); ++n) {
    const auto &tag = record.hashtags[n];
    auto &h = child_row(s.insert_hashtag, post_id, n);
    h.bind_no_copy(":tag", tag.normalized);
    h.bind_no_copy(":text", tag.text);
    write_with_span(h, tag.start, tag.end);
  }
  for (std::size_t n = 0; n < record.mentions.size(); ++n) {
    const auto &mention = record.mentions[n];
    if (mention.account.empty()) {
      continue;
    }
    const auto account_id = resolve_account(s, record.platform, mention.account);
    auto &m = child_row(s.insert_mention, post_id, n);
    m.bind(":account_id", account_id);
    m.bind_text_or_null(":handle", mention.account.handle);
    write_with_span(m, mention.start, mention.end);
  }
  insert_urls(s, post_id, record);
  if (author_id != 0) {
    for (const auto &edge : record.edges) {
      if (edge.target.empty()) {
        continue;
      }
      const auto target_id = resolve_account(s, record.platform, edge.target);
      if (target_id == author_id) {
        continue; // self-loops carry no influence on the amplification graph
      }
      auto &e = s.insert_edge;
      e.reset();
      e.bind(":post_id", post_id);
      e.bind(":kind", to_string(edge.kind));
      e.bind(":actor", author_id);
      e.bind(":target", target_id);
      e.bind_text_or_null(":created_at", created);
      e.run();
    }
  }
  if (record.edit_history_ids.size() > 1) {
    for (std::size_t n = 0; n < record.edit_history_ids.size(); ++n) {
      auto &e = child_row(s.insert_edit, post_id, n);
      e.bind(":version", record.edit_history_ids[n]);
      e.run();
    }
  }
}

// Removes a post's children before they are written fresh; a joined route without links keeps
// the links the other route stored.
void delete_children(IngestStatements &s, std::int64_t post_id, bool keep_urls) {
  for (auto *statement :
       {&s.delete_hashtags, &s.delete_mentions, &s.delete_urls, &s.delete_edges, &s.delete_edits}) {
    if (keep_urls && statement == &s.delete_urls) {
      continue;
    }
    statement->reset();
    statement->bind(":post_id", post_id);
    statement->run();
  }
}

void upsert_metrics(IngestStatements &s, std::int64_t post_id, const PostRecord &record,
                    std::optional<std::int64_t> import_id) {
  const auto &metrics = *record.metrics;
  auto &m = s.upsert_metrics;
  m.reset();
  m.bind(":post_id", post_id);
  m.bind(":observed_at", util::format_rfc3339_ms(*record.observed_at));
  m.bind(":import_id", import_id);
  for (const auto &column : k_metric_columns) {
    m.bind(column.parameter, metrics.*column.count);
  }
  m.run();
}

// The secondary indexes a bulk load builds after the rows instead of row by row: those the writer
// never reads through (its lookups use the unique keys, the handle and the content-key indexes).
constexpr const char *k_deferrable_indexes =
    "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND name IN "
    "('posts_created', 'posts_account', 'post_hashtags_tag', 'edges_created', "
    "'repost_languages_original') ORDER BY name";
// The triggers that keep `repost_languages` current (0009_repost_languages.sql): a bulk load
// drops them, because a trigger per post cost the load 10-20 %, and fills the table once at its
// end (k_fill_repost_languages), before they are made again.
constexpr const char *k_deferrable_triggers =
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'posts' "
    "AND name LIKE 'posts_repost_language_%' ORDER BY name";
constexpr const char *k_fill_repost_languages =
    "DELETE FROM repost_languages;\n"
    "INSERT INTO repost_languages SELECT * FROM repost_languages_derived;\n";

// Drops the deferrable indexes and triggers in one transaction, keeping the SQL that makes them
// again (after filling `repost_languages`) in `settings`.
void defer_indexes(Connection &db) {
  Transaction transaction(db);
  std::string indexes;
  std::string drop;
  {
    Statement found(db, k_deferrable_indexes);
    while (found.step()) {
      indexes += found.string(0) + ";\n";
    }
  }
  std::string triggers;
  {
    Statement found(db, k_deferrable_triggers);
    while (found.step()) {
      drop += "DROP TRIGGER " + found.string(0) + ";\n";
      triggers += found.string(1) + ";\n";
    }
  }
  if (indexes.empty() && triggers.empty()) {
    return;
  }
  // The table is filled before its index is made, and both before the triggers come back.
  const std::string create =
      (triggers.empty() ? std::string() : k_fill_repost_languages) + indexes + triggers;
  Statement save(db, "INSERT INTO settings (key, value) VALUES (:key, :value) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  save.bind(":key", k_deferred_work_key);
  save.bind(":value", create);
  save.run();
  db.exec("DROP INDEX IF EXISTS posts_created; DROP INDEX IF EXISTS posts_account; "
          "DROP INDEX IF EXISTS post_hashtags_tag; DROP INDEX IF EXISTS edges_created; "
          "DROP INDEX IF EXISTS repost_languages_original;\n" +
          drop);
  transaction.commit();
}

// Ends a bulk load once its rows are committed: makes commits durable again, builds what it
// deferred, and checkpoints. A checkpoint under `synchronous = NORMAL` syncs the WAL and then
// the store file, and with it every page the load's earlier checkpoints copied there unsynced;
// it is run here because nothing may be written after the build (a run's import rows come
// before it), and the checkpoint when the connection closes is skipped while a reader holds the
// store. PASSIVE: it never waits for readers; one that pins the log leaves the sync to the next
// complete checkpoint.
void end_bulk_load(Connection &db) {
  db.exec("PRAGMA synchronous = NORMAL");
  complete_deferred_work(db);
  db.exec("PRAGMA wal_checkpoint(PASSIVE)");
}

// What one incoming post record is, computed once for the steps that write it.
struct IncomingPost {
  explicit IncomingPost(const PostRecord &incoming) : record(incoming) {}
  const PostRecord &record;
  std::int64_t author_id = 0;
  std::string hash;
  bool primary = false;
  std::string created;
  std::string join_key;
};

// Follower, following and post counts as the writer compares them ("-" for a count not reported).
std::string counts_text(const std::optional<std::int64_t> &followers,
                        const std::optional<std::int64_t> &following,
                        const std::optional<std::int64_t> &posts) {
  std::string text;
  for (const auto *value : {&followers, &following, &posts}) {
    text += *value ? std::to_string(**value) : std::string("-");
    text += ',';
  }
  return text;
}

class SqliteIngestWriter final : public RowWriter {
public:
  SqliteIngestWriter(Connection &db, std::int64_t import_id, PgWriterTurn *turn,
                     std::size_t cache_generation, BulkRun *bulk_run);
  ~SqliteIngestWriter() override;
  SqliteIngestWriter(const SqliteIngestWriter &) = delete;
  SqliteIngestWriter &operator=(const SqliteIngestWriter &) = delete;

  void account(const AccountRecord &record) override;
  void post(const PostRecord &record) override;
  void page_metric(const PageMetricRecord &record) override;

  void save_fetch_cursor(const FetchCursor &cursor) override;
  bool start_bulk_load() override;
  void finish_bulk_load() override;
  void commit() override;
  void rollback() override;
  [[nodiscard]] const IngestCounts &counts() const noexcept override { return m_committed; }
  [[nodiscard]] IngestCounts total_counts() const noexcept override;
  [[nodiscard]] std::int64_t pending() const noexcept override { return m_pending_records; }
  void begin() override {
    m_db.guard("cannot start writing", [&] { begin_if_needed(); });
  }
  [[nodiscard]] std::int64_t account_id(Platform platform, const AccountRef &ref) override {
    return m_db.guard(
        [&] { return "cannot write account " + ref.handle + " (" + ref.native_id + ")"; },
        [&] {
          begin_if_needed();
          return resolve_account(*m_statements, platform, ref);
        });
  }

  void prime_account(Platform platform, const AccountRef &ref, std::int64_t id) override {
    prime_resolved_account(*m_statements, platform, ref, id);
  }

private:
  void begin_if_needed();
  void write_follower_counts(std::int64_t account_id, const AccountRecord &record,
                             const std::string &observed);
  // Updates the stored post `stored` from `post` unless the stored version is to be kept;
  // returns whether the post's children are to be written fresh.
  bool update_stored(const IncomingPost &post, const StoredPost &stored, bool joined);
  // Inserts `post` as a new row unless (platform, native_id) is taken; returns whether it did.
  bool insert_new(const IncomingPost &post, std::int64_t &post_id);
  // The stored post `post` stands for and whether it was found by content (another route).
  std::optional<StoredPost> find_stored(const IncomingPost &post, bool &joined);
  // The import that rows are attributed to; none in a dry run (import id 0).
  [[nodiscard]] std::optional<std::int64_t> import_reference() const noexcept {
    return m_import_id > 0 ? std::optional<std::int64_t>(m_import_id) : std::nullopt;
  }

  Connection &m_db;
  std::int64_t m_import_id;
  PgWriterTurn *m_turn; // on PostgreSQL: the writer lock, held for each batch
  std::unique_ptr<IngestStatements> m_statements;
  IngestCounts m_committed;
  IngestCounts m_pending;
  std::int64_t m_pending_records = 0;
  bool m_in_transaction = false;
  bool m_bulk_load = false;
  BulkRun *m_bulk_run; // the ingest run's bulk load across inputs; none on PostgreSQL
  // How many of the latest posts were stored already, less those that were new (0 to twice
  // the threshold): past k_lookup_first_after, posts are looked up before inserting.
  int m_recently_stored = 0;
  static constexpr int k_lookup_first_after = 8;
};

SqliteIngestWriter::SqliteIngestWriter(Connection &db, std::int64_t import_id, PgWriterTurn *turn,
                                       std::size_t cache_generation, BulkRun *bulk_run)
    : m_db(db), m_import_id(import_id), m_turn(turn), m_bulk_run(bulk_run) {
  db.guard("cannot prepare ingest statements", [&] {
    // Every ID this writer binds comes from a row it just found or inserted, so the per-row
    // foreign-key lookups are redundant work in the hottest loop; the destructor restores them.
    // (PostgreSQL checks its foreign keys: they cannot be switched off for one session.)
    if (db.server() == nullptr) {
      db.exec("PRAGMA foreign_keys = OFF");
    }
    m_statements = std::make_unique<IngestStatements>(db, cache_generation);
  });
  // A bulk load that was killed before it built its indexes left their SQL behind; the run's
  // own bulk load, which this writer continues, builds them at its end.
  if (m_bulk_run == nullptr || !m_bulk_run->loading) {
    db.guard("cannot build the indexes an earlier bulk load deferred",
             [&] { complete_deferred_work(db); });
  }
}

SqliteIngestWriter::~SqliteIngestWriter() {
  m_db.rollback_quietly();
  m_in_transaction = false;
  if (m_turn != nullptr) {
    m_turn->release();
  }
  try {
    if (m_bulk_load) {
      finish_bulk_load();
    }
  } catch (...) { // NOLINT(bugprone-empty-catch): the next writer builds the indexes
  }
  try {
    if (m_db.server() == nullptr) {
      m_db.exec("PRAGMA foreign_keys = ON");
    }
  } catch (...) { // NOLINT(bugprone-empty-catch): a destructor must not throw
  }
}

bool SqliteIngestWriter::start_bulk_load() {
  // The bulk load defers SQLite's indexes; a PostgreSQL store is written row by row.
  if (m_bulk_load || m_in_transaction || m_import_id <= 0 || m_db.server() != nullptr) {
    return m_bulk_load;
  }
  if (m_bulk_run != nullptr && m_bulk_run->loading) {
    m_bulk_load = true; // an earlier input of the run started it
    return true;
  }
  m_db.guard("cannot start a bulk load", [&] {
    {
      Statement any(m_db, "SELECT EXISTS (SELECT 1 FROM posts)");
      if (any.step() && any.integer(0) != 0) {
        return;
      }
    }
    defer_indexes(m_db);
    // The store is new: a power loss during the load may leave it damaged (never a crash of the
    // program alone), and the load would be run again anyway. finish_bulk_load() restores it.
    m_db.exec("PRAGMA synchronous = OFF");
    m_bulk_load = true;
    if (m_bulk_run != nullptr && m_bulk_run->spans_run) {
      // The run's later inputs continue the load; Store::finish_bulk_run() ends it.
      m_bulk_run->loading = true;
    }
  });
  return m_bulk_load;
}

void SqliteIngestWriter::finish_bulk_load() {
  if (!m_bulk_load) {
    return;
  }
  m_bulk_load = false;
  m_db.guard("cannot build the store's indexes", [&] {
    if (m_in_transaction) {
      commit();
    }
    if (m_bulk_run == nullptr || !m_bulk_run->loading) {
      end_bulk_load(m_db);
    }
  });
}

void SqliteIngestWriter::begin_if_needed() {
  if (!m_in_transaction) {
    // IMMEDIATE: wait for the write lock (busy timeout) before writing anything of the batch.
    // Other sociometer writers are kept out for the whole run by the store's WriterLock; this
    // wait is for other programs writing the store. On PostgreSQL, the writer lock is taken for
    // each batch, so that concurrent ingests interleave (docs/scale.md).
    if (m_turn != nullptr) {
      m_turn->take();
    }
    m_db.begin_write();
    m_in_transaction = true;
  }
}

void SqliteIngestWriter::save_fetch_cursor(const FetchCursor &cursor) {
  begin_if_needed();
  write_fetch_cursor(m_db, cursor);
}

void SqliteIngestWriter::commit() {
  if (!m_in_transaction) {
    return;
  }
  m_db.guard("cannot commit", [&] { m_db.exec("COMMIT"); });
  m_in_transaction = false;
  if (m_turn != nullptr) {
    m_turn->release();
  }
  m_committed.posts_new += m_pending.posts_new;
  m_committed.posts_updated += m_pending.posts_updated;
  m_committed.posts_unchanged += m_pending.posts_unchanged;
  m_committed.referenced_new += m_pending.referenced_new;
  m_pending = IngestCounts{};
  m_pending_records = 0;
}

IngestCounts SqliteIngestWriter::total_counts() const noexcept {
  IngestCounts total = m_committed;
  total.posts_new += m_pending.posts_new;
  total.posts_updated += m_pending.posts_updated;
  total.posts_unchanged += m_pending.posts_unchanged;
  total.referenced_new += m_pending.referenced_new;
  return total;
}

void SqliteIngestWriter::rollback() {
  if (m_in_transaction && m_db.in_transaction()) {
    // SQLite may have rolled back by itself (disk full, out of memory): nothing is left to drop.
    m_db.guard("cannot roll back", [&] { m_db.exec("ROLLBACK"); });
  }
  m_in_transaction = false;
  if (m_turn != nullptr) {
    m_turn->release();
  }
  m_pending = IngestCounts{};
  m_pending_records = 0;
  // Rows created in the dropped transaction no longer exist.
  m_statements->forget();
}

void SqliteIngestWriter::account(const AccountRecord &record) {
  if (record.ref.empty()) {
    return;
  }
  const auto context = [&] {
    return "cannot write account @" + record.ref.handle + " (" + record.ref.native_id + ")";
  };
  m_db.guard(context, [&] {
    begin_if_needed();
    auto &s = *m_statements;
    const auto id = resolve_account(s, record.platform, record.ref);
    const std::string created =
        record.created_at ? util::format_rfc3339_ms(*record.created_at) : std::string();
    std::string profile = record.ref.handle;
    for (const auto *part : {&record.display_name, &created}) {
      profile += '\x1f';
      profile += *part;
    }
    profile += record.owner ? "\x1fown" : "";
    const auto *known = s.account_profiles.find(id);
    const bool profile_changed = known == nullptr || *known != profile;
    if (profile_changed) {
      s.account_profiles.put(id, std::move(profile));
      auto &update = s.update_account;
      update.reset();
      update.bind_text_or_null(":handle", record.ref.handle);
      update.bind_text_or_null(":display_name", record.display_name);
      update.bind_text_or_null(":created_at", created);
      update.bind(":owner", record.owner ? 1 : 0);
      update.bind(":id", id);
      update.run();
    }
    const std::string observed =
        record.observed_at ? util::format_rfc3339_ms(*record.observed_at) : std::string();
    if (profile_changed && !record.ref.handle.empty()) {
      auto &handle = s.insert_handle;
      handle.reset();
      handle.bind(":account_id", id);
      handle.bind(":handle", record.ref.handle);
      handle.bind_text_or_null(":seen_at", observed);
      handle.run();
      s.remember_handle(record.platform, record.ref.handle, id);
    }
    write_follower_counts(id, record, observed);
  });
}

void SqliteIngestWriter::write_follower_counts(std::int64_t account_id, const AccountRecord &record,
                                               const std::string &observed) {
  auto &s = *m_statements;
  auto counts = counts_text(record.followers, record.following, record.posts_count);
  const auto *last = s.follower_counts.find(account_id);
  if (last == nullptr) {
    // Not written by this writer, as far as the cache knows: nothing to compare with (as at the
    // start of an ingest), unless the cache dropped entries, when the import's latest snapshot of
    // the account stands in for the one it forgot.
    IngestStatements::WrittenCounts written;
    if (s.follower_counts.dropped()) {
      auto &stored = s.last_followers_of_import;
      stored.reset();
      stored.bind(":account_id", account_id);
      stored.bind(":import_id", import_reference());
      if (stored.step()) {
        written.counts = counts_text(stored.optional_integer(1), stored.optional_integer(2),
                                     stored.optional_integer(3));
        written.observed_at = util::parse_iso8601(stored.text(0));
      }
      stored.reset();
    }
    // Remembered even when empty, so that a record without counts asks no statement again.
    last = &s.follower_counts.put(account_id, std::move(written));
  }
  constexpr auto k_repeat_after = std::chrono::hours{24};
  const bool repeat_due = record.observed_at && last->observed_at &&
                          (*record.observed_at - *last->observed_at >= k_repeat_after ||
                           *last->observed_at - *record.observed_at >= k_repeat_after);
  const bool counts_changed = last->counts != counts || repeat_due;
  if (!counts_changed || !record.observed_at ||
      !(record.followers || record.following || record.posts_count)) {
    return;
  }
  s.follower_counts.put(account_id, {std::move(counts), record.observed_at});
  auto &insert = s.insert_followers;
  insert.reset();
  insert.bind(":account_id", account_id);
  insert.bind(":observed_at", observed);
  insert.bind(":followers", record.followers);
  insert.bind(":following", record.following);
  insert.bind(":posts_count", record.posts_count);
  insert.bind(":import_id", import_reference());
  insert.run();
}

bool SqliteIngestWriter::update_stored(const IncomingPost &post, const StoredPost &stored,
                                       bool joined) {
  auto &s = *m_statements;
  const auto &record = post.record;
  const std::string incoming_version = version_time(record.edited_at, post.created);
  const std::string stored_version =
      stored.edited_at.empty() ? stored.created_at : stored.edited_at;
  // Of two versions of an edited post, the newer one is canonical whatever the order of
  // ingests; the older text goes to post_versions.
  const bool edited = post.primary && stored.primary && stored.text != record.text &&
                      (record.edited_at || !stored.edited_at.empty() ||
                       (!record.version_key.empty() && !stored.version_key.empty() &&
                        record.version_key != stored.version_key));
  const bool older_version = edited && incoming_version < stored_version;
  // A reference never overwrites what a primary record said about the post, a less complete
  // route never overwrites a more complete one (so re-ingests do not ping-pong), and a post
  // held under its real ID keeps it when the ID-less route of the same post comes again.
  // A bare reference (content unknown) never overwrites a reference with content either.
  const bool same_route_kind =
      stored.primary == post.primary && record.detail_rank == stored.detail_rank;
  const bool replaces_placeholder =
      stored.placeholder && !record.placeholder && record.state == PostState::available;
  const bool keep = stored.content_hash == post.hash ||
                    (stored.primary && !post.primary && !replaces_placeholder) ||
                    (!post.primary && stored.available && record.state == PostState::unavailable) ||
                    (stored.primary == post.primary && record.detail_rank < stored.detail_rank &&
                     !replaces_placeholder) ||
                    older_version || (joined && record.synthetic_id) ||
                    stored_version_wins(record, post.hash, stored, same_route_kind);
  if (keep && record.placeholder && post.primary && !stored.primary) {
    // The capture holds a notice where the post was; the post's content came as a reference.
    auto &m = s.mark_primary;
    m.reset();
    m.bind(":id", stored.id);
    m.run();
  }
  if (older_version) {
    save_version(s, stored.id, record.version_key.empty() ? incoming_version : record.version_key,
                 record.text, stored_version);
  } else if (edited && !keep) {
    save_version(s, stored.id, stored.version_key.empty() ? stored_version : stored.version_key,
                 stored.text, incoming_version);
  }
  if (keep) {
    if (post.primary) {
      ++m_pending.posts_unchanged;
    }
    // Routes joined on content complete each other's links: the Business Suite CSV has the
    // post's counts (link clicks) but not its link, the DYI export the link but no counts.
    if (joined && !record.urls.empty()) {
      auto &c = s.count_urls;
      c.reset();
      c.bind(":post_id", stored.id);
      const bool none = c.step() && c.integer(0) == 0;
      c.reset();
      if (none) {
        insert_urls(s, stored.id, record);
      }
    }
    return false;
  }
  auto &u = s.update_post;
  u.reset();
  bind_post_content(u, record, post.author_id, post.created, post.hash,
                    post.primary || stored.primary, import_reference());
  u.bind_no_copy(":native_id", record.native_id);
  u.bind_text_or_null(":content_key", post.join_key);
  u.bind(":id", stored.id);
  u.run();
  write_raw(s, stored.id, record.raw);
  if (post.primary && !stored.primary) {
    ++m_pending.posts_new; // first time the post itself was seen, not just referenced
  } else if (post.primary) {
    ++m_pending.posts_updated;
  }
  delete_children(s, stored.id, joined && record.urls.empty());
  return true;
}

bool SqliteIngestWriter::insert_new(const IncomingPost &post, std::int64_t &post_id) {
  auto &s = *m_statements;
  auto &i = s.insert_post;
  i.reset();
  i.bind(":platform", to_string(post.record.platform));
  i.bind_no_copy(":native_id", post.record.native_id);
  bind_post_content(i, post.record, post.author_id, post.created, post.hash, post.primary,
                    import_reference());
  i.bind_text_or_null(":content_key", post.join_key);
  // RETURNING id gives no row when ON CONFLICT DO NOTHING found the post stored already.
  const bool inserted = i.step();
  post_id = inserted ? i.integer(0) : 0;
  i.reset();
  if (!inserted) {
    return false;
  }
  write_raw(s, post_id, post.record.raw);
  if (post.primary) {
    ++m_pending.posts_new;
  } else {
    ++m_pending.referenced_new;
  }
  return true;
}

std::optional<StoredPost> SqliteIngestWriter::find_stored(const IncomingPost &post, bool &joined) {
  auto &s = *m_statements;
  auto stored = find_stored_post(s.select_post, post.record, post.created, false);
  joined = false;
  if (!stored && !post.join_key.empty() && !post.created.empty()) {
    stored = find_stored_post(s.select_by_content, post.record, post.created, true);
    joined = stored.has_value();
  }
  return stored;
}

void SqliteIngestWriter::post(const PostRecord &record) {
  m_db.guard([&] { return "cannot write post " + record.native_id; },
             [&] {
               begin_if_needed();
               auto &s = *m_statements;
               ++m_pending_records;
               IncomingPost post(record);
               post.author_id =
                   record.author.empty() ? 0 : resolve_account(s, record.platform, record.author);
               post.hash = post_content_hash(record, post.author_id);
               post.primary = record.role == RecordRole::primary;
               post.created =
                   record.created_at ? util::format_rfc3339_ms(*record.created_at) : std::string();
               post.join_key = content_key(record);

               // Insert first, look up only on conflict, while most posts are new: a new post
               // then costs one probe of the (platform, native_id) index, not two; a re-ingest
               // soon looks up first again. A post that may join another route by content is
               // always looked up first, as an insert would miss that join.
               std::int64_t post_id = 0;
               bool write_children = true;
               bool joined = false;
               const bool may_join = !post.join_key.empty() && !post.created.empty();
               const bool insert_first = !may_join && m_recently_stored < k_lookup_first_after;
               bool was_new = insert_first && insert_new(post, post_id);
               if (!was_new) {
                 auto stored = find_stored(post, joined);
                 if (stored) {
                   post_id = stored->id;
                   write_children = update_stored(post, *stored, joined);
                 } else if (!insert_new(post, post_id)) {
                   throw SqliteError("post " + record.native_id + " is neither new nor found",
                                     SQLITE_CONSTRAINT);
                 } else {
                   was_new = true;
                 }
               }
               m_recently_stored = was_new
                                       ? std::max(m_recently_stored - 1, 0)
                                       : std::min(m_recently_stored + 1, 2 * k_lookup_first_after);
               if (write_children) {
                 insert_children(s, post_id, post.author_id, post.created, record);
               }
               if (record.metrics && record.observed_at && !record.metrics->empty()) {
                 upsert_metrics(s, post_id, record, import_reference());
               }
             });
}

void SqliteIngestWriter::page_metric(const PageMetricRecord &record) {
  if (record.account.empty()) {
    return;
  }
  m_db.guard([&] { return "cannot write " + record.metric + " of " + record.day; },
             [&] {
               begin_if_needed();
               auto &s = *m_statements;
               ++m_pending_records;
               const auto account_id = resolve_account(s, record.platform, record.account);
               auto &p = s.upsert_page_metric;
               p.reset();
               p.bind(":account_id", account_id);
               p.bind(":metric", record.metric);
               p.bind(":day", record.day);
               p.bind(":value", record.value);
               p.bind(":import_id", import_reference());
               p.run();
             });
}

} // namespace

// Does the work a bulk load deferred, if any: fills `repost_languages` in one join, builds the
// indexes (one sort per index instead of a b-tree insert per row) and makes the triggers again.
void complete_deferred_work(Connection &db) {
  std::string create;
  {
    Statement pending(db, "SELECT value FROM settings WHERE key = :key");
    pending.bind(":key", k_deferred_work_key);
    if (!pending.step()) {
      return;
    }
    create = pending.string(0);
  }
  Transaction transaction(db);
  db.exec(create);
  Statement done(db, "DELETE FROM settings WHERE key = :key");
  done.bind(":key", k_deferred_work_key);
  done.run();
  transaction.commit();
}

std::unique_ptr<RowWriter> make_row_writer(Connection &db, std::int64_t import_id,
                                           PgWriterTurn *turn, std::size_t cache_generation,
                                           BulkRun *bulk_run) {
  return std::make_unique<SqliteIngestWriter>(db, import_id, turn, cache_generation, bulk_run);
}

std::unique_ptr<IngestWriter> Store::writer(std::int64_t import_id) {
  if (m_impl->db.server() != nullptr) {
    return make_pg_ingest_writer(*m_impl, import_id);
  }
  return make_row_writer(m_impl->db, import_id, nullptr, IngestStatements::k_cache_generation,
                         &m_impl->bulk_run);
}

void Store::begin_bulk_run() {
  if (m_impl->db.server() == nullptr) {
    m_impl->bulk_run = BulkRun{true, false};
  }
}

void Store::finish_bulk_run() {
  const auto run = std::exchange(m_impl->bulk_run, BulkRun{});
  if (run.loading) {
    auto &db = m_impl->db;
    db.guard("cannot build the store's indexes (the inputs' rows are committed; the next ingest "
             "builds them)",
             [&] { end_bulk_load(db); });
  }
}

} // namespace sociometer::store
