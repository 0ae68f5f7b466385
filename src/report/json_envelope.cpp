// SPDX-License-Identifier: Apache-2.0
#include "json_envelope.hpp"

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

nlohmann::ordered_json row_json(const Table &table, const std::vector<Cell> &row) {
  auto object = nlohmann::ordered_json::object();
  for (std::size_t c = 0; c < table.columns.size() && c < row.size(); ++c) {
    object[table.columns[c].key] = cell_json(row[c]);
  }
  return object;
}

} // namespace sociometer::report
