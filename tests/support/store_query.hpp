// SPDX-License-Identifier: Apache-2.0
// Reading a test's store back whole: every row of its tables, or its bytes (query_text and
// query_number in test_support.hpp read one value).
#pragma once

#include <sqlite3.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "store/sqlite.hpp"

namespace sociometer::test {

// Whether the store's file or its WAL holds `needle` anywhere in their bytes.
inline bool store_bytes_contain(const std::string &db, const std::string &needle) {
  for (const auto &file : {db, db + "-wal"}) {
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.find(needle) != std::string::npos) {
      return true;
    }
  }
  return false;
}

// Every row of every table but those in `skip_tables`, as `table|col=value|...` lines, sorted;
// columns in `skip_columns` (such as the import that wrote a row) left out.
inline std::vector<std::string> store_rows(const std::string &db,
                                           const std::set<std::string> &skip_tables,
                                           const std::set<std::string> &skip_columns) {
  store::Connection connection(db, SQLITE_OPEN_READONLY);
  std::vector<std::string> tables;
  {
    store::Statement list(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                      "name NOT LIKE 'sqlite_%' ORDER BY name");
    while (list.step()) {
      if (skip_tables.count(list.string(0)) == 0) {
        tables.push_back(list.string(0));
      }
    }
  }
  std::vector<std::string> rows;
  for (const auto &table : tables) {
    std::vector<std::string> columns;
    store::Statement info(connection, "SELECT name FROM pragma_table_info('" + table + "')");
    while (info.step()) {
      if (skip_columns.count(info.string(0)) == 0) {
        columns.push_back(info.string(0));
      }
    }
    std::string select;
    for (const auto &column : columns) {
      select += (select.empty() ? "" : " || '|' || ") + std::string("'") + column +
                "=' || coalesce(quote(\"" + column + "\"), 'NULL')";
    }
    store::Statement all(connection, "SELECT " + select + " FROM \"" + table + "\"");
    while (all.step()) {
      rows.push_back(table + "|" + all.string(0));
    }
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

} // namespace sociometer::test
