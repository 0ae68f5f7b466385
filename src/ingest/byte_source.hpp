// SPDX-License-Identifier: Apache-2.0
// Streaming reads of a file or stdin: a peek at the head for detection, then lines with their
// numbers. Every byte consumed is hashed, so the input is read exactly once.
#pragma once

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "sociometer/model/vocabulary.hpp"
#include "sociometer/util/sha256.hpp"

namespace sociometer::ingest {

class ByteSource {
public:
  // Opens `path`, or stdin for `-`. Throws Error(input) when it cannot be opened.
  explicit ByteSource(const std::string &path);
  // Reads `bytes` (kept by the source) as if they were a file named `display_path`: a page an API
  // returned.
  ByteSource(std::string display_path, std::string bytes);
  ~ByteSource();
  ByteSource(const ByteSource &) = delete;
  ByteSource &operator=(const ByteSource &) = delete;

  // The first `max_bytes` bytes (fewer at end of input), without consuming them.
  [[nodiscard]] std::string_view peek(std::size_t max_bytes);
  // Next line without its `\n` (and `\r`); false at end of input. `line` stays valid until the
  // next call. A last line without `\n` is returned too (`ended_with_newline()` tells). A line
  // longer than max_line_bytes() is consumed without being held: it is returned empty, and
  // overlong_line() tells its length.
  bool next_line(std::string_view &line);
  // The length in bytes of the line next_line() just returned empty because it was too long.
  [[nodiscard]] std::optional<std::int64_t> overlong_line() const noexcept { return m_overlong; }
  // Everything not consumed yet, consumed. Throws Error(input) naming the file when it is larger
  // than `max_bytes` (before holding more than that).
  [[nodiscard]] std::string read_rest(std::size_t max_bytes);
  // The next unconsumed bytes (at least one, about a read's worth), consumed; false at end of
  // input. `chunk` stays valid until the next call. For decoders (UTF-16 CSV) that cannot split
  // on a `\n` byte. Do not mix with next_line() on the same source.
  bool next_chunk(std::string_view &chunk);
  [[nodiscard]] std::int64_t line_number() const noexcept { return m_line_number; }
  [[nodiscard]] std::int64_t line_offset() const noexcept { return m_line_offset; }
  [[nodiscard]] bool ended_with_newline() const noexcept { return m_ended_with_newline; }
  [[nodiscard]] std::string sha256() { return m_hash.hex_digest(); }
  [[nodiscard]] const std::string &path() const noexcept { return m_path; }

private:
  bool fill(); // appends more bytes to the buffer; false at end of input
  bool skip_overlong_line(std::string_view &line);

  std::string m_path;
  std::string m_memory; // the bytes of an in-memory source (fmemopen reads them)
  std::FILE *m_file = nullptr;
  bool m_owns_file = false;
  std::string m_buffer;
  std::size_t m_begin = 0; // first unconsumed byte in m_buffer
  bool m_eof = false;
  std::int64_t m_line_number = 0;
  std::int64_t m_line_offset = 0; // byte offset of the current line in the input
  std::int64_t m_consumed = 0;    // bytes consumed before m_begin
  bool m_ended_with_newline = true;
  std::size_t m_line_limit = 0; // set by every constructor: max_line_bytes()
  std::optional<std::int64_t> m_overlong;
  util::Sha256 m_hash;
};

// Modification time of the file at `path`; the report clock for stdin (`-`, `<stdin>`) and for a
// path that cannot be read. The observed_at of counts in inputs that carry no retrieval time.
[[nodiscard]] TimePoint file_time_or_now(const std::string &path);

} // namespace sociometer::ingest
