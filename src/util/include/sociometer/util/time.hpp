// SPDX-License-Identifier: Apache-2.0
// Timestamp parsing (one strict parser per notation, so a malformed time is caught rather than
// guessed), RFC 3339 output, and local calendar arithmetic in IANA zones.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "sociometer/model/vocabulary.hpp"

namespace sociometer::util {

// `2024-03-05T14:02:11.000Z`, `2024-03-06T10:00:00+00:00`, `2024-03-05T14:02:11+0000`,
// with or without fraction (any precision, truncated to ms); std::nullopt if malformed or not
// between 1970-01-01 and 9999-12-31 UTC.
[[nodiscard]] std::optional<TimePoint> parse_iso8601(std::string_view text) noexcept;
// Fixed-width `YYYY-MM-DDTHH:MM:SS.mmmZ`: sorts as text, which the store relies on (years
// outside 0–9999, which no parser returns, get a sign and as many digits as they need).
[[nodiscard]] std::string format_rfc3339_ms(TimePoint t);
// `YYYY-MM-DDTHH:MM:SSZ` for JSON output (RFC 3339 UTC, second precision).
[[nodiscard]] std::string format_rfc3339(TimePoint t);

// "Now" for reports: `SOURCE_DATE_EPOCH` when set (reproducible builds convention), else the clock.
[[nodiscard]] TimePoint report_clock_now();

// A validated IANA zone. Throws Error(usage) for an unknown name, with a hint.
class TimeZone {
public:
  explicit TimeZone(std::string_view name);
  static TimeZone utc() { return TimeZone("UTC"); }
  [[nodiscard]] const std::string &name() const noexcept { return m_name; }
  // Local wall-clock time of `t` in this zone.
  [[nodiscard]] std::chrono::local_time<std::chrono::milliseconds> to_local(TimePoint t) const;
  // The UTC instant of local midnight starting `day` (the first valid instant when midnight is
  // skipped by a DST change).
  [[nodiscard]] TimePoint start_of_day(std::chrono::year_month_day day) const;
  // The UTC instant of wall-clock time `local` in this zone (CSV times without an offset).
  // Deterministic at DST changes: the offset in force just BEFORE the change applies, so a time
  // in a spring-forward gap (02:30 that never happened) maps to the instant the clock read 03:30,
  // and a repeated autumn time (02:30 twice) maps to its first, earlier occurrence.
  [[nodiscard]] TimePoint
  from_local(std::chrono::local_time<std::chrono::milliseconds> local) const;

private:
  std::string m_name;
  const void *m_zone; // date::time_zone*, kept opaque so callers need not include date/tz.h
};

// Local calendar parts of an instant, as period keys use them.
struct LocalParts {
  std::chrono::year_month_day day;
  int hour = 0;
  int iso_weekday = 1;   // Monday = 1 … Sunday = 7
  int iso_year = 0;      // ISO 8601 week-numbering year
  unsigned iso_week = 1; // 1 … 53
};
[[nodiscard]] LocalParts local_parts(const TimeZone &zone, TimePoint t);

// Parses `YYYY-MM-DD` (std::nullopt if malformed or not a real date).
[[nodiscard]] std::optional<std::chrono::year_month_day> parse_date(std::string_view text) noexcept;
// Parses `YYYY-MM` (std::nullopt if malformed).
[[nodiscard]] std::optional<std::chrono::year_month>
parse_year_month(std::string_view text) noexcept;
// Wall-clock times without an offset, to be placed in a zone with TimeZone::from_local:
// `YYYY-MM-DD HH:MM[:SS]` (or with `T`), or a bare `YYYY-MM-DD` (midnight).
[[nodiscard]] std::optional<std::chrono::local_time<std::chrono::milliseconds>>
parse_local_datetime(std::string_view text) noexcept;
// US month-first `MM/DD/YYYY HH:MM[:SS]` or `MM/DD/YYYY` (Meta Business Suite `Publish time`,
// LinkedIn `Created date`); one-digit month, day and hour are accepted (spreadsheet re-saves).
[[nodiscard]] std::optional<std::chrono::local_time<std::chrono::milliseconds>>
parse_month_first_datetime(std::string_view text) noexcept;
[[nodiscard]] std::string format_date(std::chrono::year_month_day day);
[[nodiscard]] std::string format_year_month(std::chrono::year_month month);

} // namespace sociometer::util
