// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>
#include <vector>

namespace sociometer::store {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

// The numbered migrations from src/store/sql/NNNN_*.sql, embedded at build time, in order.
const std::vector<Migration> &migrations();
// The same schema versions in PostgreSQL's dialect, from src/store/sql_pg/NNNN_*.sql, in order:
// the first creates the whole schema of its version, later ones upgrade like their SQLite twins.
const std::vector<Migration> &pg_migrations();

} // namespace sociometer::store
