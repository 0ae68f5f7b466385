// SPDX-License-Identifier: Apache-2.0
// The `table` format's layout: cells as people read them (thousands separators, percentages, `-`
// for null), columns aligned by display width, fitted to the terminal when stdout is one.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "column_selection.hpp"
#include "sociometer/report/renderer.hpp"

namespace sociometer::report {

// `digits` (an optional `-`, digits, an optional fraction) with `,` between groups of three
// integer digits: `6883665` → `6,883,665`.
[[nodiscard]] std::string group_thousands(std::string_view digits);

// How a cell reads in `table` format: integers grouped, ratios as percentages with two decimals,
// other numbers with four, `-` for null, control characters in text as spaces.
[[nodiscard]] std::string human_text(const Cell &cell, ColumnType type);

class TextTable {
public:
  // `caps`: the widest each column is shown (0: no cap), one per column or none; `gap`: blanks
  // between columns.
  TextTable(std::vector<Column> columns, std::vector<std::size_t> caps, const Terminal &terminal,
            std::size_t gap = 2);

  // The row's cells as human_text, the column widths grown to hold them.
  std::vector<std::string> add_row(const std::vector<Cell> &row);
  // Caps the widths, then, on a terminal, narrows the widest text columns until a line fits.
  void fit();
  void write_header(std::ostream &out) const;
  // One line: cells padded to the widths (numbers to the right), no trailing blanks; a cell wider
  // than its column is cut with `…` once fit() capped it or on a terminal (else printed whole);
  // right-to-left text isolated (FSI … PDI); on a terminal the line ends at its width.
  void write_row(const std::vector<std::string> &texts, std::ostream &out) const;

private:
  void write_line(const std::vector<std::string> &texts, bool header, std::ostream &out) const;

  std::vector<Column> m_columns;
  std::vector<std::size_t> m_caps;
  std::vector<std::size_t> m_widths;
  Terminal m_terminal;
  std::size_t m_gap;
  bool m_fitted = false;
};

// The definitions `table` format prints after the rows, those of `hidden` columns left out, each
// wrapped at the terminal's width (120 when not on a terminal).
void write_definitions(const Definitions &definitions, const std::vector<Column> &hidden,
                       const Terminal &terminal, std::ostream &out);

} // namespace sociometer::report
