// SPDX-License-Identifier: Apache-2.0
// Keeps repeated warnings from flooding a terminal: an input with thousands of bad lines shows a
// few of each kind, at most a screenful per file, then "and N more like this in FILE".
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sociometer::cli {

class WarningGroups {
public:
  // Lines shown per file and kind, and per file in all (a screenful).
  static constexpr std::int64_t k_per_kind = 3;
  static constexpr std::int64_t k_per_file = 20;

  // `unlimited` (-v) shows every warning.
  explicit WarningGroups(bool unlimited) : m_unlimited(unlimited) {}

  // Whether the warning `message` about `file` is to be shown now; false when it only counts
  // towards its group's "and N more" line.
  [[nodiscard]] bool admit(const std::string &file, const std::string &message);

  // One "and N more like this in FILE" line per group that had warnings held back, in the order
  // the groups first appeared, with the first held-back warning as the example.
  [[nodiscard]] std::vector<std::string> held_back() const;

  // The kind of a warning: its message with every run of digits as `N`, so that "line 12: …" and
  // "line 13: …" are alike.
  [[nodiscard]] static std::string kind_of(const std::string &message);

private:
  struct Group {
    std::int64_t shown = 0;
    std::int64_t held = 0;
    std::size_t order = 0;
  };
  bool m_unlimited;
  std::map<std::pair<std::string, std::string>, Group> m_groups; // (file, kind)
  std::map<std::string, std::int64_t> m_shown_per_file;
};

} // namespace sociometer::cli
