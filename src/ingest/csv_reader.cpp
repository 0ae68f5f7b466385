// SPDX-License-Identifier: Apache-2.0
#include "csv_reader.hpp"

#include <algorithm>

#include "byte_source.hpp"
#include "formats.hpp"
#include "limits.hpp"
#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::ingest {
namespace {

// Bytes looked at to find the delimiter of the first line.
constexpr std::size_t k_header_scan_bytes = std::size_t{64} * 1024;
// How much of a line being skipped is held at a time.
constexpr std::size_t k_chunk_of_record = std::size_t{64} * 1024;
// An invalid byte stands in for undecodable UTF-16, so the record fails UTF-8 validation.
constexpr char k_invalid_byte = '\xFF';

char detect_delimiter(std::string_view text) {
  std::size_t commas = 0;
  std::size_t semicolons = 0;
  std::size_t tabs = 0;
  bool quoted = false;
  for (const char c : text) {
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      break;
    } else if (!quoted) {
      commas += c == ',' ? 1U : 0U;
      semicolons += c == ';' ? 1U : 0U;
      tabs += c == '\t' ? 1U : 0U;
    }
  }
  if (semicolons > commas && semicolons >= tabs) {
    return ';';
  }
  if (tabs > commas && tabs > semicolons) {
    return '\t';
  }
  return ',';
}

} // namespace

CsvReader::CsvReader(ChunkSource source, CsvOptions options)
    : m_source(std::move(source)), m_options(options) {}

CsvReader::CsvReader(ByteSource &source, CsvOptions options)
    : CsvReader([&source](std::string_view &chunk) { return source.next_chunk(chunk); }, options) {}

void CsvReader::append_code_point(std::uint32_t cp) {
  if (cp < 0x80) {
    m_text += static_cast<char>(cp);
  } else if (cp < 0x800) {
    m_text += static_cast<char>(0xC0 | (cp >> 6));
    m_text += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    m_text += static_cast<char>(0xE0 | (cp >> 12));
    m_text += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    m_text += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    m_text += static_cast<char>(0xF0 | (cp >> 18));
    m_text += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    m_text += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    m_text += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Appends decoded text for `bytes` (after m_pending) to m_text.
void CsvReader::decode(std::string_view bytes, bool at_end) {
  if (m_encoding == CsvEncoding::utf8 || m_encoding == CsvEncoding::utf8_bom) {
    m_text.append(bytes);
    return;
  }
  m_pending.append(bytes);
  const bool little = m_encoding == CsvEncoding::utf16le;
  std::size_t i = 0;
  for (; i + 1 < m_pending.size(); i += 2) {
    const auto b0 = static_cast<unsigned char>(m_pending[i]);
    const auto b1 = static_cast<unsigned char>(m_pending[i + 1]);
    const std::uint32_t unit =
        little ? (b0 | (std::uint32_t{b1} << 8)) : (b1 | (std::uint32_t{b0} << 8));
    if (m_high != 0) {
      if (unit >= 0xDC00 && unit <= 0xDFFF) {
        append_code_point(0x10000 + ((m_high - 0xD800) << 10) + (unit - 0xDC00));
        m_high = 0;
        continue;
      }
      m_text += k_invalid_byte; // a high surrogate without its low half
      m_high = 0;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      m_high = unit;
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
      m_text += k_invalid_byte;
    } else {
      append_code_point(unit);
    }
  }
  m_pending.erase(0, i);
  if (at_end && (m_high != 0 || !m_pending.empty())) {
    m_text += k_invalid_byte; // the input ends inside a code unit or surrogate pair
    m_high = 0;
    m_pending.clear();
  }
}

bool CsvReader::fill() {
  if (m_eof) {
    return false;
  }
  if (m_pos > 0 && m_pos >= m_text.size() / 2) {
    m_text.erase(0, m_pos);
    m_pos = 0;
  }
  const auto before = m_text.size();
  std::string_view chunk;
  while (m_text.size() == before) {
    if (!m_source(chunk)) {
      m_eof = true;
      decode({}, true);
      break;
    }
    decode(chunk, false);
  }
  return m_text.size() > before;
}

void CsvReader::start() {
  if (m_started) {
    return;
  }
  m_started = true;
  // Byte order mark: read raw bytes until three are known (or the input ends).
  std::string head;
  std::string_view chunk;
  while (head.size() < 3 && m_source(chunk)) {
    head.append(chunk);
  }
  if (head.size() < 3) {
    m_eof = true;
  }
  std::string_view bytes = head;
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    m_encoding = CsvEncoding::utf8_bom;
    bytes.remove_prefix(3);
  } else if (bytes.starts_with("\xFF\xFE")) {
    m_encoding = CsvEncoding::utf16le;
    bytes.remove_prefix(2);
  } else if (bytes.starts_with("\xFE\xFF")) {
    m_encoding = CsvEncoding::utf16be;
    bytes.remove_prefix(2);
  }
  decode(bytes, m_eof);
  // Enough of the first line to see a `sep=` line or to pick the delimiter.
  while (m_text.find('\n') == std::string::npos && m_text.size() < k_header_scan_bytes && fill()) {
  }
  std::string_view text = m_text;
  if (text.size() >= 5 && (text.starts_with("sep=") || text.starts_with("SEP=")) &&
      (text.size() == 5 || text[5] == '\n' || text[5] == '\r')) {
    m_delimiter = text[4];
    m_sep_line = true;
    m_pos = 5;
    if (m_pos < text.size() && text[m_pos] == '\r') {
      ++m_pos;
    }
    if (m_pos < text.size() && text[m_pos] == '\n') {
      ++m_pos;
    }
    m_line = 2;
    while (m_text.find('\n', m_pos) == std::string::npos &&
           m_text.size() - m_pos < k_header_scan_bytes && fill()) {
    }
  }
  if (m_options.delimiter != 0) {
    m_delimiter = m_options.delimiter;
  } else if (!m_sep_line) {
    m_delimiter = detect_delimiter(std::string_view(m_text).substr(m_pos));
  }
}

int CsvReader::get() {
  if (m_pos >= m_text.size() && !fill()) {
    return -1;
  }
  const char c = m_text[m_pos++];
  m_record_text += c;
  return static_cast<unsigned char>(c);
}

int CsvReader::peek() {
  if (m_pos >= m_text.size() && !fill()) {
    return -1;
  }
  return static_cast<unsigned char>(m_text[m_pos]);
}

void CsvReader::skip_rest_of_line() {
  for (int c = get(); c != -1; c = get()) {
    if (m_record_text.size() >= k_chunk_of_record) {
      m_record_text.clear(); // a skipped line is not kept, however long
    }
    if (c == '\n') {
      ++m_line;
      return;
    }
    if (c == '\r') {
      if (peek() == '\n') {
        get();
      }
      ++m_line;
      return;
    }
  }
}

// A record too large to hold: reported as `message`, its fields dropped and the rest of its line
// skipped without being kept.
bool CsvReader::skip_oversized(CsvRecord &record, const std::string &message) {
  record.fields.clear();
  record.fields.shrink_to_fit();
  record.error = message;
  skip_rest_of_line();
  m_record_text.clear();
  return true;
}

// An unterminated quote swallowed the lines after the record's first one: report the record and
// read those lines again as records of their own.
void CsvReader::recover(CsvRecord &record, const std::string &message) {
  record.error = message;
  const auto newline = m_record_text.find('\n');
  if (newline != std::string::npos) {
    m_text = m_record_text.substr(newline + 1) + m_text.substr(m_pos);
    m_pos = 0;
  }
  m_line = record.line + 1;
}

bool CsvReader::next(CsvRecord &record) {
  start();
  record.fields.clear();
  record.error.clear();
  for (;;) { // blank lines
    const int c = peek();
    if (c == -1) {
      return false;
    }
    if (c != '\n' && c != '\r') {
      break;
    }
    ++m_pos;
    if (c == '\r' && peek() == '\n') {
      ++m_pos;
    }
    ++m_line;
  }
  record.line = m_line;
  m_record_text.clear();
  std::string field;
  bool quoted = false;      // the field began with a quote
  bool in_quotes = false;   // inside that quote now
  bool after_close = false; // the quote closed; only a delimiter or line end may follow
  for (;;) {
    const int c = get();
    if (c == -1) {
      if (in_quotes) {
        recover(record, "unterminated quoted field (the quote opened on line " +
                            std::to_string(record.line) + " is never closed)");
        return true;
      }
      break;
    }
    const char ch = static_cast<char>(c);
    if (in_quotes) {
      if (ch == '"') {
        if (peek() == '"') {
          get();
          field += '"';
        } else {
          in_quotes = false;
          after_close = true;
        }
      } else if (ch == '\\' && m_options.backslash_escapes && (peek() == '"' || peek() == '\\')) {
        field += static_cast<char>(get());
      } else {
        if (ch == '\n') {
          ++m_line;
        }
        field += ch;
        if (m_record_text.size() > m_max_record_bytes) {
          recover(record, "record " + line_limit_text() + " (a quote opened on line " +
                              std::to_string(record.line) + " is probably never closed)");
          return true;
        }
      }
      continue;
    }
    if (ch == m_delimiter) {
      record.fields.push_back(std::move(field));
      field.clear();
      quoted = false;
      after_close = false;
      if (record.fields.size() >= k_max_csv_fields) {
        return skip_oversized(record, "record of more than " + std::to_string(k_max_csv_fields) +
                                          " fields");
      }
      continue;
    }
    if (ch == '\n' || ch == '\r') {
      if (ch == '\r' && peek() == '\n') {
        get();
      }
      ++m_line;
      break;
    }
    if (after_close) {
      record.error = "unexpected text after a closing quote in field " +
                     std::to_string(record.fields.size() + 1) +
                     (m_options.backslash_escapes ? "" : " (a backslash-escaped quote?)");
      skip_rest_of_line();
      return true;
    }
    if (ch == '"' && field.empty() && !quoted) {
      quoted = true;
      in_quotes = true;
      continue;
    }
    field += ch;
    if (m_record_text.size() > m_max_record_bytes) {
      return skip_oversized(record, "record " + line_limit_text());
    }
  }
  record.fields.push_back(std::move(field));
  for (std::size_t i = 0; i < record.fields.size(); ++i) {
    if (const auto bad = util::find_invalid_utf8(record.fields[i])) {
      record.error =
          "invalid " +
          std::string(m_encoding == CsvEncoding::utf16le || m_encoding == CsvEncoding::utf16be
                          ? "UTF-16"
                          : "UTF-8") +
          " in field " + std::to_string(i + 1) + " at byte " + std::to_string(*bad + 1);
      break;
    }
  }
  return true;
}

// ---- Helpers ----

std::string_view trim(std::string_view text) noexcept {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) {
    return {};
  }
  const auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

std::string header_key(std::string_view name) { return util::normalize_for_matching(trim(name)); }

std::optional<std::int64_t> parse_count(std::string_view text, bool &ok) {
  ok = true;
  text = trim(text);
  if (text.empty()) {
    return std::nullopt;
  }
  // Separators: `,`, space, NBSP (C2 A0), narrow NBSP (E2 80 AF). One kind per number.
  std::int64_t value = 0;
  std::size_t digits_in_group = 0;
  std::size_t groups = 0;
  std::string separator;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      if (value > (INT64_MAX - 9) / 10) {
        ok = false;
        return std::nullopt;
      }
      value = value * 10 + (c - '0');
      ++digits_in_group;
      ++i;
      continue;
    }
    std::string sep;
    if (c == ',' || c == ' ') {
      sep = std::string(1, c);
    } else if (text.substr(i, 2) == "\xC2\xA0") {
      sep = "\xC2\xA0";
    } else if (text.substr(i, 3) == "\xE2\x80\xAF") {
      sep = "\xE2\x80\xAF";
    } else {
      ok = false;
      return std::nullopt;
    }
    // A separator follows 1–3 digits first, exactly 3 later, and is the same throughout.
    const bool first_group = groups == 0;
    if ((first_group && (digits_in_group == 0 || digits_in_group > 3)) ||
        (!first_group && digits_in_group != 3) || (!separator.empty() && sep != separator)) {
      ok = false;
      return std::nullopt;
    }
    separator = sep;
    ++groups;
    digits_in_group = 0;
    i += sep.size();
  }
  if (digits_in_group == 0 || (groups > 0 && digits_in_group != 3)) {
    ok = false;
    return std::nullopt;
  }
  return value;
}

CsvReader::ChunkSource whole_text(std::string_view text) {
  return [text, given = false](std::string_view &chunk) mutable {
    if (given) {
      return false;
    }
    given = true;
    chunk = text;
    return true;
  };
}

std::string cell_text(const CsvRecord &record, int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= record.fields.size()) {
    return {};
  }
  return std::string(trim(record.fields[static_cast<std::size_t>(index)]));
}

std::optional<std::int64_t> cell_count(const CsvRecord &record, int index,
                                       const std::vector<std::string> &header,
                                       const std::string &path, IngestTarget &target) {
  if (index < 0) {
    return std::nullopt;
  }
  const auto text = cell_text(record, index);
  bool ok = true;
  auto value = parse_count(text, ok);
  if (!ok) {
    target.diagnose({path, record.line, std::nullopt,
                     "column '" + header[static_cast<std::size_t>(index)] + "': '" + text +
                         "' is not a count; left empty",
                     false});
  }
  return value;
}

bool extra_fields_empty(const CsvRecord &record, std::size_t header_size) {
  for (std::size_t i = header_size; i < record.fields.size(); ++i) {
    if (!trim(record.fields[i]).empty()) {
      return false;
    }
  }
  return true;
}

std::optional<std::string> row_problem(const CsvRecord &record, std::size_t header_size) {
  if (!record.error.empty()) {
    return record.error;
  }
  if (record.fields.size() > header_size && !extra_fields_empty(record, header_size)) {
    return "row has " + std::to_string(record.fields.size()) + " fields, the header has " +
           std::to_string(header_size);
  }
  return std::nullopt;
}

void skip_row(IngestTarget &target, const std::string &path, std::int64_t line,
              const std::string &message) {
  target.diagnose({path, line, std::nullopt, message + "; row skipped", true});
}

namespace {

void append_json_string(std::string &out, std::string_view text) {
  out += '"';
  for (const char c : text) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      if (static_cast<unsigned char>(c) < 0x20) {
        static constexpr char k_hex[] = "0123456789abcdef";
        out += "\\u00";
        out += k_hex[(c >> 4) & 0xF];
        out += k_hex[c & 0xF];
      } else {
        out += c;
      }
    }
  }
  out += '"';
}

} // namespace

std::string row_json(const std::vector<std::string> &header, const std::vector<std::string> &fields,
                     const std::vector<std::pair<std::string, std::string>> &extra) {
  std::string out = "{";
  const auto add = [&out](std::string_view key, std::string_view value) {
    if (out.size() > 1) {
      out += ',';
    }
    append_json_string(out, key);
    out += ':';
    append_json_string(out, value);
  };
  for (std::size_t i = 0; i < fields.size(); ++i) {
    add(i < header.size() ? header[i] : "_column_" + std::to_string(i + 1), fields[i]);
  }
  for (const auto &[key, value] : extra) {
    add(key, value);
  }
  out += '}';
  return out;
}

void add_text_hashtags(PostRecord &post) {
  for (auto &tag : util::find_hashtags(post.text)) {
    HashtagEntity entity;
    entity.normalized = util::normalize_for_matching(tag.text);
    entity.text = std::move(tag.text);
    entity.start = tag.start;
    entity.end = tag.end;
    post.hashtags.push_back(std::move(entity));
  }
}

void add_text_links(PostRecord &post) {
  for (auto &found : util::find_urls(post.text)) {
    const auto existing = std::find_if(post.urls.begin(), post.urls.end(), [&](const auto &url) {
      return !url.start && url.url == found.text;
    });
    if (existing != post.urls.end()) {
      existing->start = found.start;
      existing->end = found.end;
      continue;
    }
    UrlEntity entity;
    const bool has_scheme = found.text.find("://") != std::string::npos; // else `www.…`
    entity.expanded_url = has_scheme ? found.text : "https://" + found.text;
    entity.url = std::move(found.text);
    entity.start = found.start;
    entity.end = found.end;
    post.urls.push_back(std::move(entity));
  }
}

} // namespace sociometer::ingest
