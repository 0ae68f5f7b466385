// SPDX-License-Identifier: Apache-2.0
// What every command shares: global flags, the output stream, the store, time zone, periods and
// filters. Resolved here once so that commands stay thin.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <spdlog/logger.h>
#include <string>

#include "sociometer/model.hpp"
#include "sociometer/report/renderer.hpp"
#include "sociometer/store/store.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::cli {

struct GlobalOptions {
  std::string db;
  std::string format;
  std::string output;
  std::string tz;
  bool quiet = false;
  int verbose = 0;
  bool no_progress = false;
};

// The streams and logger of one run.
struct Context {
  const GlobalOptions &globals;
  std::ostream &out; // data only (stdout or --output)
  std::ostream &err;
  std::shared_ptr<spdlog::logger> log;
};

using CommandRunner = std::function<int(Context &)>;

// --db, else $SOCIOMETER_DB, else ./sociometer.db.
[[nodiscard]] std::string store_path(const GlobalOptions &globals);
// Opens the store for a command that reads or writes it; refuses a missing or out-of-date one.
[[nodiscard]] store::Store open_existing_store(const GlobalOptions &globals, store::OpenMode mode);
// --tz, else the store's configured zone, else UTC.
[[nodiscard]] util::TimeZone resolve_zone(const GlobalOptions &globals, const store::Store &store);
// --format, else `fallback`; Error(usage) when the command does not offer it.
[[nodiscard]] report::Format resolve_format(const GlobalOptions &globals, report::Format fallback,
                                            std::initializer_list<report::Format> allowed);

// PERIOD flags (design.md §2): `--month YYYY-MM|last|latest` or `--since DATE --until DATE`.
struct PeriodOptions {
  std::string month;
  std::string since;
  std::string until;
};
void add_period_options(CLI::App &command, PeriodOptions &period);
struct ResolvedPeriod {
  std::optional<TimePoint> since;
  std::optional<TimePoint> until;
  std::optional<std::chrono::year_month> month; // set when the period is one calendar month
};
// Turns the flags into instants in `zone`; `last` = the calendar month before now, `latest` = the
// month of the newest post. Error(usage) for malformed or conflicting flags.
[[nodiscard]] ResolvedPeriod resolve_period(const PeriodOptions &period, const util::TimeZone &zone,
                                            const store::Store &store);

// FILTERS (design.md §2): --platform, --account, --lang, --owned.
struct FilterOptions {
  std::string platform;
  std::string account;
  std::string lang;
  bool owned = false;
};
void add_filter_options(CLI::App &command, FilterOptions &filters);
// The query for a period and filters. Error(usage) for an unknown platform.
[[nodiscard]] store::PostQuery make_query(const ResolvedPeriod &period,
                                          const FilterOptions &filters);

// Envelope with the resolved parameters common to period/filter commands.
[[nodiscard]] report::Envelope make_envelope(const std::string &command, const util::TimeZone &zone,
                                             const ResolvedPeriod &period,
                                             const FilterOptions &filters);

CommandRunner add_init_command(CLI::App &app);
CommandRunner add_status_command(CLI::App &app);
CommandRunner add_ingest_command(CLI::App &app);
CommandRunner add_engagement_command(CLI::App &app);
CommandRunner add_report_command(CLI::App &app);
CommandRunner add_sql_command(CLI::App &app);
CommandRunner add_influencers_command(CLI::App &app);
CommandRunner add_network_command(CLI::App &app);
CommandRunner add_top_command(CLI::App &app);
CommandRunner add_besttime_command(CLI::App &app);
CommandRunner add_campaign_command(CLI::App &app);
CommandRunner add_causes_command(CLI::App &app);
CommandRunner add_account_command(CLI::App &app);
CommandRunner add_accounts_command(CLI::App &app);

} // namespace sociometer::cli
