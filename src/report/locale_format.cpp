// SPDX-License-Identifier: Apache-2.0
#include "locale_format.hpp"

#include <unicode/dtitvfmt.h>
#include <unicode/dtptngen.h>
#include <unicode/numberformatter.h>
#include <unicode/plurrule.h>
#include <unicode/smpdtfmt.h>
#include <unicode/strenum.h>

#include <map>
#include <mutex>
#include <tuple>

#include "sociometer/error.hpp"

namespace sociometer::report {
namespace {

void check(UErrorCode status, std::string_view what) {
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::internal,
                "ICU could not " + std::string(what) + ": " + u_errorName(status));
  }
}

std::string utf8(const icu::UnicodeString &text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Midnight UTC of `day`: the formatters run in UTC, so the day shown is the day given.
UDate udate(std::chrono::year_month_day day) {
  const auto days = std::chrono::sys_days(day).time_since_epoch().count();
  return static_cast<UDate>(days) * 86'400'000.0;
}

icu::Locale locale_of(std::string_view code) {
  // The UN writes British English: "1–31 March 2024", not "March 1 – 31, 2024".
  return code == "en" ? icu::Locale("en", "GB") : icu::Locale(std::string(code).c_str());
}

} // namespace

struct LocaleFormats::Icu {
  icu::Locale locale;
  icu::number::LocalizedNumberFormatter numbers;
  // Decimal and percent formatters by (percent, decimals, sign), made once: ICU builds its
  // formatting pipeline on a formatter's third use, so a formatter made per number rebuilt it
  // every time (a report's table of 5,000 accounts spent 0.1 s in it).
  // Guarded: LocaleFormats' methods are const, and copies of a report Language share them.
  std::mutex fixed_lock;
  std::map<std::tuple<bool, int, bool>, icu::number::LocalizedNumberFormatter> fixed;

  // A formatter stays in the map once made (and ICU's formatters may be used from any thread).
  const icu::number::LocalizedNumberFormatter &fixed_formatter(bool percent, int decimals,
                                                               bool sign) {
    const std::lock_guard hold(fixed_lock);
    const auto key = std::tuple(percent, decimals, sign);
    auto found = fixed.find(key);
    if (found == fixed.end()) {
      auto formatter = numbers.precision(icu::number::Precision::fixedFraction(decimals))
                           .sign(sign ? UNUM_SIGN_ALWAYS : UNUM_SIGN_AUTO);
      if (percent) {
        formatter = formatter.unit(icu::NoUnit::percent());
      }
      found = fixed.emplace(key, std::move(formatter)).first;
    }
    return found->second;
  }
  std::unique_ptr<icu::DateIntervalFormat> interval;
  std::unique_ptr<icu::DateTimePatternGenerator> patterns;
  std::unique_ptr<icu::PluralRules> plurals;
  std::vector<std::string> weekdays; // Monday first
};

LocaleFormats::LocaleFormats(std::string_view code) : m_icu(std::make_unique<Icu>()) {
  auto &icu = *m_icu;
  icu.locale = locale_of(code);
  // Half up, as people round (ICU's default, half even, writes 1.225% as 1.22%).
  icu.numbers =
      icu::number::NumberFormatter::withLocale(icu.locale).roundingMode(UNUM_ROUND_HALFUP);
  UErrorCode status = U_ZERO_ERROR;
  icu.interval.reset(
      icu::DateIntervalFormat::createInstance(icu::UnicodeString("yMMMMd"), icu.locale, status));
  check(status, "make a date interval format");
  icu.interval->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
  icu.patterns.reset(icu::DateTimePatternGenerator::createInstance(icu.locale, status));
  check(status, "make a date pattern generator");
  icu.plurals.reset(icu::PluralRules::forLocale(icu.locale, status));
  check(status, "load the plural rules");
  // 2024-01-01 is a Monday.
  const auto monday = std::chrono::year_month_day(std::chrono::year(2024), std::chrono::January,
                                                  std::chrono::day(1));
  for (unsigned i = 0; i < 7; ++i) {
    icu.weekdays.push_back(date(std::chrono::sys_days(monday) + std::chrono::days(i), "EEE"));
  }
}

LocaleFormats::~LocaleFormats() = default;

std::string LocaleFormats::number(std::int64_t value) const {
  UErrorCode status = U_ZERO_ERROR;
  auto text = m_icu->numbers.formatInt(value, status).toString(status);
  check(status, "format a number");
  return utf8(text);
}

std::string LocaleFormats::decimal(double value, int decimals, bool sign) const {
  UErrorCode status = U_ZERO_ERROR;
  auto text =
      m_icu->fixed_formatter(false, decimals, sign).formatDouble(value, status).toString(status);
  check(status, "format a decimal");
  return utf8(text);
}

std::string LocaleFormats::percent(double fraction, int decimals, bool sign) const {
  UErrorCode status = U_ZERO_ERROR;
  auto text = m_icu->fixed_formatter(true, decimals, sign)
                  .formatDouble(fraction * 100.0, status)
                  .toString(status);
  check(status, "format a percentage");
  return utf8(text);
}

std::string LocaleFormats::period(std::chrono::year_month_day first,
                                  std::chrono::year_month_day last) const {
  UErrorCode status = U_ZERO_ERROR;
  icu::DateInterval interval(udate(first), udate(last));
  icu::UnicodeString text;
  icu::FieldPosition position;
  m_icu->interval->format(&interval, text, position, status);
  check(status, "format a period");
  return utf8(text);
}

namespace {

icu::UnicodeString unicode(std::string_view text) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
}

// `when` in the locale's best pattern for `skeleton`, on the clock of `time_zone` (an IANA name).
std::string format_date(icu::DateTimePatternGenerator &patterns, const icu::Locale &locale,
                        UDate when, std::string_view skeleton, std::string_view time_zone) {
  UErrorCode status = U_ZERO_ERROR;
  const auto pattern = patterns.getBestPattern(unicode(skeleton), status);
  icu::SimpleDateFormat format(pattern, locale, status);
  check(status, "make a date format");
  format.adoptTimeZone(icu::TimeZone::createTimeZone(unicode(time_zone)));
  icu::UnicodeString text;
  format.format(when, text);
  return utf8(text);
}

} // namespace

std::string LocaleFormats::date(std::chrono::year_month_day day, std::string_view skeleton) const {
  return format_date(*m_icu->patterns, m_icu->locale, udate(day), skeleton, "UTC");
}

std::string LocaleFormats::date_time(std::int64_t epoch_ms, std::string_view time_zone,
                                     std::string_view skeleton) const {
  return format_date(*m_icu->patterns, m_icu->locale, static_cast<UDate>(epoch_ms), skeleton,
                     time_zone);
}

std::string LocaleFormats::weekday(unsigned monday_based) const {
  return m_icu->weekdays.at(monday_based % 7);
}

std::string LocaleFormats::plural_category(std::int64_t count) const {
  return utf8(m_icu->plurals->select(static_cast<double>(count)));
}

std::vector<std::string> LocaleFormats::plural_categories() const {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::StringEnumeration> keywords(m_icu->plurals->getKeywords(status));
  check(status, "list the plural categories");
  std::vector<std::string> categories;
  while (const auto *keyword = keywords->snext(status)) {
    categories.push_back(utf8(*keyword));
  }
  return categories;
}

} // namespace sociometer::report
