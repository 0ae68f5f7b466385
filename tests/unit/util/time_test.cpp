// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "sociometer/error.hpp"
#include "sociometer/util/time.hpp"

using namespace sociometer;
using namespace std::chrono;

namespace {
TimePoint utc(int y, unsigned mo, unsigned d, int h, int mi, int s, int ms = 0) {
  return time_point_cast<milliseconds>(sys_days{year{y} / month{mo} / day{d}} + hours{h} +
                                       minutes{mi} + seconds{s} + milliseconds{ms});
}
} // namespace

TEST_CASE("ISO 8601 timestamps of every source parse to the same UTC instant", "[util][time]") {
  const auto expected = utc(2024, 3, 5, 14, 2, 11);
  CHECK(util::parse_iso8601("2024-03-05T14:02:11.000Z") == expected);
  CHECK(util::parse_iso8601("2024-03-05T14:02:11Z") == expected);
  CHECK(util::parse_iso8601("2024-03-05T14:02:11+00:00") == expected);
  CHECK(util::parse_iso8601("2024-03-05T15:02:11+0100") == expected); // Threads: no colon
  CHECK(util::parse_iso8601("2024-03-05T09:02:11-05:00") == expected);
  CHECK(util::parse_iso8601("2024-03-05T14:02:11.123456Z") == utc(2024, 3, 5, 14, 2, 11, 123));
  CHECK_FALSE(util::parse_iso8601("2024-02-30T14:02:11Z"));
  CHECK_FALSE(util::parse_iso8601("2024-03-05"));
  CHECK_FALSE(util::parse_iso8601("2024-03-05T14:02:11"));
  CHECK_FALSE(util::parse_iso8601("yesterday"));
}

TEST_CASE("RFC 3339 output is fixed width and sorts as text", "[util][time]") {
  CHECK(util::format_rfc3339_ms(utc(2024, 3, 5, 14, 2, 11, 7)) == "2024-03-05T14:02:11.007Z");
  CHECK(util::format_rfc3339(utc(2024, 3, 5, 14, 2, 11, 999)) == "2024-03-05T14:02:11Z");
}

TEST_CASE("Local calendar parts follow the tz database across DST", "[util][time]") {
  const util::TimeZone zurich("Europe/Zurich");
  struct Vector {
    TimePoint at;
    const util::TimeZone *zone;
    int hour;
    int weekday;
    const char *date;
  };
  const util::TimeZone new_york("America/New_York");
  const util::TimeZone kolkata("Asia/Kolkata");
  const Vector vectors[] = {
      {utc(2024, 3, 31, 0, 59, 59), &zurich, 1, 7, "2024-03-31"},
      {utc(2024, 3, 31, 1, 0, 0), &zurich, 3, 7, "2024-03-31"}, // local 02:xx does not exist
      {utc(2024, 10, 27, 0, 30, 0), &zurich, 2, 7, "2024-10-27"},
      {utc(2024, 10, 27, 1, 30, 0), &zurich, 2, 7, "2024-10-27"}, // 02:xx occurs twice
      {utc(2024, 1, 1, 3, 30, 0), &new_york, 22, 7, "2023-12-31"},
      {utc(2024, 6, 30, 23, 30, 0), &kolkata, 5, 1, "2024-07-01"},
  };
  for (const auto &vector : vectors) {
    const auto parts = util::local_parts(*vector.zone, vector.at);
    INFO(util::format_rfc3339(vector.at) << " in " << vector.zone->name());
    CHECK(parts.hour == vector.hour);
    CHECK(parts.iso_weekday == vector.weekday);
    CHECK(util::format_date(parts.day) == vector.date);
  }
}

TEST_CASE("ISO weeks belong to the year of their Thursday", "[util][time]") {
  const auto utc_zone = util::TimeZone::utc();
  const auto monday = util::local_parts(utc_zone, utc(2024, 12, 30, 12, 0, 0));
  CHECK(monday.iso_year == 2025);
  CHECK(monday.iso_week == 1);
  const auto friday = util::local_parts(utc_zone, utc(2021, 1, 1, 12, 0, 0));
  CHECK(friday.iso_year == 2020);
  CHECK(friday.iso_week == 53);
}

TEST_CASE("Local midnight in a zone is the start of a day", "[util][time]") {
  const util::TimeZone zurich("Europe/Zurich");
  CHECK(util::format_rfc3339(zurich.start_of_day(year{2024} / March / day{1})) ==
        "2024-02-29T23:00:00Z");
  CHECK(util::format_rfc3339(zurich.start_of_day(year{2024} / April / day{1})) ==
        "2024-03-31T22:00:00Z");
}

TEST_CASE("Unknown time zones are usage errors with a hint", "[util][time]") {
  try {
    util::TimeZone zone("Europe/Geneva");
    FAIL("Europe/Geneva does not exist");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::usage);
    CHECK(std::string(error.what()) == "unknown time zone 'Europe/Geneva'");
    CHECK_FALSE(error.hint().empty());
  }
}

TEST_CASE("parse_iso8601 refuses times outside 1970-9999; any time formats without garbage",
          "[util][time]") {
  CHECK_FALSE(util::parse_iso8601("9999-12-31T23:00:00-05:00")); // year 10000 in UTC
  CHECK_FALSE(util::parse_iso8601("1969-12-31T23:59:59Z"));
  CHECK_FALSE(util::parse_iso8601("30000-01-01T00:00:00Z"));
  CHECK(util::parse_iso8601("9999-12-31T23:59:59.999Z"));
  CHECK(util::parse_iso8601("1970-01-01T00:00:00Z"));
  CHECK(util::format_rfc3339_ms(TimePoint{sys_days{year{10000} / January / 2}}) ==
        "+10000-01-02T00:00:00.000Z");
  CHECK(util::format_rfc3339(TimePoint{sys_days{year{-1} / March / 4}}) == "-0001-03-04T00:00:00Z");
}
