// SPDX-License-Identifier: Apache-2.0
#include "sociometer/report/week_grid.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "sociometer/error.hpp"
#include "text_table.hpp"

namespace sociometer::report {
namespace {

constexpr std::array<std::string_view, 7> k_weekdays{"Mon", "Tue", "Wed", "Thu",
                                                     "Fri", "Sat", "Sun"};
constexpr int k_hours = 24;

std::optional<std::size_t> column_index(const Table &table, std::string_view key) {
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (table.columns[c].key == key) {
      return c;
    }
  }
  return std::nullopt;
}

std::optional<std::int64_t> integer_of(const std::vector<Cell> &row, std::size_t column) {
  if (column < row.size()) {
    if (const auto *value = std::get_if<std::int64_t>(&row[column])) {
      return *value;
    }
  }
  return std::nullopt;
}

std::string one_decimal(const Cell &cell) {
  if (const auto *value = std::get_if<double>(&cell)) {
    // One decimal below 10, none above, so that a cell stays three characters wide.
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, *value < 9.95 ? "%.1f" : "%.0f", *value);
    return buffer;
  }
  if (const auto *value = std::get_if<std::int64_t>(&cell)) {
    return std::to_string(*value);
  }
  return "-";
}

} // namespace

void render_week_grid(const Table &table, std::string_view value_column, const Envelope &envelope,
                      const RenderOptions &options, std::ostream &out) {
  const auto weekday = column_index(table, "weekday");
  const auto hour = column_index(table, "hour");
  const auto value = column_index(table, value_column);
  if (options.format != Format::table || !options.columns.empty() || !weekday || !hour || !value) {
    render_table(table, envelope, options, out);
    return;
  }
  // The grid as a table of its own: the weekday name, then one number column per hour.
  Table grid;
  grid.columns.push_back({"", ColumnType::text});
  for (int h = 0; h < k_hours; ++h) {
    grid.columns.push_back({std::to_string(h), ColumnType::number});
  }
  for (const auto name : k_weekdays) {
    std::vector<Cell> cells(grid.columns.size(), Cell{std::string("-")});
    cells[0] = std::string(name);
    grid.rows.push_back(std::move(cells));
  }
  for (const auto &row : table.rows) {
    const auto day = integer_of(row, *weekday);
    const auto at = integer_of(row, *hour);
    if (day && at && *day >= 1 && *day <= 7 && *at >= 0 && *at < k_hours) {
      grid.rows[static_cast<std::size_t>(*day - 1)][static_cast<std::size_t>(*at + 1)] =
          one_decimal(row[*value]);
    }
  }
  // Every hour as wide as the widest cell, so the grid reads as one.
  std::size_t width = 2;
  for (const auto &row : grid.rows) {
    for (std::size_t c = 1; c < row.size(); ++c) {
      width = std::max(width, std::get<std::string>(row[c]).size());
    }
  }
  for (std::size_t c = 1; c < grid.columns.size(); ++c) {
    auto &key = grid.columns[c].key;
    key.insert(0, width - key.size(), ' ');
  }
  TextTable layout(grid.columns, {}, options.terminal, 1);
  std::vector<std::vector<std::string>> lines;
  for (const auto &row : grid.rows) {
    lines.push_back(layout.add_row(row));
  }
  layout.fit();
  layout.write_header(out);
  for (const auto &texts : lines) {
    layout.write_row(texts, out);
  }
  out << "(" << value_column << " by weekday and local hour; - = no value)\n";
  write_definitions(envelope.definitions, {}, options.terminal, out);
}

} // namespace sociometer::report
