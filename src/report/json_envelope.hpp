// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <nlohmann/json.hpp>

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

} // namespace sociometer::report
