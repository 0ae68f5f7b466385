// SPDX-License-Identifier: Apache-2.0
#include "json_envelope.hpp"

#include <algorithm>
#include <charconv>
#include <set>
#include <string_view>

#include "sociometer/util/time.hpp"

namespace sociometer::report {

nlohmann::ordered_json cell_json(const Cell &cell) {
  if (std::holds_alternative<Null>(cell)) {
    return nullptr;
  }
  if (const auto *text = std::get_if<std::string>(&cell)) {
    return *text;
  }
  if (const auto *integer = std::get_if<std::int64_t>(&cell)) {
    return *integer;
  }
  return std::get<double>(cell);
}

nlohmann::ordered_json envelope_json(const Envelope &envelope) {
  nlohmann::ordered_json document;
  document["schema_version"] = k_schema_version;
  document["command"] = envelope.command;
  auto params = nlohmann::ordered_json::object();
  for (const auto &[key, value] : envelope.params) {
    params[key] = cell_json(value);
  }
  document["params"] = std::move(params);
  document["generated_at"] = util::format_rfc3339(envelope.generated_at);
  auto definitions = nlohmann::ordered_json::object();
  for (const auto &[key, text] : envelope.definitions) {
    definitions[key] = text;
  }
  document["definitions"] = std::move(definitions);
  return document;
}

namespace {

std::vector<std::string> list_items(const std::string &text) {
  std::vector<std::string> items;
  const std::string_view separator = k_list_separator;
  std::size_t start = 0;
  while (!text.empty()) {
    const auto end = text.find(separator, start);
    items.push_back(text.substr(start, end == std::string::npos ? end : end - start));
    if (end == std::string::npos) {
      break;
    }
    start = end + separator.size();
  }
  return items;
}

// A `list` or `tally` cell as its JSON array (docs/output.md); null and empty cells are [].
nlohmann::ordered_json array_json(const Cell &cell, ColumnType type) {
  auto array = nlohmann::ordered_json::array();
  const auto *text = std::get_if<std::string>(&cell);
  if (text == nullptr) {
    return array;
  }
  for (const auto &item : list_items(*text)) {
    if (type == ColumnType::list) {
      array.push_back(item);
      continue;
    }
    // "NAME (COUNT)"
    const auto open = item.rfind(" (");
    std::int64_t count = 0;
    if (open != std::string::npos && item.ends_with(')')) {
      const auto digits = std::string_view(item).substr(open + 2, item.size() - open - 3);
      std::from_chars(digits.data(), digits.data() + digits.size(), count);
    }
    nlohmann::ordered_json entry;
    entry["value"] = open == std::string::npos ? item : item.substr(0, open);
    entry["count"] = count;
    array.push_back(std::move(entry));
  }
  return array;
}

} // namespace

nlohmann::ordered_json row_json(const Table &table, const std::vector<Cell> &row) {
  auto object = nlohmann::ordered_json::object();
  for (std::size_t c = 0; c < table.columns.size() && c < row.size(); ++c) {
    const auto type = table.columns[c].type;
    object[table.columns[c].key] = type == ColumnType::list || type == ColumnType::tally
                                       ? array_json(row[c], type)
                                       : cell_json(row[c]);
  }
  return object;
}

void append_indented(std::string &out, std::string_view text, std::string_view margin) {
  for (const char c : text) {
    out += c;
    if (c == '\n') {
      out += margin;
    }
  }
}

JsonRowText::JsonRowText(const std::vector<Column> &columns, int indent)
    : m_columns{columns, {}}, m_indent(indent) {
  const bool compact = indent < 0;
  m_margin = compact ? std::string() : std::string(static_cast<std::size_t>(indent), ' ');
  std::set<std::string_view> seen;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    m_unique_keys = m_unique_keys && seen.insert(columns[c].key).second;
    std::string key = c == 0 ? "" : ",";
    key += compact ? "" : "\n" + m_margin + "  ";
    key += nlohmann::ordered_json(columns[c].key).dump();
    key += compact ? ":" : ": ";
    m_keys.push_back(std::move(key));
  }
}

void JsonRowText::append(const std::vector<Cell> &cells, std::string &out) const {
  const bool compact = m_indent < 0;
  if (!m_unique_keys) {
    const auto object = row_json(m_columns, cells);
    if (compact) {
      out += object.dump();
      return;
    }
    out += m_margin;
    append_indented(out, object.dump(2), m_margin);
    return;
  }
  const auto shown = std::min(m_keys.size(), cells.size());
  out += m_margin;
  if (shown == 0) {
    out += "{}";
    return;
  }
  out += '{';
  for (std::size_t c = 0; c < shown; ++c) {
    out += m_keys[c];
    append_value(c, cells[c], out);
  }
  if (!compact) {
    out += '\n';
    out += m_margin;
  }
  out += '}';
}

void JsonRowText::append_value(std::size_t column, const Cell &cell, std::string &out) const {
  const auto type = m_columns.columns[column].type;
  if (type == ColumnType::list || type == ColumnType::tally) {
    const auto array = array_json(cell, type);
    if (m_indent < 0) {
      out += array.dump();
      return;
    }
    append_indented(out, array.dump(2), m_margin + "  ");
    return;
  }
  if (std::holds_alternative<Null>(cell)) {
    out += "null";
  } else if (const auto *integer = std::get_if<std::int64_t>(&cell)) {
    out += std::to_string(*integer);
  } else if (const auto *text = std::get_if<std::string>(&cell)) {
    // Printable ASCII without quotes or backslashes is its own JSON; anything else is escaped
    // (and checked as UTF-8) by nlohmann, as row_json would.
    if (std::all_of(text->begin(), text->end(),
                    [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; })) {
      out += '"';
      out += *text;
      out += '"';
    } else {
      out += nlohmann::ordered_json(*text).dump();
    }
  } else {
    out += nlohmann::ordered_json(std::get<double>(cell)).dump();
  }
}

} // namespace sociometer::report
