// SPDX-License-Identifier: Apache-2.0
// The newsletter as a use case: the period and its comparison period loaded with the same filters
// and scope (the organisation's own accounts when some are declared), other accounts' posts about
// the own ones, and the report computed from them.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sociometer/analysis/monthly_report.hpp"
#include "sociometer/store/store.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::app {

// How the report is cut: entries in each top list, and the coverage below which a rate is
// withheld.
struct MonthlyReportOptions {
  std::size_t top_limit = 10;
  double min_coverage = analysis::k_default_min_coverage;
  std::vector<std::string> sections; // to show (analysis::k_report_sections); all when empty
  // Salt of the pseudonyms given to accounts that are not own, partner or peer; none: handles
  // are shown as they are.
  std::optional<std::string> pseudonym_salt;
  // analysis::MonthlyReportInput::account_rows_in_scan: beyond this many accounts, the top
  // accounts' rows come from a second read of their posts.
  std::size_t account_rows_in_scan = analysis::k_default_account_rows_in_scan;
};

// The store's pseudonym salt, created (random, kept in the store's settings) on first use, so an
// account gets the same pseudonym in every report of the store. `store` must be writable then.
[[nodiscard]] std::string pseudonym_salt(store::Store &store);

// The store's pseudonym salt if a report has created it; reads only, so any store will do.
[[nodiscard]] std::optional<std::string> stored_pseudonym_salt(const store::Store &store);

// The pseudonym of `handle` (case-insensitive) under `salt`: "anon-" and 8 hex digits of a
// SHA-256. By handle alone, so a text's @mention and the account row agree.
[[nodiscard]] std::string pseudonym(const std::string &salt, const std::string &handle);

// The period of a report: [since, until) in the report zone; `month` when it is one calendar
// month (compared with the month before), else compared with the same number of days before.
struct ReportPeriod {
  TimePoint since{};
  TimePoint until{};
  std::optional<std::chrono::year_month> month;
};

// Whom the report is about, given the filters and the store's declared own accounts: the own
// accounts when some are declared and no --account is given.
struct ReportScopeChoice {
  analysis::ReportScope scope = analysis::ReportScope::all_accounts;
  std::vector<std::string> own_accounts; // "handle (platform)"
  store::PostQuery query;                // `filters` narrowed to the scope (no period)
};
[[nodiscard]] ReportScopeChoice choose_report_scope(const store::Store &store,
                                                    const store::PostQuery &filters);

// The comparison period of `period` in `zone`: the calendar month before a month, else as many
// local days just before it.
[[nodiscard]] ReportPeriod comparison_period(const ReportPeriod &period,
                                             const util::TimeZone &zone);

// The report of `period` in `zone` over the posts `scope` selects. `stated_filters` are the
// filters as given (flag → value), which the report states.
[[nodiscard]] analysis::MonthlyReport
monthly_report(const store::Store &store, const util::TimeZone &zone, const ReportPeriod &period,
               const ReportScopeChoice &scope,
               const std::vector<std::pair<std::string, std::string>> &stated_filters,
               const MonthlyReportOptions &options);

} // namespace sociometer::app
