// SPDX-License-Identifier: Apache-2.0
#include "warning_groups.hpp"

#include <algorithm>

namespace sociometer::cli {

std::string WarningGroups::kind_of(const std::string &message) {
  std::string kind;
  bool in_digits = false;
  for (const char c : message) {
    const bool digit = c >= '0' && c <= '9';
    if (digit && !in_digits) {
      kind += 'N';
    } else if (!digit) {
      kind += c;
    }
    in_digits = digit;
  }
  return kind;
}

bool WarningGroups::admit(const std::string &file, const std::string &message) {
  if (m_unlimited) {
    return true;
  }
  const auto [it, added] = m_groups.try_emplace({file, kind_of(message)});
  auto &group = it->second;
  if (added) {
    group.order = m_groups.size();
  }
  auto &file_shown = m_shown_per_file[file];
  if (group.shown < k_per_kind && file_shown < k_per_file) {
    ++group.shown;
    ++file_shown;
    return true;
  }
  ++group.held;
  return false;
}

std::vector<std::string> WarningGroups::held_back() const {
  std::vector<std::pair<std::size_t, std::string>> lines;
  for (const auto &[key, group] : m_groups) {
    if (group.held == 0) {
      continue;
    }
    const auto &[file, kind] = key;
    // "like this": the group's kind when none of it was shown.
    lines.emplace_back(group.order, "and " + std::to_string(group.held) + " more" +
                                        (group.shown > 0 ? " like this" : " like `" + kind + "`") +
                                        " in " + file + " (-v shows them all)");
  }
  std::sort(lines.begin(), lines.end());
  std::vector<std::string> texts;
  texts.reserve(lines.size());
  for (auto &line : lines) {
    texts.push_back(std::move(line.second));
  }
  return texts;
}

} // namespace sociometer::cli
