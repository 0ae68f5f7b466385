// SPDX-License-Identifier: Apache-2.0
// The coverage threshold (docs/metrics.md §1): a rate measured on too small a share of the posts
// it describes is withheld (null) by every output alike, and `definitions` says where and why.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sociometer/model/table.hpp"

namespace sociometer::analysis {

// The least share of posts a rate must be measured on to be shown, unless the analyst chooses
// another (`--min-coverage`).
inline constexpr double k_default_min_coverage = 0.5;

// Decides which rates are shown and remembers the ones withheld, for `definitions`.
class CoverageGate {
public:
  // `min_coverage` in [0, 1]; 0 shows every rate.
  explicit CoverageGate(double min_coverage = k_default_min_coverage) noexcept
      : m_min_coverage(min_coverage) {}

  [[nodiscard]] double min_coverage() const noexcept { return m_min_coverage; }

  // Whether a rate measured on `coverage` of its posts is shown. A rate that has a value but too
  // little coverage is recorded as withheld from the row called `where`; the caller nulls it.
  [[nodiscard]] bool keep(std::string_view rate, const std::string &where,
                          const std::optional<double> &value,
                          const std::optional<double> &coverage);

  // One entry per rate withheld anywhere, `<rate>_withheld`: the threshold, then each row with
  // its coverage (the first few, then how many more). Empty when nothing was withheld.
  [[nodiscard]] Definitions withheld_definitions() const;

  // The rule itself, for the `min_coverage` definition of commands that apply it; `rates` names
  // the rates it applies to.
  [[nodiscard]] std::string rule(std::string_view rates) const;

private:
  struct Withheld {
    std::string where;
    double coverage = 0;
  };
  double m_min_coverage;
  std::map<std::string, std::vector<Withheld>, std::less<>> m_withheld;
};

// A share as a percentage for people: at most two decimals, no trailing zeros ("0.84%", "50%").
[[nodiscard]] std::string percent_text(double share);

} // namespace sociometer::analysis
