// SPDX-License-Identifier: Apache-2.0
// Numbers, dates and plural rules of one locale (ICU, wrapped here alone).
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sociometer::report {

class LocaleFormats {
public:
  // `code` is a report language ("en", "fr", ...); English is formatted as British English, the
  // UN's English. Throws Error(internal) when ICU has no data for it.
  explicit LocaleFormats(std::string_view code);
  ~LocaleFormats();
  LocaleFormats(const LocaleFormats &) = delete;
  LocaleFormats &operator=(const LocaleFormats &) = delete;
  LocaleFormats(LocaleFormats &&) = delete;
  LocaleFormats &operator=(LocaleFormats &&) = delete;

  [[nodiscard]] std::string number(std::int64_t value) const;
  [[nodiscard]] std::string decimal(double value, int decimals, bool sign) const;
  [[nodiscard]] std::string percent(double fraction, int decimals, bool sign) const;
  [[nodiscard]] std::string period(std::chrono::year_month_day first,
                                   std::chrono::year_month_day last) const;
  // A date by CLDR skeleton ("yMMMM", "dMMM", "yMMMd").
  [[nodiscard]] std::string date(std::chrono::year_month_day day, std::string_view skeleton) const;
  // An instant (milliseconds since the epoch) as local date and time in the IANA zone
  // `time_zone`, by CLDR skeleton ("yMMMdHHmm").
  [[nodiscard]] std::string date_time(std::int64_t epoch_ms, std::string_view time_zone,
                                      std::string_view skeleton) const;
  [[nodiscard]] std::string weekday(unsigned monday_based) const;
  // The CLDR plural category of `count` ("one", "few", "other", ...).
  [[nodiscard]] std::string plural_category(std::int64_t count) const;
  // Every plural category of the language.
  [[nodiscard]] std::vector<std::string> plural_categories() const;

private:
  struct Icu;
  std::unique_ptr<Icu> m_icu;
};

} // namespace sociometer::report
