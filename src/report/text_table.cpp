// SPDX-License-Identifier: Apache-2.0
#include "text_table.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <utility>

#include "sociometer/util/display_width.hpp"

namespace sociometer::report {
namespace {

// Definitions are wrapped to this width when stdout is not a terminal.
constexpr std::size_t k_definitions_width = 120;
constexpr std::size_t k_min_text_width = 8; // narrowest a text column gets on a terminal
constexpr std::string_view k_bold = "\x1b[1m";
constexpr std::string_view k_dim = "\x1b[2m";
constexpr std::string_view k_reset = "\x1b[0m";
constexpr std::string_view k_first_strong_isolate = "\u2068";
constexpr std::string_view k_pop_directional_isolate = "\u2069";

std::string fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

bool right_aligned(ColumnType type) {
  return type == ColumnType::integer || type == ColumnType::number || type == ColumnType::ratio;
}

// Line breaks and tabs would break the table: every control character shows as a space.
std::string printable(std::string_view text) {
  std::string result(text);
  for (auto &c : result) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      c = ' ';
    }
  }
  return result;
}

// `text` as lines of at most `width` columns, broken at spaces, each after `indent`; later lines
// get two more spaces.
void write_wrapped(std::string_view text, std::string_view indent, std::size_t width,
                   std::ostream &out) {
  std::string line(indent);
  const std::string continuation = std::string(indent) + "  ";
  bool line_has_word = false;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto space = std::min(text.find(' ', start), text.size());
    const auto word = text.substr(start, space - start);
    if (line_has_word && util::display_width(line) + 1 + util::display_width(word) > width) {
      out << line << '\n';
      line = continuation;
      line_has_word = false;
    }
    line += (line_has_word ? " " : "") + std::string(word);
    line_has_word = line_has_word || !word.empty();
    start = space + 1;
  }
  out << line << '\n';
}

} // namespace

void write_definitions(const Definitions &definitions, const std::vector<Column> &hidden,
                       const Terminal &terminal, std::ostream &out) {
  bool first = true;
  for (const auto &[key, text] : definitions) {
    if (std::any_of(hidden.begin(), hidden.end(),
                    [&key = key](const Column &column) { return column.key == key; })) {
      continue;
    }
    if (std::exchange(first, false)) {
      out << "definitions:\n";
    }
    write_wrapped(key + ": " + text, "  ",
                  terminal.width > 0 ? terminal.width : k_definitions_width, out);
  }
}

std::string group_thousands(std::string_view digits) {
  const std::size_t sign = digits.starts_with('-') ? 1 : 0;
  const auto point = std::min(digits.find('.'), digits.size());
  std::string result(digits.substr(0, sign));
  for (std::size_t i = sign; i < point; ++i) {
    if (i > sign && (point - i) % 3 == 0) {
      result += ',';
    }
    result += digits[i];
  }
  result += digits.substr(point);
  return result;
}

std::string human_text(const Cell &cell, ColumnType type) {
  if (std::holds_alternative<Null>(cell)) {
    return "-";
  }
  if (const auto *text = std::get_if<std::string>(&cell)) {
    return printable(*text);
  }
  // IDs, and the untyped columns of `sql` (whose integers are often IDs), stay as stored.
  const bool as_stored = type == ColumnType::id || type == ColumnType::text;
  if (const auto *integer = std::get_if<std::int64_t>(&cell)) {
    return as_stored ? std::to_string(*integer) : group_thousands(std::to_string(*integer));
  }
  const double value = std::get<double>(cell);
  if (as_stored) {
    std::array<char, 32> buffer{};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return error == std::errc{} ? std::string(buffer.data(), end) : fixed(value, 4);
  }
  if (type == ColumnType::ratio) {
    return group_thousands(fixed(value * 100.0, 2)) + "%";
  }
  return group_thousands(fixed(value, 4));
}

TextTable::TextTable(std::vector<Column> columns, std::vector<std::size_t> caps,
                     const Terminal &terminal, std::size_t gap)
    : m_columns(std::move(columns)), m_caps(std::move(caps)), m_terminal(terminal), m_gap(gap) {
  m_caps.resize(m_columns.size(), 0);
  m_widths.reserve(m_columns.size());
  for (const auto &column : m_columns) {
    m_widths.push_back(util::display_width(column.key));
  }
}

std::vector<std::string> TextTable::add_row(const std::vector<Cell> &row) {
  std::vector<std::string> texts;
  texts.reserve(m_columns.size());
  for (std::size_t c = 0; c < m_columns.size(); ++c) {
    texts.push_back(c < row.size() ? human_text(row[c], m_columns[c].type) : "-");
    m_widths[c] = std::max(m_widths[c], util::display_width(texts.back()));
  }
  return texts;
}

void TextTable::fit() {
  m_fitted = true;
  for (std::size_t c = 0; c < m_widths.size(); ++c) {
    if (m_caps[c] > 0) {
      m_widths[c] =
          std::min(m_widths[c], std::max(m_caps[c], util::display_width(m_columns[c].key)));
    }
  }
  if (m_terminal.width == 0 || m_widths.empty()) {
    return;
  }
  std::size_t total = m_gap * (m_widths.size() - 1);
  for (const auto width : m_widths) {
    total += width;
  }
  // Narrow the widest text column by one until the line fits or no text column can give more.
  while (total > m_terminal.width) {
    std::size_t widest = m_widths.size();
    for (std::size_t c = 0; c < m_widths.size(); ++c) {
      if (m_columns[c].type == ColumnType::text && m_widths[c] > k_min_text_width &&
          (widest == m_widths.size() || m_widths[c] > m_widths[widest])) {
        widest = c;
      }
    }
    if (widest == m_widths.size()) {
      return; // write_line cuts what still does not fit
    }
    --m_widths[widest];
    --total;
  }
}

void TextTable::write_header(std::ostream &out) const {
  std::vector<std::string> keys;
  keys.reserve(m_columns.size());
  for (const auto &column : m_columns) {
    keys.push_back(column.key);
  }
  write_line(keys, true, out);
}

void TextTable::write_row(const std::vector<std::string> &texts, std::ostream &out) const {
  write_line(texts, false, out);
}

void TextTable::write_line(const std::vector<std::string> &texts, bool header,
                           std::ostream &out) const {
  const std::size_t limit = m_terminal.width > 0 ? m_terminal.width : SIZE_MAX;
  std::string line;
  std::size_t used = 0;
  for (std::size_t c = 0; c < texts.size() && c < m_widths.size(); ++c) {
    const std::size_t gap = c > 0 ? m_gap : 0;
    if (used + gap >= limit) {
      break;
    }
    // The last column that reaches the terminal's edge is cut there.
    const std::size_t width = std::min(m_widths[c], limit - used - gap);
    const bool cut = m_terminal.width > 0 || m_caps[c] > 0;
    const std::string text =
        m_fitted && cut ? util::truncate_display_width(texts[c], width) : texts[c];
    const auto length = util::display_width(text);
    const auto pad = std::string(width > length ? width - length : 0, ' ');
    std::string shown = text;
    if (util::has_right_to_left(text)) {
      // Isolated, right-to-left text cannot reorder the cells around it.
      shown = std::string(k_first_strong_isolate) + text + std::string(k_pop_directional_isolate);
    }
    if (m_terminal.colour && (header || text == "-")) {
      shown = std::string(header ? k_bold : k_dim) + shown + std::string(k_reset);
    }
    line += std::string(gap, ' ');
    if (right_aligned(m_columns[c].type)) {
      line += pad + shown;
    } else {
      line += c + 1 == texts.size() ? shown : shown + pad;
    }
    used += gap + std::max(width, length);
  }
  while (!line.empty() && line.back() == ' ') {
    line.pop_back();
  }
  out << line << '\n';
}

} // namespace sociometer::report
