// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "sociometer/report/renderer.hpp"

namespace sociometer::report {

// Version of every JSON document's shape; bump when a key is renamed or removed (docs/output.md).
inline constexpr int k_schema_version = 1;

[[nodiscard]] nlohmann::ordered_json cell_json(const Cell &cell);
// `{"schema_version", "command", "params", "generated_at", "definitions"}`, keys sorted within
// params and definitions.
[[nodiscard]] nlohmann::ordered_json envelope_json(const Envelope &envelope);
// One row as an object in column order.
[[nodiscard]] nlohmann::ordered_json row_json(const Table &table, const std::vector<Cell> &row);

// Appends `text` to `out` with each line after the first indented by `margin`: a JSON value dumped
// on its own, placed at that depth of a document (JSON strings hold no raw line breaks).
void append_indented(std::string &out, std::string_view text, std::string_view margin);

// Rows of `columns` written as JSON text without building an object per row: the bytes of
// row_json(...).dump() (`indent` < 0) or of row_json(...).dump(2) with every line indented by
// `indent` spaces, at a third of the time for a million rows (keys are escaped once).
class JsonRowText {
public:
  JsonRowText(const std::vector<Column> &columns, int indent);
  // Appends the row's text to `out`.
  void append(const std::vector<Cell> &cells, std::string &out) const;

private:
  void append_value(std::size_t column, const Cell &cell, std::string &out) const;

  Table m_columns;                 // no rows: the columns, for the fallback through row_json
  std::vector<std::string> m_keys; // per column: the line break, indent, quoted key and colon
  std::string m_margin;            // the indent of the object's braces; empty when compact
  int m_indent;
  bool m_unique_keys = true; // else row_json decides (a repeated key keeps its first place)
};

} // namespace sociometer::report
