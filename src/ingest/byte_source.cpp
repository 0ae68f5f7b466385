// SPDX-License-Identifier: Apache-2.0
#include "byte_source.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "limits.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::ingest {
namespace {
constexpr std::size_t k_chunk = 1U << 20;
} // namespace

ByteSource::ByteSource(const std::string &path)
    : m_path(path == "-" ? "<stdin>" : path), m_line_limit(max_line_bytes()) {
  if (path == "-") {
    m_file = stdin;
  } else {
    m_file = std::fopen(path.c_str(), "rb");
    m_owns_file = true;
    if (m_file == nullptr) {
      throw Error(ErrorKind::input, path + ": cannot open: " + std::strerror(errno));
    }
  }
}

ByteSource::ByteSource(std::string display_path, std::string bytes)
    : m_path(std::move(display_path)), m_memory(std::move(bytes)), m_line_limit(max_line_bytes()) {
  // fmemopen cannot open an empty buffer for reading: an empty page reads from /dev/null.
  m_file = m_memory.empty() ? std::fopen("/dev/null", "rb")
                            : fmemopen(m_memory.data(), m_memory.size(), "rb");
  m_owns_file = true;
  if (m_file == nullptr) {
    throw Error(ErrorKind::input, m_path + ": cannot read: " + std::strerror(errno));
  }
}

ByteSource::~ByteSource() {
  if (m_owns_file && m_file != nullptr) {
    std::fclose(m_file);
  }
}

bool ByteSource::fill() {
  if (m_eof) {
    return false;
  }
  // Drop consumed bytes first so the buffer holds at most one line plus a chunk.
  if (m_begin > 0 && m_begin >= m_buffer.size() / 2) {
    m_buffer.erase(0, m_begin);
    m_consumed += static_cast<std::int64_t>(m_begin);
    m_begin = 0;
  }
  const std::size_t old_size = m_buffer.size();
  m_buffer.resize(old_size + k_chunk);
  const std::size_t got = std::fread(m_buffer.data() + old_size, 1, k_chunk, m_file);
  m_buffer.resize(old_size + got);
  m_hash.update(std::string_view(m_buffer).substr(old_size, got));
  if (got < k_chunk) {
    if (std::ferror(m_file) != 0) {
      throw Error(ErrorKind::io, m_path + ": read error: " + std::strerror(errno));
    }
    m_eof = true;
  }
  return got > 0;
}

std::string_view ByteSource::peek(std::size_t max_bytes) {
  while (m_buffer.size() - m_begin < max_bytes && fill()) {
  }
  return std::string_view(m_buffer).substr(m_begin, max_bytes);
}

bool ByteSource::next_line(std::string_view &line) {
  m_overlong.reset();
  std::size_t search_from = m_begin;
  for (;;) {
    const auto newline = m_buffer.find('\n', search_from);
    if (newline != std::string::npos) {
      std::size_t end = newline;
      if (end > m_begin && m_buffer[end - 1] == '\r') {
        --end;
      }
      if (end - m_begin > m_line_limit) {
        return skip_overlong_line(line);
      }
      m_line_offset = m_consumed + static_cast<std::int64_t>(m_begin);
      line = std::string_view(m_buffer).substr(m_begin, end - m_begin);
      m_begin = newline + 1;
      ++m_line_number;
      m_ended_with_newline = true;
      return true;
    }
    if (m_buffer.size() - m_begin > m_line_limit + 1) { // more than the limit and a `\r`
      return skip_overlong_line(line);
    }
    search_from = m_buffer.size();
    const std::size_t begin_before = m_begin;
    if (!fill()) {
      break;
    }
    // fill() may have moved the unconsumed bytes to the front of the buffer.
    search_from -= begin_before - m_begin;
  }
  if (m_begin < m_buffer.size()) {
    if (m_buffer.size() - m_begin > m_line_limit) {
      return skip_overlong_line(line);
    }
    m_line_offset = m_consumed + static_cast<std::int64_t>(m_begin);
    line = std::string_view(m_buffer).substr(m_begin);
    m_begin = m_buffer.size();
    ++m_line_number;
    m_ended_with_newline = false;
    return true;
  }
  return false;
}

// Consumes the line at m_begin chunk by chunk, dropping its bytes (they are still hashed), so a
// line of any length costs no more memory than a read.
bool ByteSource::skip_overlong_line(std::string_view &line) {
  m_line_offset = m_consumed + static_cast<std::int64_t>(m_begin);
  ++m_line_number;
  std::int64_t length = 0;
  m_ended_with_newline = false;
  for (;;) {
    const auto newline = m_buffer.find('\n', m_begin);
    if (newline != std::string::npos) {
      length += static_cast<std::int64_t>(newline - m_begin);
      m_begin = newline + 1;
      m_ended_with_newline = true;
      break;
    }
    length += static_cast<std::int64_t>(m_buffer.size() - m_begin);
    m_consumed += static_cast<std::int64_t>(m_buffer.size());
    m_buffer.clear();
    m_begin = 0;
    if (!fill()) {
      break;
    }
  }
  m_overlong = length;
  line = {};
  return true;
}

std::string ByteSource::read_rest(std::size_t max_bytes) {
  // A file's size is known: refuse before reading, else hold it without growing twice.
  struct stat info {};
  if (m_owns_file && ::fstat(fileno(m_file), &info) == 0 && S_ISREG(info.st_mode)) {
    const auto size = static_cast<std::uint64_t>(info.st_size);
    if (size > max_bytes) {
      throw Error(ErrorKind::input, m_path + ": " + input_limit_text() + "; not read",
                  input_limit_hint());
    }
    m_buffer.reserve(static_cast<std::size_t>(size) + k_chunk + 1);
  }
  while (m_buffer.size() - m_begin <= max_bytes && fill()) {
  }
  if (m_buffer.size() - m_begin > max_bytes) {
    throw Error(ErrorKind::input, m_path + ": " + input_limit_text() + "; not read",
                input_limit_hint());
  }
  m_buffer.erase(0, m_begin);
  m_consumed += static_cast<std::int64_t>(m_begin);
  m_begin = 0;
  std::string rest = std::move(m_buffer);
  m_consumed += static_cast<std::int64_t>(rest.size());
  m_buffer.clear();
  return rest;
}

bool ByteSource::next_chunk(std::string_view &chunk) {
  if (m_begin >= m_buffer.size()) {
    m_consumed += static_cast<std::int64_t>(m_begin);
    m_buffer.clear();
    m_begin = 0;
    if (!fill()) {
      return false;
    }
  }
  chunk = std::string_view(m_buffer).substr(m_begin);
  m_begin = m_buffer.size();
  return true;
}

TimePoint file_time_or_now(const std::string &path) {
  struct stat info {};
  if (path != "-" && path != "<stdin>" && ::stat(path.c_str(), &info) == 0) {
    return TimePoint{std::chrono::seconds{info.st_mtime}};
  }
  return util::report_clock_now();
}

} // namespace sociometer::ingest
