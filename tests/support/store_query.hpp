// SPDX-License-Identifier: Apache-2.0
// Reading a test's store back with plain SQL (one value, or every row of the store's tables), and
// a command's CSV output without its CRLF line ends.
#pragma once

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "store/sqlite.hpp"

namespace sociometer::test {

// CSV output without its CRLF line ends.
inline std::string lf(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
  return text;
}

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

// The first column of the first row of `sql` as text.
inline std::string one_text(const std::string &db, const std::string &sql) {
  store::Connection connection(db, SQLITE_OPEN_READONLY);
  store::Statement statement(connection, sql);
  REQUIRE(statement.step());
  return statement.string(0);
}
inline std::int64_t one_number(const std::string &db, const std::string &sql) {
  return std::stoll(one_text(db, sql));
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
