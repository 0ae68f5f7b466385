// SPDX-License-Identifier: Apache-2.0
// docs/schema.md describes every table and column of a freshly migrated store, and nothing else:
// a migration that adds a column fails here until the page says what it holds.
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "sociometer/store/store.hpp"
#include "test_support.hpp"

using namespace sociometer;

namespace {

using Schema = std::map<std::string, std::set<std::string>>;

std::string text_of(const Cell &cell) {
  const auto *text = std::get_if<std::string>(&cell);
  REQUIRE(text != nullptr);
  return *text;
}

Schema store_schema() {
  test::TempDir dir;
  const auto path = dir.file("s.db");
  {
    store::Store created(path, store::OpenMode::read_write_create);
    created.migrate();
  }
  const store::Store store(path, store::OpenMode::read_only);
  Schema schema;
  const auto tables = store.query_readonly(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  for (const auto &row : tables.rows) {
    const auto table = text_of(row.at(0));
    auto &columns = schema[table];
    const auto info = store.query_readonly("SELECT name FROM pragma_table_info('" + table + "')");
    for (const auto &column : info.rows) {
      columns.insert(text_of(column.at(0)));
    }
  }
  return schema;
}

// `### `table`` headings and the `| `column` |` rows of their tables.
Schema documented_schema() {
  std::ifstream file(std::string(SOCIOMETER_FIXTURES_DIR) + "/../../docs/schema.md");
  REQUIRE(file);
  Schema schema;
  const std::regex heading(R"(^### `([a-z0-9_]+)`$)");
  const std::regex row(R"(^\| `([a-z0-9_]+)` \|)");
  std::string line;
  std::string table;
  std::smatch match;
  while (std::getline(file, line)) {
    if (std::regex_search(line, match, heading)) {
      table = match[1];
      schema[table];
    } else if (!table.empty() && std::regex_search(line, match, row)) {
      schema[table].insert(match[1]);
    }
  }
  return schema;
}

} // namespace

TEST_CASE("schema doc: docs/schema.md lists every table and column of the store",
          "[store][schema]") {
  const auto actual = store_schema();
  const auto documented = documented_schema();
  REQUIRE(actual.size() > 10);
  for (const auto &[table, columns] : actual) {
    INFO("table " << table);
    REQUIRE(documented.count(table) == 1);
    CHECK(documented.at(table) == columns);
  }
  for (const auto &[table, columns] : documented) {
    INFO("documented table " << table);
    CHECK(actual.count(table) == 1);
  }
}
