// SPDX-License-Identifier: Apache-2.0
// `store copy`: a store moved between SQLite and PostgreSQL, verified table by table.
#include "common.hpp"
#include "sociometer/store/postgres.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::cli {
namespace {

struct StoreCopyOptions {
  std::string from;
  std::string to;
};

int run_store_copy(const StoreCopyOptions &options, Context &context) {
  const auto copies = store::copy_store(options.from, options.to);
  Table table;
  table.columns = {{"table", ColumnType::text},
                   {"source_rows", ColumnType::integer},
                   {"target_rows", ColumnType::integer},
                   {"source_sha256", ColumnType::text},
                   {"target_sha256", ColumnType::text}};
  std::int64_t rows = 0;
  for (const auto &copy : copies) {
    table.rows.push_back(
        {copy.table, copy.source_rows, copy.target_rows, copy.source_sha256, copy.target_sha256});
    rows += copy.source_rows;
  }
  report::Envelope envelope;
  envelope.command = "store copy";
  envelope.generated_at = util::report_clock_now();
  envelope.params["from"] = store::redact_location(options.from);
  envelope.params["to"] = store::redact_location(options.to);
  envelope.definitions = {
      {"source_rows", "rows of the table in --from"},
      {"target_rows", "rows of the table in --to, read back after the copy"},
      {"source_sha256", "SHA-256 of the table's rows in key order, each value with its type"},
      {"target_sha256", "the same, of --to read back after the copy; equal to source_sha256"},
  };
  report::render_table(table, envelope, context.invocation.render_options(), context.out);
  tell(context, "copied " + std::to_string(copies.size()) + " tables (" + std::to_string(rows) +
                    " rows) from " + store::redact_location(options.from) + " to " +
                    store::redact_location(options.to) + "; row counts and checksums match");
  return 0;
}

} // namespace

void add_store_command(CLI::App &app, Commands &commands) {
  auto *store = app.add_subcommand("store", "move a store between SQLite and PostgreSQL");
  store->require_subcommand(1);
  auto options = std::make_shared<StoreCopyOptions>();
  auto *copy = store->add_subcommand(
      "copy", "copy every table of a store into a new one, SQLite or PostgreSQL, and verify it");
  copy->add_option("--from", options->from,
                   "the store to copy: an SQLite file or a postgresql:// location")
      ->required()
      ->type_name("STORE");
  copy->add_option("--to", options->to,
                   "a new SQLite file, or an empty PostgreSQL database (postgresql://...)")
      ->required()
      ->type_name("STORE");
  copy->footer("Passwords come from ~/.pgpass or $PGPASSWORD, never from the location. Every "
               "table's rows are counted and checksummed on both sides after the copy; a "
               "difference is an error.");
  commands.push_back({copy, k_row_formats,
                      [options](Context &context) { return run_store_copy(*options, context); }});
}

} // namespace sociometer::cli
