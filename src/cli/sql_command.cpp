// SPDX-License-Identifier: Apache-2.0
#include <charconv>
#include <cmath>

#include "common.hpp"
#include "sociometer/error.hpp"
#include "sociometer/ingest/ingest.hpp"

namespace sociometer::cli {
namespace {

struct SqlOptions {
  std::string query;
  double timeout_seconds = 0; // 0: no limit
};

// `seconds` as typed back to the user: "1", "0.5".
std::string seconds_text(double seconds) {
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, seconds);
  return ec == std::errc{} ? std::string(buffer, end) : std::to_string(seconds);
}

int run_sql(const SqlOptions &options, Context &context) {
  const auto store = context.invocation.open_store(store::OpenMode::read_only);
  report::Envelope envelope;
  envelope.command = "sql";
  envelope.generated_at = util::report_clock_now();
  envelope.params["query"] = options.query;
  store::QueryOptions limits;
  if (options.timeout_seconds > 0) {
    limits.timeout = std::chrono::milliseconds(
        static_cast<std::int64_t>(std::ceil(options.timeout_seconds * 1000.0)));
  }
  // Ctrl-C stops a long query (the signal handler only raises this flag).
  limits.stop_requested = [] { return ingest::interrupt_requested(); };
  // Rows go out as SQLite produces them: a huge or endless result never piles up in memory.
  const auto stream =
      report::stream_rows(envelope, context.invocation.render_options(), context.out);
  switch (store.run_query(options.query, limits, *stream)) {
  case store::QueryEnd::complete:
    stream->finish();
    return 0;
  case store::QueryEnd::timed_out:
    throw Error(ErrorKind::input,
                "sql: stopped after " + seconds_text(options.timeout_seconds) + " s (--timeout)",
                "add a LIMIT or a narrower WHERE, or raise --timeout");
  case store::QueryEnd::stopped:
    break;
  }
  throw Error(ErrorKind::interrupted, "sql: interrupted");
}

} // namespace

void add_sql_command(CLI::App &app, Commands &commands) {
  auto options = std::make_shared<SqlOptions>();
  auto *command = app.add_subcommand(
      "sql", "read-only SQL over the store (tables and columns: docs/schema.md)");
  command->footer(
      "Runs one statement; a second one, writes, ATTACH, PRAGMAs that set something and functions "
      "that reach outside the store (load_extension, readfile, fts3_tokenizer) are refused "
      "(exit 2). Rows are printed as they come; `table` aligns its columns on the first 1000 "
      "rows. Ctrl-C stops a query. See docs/output.md.");
  command->add_option("query", options->query, "one SELECT statement")->required();
  command
      ->add_option("--timeout", options->timeout_seconds,
                   "stop the query after SECONDS (exit 1); default: no limit")
      ->type_name("SECONDS")
      ->check(CLI::PositiveNumber);
  commands.push_back(
      {command, k_row_formats, [options](Context &context) { return run_sql(*options, context); }});
}

} // namespace sociometer::cli
