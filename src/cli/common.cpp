// SPDX-License-Identifier: Apache-2.0
#include "common.hpp"

#include <algorithm>
#include <charconv>

#include "sociometer/app/store_access.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"

namespace sociometer::cli {

util::TimeZone Invocation::zone_in(const store::Store &store) const {
  return app::resolve_zone(zone, store);
}

report::Format Invocation::report_format() const {
  const auto parsed = report::parse_format(format);
  if (!parsed) {
    throw Error(ErrorKind::internal, "format " + format + " is not a report format");
  }
  return *parsed;
}

report::RenderOptions Invocation::render_options() const {
  report::RenderOptions options(report_format());
  options.columns = columns;
  options.bom = bom;
  options.terminal = terminal;
  return options;
}

store::Store Invocation::open_store(store::OpenMode mode, store::ReaderBeside beside) const {
  return app::open_existing_store(store_path, mode, beside);
}

namespace {

std::string checked_format(const std::string &given, const FormatOffer &formats) {
  if (formats.names.empty()) {
    return {}; // the command prints no data: --format does not apply
  }
  if (given.empty()) {
    return std::string(formats.names.front());
  }
  std::string names;
  for (const auto name : formats.names) {
    if (name == given) {
      return given;
    }
    names += (names.empty() ? "" : ", ") + std::string(name);
  }
  throw Error(ErrorKind::usage,
              "--format " + given + " is not available for " + std::string(formats.subject),
              formats.hint.empty() ? "use one of: " + names : std::string(formats.hint));
}

// --min-coverage as a fraction from 0 to 1 (the default when not given).
double checked_min_coverage(const std::string &given) {
  if (given.empty()) {
    return analysis::k_default_min_coverage;
  }
  double value = 0;
  const auto *end = given.data() + given.size();
  const auto [stop, problem] = std::from_chars(given.data(), end, value);
  // `!(value <= 1.0)` also refuses NaN.
  if (problem != std::errc() || stop != end || value < 0.0 || !(value <= 1.0)) {
    throw Error(ErrorKind::usage, "--min-coverage " + given + ": expected a fraction from 0 to 1",
                "e.g. --min-coverage 0.5 (the default) or --min-coverage 0 to show every rate");
  }
  return value;
}

} // namespace

Invocation resolve_invocation(const GlobalOptions &globals, const FormatOffer &formats) {
  Invocation invocation;
  invocation.format = checked_format(globals.format, formats);
  invocation.min_coverage = checked_min_coverage(globals.min_coverage);
  invocation.store_path = app::resolve_store_path(globals.db);
  if (!globals.tz.empty()) {
    invocation.zone = util::TimeZone(globals.tz);
  }
  invocation.quiet = globals.quiet;
  invocation.verbose = globals.verbose;
  invocation.progress = !globals.quiet && !globals.no_progress;
  invocation.columns = globals.columns;
  invocation.bom = globals.bom;
  return invocation;
}

void tell(const Context &context, const std::string &text) {
  if (!context.invocation.quiet) {
    context.err << "sociometer: " << text << '\n';
  }
}

Platform parse_platform_flag(const std::string &text) {
  const auto platform = parse_platform(text);
  if (!platform) {
    const std::vector<std::string> known{"x",        "mastodon",  "bluesky",
                                         "facebook", "instagram", "other"};
    const auto closest = util::closest_names(text, known);
    throw Error(ErrorKind::usage, "--platform " + text + ": unknown platform",
                (closest.empty() ? std::string()
                                 : "did you mean " + util::join_alternatives(closest) + "? ") +
                    "use x, mastodon, bluesky, facebook, instagram or other");
  }
  return *platform;
}

std::optional<Platform> platform_filter(const std::string &text) {
  if (text.empty()) {
    return std::nullopt;
  }
  return parse_platform_flag(text);
}

void add_period_options(CLI::App &command, PeriodOptions &period) {
  auto *month = command.add_option("--month", period.month,
                                   "calendar month YYYY-MM, `last` (the month before this one) or "
                                   "`latest` (the month of the newest post)");
  auto *since = command.add_option("--since", period.since, "first day YYYY-MM-DD (inclusive)");
  auto *until = command.add_option("--until", period.until, "last day YYYY-MM-DD (exclusive)");
  month->excludes(since)->excludes(until);
}

namespace {

std::chrono::year_month month_of(const util::TimeZone &zone, TimePoint t) {
  const auto day = util::local_parts(zone, t).day;
  return day.year() / day.month();
}

TimePoint start_of(const util::TimeZone &zone, std::chrono::year_month month) {
  return zone.start_of_day(month / std::chrono::day{1});
}

} // namespace

ResolvedPeriod resolve_period(const PeriodOptions &period, const util::TimeZone &zone,
                              const store::Store &store, const store::PostQuery &latest_among) {
  ResolvedPeriod resolved;
  if (!period.month.empty()) {
    std::chrono::year_month month{};
    if (period.month == "last") {
      month = month_of(zone, util::report_clock_now()) - std::chrono::months{1};
    } else if (period.month == "latest") {
      store::PostQuery among = latest_among;
      among.since.reset();
      among.until.reset();
      const auto newest = store.newest_post_time(among);
      if (!newest) {
        throw Error(ErrorKind::input, "--month latest: no posts selected yet",
                    "ingest something first, or check the filters");
      }
      month = month_of(zone, *newest);
    } else if (const auto parsed = util::parse_year_month(period.month)) {
      month = *parsed;
    } else {
      throw Error(ErrorKind::usage,
                  "--month " + period.month + ": expected YYYY-MM, last or latest");
    }
    resolved.month = month;
    resolved.since = start_of(zone, month);
    resolved.until = start_of(zone, month + std::chrono::months{1});
    return resolved;
  }
  for (const auto &[text, target, flag] : {std::tuple{&period.since, &resolved.since, "--since"},
                                           std::tuple{&period.until, &resolved.until, "--until"}}) {
    if (text->empty()) {
      continue;
    }
    const auto day = util::parse_date(*text);
    if (!day) {
      throw Error(ErrorKind::usage,
                  std::string(flag) + " " + *text + ": expected a date YYYY-MM-DD");
    }
    *target = zone.start_of_day(*day);
  }
  if (resolved.since && resolved.until && *resolved.until <= *resolved.since) {
    throw Error(ErrorKind::usage, "--until must be after --since");
  }
  return resolved;
}

void add_filter_options(CLI::App &command, FilterOptions &filters) {
  command.add_option("--platform", filters.platform,
                     "only this platform (x, mastodon, bluesky, …)");
  command.add_option("--account", filters.account,
                     "only posts by this handle (`@` optional; an earlier handle works too) or by "
                     "the accounts of this linked identity (`account link`)");
  command.add_option(filters.lang_flag, filters.lang, "only posts in this language code");
  command.add_flag("--owned", filters.owned, "only the organisation's own accounts");
}

namespace {

// Error(usage) `message` for a flag's value that names nothing in `known`, with the closest
// names as its hint, else `otherwise`.
[[noreturn]] void throw_unknown(const std::string &message, const std::string &value,
                                const std::vector<std::string> &known,
                                const std::string &otherwise) {
  const auto closest = util::closest_names(value, known);
  throw Error(ErrorKind::usage, message,
              closest.empty() ? otherwise
                              : "did you mean " + util::join_alternatives(closest) + "?");
}

// "the store's languages: en, fr, und" (the first 12), for a --lang with no close match.
std::string language_listing(const std::vector<std::string> &codes) {
  if (codes.empty()) {
    return "the store has no posts yet";
  }
  std::string listing = "languages in the store: ";
  for (std::size_t i = 0; i < codes.size() && i < 12; ++i) {
    listing += (i == 0 ? "" : ", ") + codes[i];
  }
  return listing + (codes.size() > 12 ? ", …" : "");
}

bool contains_ignoring_case(const std::vector<std::string> &names, std::string_view name) {
  const auto wanted = util::ascii_lower(name);
  return std::any_of(names.begin(), names.end(),
                     [&](const std::string &known) { return util::ascii_lower(known) == wanted; });
}

} // namespace

void check_filters(const store::Store &store, const FilterOptions &filters) {
  (void)platform_filter(filters.platform);
  if (const auto handle = std::string(util::strip_handle_prefix(filters.account));
      !handle.empty()) {
    const auto known = store.account_names();
    if (!contains_ignoring_case(known, handle)) {
      throw_unknown("--account " + filters.account +
                        ": no account or linked identity of that name in the store",
                    handle, known, "see `sociometer accounts --all`");
    }
  }
  if (!filters.lang.empty()) {
    const auto known = store.languages();
    if (std::find(known.begin(), known.end(), filters.lang) == known.end()) {
      throw_unknown(filters.lang_flag + " " + filters.lang + ": no stored post is in that language",
                    filters.lang, known, language_listing(known));
    }
  }
}

store::PostQuery make_query(const store::Store &store, const ResolvedPeriod &period,
                            const FilterOptions &filters) {
  check_filters(store, filters);
  store::PostQuery query;
  query.since = period.since;
  query.until = period.until;
  query.platform = platform_filter(filters.platform);
  query.account_handle = util::strip_handle_prefix(filters.account);
  query.lang = filters.lang;
  query.owned_only = filters.owned;
  return query;
}

void check_report_language(const std::string &code, const std::string &flag) {
  const auto languages = report::report_languages();
  if (std::find(languages.begin(), languages.end(), code) == languages.end()) {
    std::string known;
    for (const auto &language : languages) {
      known += (known.empty() ? "" : ", ") + language;
    }
    throw Error(ErrorKind::usage, flag + " " + code + ": the report has no such language",
                "use one of: " + known);
  }
}

std::string report_language(const std::string &requested, const store::Store &store) {
  if (!requested.empty()) {
    check_report_language(requested, "--lang");
    return requested;
  }
  if (auto stored = store.setting("report_lang")) {
    check_report_language(*stored, "the store's report language (`init --report-lang`)");
    return *stored;
  }
  return "en";
}

report::Envelope make_envelope(const std::string &command, const util::TimeZone &zone,
                               const ResolvedPeriod &period, const FilterOptions &filters) {
  report::Envelope envelope;
  envelope.command = command;
  envelope.generated_at = util::report_clock_now();
  const auto text_or_null = [](const std::string &text) {
    return text.empty() ? Cell{Null{}} : Cell{text};
  };
  envelope.params["tz"] = zone.name();
  envelope.params["since"] =
      period.since ? Cell{util::format_rfc3339(*period.since)} : Cell{Null{}};
  envelope.params["until"] =
      period.until ? Cell{util::format_rfc3339(*period.until)} : Cell{Null{}};
  envelope.params["platform"] = text_or_null(filters.platform);
  envelope.params["account"] = text_or_null(filters.account);
  // `lang` or, for report, `post_lang`.
  auto lang_param = filters.lang_flag.substr(2);
  std::replace(lang_param.begin(), lang_param.end(), '-', '_');
  envelope.params[lang_param] = text_or_null(filters.lang);
  envelope.params["owned"] = std::int64_t{filters.owned ? 1 : 0};
  return envelope;
}

} // namespace sociometer::cli
