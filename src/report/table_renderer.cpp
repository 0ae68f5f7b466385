// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>
#include <vector>

#include "column_selection.hpp"
#include "json_envelope.hpp"
#include "sociometer/error.hpp"
#include "sociometer/report/renderer.hpp"
#include "sociometer/util/display_width.hpp"
#include "text_table.hpp"
#include "xlsx_renderer.hpp"

namespace sociometer::report {
namespace {

constexpr std::array<std::pair<Format, std::string_view>, 7> k_formats{{
    {Format::table, "table"},
    {Format::json, "json"},
    {Format::ndjson, "ndjson"},
    {Format::csv, "csv"},
    {Format::xlsx, "xlsx"},
    {Format::md, "md"},
    {Format::html, "html"},
}};

constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";

// Shortest text that reads back as the same double.
std::string number_text(double value) {
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc{} ? std::string(buffer, end) : std::string("nan");
}

std::string machine_text(const Cell &cell) {
  if (std::holds_alternative<Null>(cell)) {
    return {};
  }
  if (const auto *text = std::get_if<std::string>(&cell)) {
    return *text;
  }
  if (const auto *integer = std::get_if<std::int64_t>(&cell)) {
    return std::to_string(*integer);
  }
  return number_text(std::get<double>(cell));
}

void write_csv_header(const std::vector<Column> &columns, bool bom, std::ostream &out) {
  if (bom) {
    out << k_utf8_bom;
  }
  for (std::size_t c = 0; c < columns.size(); ++c) {
    out << (c > 0 ? "," : "") << csv_field(columns[c].key);
  }
  out << "\r\n";
}

void write_csv_row(const std::vector<Cell> &cells, std::ostream &out) {
  for (std::size_t c = 0; c < cells.size(); ++c) {
    // Only text can carry a formula; numbers (which may start with `-`) stay numbers.
    const bool is_text = std::holds_alternative<std::string>(cells[c]);
    out << (c > 0 ? "," : "") << csv_field(machine_text(cells[c]), is_text);
  }
  out << "\r\n";
}

std::vector<std::size_t> caps_of(const std::vector<ChosenColumn> &chosen) {
  std::vector<std::size_t> caps;
  caps.reserve(chosen.size());
  for (const auto &column : chosen) {
    caps.push_back(column.max_width);
  }
  return caps;
}

void write_row_count(std::size_t rows, std::ostream &out) {
  out << "(" << rows << (rows == 1 ? " row" : " rows") << ")\n";
}

void render_rows(const Table &table, const std::vector<std::size_t> &caps, const Terminal &terminal,
                 std::ostream &out) {
  TextTable layout(table.columns, caps, terminal);
  std::vector<std::vector<std::string>> cells;
  cells.reserve(table.rows.size());
  for (const auto &row : table.rows) {
    cells.push_back(layout.add_row(row));
  }
  layout.fit();
  layout.write_header(out);
  for (const auto &texts : cells) {
    layout.write_row(texts, out);
  }
  write_row_count(table.rows.size(), out);
}

// The columns of `all` that `chosen` leaves out.
std::vector<Column> hidden_columns(const std::vector<Column> &all,
                                   const std::vector<ChosenColumn> &chosen) {
  std::vector<Column> hidden;
  for (std::size_t c = 0; c < all.size(); ++c) {
    if (std::none_of(chosen.begin(), chosen.end(),
                     [c](const ChosenColumn &column) { return column.index == c; })) {
      hidden.push_back(all[c]);
    }
  }
  return hidden;
}

// What `table` format prints after the rows: the envelope's sections, then its definitions.
void write_after_rows(const Envelope &envelope, const std::vector<Column> &hidden,
                      const Terminal &terminal, std::ostream &out) {
  for (const auto &[name, section] : envelope.sections) {
    out << '\n' << name << ":\n";
    render_rows(section, {}, terminal, out);
  }
  write_definitions(envelope.definitions, hidden, terminal, out);
}

void write_json(const Table &table, const Envelope &envelope, std::ostream &out) {
  auto document = envelope_json(envelope);
  auto rows = nlohmann::ordered_json::array();
  for (const auto &row : table.rows) {
    rows.push_back(row_json(table, row));
  }
  document["rows"] = std::move(rows);
  for (const auto &[name, section] : envelope.sections) {
    auto list = nlohmann::ordered_json::array();
    for (const auto &row : section.rows) {
      list.push_back(row_json(section, row));
    }
    document[name] = std::move(list);
  }
  out << document.dump(2) << '\n';
}

} // namespace

std::optional<Format> parse_format(std::string_view name) noexcept {
  for (const auto &[value, text] : k_formats) {
    if (text == name) {
      return value;
    }
  }
  return std::nullopt;
}

std::string_view to_string(Format format) noexcept {
  for (const auto &[value, text] : k_formats) {
    if (value == format) {
      return text;
    }
  }
  return "unknown";
}

namespace {

// Whether a spreadsheet would run `text` as a formula: it starts with `=`, `+`, `@`, tab or CR,
// or with `-` and is not a plain number such as `-5` or `-0.25`.
bool runs_as_formula(std::string_view text) {
  if (text.empty()) {
    return false;
  }
  if (std::string_view("=+@\t\r").find(text.front()) != std::string_view::npos) {
    return true;
  }
  if (text.front() != '-') {
    return false;
  }
  double value = 0;
  const auto [end, problem] = std::from_chars(text.data() + 1, text.data() + text.size(), value);
  const bool number = text.size() > 1 && std::isdigit(static_cast<unsigned char>(text[1])) != 0 &&
                      problem == std::errc() && end == text.data() + text.size();
  return !number;
}

} // namespace

std::string csv_field(std::string_view text, bool neutralise_formulas) {
  std::string value(text);
  if (neutralise_formulas && runs_as_formula(value)) {
    value.insert(value.begin(), '\'');
  }
  if (value.find_first_of(",\"\r\n") == std::string::npos) {
    return value;
  }
  std::string quoted = "\"";
  for (const char c : value) {
    if (c == '"') {
      quoted += '"';
    }
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

void render_table(const Table &table, const Envelope &envelope, const RenderOptions &options,
                  std::ostream &out) {
  const auto chosen =
      choose_columns(table.columns, envelope.command, options.columns, options.format);
  const auto shown = project(table, chosen);
  switch (options.format) {
  case Format::table:
    render_rows(shown, caps_of(chosen), options.terminal, out);
    write_after_rows(envelope, hidden_columns(table.columns, chosen), options.terminal, out);
    return;
  case Format::json:
    write_json(shown, envelope, out);
    return;
  case Format::ndjson: {
    const JsonRowText text(shown.columns, -1);
    std::string line;
    for (const auto &row : shown.rows) {
      line.clear();
      text.append(row, line);
      line += '\n';
      out << line;
    }
    return;
  }
  case Format::csv:
    write_csv_header(shown.columns, options.bom, out);
    for (const auto &row : shown.rows) {
      write_csv_row(row, out);
    }
    return;
  case Format::xlsx:
    if (options.terminal.width > 0) {
      throw Error(ErrorKind::usage, "--format xlsx writes a binary file, not to a terminal",
                  "add -o FILE.xlsx, or redirect stdout to a file");
    }
    render_xlsx(shown, envelope, out);
    return;
  default:
    throw Error(ErrorKind::usage,
                "format '" + std::string(to_string(options.format)) +
                    "' is not available here; use table, json, ndjson, csv or xlsx");
  }
}

namespace {

// Stops a stream whose reader went away (a closed pipe, a full disk) instead of computing rows
// nobody receives; cli::run reports it.
void check_written(const std::ostream &out) {
  if (!out) {
    throw Error(ErrorKind::io, "output: write failed");
  }
}

// The cells of `chosen` columns, in their order.
std::vector<Cell> chosen_cells(const std::vector<Cell> &cells,
                               const std::vector<ChosenColumn> &chosen) {
  std::vector<Cell> result;
  result.reserve(chosen.size());
  for (const auto &column : chosen) {
    result.push_back(column.index < cells.size() ? cells[column.index] : Cell{Null{}});
  }
  return result;
}

// `json` row by row: the same bytes as render_table's one document.
class JsonRowStream final : public RowStream {
public:
  JsonRowStream(const Envelope &envelope, const RenderOptions &options, std::ostream &out)
      : m_envelope(envelope), m_options(options), m_out(out) {}
  void columns(const std::vector<Column> &columns) override {
    m_chosen = choose_columns(columns, m_envelope.command, m_options.columns, m_options.format);
    m_text.emplace(project(Table{columns, {}}, m_chosen).columns, 4);
    auto head = envelope_json(m_envelope).dump(2);
    head.resize(head.size() - 2); // the closing "\n}": rows and sections follow
    m_out << head << ",\n  \"rows\": [";
  }
  void row(const std::vector<Cell> &cells) override {
    m_line = m_rows++ == 0 ? "\n" : ",\n";
    m_text->append(chosen_cells(cells, m_chosen), m_line);
    m_out << m_line;
    check_written(m_out);
  }
  void finish() override {
    m_out << (m_rows == 0 ? "]" : "\n  ]");
    // A section's rows one at a time, in the bytes of the whole array's dump(2) indented by two:
    // `status --by account` of a capture has a gap section of 335,000 rows.
    for (const auto &[name, section] : m_envelope.sections) {
      m_out << ",\n  " << nlohmann::ordered_json(name).dump() << ": ";
      if (section.rows.empty()) {
        m_out << "[]";
        continue;
      }
      m_out << "[";
      std::string text;
      for (std::size_t i = 0; i < section.rows.size(); ++i) {
        text.clear();
        append_indented(text, row_json(section, section.rows[i]).dump(2), "    ");
        m_out << (i == 0 ? "\n    " : ",\n    ") << text;
      }
      m_out << "\n  ]";
    }
    m_out << "\n}\n";
  }

private:
  const Envelope &m_envelope;
  RenderOptions m_options;
  std::ostream &m_out;
  std::vector<ChosenColumn> m_chosen;
  std::optional<JsonRowText> m_text; // the chosen columns' rows as text
  std::string m_line;                // reused: keeps its buffer
  std::size_t m_rows = 0;
};

// `ndjson` and `csv`: each row is a line of its own.
class LineRowStream final : public RowStream {
public:
  LineRowStream(const Envelope &envelope, const RenderOptions &options, std::ostream &out)
      : m_envelope(envelope), m_options(options), m_out(out) {}
  void columns(const std::vector<Column> &columns) override {
    m_chosen = choose_columns(columns, m_envelope.command, m_options.columns, m_options.format);
    const auto shown = project(Table{columns, {}}, m_chosen).columns;
    m_text.emplace(shown, -1);
    if (m_options.format == Format::csv) {
      write_csv_header(shown, m_options.bom, m_out);
    }
  }
  void row(const std::vector<Cell> &cells) override {
    const auto shown = chosen_cells(cells, m_chosen);
    if (m_options.format == Format::ndjson) {
      m_line.clear();
      m_text->append(shown, m_line);
      m_line += '\n';
      m_out << m_line;
    } else {
      write_csv_row(shown, m_out);
    }
    check_written(m_out);
  }
  void finish() override {}

private:
  const Envelope &m_envelope;
  RenderOptions m_options;
  std::ostream &m_out;
  std::vector<ChosenColumn> m_chosen;
  std::optional<JsonRowText> m_text; // ndjson: the chosen columns' rows as text
  std::string m_line;                // reused: keeps its buffer
};

// `xlsx`: rows go to the workbook as they come (XlsxWriter's constant-memory mode).
class WorkbookRowStream final : public RowStream {
public:
  WorkbookRowStream(const Envelope &envelope, const RenderOptions &options, std::ostream &out)
      : m_envelope(envelope), m_options(options), m_out(out), m_workbook(envelope) {}
  void columns(const std::vector<Column> &columns) override {
    m_chosen = choose_columns(columns, m_envelope.command, m_options.columns, m_options.format);
    m_workbook.columns(project(Table{columns, {}}, m_chosen).columns);
  }
  void row(const std::vector<Cell> &cells) override {
    m_workbook.row(chosen_cells(cells, m_chosen));
  }
  void finish() override { m_workbook.finish(m_out); }

private:
  const Envelope &m_envelope;
  RenderOptions m_options;
  std::ostream &m_out;
  std::vector<ChosenColumn> m_chosen;
  XlsxWriter m_workbook;
};

// `table`: the first k_table_sample_rows rows set the column widths (the output is then what
// render_table prints); later rows are printed as they come in those widths.
class AlignedRowStream final : public RowStream {
public:
  AlignedRowStream(const Envelope &envelope, const RenderOptions &options, std::ostream &out)
      : m_envelope(envelope), m_options(options), m_out(out) {}
  void columns(const std::vector<Column> &columns) override {
    m_all = columns;
    m_chosen = choose_columns(columns, m_envelope.command, m_options.columns, m_options.format);
    m_layout.emplace(project(Table{columns, {}}, m_chosen).columns, caps_of(m_chosen),
                     m_options.terminal);
  }
  void row(const std::vector<Cell> &cells) override {
    ++m_rows;
    auto texts = m_layout->add_row(chosen_cells(cells, m_chosen));
    if (m_sampling) {
      m_sample.push_back(std::move(texts));
      if (m_sample.size() == k_table_sample_rows) {
        end_sample();
      }
      return;
    }
    m_layout->write_row(texts, m_out);
    check_written(m_out);
  }
  void finish() override {
    if (m_sampling) {
      end_sample();
    }
    write_row_count(m_rows, m_out);
    write_after_rows(m_envelope, hidden_columns(m_all, m_chosen), m_options.terminal, m_out);
  }

private:
  void end_sample() {
    m_sampling = false;
    m_layout->fit();
    m_layout->write_header(m_out);
    for (const auto &texts : m_sample) {
      m_layout->write_row(texts, m_out);
    }
    m_sample.clear();
    m_sample.shrink_to_fit();
    check_written(m_out);
  }

  const Envelope &m_envelope;
  RenderOptions m_options;
  std::ostream &m_out;
  std::vector<Column> m_all;
  std::vector<ChosenColumn> m_chosen;
  std::optional<TextTable> m_layout;
  std::vector<std::vector<std::string>> m_sample;
  bool m_sampling = true;
  std::size_t m_rows = 0;
};

} // namespace

std::unique_ptr<RowStream> stream_rows(const Envelope &envelope, const RenderOptions &options,
                                       std::ostream &out) {
  switch (options.format) {
  case Format::table:
    return std::make_unique<AlignedRowStream>(envelope, options, out);
  case Format::json:
    return std::make_unique<JsonRowStream>(envelope, options, out);
  case Format::ndjson:
  case Format::csv:
    return std::make_unique<LineRowStream>(envelope, options, out);
  case Format::xlsx:
    if (options.terminal.width > 0) {
      throw Error(ErrorKind::usage, "--format xlsx writes a binary file, not to a terminal",
                  "add -o FILE.xlsx, or redirect stdout to a file");
    }
    return std::make_unique<WorkbookRowStream>(envelope, options, out);
  default:
    throw Error(ErrorKind::usage,
                "format '" + std::string(to_string(options.format)) +
                    "' is not available here; use table, json, ndjson, csv or xlsx");
  }
}

} // namespace sociometer::report

namespace sociometer::report {

void render_import_summaries(const std::vector<ImportSummary> &summaries, const Envelope &envelope,
                             const RenderOptions &options, std::ostream &out) {
  if ((options.format == Format::json || options.format == Format::ndjson) &&
      options.columns.empty()) {
    auto rows = nlohmann::ordered_json::array();
    for (const auto &summary : summaries) {
      nlohmann::ordered_json row;
      row["path"] = summary.path;
      row["format"] = summary.format.empty() ? nlohmann::ordered_json(nullptr)
                                             : nlohmann::ordered_json(summary.format);
      row["outcome"] = summary.outcome;
      row["posts_new"] = summary.posts_new;
      row["posts_updated"] = summary.posts_updated;
      row["posts_unchanged"] = summary.posts_unchanged;
      row["referenced_posts_new"] = summary.referenced_new;
      row["records_skipped"] = summary.records_skipped;
      row["sha256"] = summary.sha256.empty() ? nlohmann::ordered_json(nullptr)
                                             : nlohmann::ordered_json(summary.sha256);
      row["error"] = summary.error.empty() ? nlohmann::ordered_json(nullptr)
                                           : nlohmann::ordered_json(summary.error);
      auto diagnostics = nlohmann::ordered_json::array();
      for (const auto &note : summary.diagnostics) {
        nlohmann::ordered_json item;
        item["line"] =
            note.line ? nlohmann::ordered_json(*note.line) : nlohmann::ordered_json(nullptr);
        item["offset"] =
            note.offset ? nlohmann::ordered_json(*note.offset) : nlohmann::ordered_json(nullptr);
        item["message"] = note.message;
        diagnostics.push_back(std::move(item));
      }
      row["diagnostics"] = std::move(diagnostics);
      rows.push_back(std::move(row));
    }
    if (options.format == Format::ndjson) {
      for (const auto &row : rows) {
        out << row.dump() << '\n';
      }
      return;
    }
    auto document = envelope_json(envelope);
    document["rows"] = std::move(rows);
    out << document.dump(2) << '\n';
    return;
  }
  // Table, CSV, XLSX and chosen columns: the diagnostics become a count; their text is on stderr
  // already.
  Table table;
  table.columns = {{"path", ColumnType::text},
                   {"format", ColumnType::text},
                   {"outcome", ColumnType::text},
                   {"posts_new", ColumnType::integer},
                   {"posts_updated", ColumnType::integer},
                   {"posts_unchanged", ColumnType::integer},
                   {"referenced_posts_new", ColumnType::integer},
                   {"records_skipped", ColumnType::integer},
                   {"diagnostics", ColumnType::integer}};
  for (const auto &summary : summaries) {
    table.rows.push_back({summary.path,
                          summary.format.empty() ? Cell{Null{}} : Cell{summary.format},
                          summary.outcome, summary.posts_new, summary.posts_updated,
                          summary.posts_unchanged, summary.referenced_new, summary.records_skipped,
                          static_cast<std::int64_t>(summary.diagnostics.size())});
  }
  render_table(table, envelope, options, out);
}

} // namespace sociometer::report
