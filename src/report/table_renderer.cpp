// SPDX-License-Identifier: Apache-2.0
#include <array>
#include <charconv>
#include <cmath>
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

void render_rows(const Table &table, std::ostream &out) {
  std::vector<std::vector<std::string>> cells;
  std::vector<std::size_t> widths;
  for (const auto &column : table.columns) {
    widths.push_back(util::code_point_count(column.key));
  }
  for (const auto &row : table.rows) {
    std::vector<std::string> texts;
    for (std::size_t c = 0; c < row.size(); ++c) {
      texts.push_back(human_text(row[c], table.columns[c].type));
      widths[c] = std::max(widths[c], util::code_point_count(texts.back()));
    }
    cells.push_back(std::move(texts));
  }
  const auto write_row = [&](const std::vector<std::string> &texts) {
    std::string line;
    for (std::size_t c = 0; c < texts.size(); ++c) {
      const auto pad = std::string(widths[c] - util::code_point_count(texts[c]), ' ');
      if (c > 0) {
        line += "  ";
      }
      line += right_aligned(table.columns[c].type) ? pad + texts[c] : texts[c] + pad;
    }
    while (!line.empty() && line.back() == ' ') {
      line.pop_back();
    }
    out << line << '\n';
  };
  std::vector<std::string> header;
  for (const auto &column : table.columns) {
    header.push_back(column.key);
  }
  write_row(header);
  for (const auto &texts : cells) {
    write_row(texts);
  }
  out << "(" << table.rows.size() << (table.rows.size() == 1 ? " row" : " rows") << ")\n";
}

void render_human(const Table &table, const Envelope &envelope, std::ostream &out) {
  render_rows(table, out);
  for (const auto &[name, section] : envelope.sections) {
    out << '\n' << name << ":\n";
    render_rows(section, out);
  }
  if (!envelope.definitions.empty()) {
    out << "definitions:\n";
    for (const auto &[key, text] : envelope.definitions) {
      out << "  " << key << ": " << text << '\n';
    }
  }
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
