// SPDX-License-Identifier: Apache-2.0
// `--format xlsx` (docs/output.md): the one user of libxlsxwriter.
#pragma once

#include <memory>
#include <ostream>
#include <vector>

#include "sociometer/report/renderer.hpp"

namespace sociometer::report {

// An XLSX workbook written as its rows come, in libxlsxwriter's constant-memory mode: the rows
// sheet first (columns(), then row() for each row in order), then at finish() the
// `definitions`, `params` and envelope-section sheets, and the file is copied to `out`. A
// writer destroyed unfinished leaves nothing behind. `envelope` must outlive the writer.
// row() throws Error(usage) past the rows a sheet holds; any step throws Error(io) when the
// workbook cannot be written.
class XlsxWriter {
public:
  explicit XlsxWriter(const Envelope &envelope);
  ~XlsxWriter();
  XlsxWriter(const XlsxWriter &) = delete;
  XlsxWriter &operator=(const XlsxWriter &) = delete;

  void columns(const std::vector<Column> &columns);
  void row(const std::vector<Cell> &cells);
  void finish(std::ostream &out);

private:
  struct Parts; // the libxlsxwriter workbook and its temporary file
  const Envelope &m_envelope;
  std::unique_ptr<Parts> m_parts;
};

// Writes `table` as an XLSX workbook to `out`: a sheet of the rows (a bold header row, frozen;
// integers and numbers as numbers, ratios as numbers shown as percentages, IDs, timestamps and
// text as strings, null as an empty cell), a `definitions` sheet, a `params` sheet and one sheet
// per envelope section. Throws Error(usage) for more rows than a sheet holds, Error(io) when the
// workbook cannot be written.
void render_xlsx(const Table &table, const Envelope &envelope, std::ostream &out);

} // namespace sociometer::report
