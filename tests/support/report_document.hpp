// SPDX-License-Identifier: Apache-2.0
// A command's JSON document with the time it was generated taken out, for comparing two runs.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace sociometer::test {

// `out` parsed, without `generated_at`: two runs of one command may fall in different seconds.
inline nlohmann::json without_generated_at(const std::string &out) {
  auto document = nlohmann::json::parse(out);
  document.erase("generated_at");
  return document;
}

} // namespace sociometer::test
