// SPDX-License-Identifier: Apache-2.0
// Lenient typed reads from simdjson DOM elements: a missing or mistyped field reads as empty,
// because the parsers decide what is required. IDs are kept exactly, whether the source wrote them
// as strings or as bare integers (64-bit IDs lose digits as JSON doubles).
#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <simdjson.h>
#include <string>
#include <string_view>

#include "sociometer/util/text.hpp"

namespace sociometer::ingest::json {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

inline std::optional<element> field(element value, std::string_view key) {
  element result;
  if (value.is_object() && value.at_key(key).get(result) == simdjson::SUCCESS) {
    return result;
  }
  return std::nullopt;
}

inline std::string_view string(element value, std::string_view key) {
  std::string_view text;
  if (auto f = field(value, key); f && f->get_string().get(text) == simdjson::SUCCESS) {
    return text;
  }
  return {};
}

inline std::optional<object> object_field(element value, std::string_view key) {
  object result;
  if (auto f = field(value, key); f && f->get_object().get(result) == simdjson::SUCCESS) {
    return result;
  }
  return std::nullopt;
}

inline std::optional<array> array_field(element value, std::string_view key) {
  array result;
  if (auto f = field(value, key); f && f->get_array().get(result) == simdjson::SUCCESS) {
    return result;
  }
  return std::nullopt;
}

// A string, or an integer written bare, as its exact decimal text.
inline std::string id_text(element value) {
  std::string_view text;
  if (value.get_string().get(text) == simdjson::SUCCESS) {
    return std::string(text);
  }
  std::uint64_t unsigned_value = 0;
  if (value.get_uint64().get(unsigned_value) == simdjson::SUCCESS) {
    return std::to_string(unsigned_value);
  }
  std::int64_t signed_value = 0;
  if (value.get_int64().get(signed_value) == simdjson::SUCCESS) {
    return std::to_string(signed_value);
  }
  return {};
}

inline std::string id(element value, std::string_view key) {
  if (auto f = field(value, key)) {
    return id_text(*f);
  }
  return {};
}

// An integer, or a string of digits (Twitter archives write counts as strings).
inline std::optional<std::int64_t> integer_value(element value) {
  std::int64_t number = 0;
  if (value.get_int64().get(number) == simdjson::SUCCESS) {
    return number;
  }
  std::string_view text;
  if (value.get_string().get(text) == simdjson::SUCCESS && !text.empty()) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec == std::errc{} && end == text.data() + text.size()) {
      return number;
    }
  }
  return std::nullopt;
}

inline std::optional<std::int64_t> integer(element value, std::string_view key) {
  if (auto f = field(value, key)) {
    return integer_value(*f);
  }
  return std::nullopt;
}

// Counts (likes, reposts, followers): a non-negative integer, bare or as a string of digits.
// Absent, null and `""` are not reported. Anything else (negative, fractional, beyond 64 bits,
// text) reads as not reported, and is collected so that the record gets one warning naming the
// fields, not a stored garbage count.
class Counts {
public:
  // The count `key` of `holder`; std::nullopt when absent, null or not a count.
  std::optional<std::int64_t> read(element holder, std::string_view key) {
    const auto value = field(holder, key);
    std::string_view empty;
    if (!value || value->is_null() ||
        (value->get_string().get(empty) == simdjson::SUCCESS && empty.empty())) {
      return std::nullopt;
    }
    if (const auto number = integer_value(*value); number && *number >= 0) {
      return number;
    }
    auto text = simdjson::to_string(*value);
    if (text.size() > 40) {
      text = util::truncate_code_points(text, 40);
    }
    m_invalid += (m_invalid.empty() ? "" : ", ") + std::string(key) + " " + text;
    ++m_fields;
    return std::nullopt;
  }
  // `SUBJECT: like_count -5 is not a count; treated as not reported` (without `SUBJECT: ` when
  // empty); empty when all were counts.
  [[nodiscard]] std::string problem(std::string_view subject) const {
    if (m_invalid.empty()) {
      return {};
    }
    return std::string(subject) + (subject.empty() ? "" : ": ") + m_invalid +
           (m_fields == 1 ? " is not a count" : " are not counts") + "; treated as not reported";
  }

private:
  std::string m_invalid;
  int m_fields = 0;
};

inline bool boolean(element value, std::string_view key) {
  bool result = false;
  if (auto f = field(value, key); f && f->get_bool().get(result) == simdjson::SUCCESS) {
    return result;
  }
  return false;
}

// How deep objects and arrays may nest: simdjson's DOM limit, far beyond any real export.
inline constexpr std::size_t k_max_depth = simdjson::DEFAULT_MAX_DEPTH;

// The source record `raw` (one JSON value that parsed) as the store keeps it: without the
// whitespace between its tokens. Archives are pretty-printed, and their indentation was about a
// third of the stored bytes; the value is the same. `raw` itself if simdjson cannot minify it.
inline std::string compact_record(std::string_view raw) {
  std::string compact(raw.size(), '\0');
  std::size_t length = 0;
  if (simdjson::minify(raw.data(), raw.size(), compact.data(), length) != simdjson::SUCCESS) {
    return std::string(raw);
  }
  compact.resize(length);
  return compact;
}

// Why a parse failed, for people: `nesting deeper than N levels` (the text may be complete and
// valid JSON), else `invalid JSON: ` and simdjson's reason.
inline std::string parse_problem(simdjson::error_code error) {
  if (error == simdjson::DEPTH_ERROR) {
    return "nesting deeper than " + std::to_string(k_max_depth) + " levels";
  }
  return std::string("invalid JSON: ") + simdjson::error_message(error);
}

// Why one JSONL line did not parse, as the diagnostic every JSONL reader gives: invalid UTF-8 at
// its column, nesting too deep, a last line without newline (most likely cut off: a download or
// copy that stopped), else parse_problem. Too deep is said as such even on a last line.
inline std::string line_problem(simdjson::error_code error, std::string_view line,
                                bool ended_with_newline) {
  if (error == simdjson::UTF8_ERROR) {
    const auto bad = util::find_invalid_utf8(line).value_or(0);
    return "invalid UTF-8 at column " + std::to_string(bad + 1) + "; line skipped";
  }
  if (error != simdjson::DEPTH_ERROR && !ended_with_newline) {
    return "truncated last line (" + std::to_string(line.size()) +
           " bytes, no newline): " + simdjson::error_message(error) + "; skipped";
  }
  return parse_problem(error) + "; line skipped";
}

} // namespace sociometer::ingest::json
