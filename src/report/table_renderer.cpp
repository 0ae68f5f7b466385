// SPDX-License-Identifier: Apache-2.0
#include <array>
#include <charconv>
#include <cmath>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

#include "json_envelope.hpp"
#include "sociometer/error.hpp"
#include "sociometer/report/renderer.hpp"
#include "sociometer/util/text.hpp"

namespace sociometer::report {
namespace {

constexpr std::array<std::pair<Format, std::string_view>, 6> k_formats{{
    {Format::table, "table"},
    {Format::json, "json"},
    {Format::ndjson, "ndjson"},
    {Format::csv, "csv"},
    {Format::md, "md"},
    {Format::html, "html"},
}};

// Shortest text that reads back as the same double.
std::string number_text(double value) {
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc{} ? std::string(buffer, end) : std::string("nan");
}

std::string fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

// How a cell reads in a terminal table: rates as percentages, nulls as `-`.
std::string human_text(const Cell &cell, ColumnType type) {
  if (std::holds_alternative<Null>(cell)) {
    return "-";
  }
  if (const auto *text = std::get_if<std::string>(&cell)) {
    return *text;
  }
  if (const auto *integer = std::get_if<std::int64_t>(&cell)) {
    return std::to_string(*integer);
  }
  const double value = std::get<double>(cell);
  if (type == ColumnType::ratio) {
    return fixed(value * 100.0, 2) + "%";
  }
  return fixed(value, 4);
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

bool right_aligned(ColumnType type) {
  return type == ColumnType::integer || type == ColumnType::number || type == ColumnType::ratio;
}

// One line of `table` format: cells padded to `widths` (numbers to the right), no trailing blanks.
// A cell wider than its column is printed whole and pushes the rest of its line along.
void write_aligned(const std::vector<std::string> &texts, const std::vector<std::size_t> &widths,
                   const std::vector<Column> &columns, std::ostream &out) {
  std::string line;
  for (std::size_t c = 0; c < texts.size(); ++c) {
    const auto length = util::code_point_count(texts[c]);
    const auto pad = std::string(widths[c] > length ? widths[c] - length : 0, ' ');
    if (c > 0) {
      line += "  ";
    }
    line += right_aligned(columns[c].type) ? pad + texts[c] : texts[c] + pad;
  }
  while (!line.empty() && line.back() == ' ') {
    line.pop_back();
  }
  out << line << '\n';
}

std::vector<std::string> header_texts(const std::vector<Column> &columns) {
  std::vector<std::string> header;
  header.reserve(columns.size());
  for (const auto &column : columns) {
    header.push_back(column.key);
  }
  return header;
}

std::vector<std::string> row_texts(const std::vector<Column> &columns,
                                   const std::vector<Cell> &row) {
  std::vector<std::string> texts;
  texts.reserve(row.size());
  for (std::size_t c = 0; c < row.size() && c < columns.size(); ++c) {
    texts.push_back(human_text(row[c], columns[c].type));
  }
  return texts;
}

void widen(std::vector<std::size_t> &widths, const std::vector<std::string> &texts) {
  for (std::size_t c = 0; c < texts.size() && c < widths.size(); ++c) {
    widths[c] = std::max(widths[c], util::code_point_count(texts[c]));
  }
}

void write_row_count(std::size_t rows, std::ostream &out) {
  out << "(" << rows << (rows == 1 ? " row" : " rows") << ")\n";
}

void render_rows(const Table &table, std::ostream &out) {
  const auto header = header_texts(table.columns);
  std::vector<std::size_t> widths(header.size(), 0);
  widen(widths, header);
  std::vector<std::vector<std::string>> cells;
  for (const auto &row : table.rows) {
    cells.push_back(row_texts(table.columns, row));
    widen(widths, cells.back());
  }
  write_aligned(header, widths, table.columns, out);
  for (const auto &texts : cells) {
    write_aligned(texts, widths, table.columns, out);
  }
  write_row_count(table.rows.size(), out);
}

void write_definitions(const Definitions &definitions, std::ostream &out) {
  if (!definitions.empty()) {
    out << "definitions:\n";
    for (const auto &[key, text] : definitions) {
      out << "  " << key << ": " << text << '\n';
    }
  }
}

// What `table` format prints after the rows: the envelope's sections, then its definitions.
void write_after_rows(const Envelope &envelope, std::ostream &out) {
  for (const auto &[name, section] : envelope.sections) {
    out << '\n' << name << ":\n";
    render_rows(section, out);
  }
  write_definitions(envelope.definitions, out);
}

void render_human(const Table &table, const Envelope &envelope, std::ostream &out) {
  render_rows(table, out);
  write_after_rows(envelope, out);
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

std::string csv_field(std::string_view text, bool neutralise_formulas) {
  std::string value(text);
  if (neutralise_formulas && !value.empty() &&
      std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) {
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

void render_table(const Table &table, const Envelope &envelope, Format format, std::ostream &out) {
  switch (format) {
  case Format::table:
    render_human(table, envelope, out);
    return;
  case Format::json: {
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
    return;
  }
  case Format::ndjson:
    for (const auto &row : table.rows) {
      out << row_json(table, row).dump() << '\n';
    }
    return;
  case Format::csv: {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      out << (c > 0 ? "," : "") << csv_field(table.columns[c].key);
    }
    out << "\r\n";
    for (const auto &row : table.rows) {
      for (std::size_t c = 0; c < row.size(); ++c) {
        // Only text can carry a formula; numbers (which may start with `-`) stay numbers.
        const bool is_text = std::holds_alternative<std::string>(row[c]);
        out << (c > 0 ? "," : "") << csv_field(machine_text(row[c]), is_text);
      }
      out << "\r\n";
    }
    return;
  }
  default:
    throw Error(ErrorKind::usage, "format '" + std::string(to_string(format)) +
                                      "' is not available here; use table, json, ndjson or csv");
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

// `json` row by row: the same bytes as render_table's one document.
class JsonRowStream final : public RowStream {
public:
  JsonRowStream(const Envelope &envelope, std::ostream &out) : m_envelope(envelope), m_out(out) {}
  void columns(const std::vector<Column> &columns) override {
    m_table.columns = columns;
    auto head = envelope_json(m_envelope).dump(2);
    head.resize(head.size() - 2); // the closing "\n}": rows and sections follow
    m_out << head << ",\n  \"rows\": [";
  }
  void row(const std::vector<Cell> &cells) override {
    m_out << (m_rows++ == 0 ? "\n" : ",\n") << indented(row_json(m_table, cells).dump(2), 4);
    check_written(m_out);
  }
  void finish() override {
    m_out << (m_rows == 0 ? "]" : "\n  ]");
    for (const auto &[name, section] : m_envelope.sections) {
      auto list = nlohmann::ordered_json::array();
      for (const auto &row : section.rows) {
        list.push_back(row_json(section, row));
      }
      m_out << ",\n  " << nlohmann::ordered_json(name).dump() << ": "
            << indented(list.dump(2), 2).substr(2);
    }
    m_out << "\n}\n";
  }

private:
  // `text` with every line indented by `spaces` (JSON strings hold no raw line breaks).
  static std::string indented(const std::string &text, std::size_t spaces) {
    const std::string margin(spaces, ' ');
    std::string result = margin;
    for (const char c : text) {
      result += c;
      if (c == '\n') {
        result += margin;
      }
    }
    return result;
  }

  const Envelope &m_envelope;
  std::ostream &m_out;
  Table m_table; // the columns, for row_json
  std::size_t m_rows = 0;
};

// `ndjson` and `csv`: each row is a line of its own.
class LineRowStream final : public RowStream {
public:
  LineRowStream(Format format, std::ostream &out) : m_format(format), m_out(out) {}
  void columns(const std::vector<Column> &columns) override {
    m_table.columns = columns;
    if (m_format == Format::csv) {
      for (std::size_t c = 0; c < columns.size(); ++c) {
        m_out << (c > 0 ? "," : "") << csv_field(columns[c].key);
      }
      m_out << "\r\n";
    }
  }
  void row(const std::vector<Cell> &cells) override {
    if (m_format == Format::ndjson) {
      m_out << row_json(m_table, cells).dump() << '\n';
    } else {
      for (std::size_t c = 0; c < cells.size(); ++c) {
        const bool is_text = std::holds_alternative<std::string>(cells[c]);
        m_out << (c > 0 ? "," : "") << csv_field(machine_text(cells[c]), is_text);
      }
      m_out << "\r\n";
    }
    check_written(m_out);
  }
  void finish() override {}

private:
  Format m_format;
  std::ostream &m_out;
  Table m_table;
};

// `table`: the first k_table_sample_rows rows set the column widths (the output is then what
// render_table prints); later rows are printed as they come in those widths.
class AlignedRowStream final : public RowStream {
public:
  AlignedRowStream(const Envelope &envelope, std::ostream &out)
      : m_envelope(envelope), m_out(out) {}
  void columns(const std::vector<Column> &columns) override {
    m_columns = columns;
    m_widths.assign(columns.size(), 0);
    widen(m_widths, header_texts(columns));
  }
  void row(const std::vector<Cell> &cells) override {
    ++m_rows;
    auto texts = row_texts(m_columns, cells);
    if (m_sampling) {
      widen(m_widths, texts);
      m_sample.push_back(std::move(texts));
      if (m_sample.size() == k_table_sample_rows) {
        end_sample();
      }
      return;
    }
    write_aligned(texts, m_widths, m_columns, m_out);
    check_written(m_out);
  }
  void finish() override {
    if (m_sampling) {
      end_sample();
    }
    write_row_count(m_rows, m_out);
    write_after_rows(m_envelope, m_out);
  }

private:
  void end_sample() {
    m_sampling = false;
    write_aligned(header_texts(m_columns), m_widths, m_columns, m_out);
    for (const auto &texts : m_sample) {
      write_aligned(texts, m_widths, m_columns, m_out);
    }
    m_sample.clear();
    m_sample.shrink_to_fit();
    check_written(m_out);
  }

  const Envelope &m_envelope;
  std::ostream &m_out;
  std::vector<Column> m_columns;
  std::vector<std::size_t> m_widths;
  std::vector<std::vector<std::string>> m_sample;
  bool m_sampling = true;
  std::size_t m_rows = 0;
};

} // namespace

std::unique_ptr<RowStream> stream_rows(const Envelope &envelope, Format format, std::ostream &out) {
  switch (format) {
  case Format::table:
    return std::make_unique<AlignedRowStream>(envelope, out);
  case Format::json:
    return std::make_unique<JsonRowStream>(envelope, out);
  case Format::ndjson:
  case Format::csv:
    return std::make_unique<LineRowStream>(format, out);
  default:
    throw Error(ErrorKind::usage, "format '" + std::string(to_string(format)) +
                                      "' is not available here; use table, json, ndjson or csv");
  }
}

} // namespace sociometer::report

namespace sociometer::report {

void render_import_summaries(const std::vector<ImportSummary> &summaries, const Envelope &envelope,
                             Format format, std::ostream &out) {
  if (format == Format::json || format == Format::ndjson) {
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
    if (format == Format::ndjson) {
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
  // Table and CSV: the diagnostics become a count; their text is on stderr already.
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
  render_table(table, envelope, format, out);
}

} // namespace sociometer::report
