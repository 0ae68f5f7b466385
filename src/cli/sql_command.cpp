// SPDX-License-Identifier: Apache-2.0
#include "common.hpp"

namespace sociometer::cli {
namespace {

int run_sql(const std::string &query, Context &context) {
  const auto format = resolve_format(
      context.globals, report::Format::table,
      {report::Format::table, report::Format::json, report::Format::ndjson, report::Format::csv});
  const auto store = open_existing_store(context.globals, store::OpenMode::read_only);
  report::Envelope envelope;
  envelope.command = "sql";
  envelope.generated_at = util::report_clock_now();
  envelope.params["query"] = query;
  report::render_table(store.query_readonly(query), envelope, format, context.out);
  return 0;
}

} // namespace

CommandRunner add_sql_command(CLI::App &app) {
  auto query = std::make_shared<std::string>();
  auto *command = app.add_subcommand(
      "sql", "read-only SQL over the store (see docs/architecture.md for the schema)");
  command->add_option("query", *query, "one SELECT statement")->required();
  return [query](Context &context) { return run_sql(*query, context); };
}

} // namespace sociometer::cli
