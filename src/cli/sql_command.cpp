// SPDX-License-Identifier: Apache-2.0
#include "common.hpp"

namespace sociometer::cli {
namespace {

int run_sql(const std::string &query, Context &context) {
  const auto store = context.invocation.open_store(store::OpenMode::read_only);
  report::Envelope envelope;
  envelope.command = "sql";
  envelope.generated_at = util::report_clock_now();
  envelope.params["query"] = query;
  report::render_table(store.query_readonly(query), envelope, context.invocation.report_format(),
                       context.out);
  return 0;
}

} // namespace

void add_sql_command(CLI::App &app, Commands &commands) {
  auto query = std::make_shared<std::string>();
  auto *command = app.add_subcommand(
      "sql", "read-only SQL over the store (see docs/architecture.md for the schema)");
  command->add_option("query", *query, "one SELECT statement")->required();
  commands.push_back(
      {command, k_row_formats, [query](Context &context) { return run_sql(*query, context); }});
}

} // namespace sociometer::cli
