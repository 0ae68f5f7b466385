// SPDX-License-Identifier: Apache-2.0
// A streaming CSV reader (RFC 4180 plus what real exports add: BOMs, UTF-16, a `sep=X` first
// line, `;`/tab delimiters, backslash-escaped quotes), and small helpers shared by the CSV-based
// inputs. Written here rather than taken from libcsv: we need physical line numbers per record,
// decoding and recovery after a broken quote, which libcsv's callbacks do not give
// (docs/architecture.md).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "limits.hpp"
#include "sociometer/ingest/ingest.hpp"
#include "sociometer/model/vocabulary.hpp"

namespace sociometer::ingest {

class ByteSource;

enum class CsvEncoding { utf8, utf8_bom, utf16le, utf16be };

struct CsvOptions {
  // Field separator; 0 = a `sep=X` first line, else the most frequent of `,` `;` tab (outside
  // quotes) on the first line, else `,`.
  char delimiter = 0;
  // Inside quotes, `\"` is a quote and `\\` a backslash (LinkedIn `Comments.csv`), besides `""`.
  bool backslash_escapes = false;
};

struct CsvRecord {
  std::vector<std::string> fields;
  std::int64_t line = 0; // physical line (1-based, in the decoded text) where the record starts
  // Non-empty when the record is malformed (unterminated quote, text after a closing quote,
  // invalid UTF-8/UTF-16): the caller reports it at `line` and skips the record.
  std::string error;
};

class CsvReader {
public:
  // Supplies the raw bytes, a chunk at a time; false at end of input.
  using ChunkSource = std::function<bool(std::string_view &)>;

  explicit CsvReader(ChunkSource source, CsvOptions options = {});
  // Reads `source` through ByteSource::next_chunk.
  explicit CsvReader(ByteSource &source, CsvOptions options = {});

  // The next record; false at end of input. Blank lines are skipped. After an unterminated quote
  // the record is returned with `error` set and reading resumes on the line after its start.
  bool next(CsvRecord &record);

  // Known after the first next().
  [[nodiscard]] CsvEncoding encoding() const noexcept { return m_encoding; }
  [[nodiscard]] char delimiter() const noexcept { return m_delimiter; }
  [[nodiscard]] bool had_sep_line() const noexcept { return m_sep_line; }

private:
  void start();
  bool fill();
  void decode(std::string_view bytes, bool at_end);
  void append_code_point(std::uint32_t code_point);
  int get();
  int peek();
  void skip_rest_of_line();
  bool skip_oversized(CsvRecord &record, const std::string &message);
  void recover(CsvRecord &record, const std::string &message);

  ChunkSource m_source;
  CsvOptions m_options;
  bool m_started = false;
  bool m_eof = false;
  CsvEncoding m_encoding = CsvEncoding::utf8;
  char m_delimiter = ',';
  bool m_sep_line = false;
  std::string m_pending;     // raw bytes not decoded yet (BOM sniffing, odd UTF-16 byte)
  std::uint32_t m_high = 0;  // pending UTF-16 high surrogate
  std::string m_text;        // decoded UTF-8
  std::size_t m_pos = 0;     // next unread byte of m_text
  std::string m_record_text; // decoded text of the record being read (for recovery)
  std::int64_t m_line = 1;
  std::size_t m_max_record_bytes = max_line_bytes();
};

// ---- Helpers for CSV-based inputs ----

// A count as exports write it: digits with optional thousands separators (`1,234`, `1 234`,
// NBSP / narrow NBSP, groups of three). Empty or blank → std::nullopt with `ok` true; anything
// else that is not such a number → std::nullopt with `ok` false.
[[nodiscard]] std::optional<std::int64_t> parse_count(std::string_view text, bool &ok);

// A ChunkSource that hands over all of `text` at once (for sniffing the start of an input);
// `text` must outlive the reader.
[[nodiscard]] CsvReader::ChunkSource whole_text(std::string_view text);

// Trimmed text of column `index` of `record`; empty when `index` is negative (a column the file
// lacks) or past the end of a ragged row.
[[nodiscard]] std::string cell_text(const CsvRecord &record, int index);

// The count in column `index` of `record` (parse_count); std::nullopt when the column is absent
// or the cell blank. A cell that is not a count also reads as std::nullopt, with a warning to
// `target` at `path`:line naming the column `header[index]`.
[[nodiscard]] std::optional<std::int64_t> cell_count(const CsvRecord &record, int index,
                                                     const std::vector<std::string> &header,
                                                     const std::string &path, IngestTarget &target);

// True when every field of `record` after the first `header_size` is blank: a trailing
// delimiter, which is tolerated.
[[nodiscard]] bool extra_fields_empty(const CsvRecord &record, std::size_t header_size);

// Why a row cannot be read against a header of `header_size` names: the reader's error, or more
// non-blank fields than the header has; std::nullopt when the row can be read.
[[nodiscard]] std::optional<std::string> row_problem(const CsvRecord &record,
                                                     std::size_t header_size);

// Reports the row at `line` of `path` as skipped, because of `message`.
void skip_row(IngestTarget &target, const std::string &path, std::int64_t line,
              const std::string &message);

// `{"header":"value",...}` for the raw column; fields beyond the header are keyed by position,
// missing ones omitted. `extra` pairs are appended (derived keys, prefixed `_`).
[[nodiscard]] std::string
row_json(const std::vector<std::string> &header, const std::vector<std::string> &fields,
         const std::vector<std::pair<std::string, std::string>> &extra = {});

// Header matching key: trimmed, NFKC + case folded.
[[nodiscard]] std::string header_key(std::string_view name);

// Strips spaces and tabs at both ends.
[[nodiscard]] std::string_view trim(std::string_view text) noexcept;

} // namespace sociometer::ingest
