// SPDX-License-Identifier: Apache-2.0
#include "common.hpp"
#include "sociometer/app/store_access.hpp"
#include "sociometer/store/postgres.hpp"

namespace sociometer::cli {
namespace {

struct InitOptions {
  std::string org;
  std::string report_lang;
};

// `init` on a PostgreSQL database: the schema created or upgraded, the same settings.
int run_init_postgres(const InitOptions &options, Context &context) {
  store::PgStore store(context.invocation.store_path);
  const int applied = store.migrate();
  if (context.invocation.zone) {
    store.set_setting("tz", context.invocation.zone->name());
  }
  if (!options.org.empty()) {
    store.set_setting("org", options.org);
  }
  context.log->info("store {} at schema v{} ({} migration{} applied), time zone {}", store.name(),
                    store.schema_version(), applied, applied == 1 ? "" : "s",
                    store.setting("tz").value_or("UTC"));
  return 0;
}

int run_init(const InitOptions &options, Context &context) {
  if (!options.report_lang.empty()) {
    check_report_language(options.report_lang, "--report-lang"); // before the store is touched
  }
  const auto &path = context.invocation.store_path;
  if (store::is_postgres_location(path)) {
    return run_init_postgres(options, context);
  }
  store::Store store(path, store::OpenMode::read_write_create, app::busy_timeout());
  const int applied = store.migrate();
  // `init --tz` is the global --tz: the zone the user names is the one the store keeps.
  if (context.invocation.zone) {
    store.set_setting("tz", context.invocation.zone->name());
  }
  if (!options.org.empty()) {
    store.set_setting("org", options.org);
  }
  if (!options.report_lang.empty()) {
    store.set_setting("report_lang", options.report_lang);
  }
  context.log->info("store {} at schema v{} ({} migration{} applied), time zone {}", path,
                    store.schema_version(), applied, applied == 1 ? "" : "s",
                    store.setting("tz").value_or("UTC"));
  return 0;
}

} // namespace

void add_init_command(CLI::App &app, Commands &commands) {
  auto options = std::make_shared<InitOptions>();
  auto *command = app.add_subcommand("init", "create or migrate the store (idempotent)");
  command->add_option("--org", options->org, "organisation name shown in reports");
  command->add_option("--report-lang", options->report_lang,
                      "language of `report` when it has no --lang: en, fr, es, ar, ru or zh");
  command->footer("The global --tz ZONE (also accepted after `init`) becomes the store's IANA time "
                  "zone for reports.");
  commands.push_back(
      {command, k_no_output, [options](Context &context) { return run_init(*options, context); }});
}

} // namespace sociometer::cli
