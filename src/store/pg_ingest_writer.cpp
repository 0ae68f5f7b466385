// SPDX-License-Identifier: Apache-2.0
// The ingest writer of a PostgreSQL store (docs/scale.md). A bulk load (an input into a store
// that holds no rows yet) is written first by the SQLite writer into a private staging store in
// a temporary file, so every rule of the writer (versions, placeholders, accounts, edges) is
// applied once, by the code that has it; then, under the writer lock, its rows go to the server
// with COPY in one transaction. Everything else is written row by row, the writer lock taken for
// each batch, so that concurrent ingests interleave their batches.
#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <unistd.h>

#include "pg_bulk.hpp"
#include "store_state.hpp"

namespace sociometer::store {
namespace {

// Records per batch row by row on PostgreSQL: every record costs round trips to the server, and
// other writers wait for the batch (each holds the writer lock).
constexpr std::int64_t k_pg_batch_records = 250;

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
  }
  PgIngestWriter(const PgIngestWriter &) = delete;
  PgIngestWriter &operator=(const PgIngestWriter &) = delete;

  void account(const AccountRecord &record) override { active().account(record); }
  void post(const PostRecord &record) override { active().post(record); }
  void page_metric(const PageMetricRecord &record) override { active().page_metric(record); }
  void save_fetch_cursor(const FetchCursor &cursor) override { active().save_fetch_cursor(cursor); }

  bool start_bulk_load() override;
  void finish_bulk_load() override;
  void commit() override { active().commit(); }
  void rollback() override { active().rollback(); }
  [[nodiscard]] const IngestCounts &counts() const noexcept override {
    if (m_refused) {
      return m_none;
    }
    return m_staged || !m_shipped_any ? active().counts() : m_shipped;
  }
  [[nodiscard]] IngestCounts total_counts() const noexcept override {
    return active().total_counts();
  }
  [[nodiscard]] std::int64_t pending() const noexcept override { return active().pending(); }
  [[nodiscard]] std::int64_t batch_limit() const noexcept override {
    return m_staged ? INT64_MAX : k_pg_batch_records;
  }
  [[nodiscard]] bool bulk_load_refused() const noexcept override { return m_refused; }

private:
  [[nodiscard]] IngestWriter &active() const noexcept { return m_staged ? *m_staged : *m_rows; }
  // Copies the staged rows to the server unless another writer wrote it meanwhile.
  void ship();

  Store::Impl &m_impl;
  std::int64_t m_import_id;
  std::unique_ptr<IngestWriter> m_rows;
  std::unique_ptr<StagingStore> m_staging;
  std::unique_ptr<IngestWriter> m_staged; // the staging store's writer during a bulk load
  IngestCounts m_shipped;                 // what the bulk load wrote to the server
  IngestCounts m_none;
  bool m_refused = false;
  bool m_shipped_any = false; // a bulk load ran (m_shipped holds its counts)
};

bool PgIngestWriter::start_bulk_load() {
  if (m_staged || m_import_id <= 0 || m_rows->pending() > 0) {
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
