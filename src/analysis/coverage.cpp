// SPDX-License-Identifier: Apache-2.0
#include "sociometer/analysis/coverage.hpp"

#include <cstdio>

namespace sociometer::analysis {
namespace {

// Rows named in one `_withheld` entry; the rest are counted, so that a long table stays readable.
constexpr std::size_t k_named_rows = 10;

} // namespace

std::string percent_text(double share) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.2f", share * 100.0);
  std::string text = buffer;
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') {
      text.pop_back();
    }
    if (text.back() == '.') {
      text.pop_back();
    }
  }
  return text + "%";
}

bool CoverageGate::keep(std::string_view rate, const std::string &where,
                        const std::optional<double> &value, const std::optional<double> &coverage) {
  if (!value || !coverage || *coverage >= m_min_coverage) {
    return true;
  }
  auto found = m_withheld.find(rate);
  if (found == m_withheld.end()) {
    found = m_withheld.emplace(std::string(rate), std::vector<Withheld>{}).first;
  }
  found->second.push_back({where, *coverage});
  return false;
}

Definitions CoverageGate::withheld_definitions() const {
  Definitions definitions;
  for (const auto &[rate, rows] : m_withheld) {
    std::string text = rate + " withheld (null): coverage < " + percent_text(m_min_coverage) +
                       " (--min-coverage) in";
    for (std::size_t i = 0; i < rows.size() && i < k_named_rows; ++i) {
      text += (i == 0 ? " " : "; ") + rows[i].where + " (coverage " +
              percent_text(rows[i].coverage) + ")";
    }
    if (rows.size() > k_named_rows) {
      text += "; and " + std::to_string(rows.size() - k_named_rows) + " more rows";
    }
    definitions[rate + "_withheld"] = text;
  }
  return definitions;
}

std::string CoverageGate::rule(std::string_view rates) const {
  return std::string(rates) + ": null (withheld) in a row whose _coverage is below " +
         percent_text(m_min_coverage) +
         " (--min-coverage; 0 shows every rate); the coverage itself is always shown";
}

} // namespace sociometer::analysis
