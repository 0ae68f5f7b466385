// SPDX-License-Identifier: Apache-2.0
#include "x_time.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>

#include "sociometer/util/time.hpp"

namespace sociometer::ingest::x {

std::optional<TimePoint> parse_twitter_time(std::string_view text) noexcept {
  // `Tue Mar 05 14:02:11 +0000 2024` is rearranged as `2024-03-05T14:02:11+0000`, so the one
  // ISO 8601 parser checks its digits, ranges and calendar.
  static constexpr std::array<std::string_view, 12> k_months = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (text.size() != 30 || text[3] != ' ' || text[7] != ' ' || text[10] != ' ' || text[19] != ' ' ||
      text[25] != ' ') {
    return std::nullopt;
  }
  const auto month = std::find(k_months.begin(), k_months.end(), text.substr(4, 3));
  if (month == k_months.end()) {
    return std::nullopt;
  }
  const auto month_number = static_cast<int>(month - k_months.begin()) + 1;
  std::array<char, 24> iso{};
  auto *out = std::copy_n(text.data() + 26, 4, iso.data()); // year
  *out++ = '-';
  *out++ = static_cast<char>('0' + month_number / 10);
  *out++ = static_cast<char>('0' + month_number % 10);
  *out++ = '-';
  out = std::copy_n(text.data() + 8, 2, out); // day
  *out++ = 'T';
  out = std::copy_n(text.data() + 11, 8, out); // HH:MM:SS
  // The offset is `+HHMM` or `-HHMM`; a `Z` (any case) stands for +0000 whatever follows it in
  // the offset's five characters.
  if (text[20] == 'Z' || text[20] == 'z') {
    *out++ = 'Z';
  } else if (text[20] == '+' || text[20] == '-') {
    out = std::copy_n(text.data() + 20, 5, out);
  } else {
    return std::nullopt;
  }
  return util::parse_iso8601(
      std::string_view(iso.data(), static_cast<std::size_t>(out - iso.data())));
}

std::optional<TimePoint> twitter_snowflake_time(std::string_view id) noexcept {
  std::uint64_t value = 0;
  const auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), value);
  if (ec != std::errc{} || end != id.data() + id.size() || value < (std::uint64_t{1} << 22)) {
    return std::nullopt;
  }
  constexpr std::int64_t k_twitter_epoch_ms = 1288834974657;
  return TimePoint{
      std::chrono::milliseconds{static_cast<std::int64_t>(value >> 22) + k_twitter_epoch_ms}};
}

} // namespace sociometer::ingest::x
