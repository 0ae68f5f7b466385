// SPDX-License-Identifier: Apache-2.0
// Where each fetch source stands (schema v7).
#include "fetch_cursors.hpp"

#include "store_state.hpp"

namespace sociometer::store {
namespace {

constexpr const char *k_select =
    "SELECT source, platform, newest_id, oldest_id, backfill_done, items, last_fetch_at, "
    "last_outcome FROM fetch_cursors";

FetchCursor read_cursor(const Statement &row) {
  FetchCursor cursor;
  cursor.source = row.string(0);
  cursor.platform = parse_platform(row.text(1)).value_or(Platform::other);
  cursor.newest_id = row.is_null(2) ? std::string() : row.string(2);
  cursor.oldest_id = row.is_null(3) ? std::string() : row.string(3);
  cursor.backfill_done = row.integer(4) != 0;
  cursor.items = row.integer(5);
  cursor.last_fetch_at = column_time(row, 6);
  cursor.last_outcome = row.is_null(7) ? std::string() : row.string(7);
  return cursor;
}

} // namespace

void write_fetch_cursor(Connection &db, const FetchCursor &cursor) {
  db.guard("cannot save the fetch cursor of " + cursor.source, [&] {
    Statement statement(
        db, "INSERT INTO fetch_cursors (source, platform, newest_id, oldest_id, backfill_done, "
            "items, last_fetch_at, last_outcome) VALUES (:source, :platform, :newest, :oldest, "
            ":done, :items, :at, :outcome) ON CONFLICT (source) DO UPDATE SET "
            "platform = excluded.platform, newest_id = excluded.newest_id, "
            "oldest_id = excluded.oldest_id, backfill_done = excluded.backfill_done, "
            "items = excluded.items, last_fetch_at = excluded.last_fetch_at, "
            "last_outcome = excluded.last_outcome");
    statement.bind(":source", cursor.source);
    statement.bind(":platform", std::string(to_string(cursor.platform)));
    statement.bind_text_or_null(":newest", cursor.newest_id);
    statement.bind_text_or_null(":oldest", cursor.oldest_id);
    statement.bind(":done", std::int64_t{cursor.backfill_done ? 1 : 0});
    statement.bind(":items", cursor.items);
    if (cursor.last_fetch_at) {
      statement.bind(":at", util::format_rfc3339_ms(*cursor.last_fetch_at));
    } else {
      statement.bind_null(":at");
    }
    statement.bind_text_or_null(":outcome", cursor.last_outcome);
    statement.run();
  });
}

std::optional<FetchCursor> Store::fetch_cursor(const std::string &source) const {
  return m_impl->db.guard(
      "cannot read the fetch cursor of " + source, [&]() -> std::optional<FetchCursor> {
        Statement query(m_impl->db, std::string(k_select) + " WHERE source = :source");
        query.bind(":source", source);
        if (query.step()) {
          return read_cursor(query);
        }
        return std::nullopt;
      });
}

std::vector<FetchCursor> Store::fetch_cursors() const {
  return m_impl->db.guard("cannot read the fetch cursors", [&] {
    std::vector<FetchCursor> cursors;
    Statement query(m_impl->db, std::string(k_select) + " ORDER BY source");
    while (query.step()) {
      cursors.push_back(read_cursor(query));
    }
    return cursors;
  });
}

void Store::record_fetch_outcome(const std::string &source, const std::string &outcome) {
  m_impl->db.guard("cannot record how fetching " + source + " ended", [&] {
    Statement statement(m_impl->db,
                        "UPDATE fetch_cursors SET last_outcome = :outcome WHERE source = :source");
    statement.bind(":outcome", outcome);
    statement.bind(":source", source);
    statement.run();
  });
}

} // namespace sociometer::store
