// SPDX-License-Identifier: Apache-2.0
// What every command shares: global flags resolved once into an Invocation, the output stream,
// periods and filters. Commands stay thin: flags -> typed options -> one call -> render.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <spdlog/logger.h>
#include <string>
#include <string_view>
#include <vector>

#include "sociometer/analysis/coverage.hpp"
#include "sociometer/model/vocabulary.hpp"
#include "sociometer/report/renderer.hpp"
#include "sociometer/store/store.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::cli {

// The global flags as parsed, before they are checked.
struct GlobalOptions {
  std::string db;
  std::string format;
  std::string output;
  std::string tz;
  std::string min_coverage;
  bool quiet = false;
  int verbose = 0;
  bool no_progress = false;
  std::string columns; // --columns
  bool bom = false;    // --bom
};

// The output formats a command offers, declared where the command is added. `--format` is checked
// against it once, before the command runs.
struct FormatOffer {
  FormatOffer() = default; // no names: the command prints no data and ignores --format
  // `names`: the first is the default. `subject` names the command in the usage error; `hint`
  // replaces its "use one of: NAMES".
  explicit FormatOffer(std::vector<std::string_view> offered,
                       std::string_view command_name = "this command",
                       std::string_view usage_hint = {})
      : names(std::move(offered)), subject(command_name), hint(usage_hint) {}

  std::vector<std::string_view> names;
  std::string_view subject = "this command";
  std::string_view hint;
};
// The formats of every command that prints rows.
inline const FormatOffer k_row_formats({"table", "json", "ndjson", "csv", "xlsx"});
// Commands that print no data (they ignore --format).
inline const FormatOffer k_no_output;

// The global flags resolved for one command, once, right after parsing.
struct Invocation {
  std::string store_path;             // --db, else $SOCIOMETER_DB, else ./sociometer.db
  std::optional<util::TimeZone> zone; // --tz (validated); see zone_in
  std::string format;                 // one of the command's FormatOffer names; empty if none
  // --min-coverage: rates measured on a smaller share of their posts are withheld (0..1).
  double min_coverage = analysis::k_default_min_coverage;
  bool quiet = false;
  int verbose = 0;           // -v count
  bool progress = true;      // false with -q or --no-progress
  std::string columns;       // --columns
  bool bom = false;          // --bom
  report::Terminal terminal; // set when the data goes to stdout and that is a terminal

  // The report zone: --tz, else the store's configured zone, else UTC.
  [[nodiscard]] util::TimeZone zone_in(const store::Store &store) const;
  // `format` as a row/report format (every offer except network export's names one).
  [[nodiscard]] report::Format report_format() const;
  // report_format() with --columns, --bom and the terminal.
  [[nodiscard]] report::RenderOptions render_options() const;
  // The store, refused when missing or out of date (`beside`: store::Store::reader_beside).
  [[nodiscard]] store::Store open_store(store::OpenMode mode,
                                        store::ReaderBeside beside = store::ReaderBeside::no) const;
};

// Checks `globals` for a command offering `formats`. Throws Error(usage) for an unknown --tz, for
// a --format the command does not offer (the message lists those it does) and for a
// --min-coverage that is not a number from 0 to 1.
[[nodiscard]] Invocation resolve_invocation(const GlobalOptions &globals,
                                            const FormatOffer &formats);

// The streams and logger of one run.
struct Context {
  const Invocation &invocation;
  std::ostream &out; // data only (stdout or --output)
  std::ostream &err;
  std::shared_ptr<spdlog::logger> log;
};

// Says what a command changed on stderr (`sociometer: TEXT`), unless -q.
void tell(const Context &context, const std::string &text);

// One runnable command line: the (sub)command whose flags lead to it, its formats, its body.
struct Command {
  CLI::App *parser;
  FormatOffer formats;
  std::function<int(Context &)> run;
};
using Commands = std::vector<Command>;

// `text` as a platform. Throws Error(usage) naming `--platform` for an unknown name.
[[nodiscard]] Platform parse_platform_flag(const std::string &text);
// As parse_platform_flag; no platform (every platform) when `text` is empty.
[[nodiscard]] std::optional<Platform> platform_filter(const std::string &text);

// Period flags: `--month YYYY-MM|last|latest` or `--since DATE --until DATE`.
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
// month of the newest post that `latest_among` selects (its period ignored). Error(usage) for
// malformed or conflicting flags.
[[nodiscard]] ResolvedPeriod resolve_period(const PeriodOptions &period, const util::TimeZone &zone,
                                            const store::Store &store,
                                            const store::PostQuery &latest_among = {});

// Filter flags: --platform, --account, --lang, --owned.
struct FilterOptions {
  std::string platform;
  std::string account;
  std::string lang;
  bool owned = false;
  // The flag of the post-language filter: `report` names it --post-lang, its --lang being the
  // report's language. Set before add_filter_options.
  std::string lang_flag = "--lang";
};
void add_filter_options(CLI::App &command, FilterOptions &filters);
// Error(usage), with the closest known names, for a --platform, --account or --lang that names
// nothing in the store: a typo would otherwise print an empty result.
void check_filters(const store::Store &store, const FilterOptions &filters);
// The query for a period and filters (the handle without `@`), after check_filters.
[[nodiscard]] store::PostQuery make_query(const store::Store &store, const ResolvedPeriod &period,
                                          const FilterOptions &filters);

// The report language: `requested` (--lang), else the store's `report_lang` setting, else en.
// Error(usage) for a code without a translation.
[[nodiscard]] std::string report_language(const std::string &requested, const store::Store &store);
// Error(usage) unless `code` is a report language; `flag` names where it came from.
void check_report_language(const std::string &code, const std::string &flag);

// Envelope with the resolved parameters common to period/filter commands.
[[nodiscard]] report::Envelope make_envelope(const std::string &command, const util::TimeZone &zone,
                                             const ResolvedPeriod &period,
                                             const FilterOptions &filters);

// Each adds its command (and subcommands) to `app` and its runnable command lines to `commands`.
void add_init_command(CLI::App &app, Commands &commands);
// `store copy` (store_command.cpp).
void add_store_command(CLI::App &app, Commands &commands);
void add_status_command(CLI::App &app, Commands &commands);
void add_ingest_command(CLI::App &app, Commands &commands);
void add_fetch_command(CLI::App &app, Commands &commands);
// `fetch x`, a subcommand of `fetch`.
void add_fetch_x_command(CLI::App &fetch, Commands &commands);
// `fetch all` (fetch_all_command.cpp).
void add_fetch_all_command(CLI::App &fetch, Commands &commands);
void add_engagement_command(CLI::App &app, Commands &commands);
void add_snapshot_command(CLI::App &app, Commands &commands);
void add_report_command(CLI::App &app, Commands &commands);
void add_sql_command(CLI::App &app, Commands &commands);
void add_influencers_command(CLI::App &app, Commands &commands);
void add_network_command(CLI::App &app, Commands &commands);
void add_top_command(CLI::App &app, Commands &commands);
void add_besttime_command(CLI::App &app, Commands &commands);
void add_campaign_command(CLI::App &app, Commands &commands);
void add_causes_command(CLI::App &app, Commands &commands);
void add_account_command(CLI::App &app, Commands &commands);
void add_accounts_command(CLI::App &app, Commands &commands);

// Ends the help of `app` and of every subcommand with the formats it offers (from `commands`),
// the global flags and its examples. Throws Error(internal) for a command without examples.
void add_help_footers(CLI::App &app, const Commands &commands);

} // namespace sociometer::cli
