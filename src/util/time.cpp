// SPDX-License-Identifier: Apache-2.0
#include "sociometer/util/time.hpp"

#include <charconv>
#include <cstdlib>
#include <date/tz.h>

#include "sociometer/error.hpp"

namespace sociometer::util {
namespace {

using namespace std::chrono;

// Parses exactly `width` digits at `pos`; advances pos.
bool read_digits(std::string_view text, std::size_t &pos, std::size_t width, int &out) noexcept {
  if (pos + width > text.size()) {
    return false;
  }
  int value = 0;
  for (std::size_t i = 0; i < width; ++i) {
    const char c = text[pos + i];
    if (c < '0' || c > '9') {
      return false;
    }
    value = value * 10 + (c - '0');
  }
  pos += width;
  out = value;
  return true;
}

bool expect(std::string_view text, std::size_t &pos, char c) noexcept {
  if (pos < text.size() && text[pos] == c) {
    ++pos;
    return true;
  }
  return false;
}

std::optional<TimePoint> make_time(int y, int mo, int d, int h, int mi, int s, int ms,
                                   int offset_minutes) noexcept {
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)},
                           day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || h > 23 || mi > 59 || s > 60) {
    return std::nullopt;
  }
  const auto t = time_point_cast<milliseconds>(sys_days{ymd} + hours{h} + minutes{mi} + seconds{s} +
                                               milliseconds{ms} - minutes{offset_minutes});
  // What the store's fixed-width times can hold (an offset can push 9999-12-31 past it).
  constexpr sys_days k_first = sys_days{1970y / January / 1};
  constexpr sys_days k_after_last = sys_days{10000y / January / 1};
  if (t < k_first || t >= k_after_last) {
    return std::nullopt;
  }
  return t;
}

// `Z`, `+HH:MM`, `+HHMM`, `+HH`.
bool read_offset(std::string_view text, std::size_t &pos, int &minutes_out) noexcept {
  if (pos >= text.size()) {
    return false;
  }
  if (text[pos] == 'Z' || text[pos] == 'z') {
    ++pos;
    minutes_out = 0;
    return true;
  }
  const char sign = text[pos];
  if (sign != '+' && sign != '-') {
    return false;
  }
  ++pos;
  int hh = 0;
  int mm = 0;
  if (!read_digits(text, pos, 2, hh)) {
    return false;
  }
  if (pos < text.size()) {
    expect(text, pos, ':');
    if (!read_digits(text, pos, 2, mm)) {
      return false;
    }
  }
  minutes_out = (sign == '-' ? -1 : 1) * (hh * 60 + mm);
  return true;
}

} // namespace

std::optional<TimePoint> parse_iso8601(std::string_view text) noexcept {
  std::size_t pos = 0;
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (!read_digits(text, pos, 4, y) || !expect(text, pos, '-') || !read_digits(text, pos, 2, mo) ||
      !expect(text, pos, '-') || !read_digits(text, pos, 2, d)) {
    return std::nullopt;
  }
  if (!expect(text, pos, 'T') && !expect(text, pos, ' ')) {
    return std::nullopt;
  }
  if (!read_digits(text, pos, 2, h) || !expect(text, pos, ':') || !read_digits(text, pos, 2, mi) ||
      !expect(text, pos, ':') || !read_digits(text, pos, 2, s)) {
    return std::nullopt;
  }
  int ms = 0;
  if (expect(text, pos, '.')) {
    int digits = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      if (digits < 3) {
        ms = ms * 10 + (text[pos] - '0');
      }
      ++digits;
      ++pos;
    }
    if (digits == 0) {
      return std::nullopt;
    }
    for (int i = digits; i < 3; ++i) {
      ms *= 10;
    }
  }
  int offset = 0;
  if (!read_offset(text, pos, offset) || pos != text.size()) {
    return std::nullopt;
  }
  return make_time(y, mo, d, h, mi, s, ms, offset);
}

namespace {

// Writes `value` as `width` zero-padded digits ending just before `end`.
char *put_digits(char *end, long long value, int width) {
  for (int i = 0; i < width; ++i) {
    *--end = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  return end;
}

// `YYYY-MM-DDTHH:MM:SS` (+ `.mmm` when `with_ms`) + `Z`. Hand-rolled: this runs several times per
// ingested record, and stream-based formatting was a fifth of ingest time.
std::string format_utc(TimePoint t, bool with_ms) {
  const auto day_point = floor<days>(t);
  const year_month_day ymd{day_point};
  const auto ms_of_day = (t - day_point).count();
  char buffer[32];
  char *end = buffer + (with_ms ? 24 : 20);
  char *p = end;
  *--p = 'Z';
  if (with_ms) {
    p = put_digits(p, ms_of_day % 1000, 3);
    *--p = '.';
  }
  const long long seconds_of_day = ms_of_day / 1000;
  p = put_digits(p, seconds_of_day % 60, 2);
  *--p = ':';
  p = put_digits(p, (seconds_of_day / 60) % 60, 2);
  *--p = ':';
  p = put_digits(p, seconds_of_day / 3600, 2);
  *--p = 'T';
  p = put_digits(p, static_cast<unsigned>(ymd.day()), 2);
  *--p = '-';
  p = put_digits(p, static_cast<unsigned>(ymd.month()), 2);
  *--p = '-';
  const int year = static_cast<int>(ymd.year());
  if (year < 0 || year > 9999) { // never from the parsers; written as ISO 8601 expanded years
    auto digits = std::to_string(year < 0 ? -year : year);
    digits.insert(0, digits.size() < 4 ? 4 - digits.size() : 0, '0');
    return (year < 0 ? "-" : "+") + digits + std::string(p, end);
  }
  p = put_digits(p, year, 4);
  return std::string(p, end);
}

} // namespace

std::string format_rfc3339_ms(TimePoint t) { return format_utc(t, true); }

std::string format_rfc3339(TimePoint t) { return format_utc(t, false); }

TimePoint report_clock_now() {
  if (const char *epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
    std::int64_t seconds_value = 0;
    const std::string_view text(epoch);
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds_value);
    if (ec == std::errc{} && end == text.data() + text.size()) {
      return TimePoint{seconds{seconds_value}};
    }
    throw Error(ErrorKind::usage,
                "SOURCE_DATE_EPOCH is not an integer number of seconds: " + std::string(text));
  }
  return time_point_cast<milliseconds>(system_clock::now());
}

TimeZone::TimeZone(std::string_view name) : m_name(name), m_zone(nullptr) {
  try {
    m_zone = date::locate_zone(m_name);
  } catch (const std::exception &) {
    throw Error(ErrorKind::usage, "unknown time zone '" + m_name + "'",
                "use an IANA name such as Europe/Zurich, America/New_York or UTC");
  }
}

std::chrono::local_time<milliseconds> TimeZone::to_local(TimePoint t) const {
  const auto *zone = static_cast<const date::time_zone *>(m_zone);
  const auto local = zone->to_local(t);
  return std::chrono::local_time<milliseconds>{local.time_since_epoch()};
}

TimePoint TimeZone::start_of_day(year_month_day day) const {
  const auto *zone = static_cast<const date::time_zone *>(m_zone);
  const date::local_days local{date::days{sys_days{day}.time_since_epoch().count()}};
  const auto info = zone->get_info(local);
  // A nonexistent local midnight (rare DST rules) starts the day at the end of the gap.
  if (info.result == date::local_info::nonexistent) {
    return time_point_cast<milliseconds>(info.first.end);
  }
  return time_point_cast<milliseconds>(zone->to_sys(local, date::choose::earliest));
}

TimePoint TimeZone::from_local(local_time<milliseconds> local) const {
  const auto *zone = static_cast<const date::time_zone *>(m_zone);
  const date::local_time<milliseconds> as_date{local.time_since_epoch()};
  // `first` is the period in force before a gap or overlap (and the only one otherwise): its
  // offset gives the documented choice in both cases.
  const auto info = zone->get_info(as_date);
  const auto offset = milliseconds{info.first.offset};
  return TimePoint{local.time_since_epoch() - offset};
}

LocalParts local_parts(const TimeZone &zone, TimePoint t) {
  const auto local = zone.to_local(t);
  const auto local_day = floor<days>(local);
  const sys_days as_sys{local_day.time_since_epoch()};
  LocalParts parts;
  parts.day = year_month_day{as_sys};
  parts.hour = static_cast<int>(floor<hours>(local - local_day).count());
  parts.iso_weekday = static_cast<int>(weekday{as_sys}.iso_encoding());
  // ISO week: the week's Thursday decides the year.
  const sys_days thursday = as_sys + days{4 - parts.iso_weekday};
  const year_month_day thursday_ymd{thursday};
  parts.iso_year = static_cast<int>(thursday_ymd.year());
  const sys_days jan1{thursday_ymd.year() / January / 1};
  parts.iso_week = static_cast<unsigned>((thursday - jan1).count() / 7 + 1);
  return parts;
}

std::optional<year_month_day> parse_date(std::string_view text) noexcept {
  std::size_t pos = 0;
  int y = 0, mo = 0, d = 0;
  if (!read_digits(text, pos, 4, y) || !expect(text, pos, '-') || !read_digits(text, pos, 2, mo) ||
      !expect(text, pos, '-') || !read_digits(text, pos, 2, d) || pos != text.size()) {
    return std::nullopt;
  }
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)},
                           day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) {
    return std::nullopt;
  }
  return ymd;
}

namespace {

// Reads 1 to `max_width` digits at `pos`; advances pos.
bool read_short_number(std::string_view text, std::size_t &pos, std::size_t max_width,
                       int &out) noexcept {
  std::size_t width = 0;
  int value = 0;
  while (pos + width < text.size() && width < max_width && text[pos + width] >= '0' &&
         text[pos + width] <= '9') {
    value = value * 10 + (text[pos + width] - '0');
    ++width;
  }
  if (width == 0) {
    return false;
  }
  pos += width;
  out = value;
  return true;
}

// ` HH:MM[:SS]` at `pos` to the end of `text` (hour 1 or 2 digits); true with zeros when empty.
bool read_clock(std::string_view text, std::size_t &pos, int &h, int &mi, int &s) noexcept {
  h = mi = s = 0;
  if (pos == text.size()) {
    return true;
  }
  if (!expect(text, pos, ' ') && !expect(text, pos, 'T')) {
    return false;
  }
  if (!read_short_number(text, pos, 2, h) || !expect(text, pos, ':') ||
      !read_digits(text, pos, 2, mi)) {
    return false;
  }
  if (expect(text, pos, ':') && !read_digits(text, pos, 2, s)) {
    return false;
  }
  return pos == text.size() && h <= 23 && mi <= 59 && s <= 59;
}

std::optional<local_time<milliseconds>> make_local(int y, int mo, int d, int h, int mi,
                                                   int s) noexcept {
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)},
                           day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) {
    return std::nullopt;
  }
  const auto days_since_epoch = sys_days{ymd}.time_since_epoch();
  return local_time<milliseconds>{days_since_epoch + hours{h} + minutes{mi} + seconds{s}};
}

} // namespace

std::optional<local_time<milliseconds>> parse_local_datetime(std::string_view text) noexcept {
  std::size_t pos = 0;
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (!read_digits(text, pos, 4, y) || !expect(text, pos, '-') || !read_digits(text, pos, 2, mo) ||
      !expect(text, pos, '-') || !read_digits(text, pos, 2, d) ||
      !read_clock(text, pos, h, mi, s)) {
    return std::nullopt;
  }
  return make_local(y, mo, d, h, mi, s);
}

std::optional<local_time<milliseconds>> parse_month_first_datetime(std::string_view text) noexcept {
  std::size_t pos = 0;
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (!read_short_number(text, pos, 2, mo) || !expect(text, pos, '/') ||
      !read_short_number(text, pos, 2, d) || !expect(text, pos, '/') ||
      !read_digits(text, pos, 4, y) || !read_clock(text, pos, h, mi, s)) {
    return std::nullopt;
  }
  return make_local(y, mo, d, h, mi, s);
}

std::optional<year_month> parse_year_month(std::string_view text) noexcept {
  std::size_t pos = 0;
  int y = 0, mo = 0;
  if (!read_digits(text, pos, 4, y) || !expect(text, pos, '-') || !read_digits(text, pos, 2, mo) ||
      pos != text.size() || mo < 1 || mo > 12) {
    return std::nullopt;
  }
  return year_month{year{y}, month{static_cast<unsigned>(mo)}};
}

std::string format_date(year_month_day day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return buffer;
}

std::string format_year_month(year_month month) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u", static_cast<int>(month.year()),
                static_cast<unsigned>(month.month()));
  return buffer;
}

} // namespace sociometer::util
