// SPDX-License-Identifier: Apache-2.0
// The import log: one row per ingested input, when it ran, how it ended and what it wrote.
#include "store_state.hpp"

namespace sociometer::store {

std::int64_t Store::begin_import(const std::string &path, const std::string &format) {
  return m_impl->db.guard("cannot record import of " + path, [&] {
    Statement statement(m_impl->db, "INSERT INTO imports (path, format, started_at) "
                                    "VALUES (:path, :format, :started_at) RETURNING id");
    statement.bind(":path", path);
    statement.bind(":format", format);
    statement.bind(":started_at", util::format_rfc3339_ms(util::report_clock_now()));
    statement.step();
    const auto id = statement.integer(0);
    if (auto *server = m_impl->db.server()) {
      // Ingests on PostgreSQL interleave: the next writer must see that this one is alive.
      hold_pg_import_lock(*server, id);
    }
    return id;
  });
}

void Store::finish_import(std::int64_t import_id, ImportOutcome outcome, const IngestCounts &counts,
                          const std::string &sha256, const std::string &message) {
  m_impl->db.guard("cannot record the end of import " + std::to_string(import_id), [&] {
    Statement statement(m_impl->db, R"sql(
      UPDATE imports SET finished_at = :finished_at, outcome = :outcome, sha256 = :sha256,
        posts_new = :posts_new, posts_updated = :posts_updated,
        posts_unchanged = :posts_unchanged, records_skipped = :records_skipped,
        message = :message
      WHERE id = :id)sql");
    const char *outcome_name = outcome == ImportOutcome::ok            ? "ok"
                               : outcome == ImportOutcome::partial     ? "partial"
                               : outcome == ImportOutcome::interrupted ? "interrupted"
                                                                       : "failed";
    statement.bind(":finished_at", util::format_rfc3339_ms(util::report_clock_now()));
    statement.bind(":outcome", outcome_name);
    statement.bind_text_or_null(":sha256", sha256);
    statement.bind(":posts_new", counts.posts_new);
    statement.bind(":posts_updated", counts.posts_updated);
    statement.bind(":posts_unchanged", counts.posts_unchanged);
    statement.bind(":records_skipped", counts.records_skipped);
    statement.bind_text_or_null(":message", message);
    statement.bind(":id", import_id);
    statement.run();
  });
}

int Store::mark_orphaned_imports() {
  return m_impl->db.guard("cannot mark interrupted imports", [&] {
    std::string sql = R"sql(
      UPDATE imports SET outcome = 'interrupted',
        message = 'its sociometer process ended before it finished'
      WHERE outcome = 'running')sql";
    if (m_impl->db.server() != nullptr) {
      // Another ingest may be running between two of its batches.
      sql += std::string(" AND NOT ") + pg_import_alive_sql();
    }
    Statement statement(m_impl->db, sql);
    return statement.run();
  });
}

std::vector<UnfinishedImport> Store::unfinished_imports() const {
  return m_impl->db.guard("cannot read the import log", [&] {
    // An interrupted input imported in full since then needs no attention any more.
    Statement query(m_impl->db, R"sql(
      SELECT i.id, i.path, i.format, i.outcome, i.started_at, i.message
      FROM imports AS i
      WHERE i.outcome = 'running'
         OR (i.outcome = 'interrupted'
             AND NOT EXISTS (SELECT 1 FROM imports AS later
                             WHERE later.path = i.path AND later.id > i.id
                               AND (later.outcome = 'ok' OR later.outcome = 'partial')))
      ORDER BY i.id)sql");
    std::vector<UnfinishedImport> rows;
    while (query.step()) {
      rows.push_back({query.integer(0), query.string(1), query.string(2), query.string(3),
                      column_time(query, 4), query.string(5)});
    }
    return rows;
  });
}

} // namespace sociometer::store
