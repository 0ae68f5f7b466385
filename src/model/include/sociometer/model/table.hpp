// SPDX-License-Identifier: Apache-2.0
// What every row-printing command hands the renderers (analysis/app → report): typed columns,
// rows of nullable cells and the definitions behind them.
#pragma once

#include <compare>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace sociometer {

// A result table as every command prints it: typed columns, rows of nullable cells. The renderers
// (report/) turn it into table, json, ndjson or csv without knowing which command made it.
// `list` and `tally` are text cells that JSON (and NDJSON) gives as arrays, so that scripts need
// not split them: `list` holds items joined by ", " (an array of strings); `tally` holds
// "NAME (COUNT)" items joined by ", " (an array of {"value", "count"} objects). Tables and CSV
// show the text as it is. make_list_cell and make_tally_cell build them.
enum class ColumnType { text, id, integer, number, ratio, timestamp, list, tally };
struct Column {
  std::string key; // snake_case JSON key / CSV header
  ColumnType type = ColumnType::text;
};
struct Null {
  friend auto operator<=>(const Null &, const Null &) = default;
};
using Cell = std::variant<Null, std::int64_t, double, std::string>;
struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;
};
// Separates the items of `list` and `tally` cells.
inline constexpr const char *k_list_separator = ", ";
// `items` as a `list` cell.
[[nodiscard]] inline Cell make_list_cell(const std::vector<std::string> &items) {
  std::string text;
  for (const auto &item : items) {
    text += (text.empty() ? "" : k_list_separator) + item;
  }
  return text;
}
// `counts` as a `tally` cell, most counted first as given.
[[nodiscard]] inline Cell
make_tally_cell(const std::vector<std::pair<std::string, std::int64_t>> &counts) {
  std::string text;
  for (const auto &[name, count] : counts) {
    text += (text.empty() ? "" : k_list_separator) + name + " (" + std::to_string(count) + ")";
  }
  return text;
}

// Receives a result while it is produced: the columns once, then each row in order (store →
// renderers), so that a large result never needs to be held in memory. Either may throw to stop.
class RowSink {
public:
  virtual ~RowSink() = default;
  virtual void columns(const std::vector<Column> &columns) = 0;
  virtual void row(const std::vector<Cell> &cells) = 0;
};
// Collects the rows it receives into a Table, for callers that want the whole result.
class TableSink final : public RowSink {
public:
  explicit TableSink(Table &table) : m_table(table) {}
  void columns(const std::vector<Column> &columns) override { m_table.columns = columns; }
  void row(const std::vector<Cell> &cells) override { m_table.rows.push_back(cells); }

private:
  Table &m_table;
};

// Formula or unit behind a figure, keyed by the column or metric it explains (JSON `definitions`).
using Definitions = std::map<std::string, std::string>;

} // namespace sociometer
