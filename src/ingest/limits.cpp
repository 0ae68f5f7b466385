// SPDX-License-Identifier: Apache-2.0
#include "limits.hpp"

#include <charconv>
#include <cstdlib>
#include <string_view>

namespace sociometer::ingest {
namespace {

// `fallback`, or the positive number the variable `name` holds.
std::size_t limit_from_environment(const char *name, std::size_t fallback) noexcept {
  const char *text = std::getenv(name);
  if (text == nullptr) {
    return fallback;
  }
  const std::string_view value(text);
  std::size_t number = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (ec != std::errc{} || end != value.data() + value.size() || number == 0) {
    return fallback;
  }
  return number;
}

} // namespace

std::size_t max_input_bytes() noexcept {
  return limit_from_environment("SOCIOMETER_MAX_INPUT_BYTES", k_max_input_bytes);
}

std::size_t max_line_bytes() noexcept {
  return limit_from_environment("SOCIOMETER_MAX_LINE_BYTES", k_max_line_bytes);
}

std::string input_limit_text() {
  return "larger than the limit of " + std::to_string(max_input_bytes()) +
         " bytes (SOCIOMETER_MAX_INPUT_BYTES)";
}

std::string input_limit_hint() {
  return "the limit keeps memory use bounded; to read a larger file anyway, set "
         "SOCIOMETER_MAX_INPUT_BYTES to its size (it then needs about that much memory more)";
}

std::string line_limit_text() {
  return "longer than the limit of " + std::to_string(max_line_bytes()) +
         " bytes (SOCIOMETER_MAX_LINE_BYTES)";
}

} // namespace sociometer::ingest
