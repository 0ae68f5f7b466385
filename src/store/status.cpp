// SPDX-License-Identifier: Apache-2.0
// What is in the store (`status`).
#include "sociometer/error.hpp"
#include "store_state.hpp"

namespace sociometer::store {

std::vector<PlatformStatus> Store::status() const {
  return m_impl->db.guard("cannot read status", [&] {
    std::vector<PlatformStatus> rows;
    Statement query(m_impl->db, R"sql(
      SELECT p.platform,
             sum(p.is_primary),
             sum(1 - p.is_primary),
             (SELECT count(*) FROM accounts AS a WHERE a.platform = p.platform),
             min(CASE WHEN p.is_primary THEN p.created_at END),
             max(CASE WHEN p.is_primary THEN p.created_at END),
             (SELECT max(i.finished_at) FROM imports AS i
               WHERE i.id IN (SELECT DISTINCT import_id FROM posts AS q
                              WHERE q.platform = p.platform))
      FROM posts AS p
      GROUP BY p.platform
      ORDER BY p.platform)sql");
    while (query.step()) {
      PlatformStatus row;
      row.platform = parse_platform(query.text(0)).value_or(Platform::other);
      row.posts = query.integer(1);
      row.referenced_posts = query.integer(2);
      row.accounts = query.integer(3);
      row.first_post_at = column_time(query, 4);
      row.last_post_at = column_time(query, 5);
      row.last_import_at = column_time(query, 6);
      rows.push_back(row);
    }
    return rows;
  });
}

} // namespace sociometer::store
