// SPDX-License-Identifier: Apache-2.0
#include <algorithm>

#include "common.hpp"
#include "progress.hpp"
#include "sociometer/app/monthly_report.hpp"
#include "sociometer/error.hpp"

namespace sociometer::cli {
namespace {

// The newsletter is a document, not rows: Markdown by default, HTML to forward as is, JSON for
// pipelines.
const FormatOffer k_report_formats({"md", "html", "json"});

struct ReportOptions {
  PeriodOptions period;
  FilterOptions filters;
  std::size_t top = 10;
  bool strict = false;
  bool pseudonymize = false;
  std::string sections;
  std::string language; // --lang; empty: the store's setting, else en
};

// `--sections a,b,c` as names of analysis::k_report_sections; empty: every section.
std::vector<std::string> parse_sections(const std::string &list) {
  std::vector<std::string> sections;
  std::size_t start = 0;
  while (start <= list.size() && !list.empty()) {
    const auto end = std::min(list.find(',', start), list.size());
    const auto name = list.substr(start, end - start);
    if (std::find(analysis::k_report_sections.begin(), analysis::k_report_sections.end(), name) ==
        analysis::k_report_sections.end()) {
      std::string known;
      for (const auto section : analysis::k_report_sections) {
        known += (known.empty() ? "" : ", ") + std::string(section);
      }
      throw Error(ErrorKind::usage, "--sections: unknown section '" + name + "'",
                  "use a comma-separated list of: " + known);
    }
    sections.push_back(name);
    start = end + 1;
  }
  return sections;
}

// The filters as given, for the report to state them.
std::vector<std::pair<std::string, std::string>> stated_filters(const FilterOptions &filters) {
  std::vector<std::pair<std::string, std::string>> stated;
  for (const auto &[flag, value] :
       {std::pair{"platform", &filters.platform}, std::pair{"account", &filters.account},
        std::pair{"language", &filters.lang}}) {
    if (!value->empty()) {
      stated.emplace_back(flag, *value);
    }
  }
  if (filters.owned) {
    stated.emplace_back("owned", "yes");
  }
  return stated;
}

// The report's period: a calendar month (`last` by default, the cron case) or --since with
// --until, both required so the comparison period has a length.
app::ReportPeriod report_period(PeriodOptions options, const util::TimeZone &zone,
                                const store::Store &store, const store::PostQuery &scope) {
  if (options.month.empty() && options.since.empty() && options.until.empty()) {
    options.month = "last"; // the cron default: the month that just ended
  }
  if (options.month.empty() && (options.since.empty() || options.until.empty())) {
    throw Error(ErrorKind::usage, "report: --since and --until go together",
                "give both (--until is the day after the last one), or use --month");
  }
  const auto resolved = resolve_period(options, zone, store, scope);
  return {*resolved.since, *resolved.until, resolved.month};
}

int run_report(const ReportOptions &options, Context &context) {
  // The report reads a snapshot and never holds the writers' lock; only the first
  // --pseudonymize of a store writes to it, briefly, to create the salt. A second reader at the
  // same snapshot reads the comparison periods and the coverage on a second thread.
  auto store =
      context.invocation.open_store(store::OpenMode::read_only, store::ReaderBeside::wanted);
  std::optional<std::string> salt;
  if (options.pseudonymize) {
    salt = app::stored_pseudonym_salt(store);
    if (!salt) {
      auto writable = context.invocation.open_store(store::OpenMode::read_write);
      salt = app::pseudonym_salt(writable);
    }
  }
  const auto zone = context.invocation.zone_in(store);
  const auto sections = parse_sections(options.sections);
  const auto language = report_language(options.language, store);
  const auto scope =
      app::choose_report_scope(store, make_query(store, ResolvedPeriod{}, options.filters));
  const auto period = report_period(options.period, zone, store, scope.query);
  if (scope.scope == analysis::ReportScope::all_accounts) {
    context.log->warn("no account is declared as the organisation's own: the report covers every "
                      "account in the store (declare yours with `sociometer account set HANDLE "
                      "--platform P --role own`)");
  }
  const auto ticker = progress_ticker(context, "report");
  ticker->stage("loading and computing the report");
  const auto monthly =
      app::monthly_report(store, zone, period, scope, stated_filters(options.filters),
                          {options.top, context.invocation.min_coverage, sections, salt});
  ticker->stop();
  if (monthly.empty()) {
    const auto what = "no posts in " + monthly.label + " (" + monthly.time_zone +
                      ") for the selected accounts and filters";
    if (options.strict) {
      throw Error(ErrorKind::input, "--strict: " + what,
                  "check the imports and fetches with `sociometer status`");
    }
    context.log->warn("{}", what);
  }
  ResolvedPeriod resolved;
  resolved.since = period.since;
  resolved.until = period.until;
  resolved.month = period.month;
  auto envelope = make_envelope("report", zone, resolved, options.filters);
  envelope.params["month"] = monthly.month.empty() ? Cell{Null{}} : Cell{monthly.month};
  envelope.params["min_coverage"] = context.invocation.min_coverage;
  envelope.params["strict"] = std::int64_t{options.strict ? 1 : 0};
  envelope.params["pseudonymize"] = std::int64_t{options.pseudonymize ? 1 : 0};
  envelope.params["sections"] = options.sections.empty() ? Cell{Null{}} : Cell{options.sections};
  envelope.params["lang"] = language;
  report::render_monthly_report(monthly, envelope, context.invocation.report_format(), language,
                                context.out);
  return 0;
}

} // namespace

void add_report_command(CLI::App &app, Commands &commands) {
  auto options = std::make_shared<ReportOptions>();
  auto *command = app.add_subcommand(
      "report", "the newsletter report of a month or any period (Markdown, HTML or JSON)");
  add_period_options(*command, options->period);
  options->filters.lang_flag = "--post-lang";
  add_filter_options(*command, options->filters);
  command->add_option("--lang", options->language,
                      "language of the report: en, fr, es, ar, ru or zh (default: the store's "
                      "`init --report-lang`, else en); --post-lang filters the posts");
  command->add_option("--top", options->top, "entries in the top lists (default 10)");
  command->add_flag("--strict", options->strict,
                    "exit 1, writing nothing, when the period has no posts (for cron jobs)");
  command->add_flag("--pseudonymize", options->pseudonymize,
                    "show accounts that are not own, partner or peer under stable pseudonyms "
                    "(for reports shared outside the team)");
  command->add_option("--sections", options->sections,
                      "comma-separated sections to show (default all): headline, daily, "
                      "platforms, accounts, others, campaigns, influencers, top-posts, best-time, "
                      "hashtags, "
                      "languages, coverage, definitions");
  commands.push_back({command, k_report_formats,
                      [options](Context &context) { return run_report(*options, context); }});
}

} // namespace sociometer::cli
