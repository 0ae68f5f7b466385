// SPDX-License-Identifier: Apache-2.0
// `--format xlsx` (docs/output.md): the one user of libxlsxwriter.
#pragma once

#include <ostream>

#include "sociometer/report/renderer.hpp"

namespace sociometer::report {

// Writes `table` as an XLSX workbook to `out`: a sheet of the rows (a bold header row, frozen;
// integers and numbers as numbers, ratios as numbers shown as percentages, IDs, timestamps and
// text as strings, null as an empty cell), a `definitions` sheet, a `params` sheet and one sheet
// per envelope section. Throws Error(usage) for more rows than a sheet holds, Error(io) when the
// workbook cannot be written.
void render_xlsx(const Table &table, const Envelope &envelope, std::ostream &out);

} // namespace sociometer::report
