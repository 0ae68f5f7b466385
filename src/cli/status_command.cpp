// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <cmath>

#include "common.hpp"
#include "sociometer/error.hpp"

namespace sociometer::cli {
namespace {

Cell time_cell(const std::optional<TimePoint> &t) {
  return t ? Cell{util::format_rfc3339(*t)} : Cell{Null{}};
}

// Imports that did not finish, as a section: always in JSON (an empty list says "none"), in the
// table only when there are some, so that the usual output stays one short table.
void add_unfinished_imports(const store::Store &store, report::Format format,
                            report::Envelope &envelope) {
  const auto unfinished = store.unfinished_imports();
  if (unfinished.empty() && format != report::Format::json) {
    return;
  }
  Table section;
  section.columns = {{"import_id", ColumnType::integer},    {"path", ColumnType::text},
                     {"format", ColumnType::text},          {"outcome", ColumnType::text},
                     {"started_at", ColumnType::timestamp}, {"message", ColumnType::text}};
  for (const auto &import : unfinished) {
    section.rows.push_back({import.id, import.path, import.format, import.outcome,
                            time_cell(import.started_at),
                            import.message.empty() ? Cell{Null{}} : Cell{import.message}});
  }
  envelope.sections.emplace_back("unfinished_imports", std::move(section));
  envelope.definitions["unfinished_imports"] =
      "imports running now, or interrupted (a signal, or their process died) and not imported "
      "in full since: ingest them again";
}

// The fetch sources and where each stands, as a section: like unfinished_imports, always in JSON,
// in the table only when there are some.
void add_fetch_sources(const store::Store &store, report::Format format,
                       report::Envelope &envelope) {
  const auto cursors = store.fetch_cursors();
  if (cursors.empty() && format != report::Format::json) {
    return;
  }
  Table section;
  section.columns = {{"source", ColumnType::text},
                     {"items", ColumnType::integer},
                     {"newest_id", ColumnType::text},
                     {"backfill_done", ColumnType::integer},
                     {"last_fetch_at", ColumnType::timestamp},
                     {"last_outcome", ColumnType::text}};
  for (const auto &cursor : cursors) {
    section.rows.push_back(
        {cursor.source, cursor.items,
         cursor.newest_id.empty() ? Cell{Null{}} : Cell{cursor.newest_id},
         std::int64_t{cursor.backfill_done ? 1 : 0}, time_cell(cursor.last_fetch_at),
         cursor.last_outcome.empty() ? Cell{Null{}} : Cell{cursor.last_outcome}});
  }
  envelope.sections.emplace_back("fetch_sources", std::move(section));
  envelope.definitions["fetch_sources"] =
      "each `fetch` source: items stored from it, the newest item (the next run asks for newer "
      "ones), whether the first run's walk back finished, when a page was last stored and how "
      "the latest run ended";
}

struct StatusOptions {
  std::string by = "platform";
  int gap_days = 14;
};

double days_between(TimePoint from, TimePoint to) {
  return std::chrono::duration<double>(to - from).count() / 86400.0;
}

// `status --by account`: one row per account that posted, its gaps counted, and every gap longer
// than --gap-days in a section of its own.
int run_status_by_account(const StatusOptions &options, const store::Store &store,
                          Context &context) {
  const std::vector<Column> columns = {{"platform", ColumnType::text},
                                       {"account", ColumnType::text},
                                       {"role", ColumnType::text},
                                       {"posts", ColumnType::integer},
                                       {"first_post_at", ColumnType::timestamp},
                                       {"last_post_at", ColumnType::timestamp},
                                       {"gaps", ColumnType::integer},
                                       {"longest_gap_days", ColumnType::number}};
  Table gaps;
  gaps.columns = {{"platform", ColumnType::text},
                  {"account", ColumnType::text},
                  {"from", ColumnType::timestamp},
                  {"to", ColumnType::timestamp},
                  {"days", ColumnType::number}};
  const auto accounts = store.account_status(std::chrono::hours(24) * options.gap_days);
  std::vector<double> longest(accounts.size(), 0.0);
  for (std::size_t i = 0; i < accounts.size(); ++i) {
    const auto &row = accounts[i];
    for (const auto &gap : row.gaps) {
      const auto days = std::round(days_between(gap.from, gap.to) * 10) / 10;
      longest[i] = std::max(longest[i], days);
      gaps.rows.push_back({std::string(to_string(row.platform)), row.handle,
                           util::format_rfc3339(gap.from), util::format_rfc3339(gap.to), days});
    }
  }
  report::Envelope envelope;
  envelope.command = "status";
  envelope.generated_at = util::report_clock_now();
  envelope.params["db"] = context.invocation.store_path;
  envelope.params["by"] = std::string("account");
  envelope.params["gap_days"] = std::int64_t{options.gap_days};
  envelope.definitions = {
      {"posts", "primary posts the account wrote"},
      {"gaps", "stretches longer than gap_days days between two consecutive posts of the "
               "account (listed in the gaps section)"},
      {"longest_gap_days", "the longest of those stretches, in days; null when there is none"},
  };
  if (!gaps.rows.empty() || context.invocation.report_format() == report::Format::json) {
    envelope.sections.emplace_back("gaps", std::move(gaps));
  }
  // Rows written as they are made, not as a table copied by the renderer: a capture has hundreds
  // of thousands of accounts (445 MiB for 273,000).
  const auto stream =
      report::stream_rows(envelope, context.invocation.render_options(), context.out);
  stream->columns(columns);
  for (std::size_t i = 0; i < accounts.size(); ++i) {
    const auto &row = accounts[i];
    stream->row({std::string(to_string(row.platform)), row.handle, std::string(to_string(row.role)),
                 row.posts, time_cell(row.first_post_at), time_cell(row.last_post_at),
                 static_cast<std::int64_t>(row.gaps.size()),
                 row.gaps.empty() ? Cell{Null{}} : Cell{longest[i]}});
  }
  stream->finish();
  return 0;
}

int run_status(const StatusOptions &options, Context &context) {
  const auto store = context.invocation.open_store(store::OpenMode::read_only);
  if (options.gap_days < 1) {
    throw Error(ErrorKind::usage, "--gap-days: expected a whole number of days, 1 or more");
  }
  if (options.by == "account") {
    return run_status_by_account(options, store, context);
  }
  if (options.by != "platform") {
    throw Error(ErrorKind::usage, "--by " + options.by + ": expected platform or account");
  }
  Table table;
  table.columns = {{"platform", ColumnType::text},
                   {"posts", ColumnType::integer},
                   {"referenced_posts", ColumnType::integer},
                   {"accounts", ColumnType::integer},
                   {"first_post_at", ColumnType::timestamp},
                   {"last_post_at", ColumnType::timestamp},
                   {"last_import_at", ColumnType::timestamp}};
  for (const auto &row : store.status()) {
    table.rows.push_back({std::string(to_string(row.platform)), row.posts, row.referenced_posts,
                          row.accounts, time_cell(row.first_post_at), time_cell(row.last_post_at),
                          time_cell(row.last_import_at)});
  }
  report::Envelope envelope;
  envelope.command = "status";
  envelope.generated_at = util::report_clock_now();
  envelope.params["db"] = context.invocation.store_path;
  envelope.params["schema_version"] = std::int64_t{store.schema_version()};
  envelope.definitions = {
      {"posts", "primary records: posts the exports or queries themselves contained"},
      {"referenced_posts", "posts known only as the target of a repost, quote or reply"},
      {"accounts", "accounts seen on the platform as authors, mentions or targets"},
      {"last_import_at", "when the newest import that wrote posts of this platform finished"},
  };
  add_unfinished_imports(store, context.invocation.report_format(), envelope);
  add_fetch_sources(store, context.invocation.report_format(), envelope);
  report::render_table(table, envelope, context.invocation.render_options(), context.out);
  return 0;
}

} // namespace

void add_status_command(CLI::App &app, Commands &commands) {
  auto options = std::make_shared<StatusOptions>();
  auto *command = app.add_subcommand("status", "what is in the store, per platform or per account");
  command->add_option("--by", options->by,
                      "platform (default) or account: one row per account that posted, with "
                      "its gaps");
  command
      ->add_option("--gap-days", options->gap_days,
                   "--by account: count stretches longer than N days between two posts as "
                   "gaps (default 14)")
      ->type_name("N");
  commands.push_back({command, k_row_formats,
                      [options](Context &context) { return run_status(*options, context); }});
}

} // namespace sociometer::cli
