// SPDX-License-Identifier: Apache-2.0
#include "common.hpp"
#include "sociometer/error.hpp"

namespace sociometer::cli {
namespace {

struct InitOptions {
  std::string tz;
  std::string org;
};

int run_init(const InitOptions &options, Context &context) {
  const auto path = store_path(context.globals);
  store::Store store(path, store::OpenMode::read_write_create);
  const int applied = store.migrate();
  const auto zone_name = !options.tz.empty() ? options.tz : context.globals.tz;
  if (!zone_name.empty()) {
    store.set_setting("tz", util::TimeZone(zone_name).name()); // validates the name first
  }
  if (!options.org.empty()) {
    store.set_setting("org", options.org);
  }
  context.log->info("store {} at schema v{} ({} migration{} applied), time zone {}", path,
                    store.schema_version(), applied, applied == 1 ? "" : "s",
                    store.setting("tz").value_or("UTC"));
  return 0;
}

} // namespace

CommandRunner add_init_command(CLI::App &app) {
  auto options = std::make_shared<InitOptions>();
  auto *command = app.add_subcommand("init", "create or migrate the store (idempotent)");
  command->add_option("--tz", options->tz, "the organisation's IANA time zone for reports");
  command->add_option("--org", options->org, "organisation name shown in reports");
  return [options](Context &context) { return run_init(*options, context); };
}

} // namespace sociometer::cli
