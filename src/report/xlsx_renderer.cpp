// SPDX-License-Identifier: Apache-2.0
#include "xlsx_renderer.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <unistd.h>
#include <xlsxwriter.h>

#include "sociometer/error.hpp"
#include "sociometer/util/display_width.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::report {
namespace {

constexpr std::size_t k_max_rows = 1048575;       // a sheet's rows, less the header
constexpr std::size_t k_max_string_bytes = 32767; // a cell's text
constexpr std::size_t k_max_sheet_name = 31;
constexpr double k_max_column_width = 60.0;

// The workbook is built in a temporary file (libxlsxwriter writes files only), then copied to
// the output stream; the file is removed in every case.
class TemporaryFile {
public:
  TemporaryFile() {
    auto pattern = (std::filesystem::temp_directory_path() / "sociometer-XXXXXX.xlsx").string();
    const int descriptor = ::mkstemps(pattern.data(), 5);
    if (descriptor < 0) {
      throw Error(ErrorKind::io, "xlsx: cannot create a temporary file in " +
                                     std::filesystem::temp_directory_path().string());
    }
    ::close(descriptor);
    m_path = pattern;
  }
  ~TemporaryFile() { std::filesystem::remove(m_path, m_ignored); }
  TemporaryFile(const TemporaryFile &) = delete;
  TemporaryFile &operator=(const TemporaryFile &) = delete;
  [[nodiscard]] const std::string &path() const noexcept { return m_path; }

private:
  std::string m_path;
  std::error_code m_ignored;
};

// Formats of the workbook, made once.
struct Styles {
  lxw_format *header = nullptr;
  lxw_format *ratio = nullptr;
  lxw_format *number = nullptr;
};

void check(lxw_error error, const char *what) {
  if (error != LXW_NO_ERROR) {
    throw Error(ErrorKind::io, std::string("xlsx: ") + what + ": " + lxw_strerror(error));
  }
}

// `text` cut to what a cell holds, at a UTF-8 character boundary.
std::string cell_text(const std::string &text) {
  if (text.size() <= k_max_string_bytes) {
    return text;
  }
  std::size_t end = k_max_string_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) {
    --end;
  }
  return text.substr(0, end);
}

void write_cell(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const Cell &cell,
                ColumnType type, const Styles &styles) {
  if (std::holds_alternative<Null>(cell)) {
    return;
  }
  if (const auto *text = std::get_if<std::string>(&cell)) {
    check(worksheet_write_string(sheet, row, col, cell_text(*text).c_str(), nullptr), "cell");
    return;
  }
  if (const auto *integer = std::get_if<std::int64_t>(&cell)) {
    if (type == ColumnType::id) {
      // IDs stay text: a spreadsheet would round a 19-digit number.
      check(worksheet_write_string(sheet, row, col, std::to_string(*integer).c_str(), nullptr),
            "cell");
    } else {
      check(worksheet_write_number(sheet, row, col, static_cast<double>(*integer), nullptr),
            "cell");
    }
    return;
  }
  check(worksheet_write_number(sheet, row, col, std::get<double>(cell),
                               type == ColumnType::ratio ? styles.ratio : styles.number),
        "cell");
}

// Widens `widths[c]` to the display width of a text cell.
void widen(std::vector<std::size_t> &widths, std::size_t c, const Cell &cell) {
  if (const auto *text = std::get_if<std::string>(&cell)) {
    widths[c] = std::max(widths[c], util::display_width(*text));
  }
}

// One sheet written row by row: a bold header row, frozen, with a filter; columns as wide as
// their text (set when the last row is in: libxlsxwriter writes the widths at close).
class SheetWriter {
public:
  SheetWriter(lxw_workbook *workbook, const std::string &name, std::vector<Column> columns,
              const Styles &styles)
      : m_sheet(workbook_add_worksheet(workbook, name.c_str())), m_columns(std::move(columns)),
        m_styles(styles) {
    if (m_sheet == nullptr) {
      throw Error(ErrorKind::io, "xlsx: cannot add the sheet " + name);
    }
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
      check(worksheet_write_string(m_sheet, 0, static_cast<lxw_col_t>(c), m_columns[c].key.c_str(),
                                   m_styles.header),
            "header");
      m_widths.push_back(util::display_width(m_columns[c].key));
    }
  }

  void row(const std::vector<Cell> &cells) {
    if (m_rows == k_max_rows) {
      throw Error(ErrorKind::usage,
                  "xlsx: more than " + std::to_string(k_max_rows) +
                      " rows do not fit a sheet (a sheet's limit)",
                  "use --format csv");
    }
    ++m_rows;
    for (std::size_t c = 0; c < cells.size() && c < m_columns.size(); ++c) {
      write_cell(m_sheet, static_cast<lxw_row_t>(m_rows), static_cast<lxw_col_t>(c), cells[c],
                 m_columns[c].type, m_styles);
      widen(m_widths, c, cells[c]);
    }
  }

  // Sets the widths, the frozen header and the filter over the rows written.
  void finish() {
    for (std::size_t c = 0; c < m_widths.size(); ++c) {
      const auto width = std::min(static_cast<double>(m_widths[c]) + 2.0, k_max_column_width);
      check(worksheet_set_column(m_sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                 std::max(width, 10.0), nullptr),
            "column width");
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    if (!m_columns.empty()) {
      check(worksheet_autofilter(m_sheet, 0, 0, static_cast<lxw_row_t>(m_rows),
                                 static_cast<lxw_col_t>(m_columns.size() - 1)),
            "filter");
    }
  }

private:
  lxw_worksheet *m_sheet;
  std::vector<Column> m_columns;
  const Styles &m_styles;
  std::vector<std::size_t> m_widths;
  std::size_t m_rows = 0;
};

// A whole `table` as one sheet.
void write_sheet(lxw_workbook *workbook, const std::string &name, const Table &table,
                 const Styles &styles) {
  SheetWriter sheet(workbook, name, table.columns, styles);
  for (const auto &row : table.rows) {
    sheet.row(row);
  }
  sheet.finish();
}

// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
std::string sheet_name(std::string_view name) {
  std::string result;
  for (const char c : name) {
    result += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '_';
  }
  result = result.substr(0, k_max_sheet_name);
  return result.empty() ? std::string("rows") : result;
}

Table definitions_table(const Definitions &definitions) {
  Table table{{{"key", ColumnType::text}, {"definition", ColumnType::text}}, {}};
  for (const auto &[key, text] : definitions) {
    table.rows.push_back({key, text});
  }
  return table;
}

Table params_table(const Envelope &envelope) {
  Table table{{{"key", ColumnType::text}, {"value", ColumnType::text}}, {}};
  table.rows.push_back({std::string("command"), envelope.command});
  table.rows.push_back({std::string("generated_at"), util::format_rfc3339(envelope.generated_at)});
  for (const auto &[key, value] : envelope.params) {
    table.rows.push_back({key, value});
  }
  return table;
}

void copy_file(const std::string &path, std::ostream &out) {
  std::ifstream in(path, std::ios::binary);
  out << in.rdbuf();
  if (!in) {
    throw Error(ErrorKind::io, "xlsx: cannot read back the workbook " + path);
  }
}

} // namespace

struct XlsxWriter::Parts {
  TemporaryFile file;
  std::string tmpdir = std::filesystem::temp_directory_path().string();
  lxw_workbook *workbook = nullptr;
  Styles styles;
  std::optional<SheetWriter> rows;
};

XlsxWriter::XlsxWriter(const Envelope &envelope)
    : m_envelope(envelope), m_parts(std::make_unique<Parts>()) {
  // Constant memory: each row goes to a temporary file once the next begins, so a sheet of a
  // million rows costs no more memory than one of ten (issue 15); rows must come in order.
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = m_parts->tmpdir.data();
  m_parts->workbook = workbook_new_opt(m_parts->file.path().c_str(), &options);
  if (m_parts->workbook == nullptr) {
    throw Error(ErrorKind::io, "xlsx: cannot create the workbook " + m_parts->file.path());
  }
  // The creation time is the report's, so that SOURCE_DATE_EPOCH makes the file reproducible.
  lxw_doc_properties properties{};
  properties.created = std::chrono::system_clock::to_time_t(
      std::chrono::time_point_cast<std::chrono::system_clock::duration>(envelope.generated_at));
  workbook_set_properties(m_parts->workbook, &properties);
  auto &styles = m_parts->styles;
  styles.header = workbook_add_format(m_parts->workbook);
  format_set_bold(styles.header);
  styles.ratio = workbook_add_format(m_parts->workbook);
  format_set_num_format(styles.ratio, "0.00%");
  styles.number = workbook_add_format(m_parts->workbook);
  format_set_num_format(styles.number, "0.0000");
}

XlsxWriter::~XlsxWriter() {
  if (m_parts->workbook != nullptr) {
    workbook_close(m_parts->workbook); // unfinished: the temporary file is removed anyway
  }
}

void XlsxWriter::columns(const std::vector<Column> &columns) {
  m_parts->rows.emplace(m_parts->workbook, sheet_name(m_envelope.command), columns,
                        m_parts->styles);
}

void XlsxWriter::row(const std::vector<Cell> &cells) { m_parts->rows->row(cells); }

void XlsxWriter::finish(std::ostream &out) {
  auto *workbook = m_parts->workbook;
  if (!m_parts->rows) {
    columns({});
  }
  m_parts->rows->finish();
  write_sheet(workbook, "definitions", definitions_table(m_envelope.definitions), m_parts->styles);
  write_sheet(workbook, "params", params_table(m_envelope), m_parts->styles);
  for (const auto &[name, section] : m_envelope.sections) {
    write_sheet(workbook, sheet_name(name), section, m_parts->styles);
  }
  m_parts->workbook = nullptr;
  check(workbook_close(workbook), "writing the workbook");
  copy_file(m_parts->file.path(), out);
}

void render_xlsx(const Table &table, const Envelope &envelope, std::ostream &out) {
  XlsxWriter writer(envelope);
  writer.columns(table.columns);
  for (const auto &row : table.rows) {
    writer.row(row);
  }
  writer.finish(out);
}

} // namespace sociometer::report
