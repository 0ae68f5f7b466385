// SPDX-License-Identifier: Apache-2.0
// The import log: one row per ingested input, when it ran, how it ended and what it wrote.
#include "store_state.hpp"

namespace sociometer::store {

std::int64_t Store::begin_import(const std::string &path, const std::string &format) {
  return m_impl->db.guard("cannot record import of " + path, [&] {
    Statement statement(m_impl->db, "INSERT INTO imports (path, format, started_at) "
                                    "VALUES (:path, :format, :started_at)");
    statement.bind(":path", path);
    statement.bind(":format", format);
    statement.bind(":started_at", util::format_rfc3339_ms(util::report_clock_now()));
    statement.run();
    return m_impl->db.last_insert_id();
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
    const char *outcome_name = outcome == ImportOutcome::ok        ? "ok"
                               : outcome == ImportOutcome::partial ? "partial"
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

} // namespace sociometer::store
