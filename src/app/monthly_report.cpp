// SPDX-License-Identifier: Apache-2.0
#include "sociometer/app/monthly_report.hpp"

namespace sociometer::app {
namespace {

TimePoint start_of(const util::TimeZone &zone, std::chrono::year_month month) {
  return zone.start_of_day(month / std::chrono::day{1});
}

} // namespace

analysis::MonthlyReport monthly_report(const store::Store &store, const util::TimeZone &zone,
                                       std::chrono::year_month month,
                                       const store::PostQuery &filters,
                                       const MonthlyReportOptions &options) {
  const auto since = start_of(zone, month);
  const auto until = start_of(zone, month + std::chrono::months{1});
  store::PostQuery current_query = filters;
  current_query.since = since;
  current_query.until = until;
  current_query.with_hashtags = true;
  store::PostQuery previous_query = filters;
  previous_query.since = start_of(zone, month - std::chrono::months{1});
  previous_query.until = since;
  previous_query.with_content = false; // only the previous month's totals are compared
  const auto current = store.load(current_query);
  const auto previous = store.load(previous_query);

  analysis::MonthlyReportInput input;
  input.organisation = store.setting("org").value_or("");
  input.month = month;
  input.zone = &zone;
  input.since = since;
  input.until = until;
  input.current = &current;
  input.previous = &previous;
  input.top_limit = options.top_limit;
  input.min_coverage = options.min_coverage;
  return analysis::build_monthly_report(input);
}

} // namespace sociometer::app
