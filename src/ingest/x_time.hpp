// SPDX-License-Identifier: Apache-2.0
// The two ways X gives a tweet's time: the archive's (and API v1.1's) `created_at` text, and the
// creation time every snowflake ID carries.
#pragma once

#include <optional>
#include <string_view>

#include "sociometer/model/vocabulary.hpp"

namespace sociometer::ingest::x {

// `Tue Mar 05 14:02:11 +0000 2024` (English month names regardless of locale; the weekday is not
// checked); std::nullopt if malformed.
[[nodiscard]] std::optional<TimePoint> parse_twitter_time(std::string_view text) noexcept;

// The creation time encoded in a snowflake ID (milliseconds since X's epoch of 2010-11-04 in its
// upper 42 bits); std::nullopt when `id` is not a decimal number of at least 2^22.
[[nodiscard]] std::optional<TimePoint> twitter_snowflake_time(std::string_view id) noexcept;

} // namespace sociometer::ingest::x
