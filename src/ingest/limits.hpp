// SPDX-License-Identifier: Apache-2.0
// The size limits that keep reading one input within a bounded amount of memory, whatever its
// size or compression ratio (docs/formats.md, "Size limits"). Beyond them an input is refused, or
// the one line or record is skipped, with a message naming the file; it is never read whole.
#pragma once

#include <cstddef>
#include <string>

namespace sociometer::ingest {

// Largest whole text held in memory at once: an archive entry (decompressed), a file of a
// folder export, a whole-file JSON document. Such texts are split and parsed element by element.
inline constexpr std::size_t k_max_input_bytes = std::size_t{256} << 20;
// Largest single piece parsed at once: a JSONL line, a CSV record, one element of a JSON array,
// a JSON document parsed whole. A parse needs several times its size.
inline constexpr std::size_t k_max_line_bytes = std::size_t{8} << 20;
// Most fields in one CSV record (each costs memory however short).
inline constexpr std::size_t k_max_csv_fields = 10000;

// The limits in force: the constants above, or the environment's SOCIOMETER_MAX_INPUT_BYTES and
// SOCIOMETER_MAX_LINE_BYTES (smaller ones let tests do without huge files; larger ones let a
// user read an exceptional export, at that cost in memory). Read at each call; a value that is not
// a positive number is ignored.
[[nodiscard]] std::size_t max_input_bytes() noexcept;
[[nodiscard]] std::size_t max_line_bytes() noexcept;

// `larger than the limit of N bytes (SOCIOMETER_MAX_INPUT_BYTES)`, for messages.
[[nodiscard]] std::string input_limit_text();
// What to do about a file over max_input_bytes(), for the Error's hint.
[[nodiscard]] std::string input_limit_hint();
// `longer than the limit of N bytes (SOCIOMETER_MAX_LINE_BYTES)`, for messages.
[[nodiscard]] std::string line_limit_text();

} // namespace sociometer::ingest
