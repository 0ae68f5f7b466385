// SPDX-License-Identifier: Apache-2.0
// `besttime` for people: a weekday × hour grid instead of 168 rows (docs/output.md, "Columns").
#pragma once

#include <ostream>
#include <string_view>

#include "sociometer/report/renderer.hpp"

namespace sociometer::report {

// In `table` format without --columns: a line per weekday (Mon … Sun), a column per hour (0 …
// 23), each cell `value_column` with one decimal (none from 10), `-` for null; then the
// definitions. `table` has integer columns `weekday` (1 = Monday) and `hour`. Every other case is
// render_table's.
void render_week_grid(const Table &table, std::string_view value_column, const Envelope &envelope,
                      const RenderOptions &options, std::ostream &out);

} // namespace sociometer::report
