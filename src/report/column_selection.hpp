// SPDX-License-Identifier: Apache-2.0
// Which columns a command prints: `--columns all|a,b,c`, else in `table` format the command's
// default set (docs/output.md, "Columns"), chosen to fit a 120-column terminal.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "sociometer/report/renderer.hpp"

namespace sociometer::report {

// A column kept for output: its index in the table and the widest its cells are shown in `table`
// format (0: as wide as its widest cell).
struct ChosenColumn {
  std::size_t index = 0;
  std::size_t max_width = 0;
};

// The columns of `columns` to print for `spec` (`--columns`: empty, `all` or a comma list) in
// `format`; an empty spec picks the default set of `command` in `table` format and every column
// otherwise. Throws Error(usage) listing the valid names for an unknown or empty name.
[[nodiscard]] std::vector<ChosenColumn> choose_columns(const std::vector<Column> &columns,
                                                       std::string_view command,
                                                       std::string_view spec, Format format);

// `table` restricted to `chosen`, in their order.
[[nodiscard]] Table project(const Table &table, const std::vector<ChosenColumn> &chosen);

} // namespace sociometer::report
