// SPDX-License-Identifier: Apache-2.0
// The monthly newsletter as a use case: the month and the month before it loaded with the same
// filters, and the report computed from both.
#pragma once

#include <chrono>
#include <cstddef>

#include "sociometer/analysis/monthly_report.hpp"
#include "sociometer/store/store.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::app {

// How the report is cut: entries in each top list, and the coverage below which a rate is
// withheld.
struct MonthlyReportOptions {
  std::size_t top_limit = 10;
  double min_coverage = analysis::k_default_min_coverage;
};

// The report of calendar `month` in `zone`, over the posts `filters` selects (its period is
// ignored), compared with the month before.
[[nodiscard]] analysis::MonthlyReport
monthly_report(const store::Store &store, const util::TimeZone &zone, std::chrono::year_month month,
               const store::PostQuery &filters, const MonthlyReportOptions &options);

} // namespace sociometer::app
