// SPDX-License-Identifier: Apache-2.0
// The ingest writer of a PostgreSQL store (docs/scale.md). A bulk load (an input into a store
// that holds no rows yet) is written first by the SQLite writer into a private staging store in
// a temporary file, so every rule of the writer (versions, placeholders, accounts, edges) is
// applied once, by the code that has it; then, under the writer lock, its rows go to the server
// with COPY in one transaction. An input into a store that holds rows is merged: a chunk of
// records at a time, one query finds the posts the server holds unchanged, and the other records
// are written row by row through the writer's rules, the writer lock taken for each batch, so
// that concurrent ingests interleave their batches.
#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <tuple>
#include <unistd.h>
#include <unordered_set>
#include <variant>

#include "pg_bulk.hpp"
#include "store_state.hpp"

namespace sociometer::store {
namespace {

// Records per batch row by row on PostgreSQL: every record costs round trips to the server, and
// other writers wait for the batch (each holds the writer lock).
constexpr std::int64_t k_pg_batch_records = 250;
// Records per lookup of a merge: one query tells which of them the server holds unchanged.
constexpr std::int64_t k_pg_lookup_records = 2000;
// A unit of an input (the parser commits it whole) that grows past this many records without a
// boundary is looked up and written in the open transaction, so that memory stays bounded.
constexpr std::int64_t k_pg_unit_flush_records = 4 * k_pg_lookup_records;

// Where the input said its records so far are independent of those to come.
struct Boundary {};

// Adds the post counters of `more` to `total`.
void add(IngestCounts &total, const IngestCounts &more) {
  total.posts_new += more.posts_new;
  total.posts_updated += more.posts_updated;
  total.posts_unchanged += more.posts_unchanged;
  total.referenced_new += more.referenced_new;
}

// A record of a merge waiting for its chunk's lookup, in the input's order.
using BufferedRecord =
    std::variant<AccountRecord, PostRecord, PageMetricRecord, FetchCursor, Boundary>;

// Hands one record to `writer` by its kind; a Boundary only marks where a segment may end.
void forward(IngestWriter &writer, const AccountRecord &record) { writer.account(record); }
void forward(IngestWriter &writer, const PostRecord &record) { writer.post(record); }
void forward(IngestWriter &writer, const PageMetricRecord &record) { writer.page_metric(record); }
void forward(IngestWriter &writer, const FetchCursor &cursor) { writer.save_fetch_cursor(cursor); }
void forward(IngestWriter & /*writer*/, const Boundary & /*boundary*/) {}

// Tables of the staging store not copied: the server's import log holds the import already.
const std::vector<std::string> &staging_skip() {
  static const std::vector<std::string> skip = {"imports", "settings"};
  return skip;
}

// A new SQLite store in a temporary file, removed with its companions when done.
class StagingStore {
public:
  explicit StagingStore(std::int64_t import_id) {
    auto pattern = (std::filesystem::temp_directory_path() / "sociometer-stage-XXXXXX").string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
      throw Error(ErrorKind::store,
                  "cannot create a staging store in " +
                      std::filesystem::temp_directory_path().string(),
                  "set TMPDIR to a folder with free space");
    }
    ::close(fd);
    m_path = pattern;
    std::filesystem::remove(m_path); // an empty file is no SQLite store; the Store creates it
    m_store = std::make_unique<Store>(m_path, OpenMode::read_write_create);
    m_store->migrate();
    // The import row the staged rows refer to, under the server's ID of the import.
    Connection db(m_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX);
    db.set_busy_timeout(static_cast<int>(k_default_busy_timeout.count()));
    db.guard("cannot prepare the staging store", [&] {
      // Its rows reach the server by COPY, whose own triggers fill `repost_languages`: keeping
      // the staging store's copy of that table would be work for nothing (at 10M posts, 30 s).
      db.exec("DROP TRIGGER posts_repost_language_insert; DROP TRIGGER "
              "posts_repost_language_update; DROP TRIGGER posts_repost_language_delete");
      Statement import(db, "INSERT INTO imports (id, path, format, started_at) "
                           "VALUES (:id, 'staging', '', '')");
      import.bind(":id", import_id);
      import.run();
    });
  }
  ~StagingStore() { remove(); }
  StagingStore(const StagingStore &) = delete;
  StagingStore &operator=(const StagingStore &) = delete;

  [[nodiscard]] Store &store() { return *m_store; }
  [[nodiscard]] const std::string &path() const { return m_path; }
  // Closes the store, so that its rows are all in the file for a reader.
  void close() { m_store.reset(); }
  void remove() noexcept {
    m_store.reset();
    for (const auto *suffix : {"", "-wal", "-shm", "-lock", "-journal"}) {
      std::error_code ignored;
      std::filesystem::remove(m_path + suffix, ignored);
    }
  }

private:
  std::string m_path;
  std::unique_ptr<Store> m_store;
};

class PgIngestWriter final : public IngestWriter {
public:
  PgIngestWriter(Store::Impl &impl, std::int64_t import_id)
      : m_impl(impl), m_import_id(import_id),
        m_rows(make_row_writer(impl.db, import_id, impl.pg_turn.get())) {}
  ~PgIngestWriter() override {
    m_staged.reset();
    m_staging.reset();
    m_merge_staging.reset();
  }
  PgIngestWriter(const PgIngestWriter &) = delete;
  PgIngestWriter &operator=(const PgIngestWriter &) = delete;

  void account(const AccountRecord &record) override { take(record); }
  void post(const PostRecord &record) override { take(record); }
  void page_metric(const PageMetricRecord &record) override { take(record); }
  void save_fetch_cursor(const FetchCursor &cursor) override { take(cursor); }

  bool start_bulk_load() override;
  void finish_bulk_load() override;
  void record_boundary() override {
    if (merging() && !m_merge.empty()) {
      m_merge.emplace_back(Boundary{});
    }
  }
  void commit() override;
  void rollback() override;
  [[nodiscard]] const IngestCounts &counts() const noexcept override {
    if (m_refused) {
      return m_none;
    }
    if (!m_staged && m_shipped_any) {
      return m_shipped;
    }
    m_counts = active().counts();
    if (!m_staged) {
      add(m_counts, m_merged_committed);
    }
    return m_counts;
  }
  [[nodiscard]] IngestCounts total_counts() const noexcept override {
    auto total = active().total_counts();
    if (!m_staged) {
      add(total, m_merged_committed);
      add(total, m_merged_pending);
    }
    return total;
  }
  [[nodiscard]] std::int64_t pending() const noexcept override {
    return merging() ? m_taken : active().pending();
  }
  [[nodiscard]] std::int64_t batch_limit() const noexcept override {
    if (m_staged) {
      return INT64_MAX;
    }
    return merging() ? k_pg_lookup_records : k_pg_batch_records;
  }
  [[nodiscard]] bool bulk_load_refused() const noexcept override { return m_refused; }

private:
  [[nodiscard]] IngestWriter &active() const noexcept { return m_staged ? *m_staged : *m_rows; }
  // Whether records wait in chunks for the lookup of a merge: not in a bulk load, which stages
  // everything, nor in a dry run, which writes nothing.
  [[nodiscard]] bool merging() const noexcept { return !m_staged && m_import_id > 0; }
  template <typename Record> void take(const Record &record);
  // Writes the waiting records but those the server holds unchanged, after one lookup; with
  // `commit_batches`, in segments committed one by one (see the definition).
  void write_merge_chunk(bool commit_batches);
  // Writes one segment of a chunk, `states` those of its posts: the absent posts set-based,
  // then the records for the rules in order.
  void write_merge_segment(const std::vector<BufferedRecord> &segment,
                           std::vector<ServerPost> &states);
  // Inserts the chunk's posts the server holds under no key set-based (insert_staged_posts),
  // its accounts resolved first in the input's order; if another writer stored one of them
  // meanwhile, they all become `other`.
  void insert_absent_posts(const std::vector<BufferedRecord> &chunk,
                           std::vector<ServerPost> &states);
  void commit_rows();
  // Copies the staged rows to the server unless another writer wrote it meanwhile.
  void ship();

  Store::Impl &m_impl;
  std::int64_t m_import_id;
  std::unique_ptr<RowWriter> m_rows;
  std::unique_ptr<StagingStore> m_staging;
  std::unique_ptr<StagingStore> m_merge_staging;   // the new posts of a merge's segment
  std::vector<std::string> m_merge_staging_tables; // its tables, emptied between segments
  std::unique_ptr<IngestWriter> m_staged;          // the staging store's writer during a bulk load
  IngestCounts m_shipped;                          // what the bulk load wrote to the server
  IngestCounts m_none;
  mutable IngestCounts m_counts;                  // counts() of the row writer with the merge's own
  std::vector<BufferedRecord> m_merge;            // records waiting for their chunk's lookup
  std::int64_t m_taken = 0;                       // records of a merge taken since the last commit
  std::unordered_set<std::string> m_accounts_met; // account records of the merge, by key
  // Posts a merge found unchanged or inserted set-based, not yet committed, and committed.
  IngestCounts m_merged_pending;
  IngestCounts m_merged_committed;
  bool m_refused = false;
  bool m_shipped_any = false; // a bulk load ran (m_shipped holds its counts)
};

template <typename Record> void PgIngestWriter::take(const Record &record) {
  if (!merging()) {
    forward(active(), record);
    return;
  }
  m_merge.emplace_back(record);
  ++m_taken;
  if (std::ssize(m_merge) >= k_pg_unit_flush_records) {
    write_merge_chunk(false);
  }
}

void PgIngestWriter::write_merge_chunk(bool commit_batches) {
  std::vector<BufferedRecord> chunk;
  chunk.swap(m_merge);
  std::vector<const PostRecord *> posts;
  for (const auto &record : chunk) {
    if (const auto *post = std::get_if<PostRecord>(&record)) {
      posts.push_back(post);
    }
  }
  const auto states = posts_on_server(*m_impl.db.server(), posts);
  // Written in segments that end at the input's record boundaries once they hold
  // k_pg_batch_records records for the rules, each committed before the next: other writers get
  // turns, and no line or unit of the input is split across transactions.
  std::vector<BufferedRecord> segment;
  std::vector<ServerPost> segment_states;
  std::int64_t for_rules = 0;
  std::size_t post_index = 0;
  for (auto &record : chunk) {
    const bool boundary = std::holds_alternative<Boundary>(record);
    if (std::holds_alternative<PostRecord>(record)) {
      segment_states.push_back(states[post_index++]);
      for_rules += segment_states.back() == ServerPost::other ? 1 : 0;
    } else if (const auto *account = std::get_if<AccountRecord>(&record)) {
      // An account the writer met before (and its caches kept) costs no statement unless its
      // profile changed.
      const auto key =
          std::string(to_string(account->platform)) + ' ' +
          (account->ref.native_id.empty() ? "@" + account->ref.handle : account->ref.native_id);
      for_rules += m_accounts_met.insert(key).second ? 1 : 0;
    } else if (!boundary) {
      ++for_rules;
    }
    segment.push_back(std::move(record));
    if (commit_batches && boundary && for_rules >= k_pg_batch_records) {
      write_merge_segment(segment, segment_states);
      commit_rows();
      segment.clear();
      segment_states.clear();
      for_rules = 0;
    }
  }
  write_merge_segment(segment, segment_states);
}

void PgIngestWriter::write_merge_segment(const std::vector<BufferedRecord> &segment,
                                         std::vector<ServerPost> &states) {
  insert_absent_posts(segment, states);
  std::size_t post_index = 0;
  for (const auto &record : segment) {
    if (const auto *post = std::get_if<PostRecord>(&record)) {
      const auto state = states[post_index++];
      if (state == ServerPost::unchanged) {
        m_merged_pending.posts_unchanged += post->role == RecordRole::primary ? 1 : 0;
      }
      if (state != ServerPost::other) {
        continue;
      }
      m_rows->post(*post);
    } else {
      std::visit([this](const auto &other) { forward(*m_rows, other); }, record);
    }
  }
}

void PgIngestWriter::insert_absent_posts(const std::vector<BufferedRecord> &chunk,
                                         std::vector<ServerPost> &states) {
  if (std::find(states.begin(), states.end(), ServerPost::absent) == states.end()) {
    return;
  }
  m_rows->begin(); // the insert runs in the writer's transaction, under the writer lock
  // The accounts the chunk names, resolved in the input's order as the row writer would meet
  // them, so that new accounts are numbered as SQLite numbers them; those of the new posts are
  // then seeded into the staging store under the server's IDs.
  std::set<std::int64_t> seeded;
  std::vector<std::tuple<Platform, AccountRef, std::int64_t>> resolved;
  std::set<std::pair<Platform, std::string>> staged_keys;
  const auto resolve = [&](Platform platform, const AccountRef &ref) {
    if (!ref.empty()) {
      const auto id = m_rows->account_id(platform, ref);
      seeded.insert(id);
      resolved.emplace_back(platform, ref, id);
    }
  };
  std::vector<const PostRecord *> absent;
  std::size_t post_index = 0;
  for (const auto &record : chunk) {
    if (const auto *account = std::get_if<AccountRecord>(&record)) {
      resolve(account->platform, account->ref);
    } else if (const auto *metric = std::get_if<PageMetricRecord>(&record)) {
      resolve(metric->platform, metric->account);
    } else if (const auto *post = std::get_if<PostRecord>(&record)) {
      const auto state = states[post_index++];
      if (state == ServerPost::unchanged) {
        continue;
      }
      resolve(post->platform, post->author);
      if (state != ServerPost::absent) {
        continue;
      }
      absent.push_back(post);
      // The children of a new post's first record; a later record of it names the same accounts
      // unless its version differs, and the rules may keep the earlier one (then the row writer
      // would not look its accounts up at all): those are resolved when the staged rows are
      // mapped, after the chunk's others.
      if (staged_keys.emplace(post->platform, post->native_id).second) {
        for (const auto &mention : post->mentions) {
          resolve(post->platform, mention.account);
        }
        for (const auto &edge : post->edges) {
          if (!post->author.empty()) {
            resolve(post->platform, edge.target);
          }
        }
      }
    }
  }
  // The SQLite writer writes the new posts with all their rows, once, by its own rules; it
  // resolves each reference to the account the server's writer resolved it to just now.
  if (!m_merge_staging) {
    m_merge_staging = std::make_unique<StagingStore>(m_import_id);
    m_merge_staging->close();
  }
  auto &staging = *m_merge_staging;
  IngestCounts staged;
  {
    Connection db(staging.path(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX);
    db.set_busy_timeout(static_cast<int>(k_default_busy_timeout.count()));
    // One staging store serves every segment of the merge: emptied of the last one's rows.
    db.guard("cannot empty the staging store", [&] {
      db.exec("PRAGMA foreign_keys = OFF"); // children and parents emptied in any order
      if (m_merge_staging_tables.empty()) {
        Statement names(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                            "LIKE 'sqlite_%' AND name NOT IN ('imports', 'settings')");
        while (names.step()) {
          m_merge_staging_tables.push_back(names.string(0));
        }
      }
      for (const auto &table : m_merge_staging_tables) {
        db.exec("DELETE FROM \"" + table + "\"");
      }
    });
    seed_staged_accounts(*m_impl.db.server(), staging.path(), seeded);
    auto writer = make_row_writer(db, m_import_id, nullptr);
    for (const auto &[platform, ref, id] : resolved) {
      writer->prime_account(platform, ref, id);
    }
    for (const auto *post : absent) {
      writer->post(*post);
    }
    writer->commit();
    staged = writer->counts();
  }
  const auto done = insert_staged_posts(
      *m_impl.db.server(), staging.path(),
      [&](Platform platform, const AccountRef &ref) { return m_rows->account_id(platform, ref); });
  if (done.inserted) {
    add(m_merged_pending, staged);
    return;
  }
  // Another writer stored one of them since the lookup: they go through the rules after all.
  for (auto &state : states) {
    state = state == ServerPost::absent ? ServerPost::other : state;
  }
}

void PgIngestWriter::commit_rows() {
  m_rows->commit();
  add(m_merged_committed, m_merged_pending);
  m_merged_pending = IngestCounts{};
}

void PgIngestWriter::commit() {
  if (m_staged) {
    m_staged->commit();
    return;
  }
  write_merge_chunk(true);
  commit_rows();
  m_taken = 0;
}

void PgIngestWriter::rollback() {
  m_merge.clear();
  m_taken = 0;
  m_merged_pending = IngestCounts{};
  active().rollback();
}

bool PgIngestWriter::start_bulk_load() {
  if (m_staged || m_import_id <= 0 || m_rows->pending() > 0 || !m_merge.empty()) {
    return m_staged != nullptr;
  }
  auto &turn = *m_impl.pg_turn;
  auto &server = *m_impl.db.server();
  turn.take();
  const bool holds_rows = pg_store_holds_rows(server, staging_skip());
  // Staging takes no lock: other writers interleave with it.
  turn.release();
  if (holds_rows) {
    return false;
  }
  m_staging = std::make_unique<StagingStore>(m_import_id);
  m_staged = m_staging->store().writer(m_import_id);
  m_staged->start_bulk_load();
  return true;
}

void PgIngestWriter::finish_bulk_load() {
  if (!m_staged) {
    return;
  }
  m_staged->commit();
  m_staged->finish_bulk_load();
  m_shipped = m_staged->counts();
  m_shipped_any = true;
  m_staged.reset();
  m_staging->close();
  ship();
  m_staging.reset();
}

void PgIngestWriter::ship() {
  auto &turn = *m_impl.pg_turn;
  auto &server = *m_impl.db.server();
  turn.take();
  try {
    server.exec("BEGIN; SET CONSTRAINTS ALL DEFERRED", "cannot start the bulk load");
    // Under the lock: no other writer can add rows between this look and the commit.
    if (pg_store_holds_rows(server, staging_skip())) {
      server.exec("ROLLBACK", "cannot end the bulk load");
      m_refused = true;
    } else {
      copy_staged_rows(m_staging->path(), server, staging_skip());
      server.exec("COMMIT", "cannot commit the bulk load");
    }
  } catch (...) {
    server.rollback_quietly();
    turn.release();
    throw;
  }
  turn.release();
}

} // namespace

std::unique_ptr<IngestWriter> make_pg_ingest_writer(Store::Impl &impl, std::int64_t import_id) {
  return std::make_unique<PgIngestWriter>(impl, import_id);
}

} // namespace sociometer::store
