// SPDX-License-Identifier: Apache-2.0
// The two ways X gives a tweet's time: `created_at` text and the snowflake ID.
#include <catch2/catch.hpp>

#include <string>

#include "ingest/x_time.hpp"

using namespace sociometer;
using namespace std::chrono;

namespace {
TimePoint utc(int y, unsigned mo, unsigned d, int h, int mi, int s) {
  return time_point_cast<milliseconds>(sys_days{year{y} / month{mo} / day{d}} + hours{h} +
                                       minutes{mi} + seconds{s});
}
} // namespace

TEST_CASE("Twitter archive timestamps parse with English names in any locale", "[x][time]") {
  CHECK(ingest::x::parse_twitter_time("Tue Mar 05 14:02:11 +0000 2024") ==
        utc(2024, 3, 5, 14, 2, 11));
  CHECK(ingest::x::parse_twitter_time("Wed Jan 01 00:00:00 +0100 2025") ==
        utc(2024, 12, 31, 23, 0, 0));
  CHECK(ingest::x::parse_twitter_time("Mon Mar 04 23:02:11 -1500 2024") ==
        utc(2024, 3, 5, 14, 2, 11));
  CHECK_FALSE(ingest::x::parse_twitter_time("Tue Mrz 05 14:02:11 +0000 2024"));
  CHECK_FALSE(ingest::x::parse_twitter_time("2024-03-05T14:02:11Z"));
}

TEST_CASE("Twitter timestamps are checked field by field", "[x][time]") {
  // A `Z` offset stands for +0000 (whatever fills the rest of its five characters).
  CHECK(ingest::x::parse_twitter_time("Tue Mar 05 14:02:11 Z0000 2024") ==
        utc(2024, 3, 5, 14, 2, 11));
  CHECK_FALSE(ingest::x::parse_twitter_time("Tue Mar 05 14:02:11 .123Z 2024")); // no fraction
  CHECK_FALSE(ingest::x::parse_twitter_time("Tue Mar 05 14:02:11 +00:0 2024"));
  CHECK_FALSE(ingest::x::parse_twitter_time("Tue Mar 05 14:02:11  0000 2024"));
  CHECK_FALSE(ingest::x::parse_twitter_time("Tue Mar 05 14-02-11 +0000 2024"));
  CHECK_FALSE(ingest::x::parse_twitter_time("Tue Mar 05T14:02:11 +0000 2024"));
  CHECK_FALSE(ingest::x::parse_twitter_time("Tue Feb 30 14:02:11 +0000 2024")); // no such day
  CHECK_FALSE(ingest::x::parse_twitter_time("Tue Mar 05 24:02:11 +0000 2024"));
  CHECK_FALSE(ingest::x::parse_twitter_time("Tue Mar 05 14:02:11 +0000 20x4"));
  CHECK_FALSE(ingest::x::parse_twitter_time("Tue Mar 05 14:02:11 +0000 2024 "));
}

TEST_CASE("Snowflake IDs give their creation time", "[x][time]") {
  // ((ms − 1288834974657) << 22) for 2024-03-05T14:02:11.000Z
  const auto ms = utc(2024, 3, 5, 14, 2, 11).time_since_epoch().count();
  const auto id = std::to_string(static_cast<std::uint64_t>(ms - 1288834974657) << 22);
  CHECK(ingest::x::twitter_snowflake_time(id) == utc(2024, 3, 5, 14, 2, 11));
  CHECK_FALSE(ingest::x::twitter_snowflake_time("abc"));
  CHECK_FALSE(ingest::x::twitter_snowflake_time("4194303")); // below 2^22: no time in it
}
