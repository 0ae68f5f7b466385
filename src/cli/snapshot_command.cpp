// SPDX-License-Identifier: Apache-2.0
// `sociometer snapshot`: flags -> app::SnapshotRequest -> app::run_snapshot -> one row per account
// snapshotted on stdout; one error line per account that failed on stderr (exit 1).
#include "common.hpp"
#include "fetch_output.hpp"
#include "sociometer/app/secrets.hpp"
#include "sociometer/app/snapshot_run.hpp"
#include "sociometer/error.hpp"
#include "sociometer/fetch/bluesky_client.hpp"
#include "sociometer/fetch/x_client.hpp"

namespace sociometer::cli {
namespace {

struct SnapshotOptions {
  std::string platform;
  std::string instance;
  std::string api_base = fetch::k_x_api_base;
  std::string service = fetch::BlueskyClient::k_public_service;
  double timeout = 0;
};

app::SnapshotRequest snapshot_request(const SnapshotOptions &options,
                                      const Invocation &invocation) {
  app::SnapshotRequest request;
  request.store_path = invocation.store_path;
  request.platform = platform_filter(options.platform);
  if (!options.instance.empty()) {
    request.mastodon_instance = fetch::normalise_server(options.instance, "--instance");
  }
  request.x_api_base = fetch::normalise_server(options.api_base, "--api-base");
  request.bluesky_service = fetch::normalise_server(options.service, "--service");
  // Read only for the platforms asked for: a tokens file problem does not stop the others.
  if (!request.platform || *request.platform == Platform::mastodon) {
    request.mastodon_token = app::secret(app::Secret::mastodon_token);
  }
  if (!request.platform || *request.platform == Platform::x) {
    request.x_token = app::secret(app::Secret::x_bearer_token);
  }
  if (!request.platform || *request.platform == Platform::bluesky) {
    request.bluesky_token = app::secret(app::Secret::bluesky_token);
  }
  apply_timeout(options.timeout, request.http);
  return request;
}

int run_snapshot(const SnapshotOptions &options, Context &context) {
  const auto request = snapshot_request(options, context.invocation);
  LoggingFetchObserver observer(context, std::nullopt);
  const auto result =
      app::run_snapshot(request, observer, [] { return ingest::interrupt_requested(); });
  if (result.store_created) {
    observer.store_created(request.store_path);
  }
  for (const auto &failure : result.failures) {
    context.log->error("snapshot {} @{}: {}", to_string(failure.platform), failure.handle,
                       failure.message);
    if (!failure.hint.empty() && !context.invocation.quiet) {
      context.err << "hint: " << failure.hint << '\n';
    }
  }
  if (result.rows.empty() && result.failures.empty()) {
    context.log->warn("no account to snapshot: declare one with `sociometer account set HANDLE "
                      "--platform P --role own|partner|peer|tracked`");
  }
  Table table;
  table.columns = {{"platform", ColumnType::text},
                   {"account", ColumnType::text},
                   {"role", ColumnType::text},
                   {"followers", ColumnType::integer},
                   {"following", ColumnType::integer},
                   {"posts", ColumnType::integer},
                   {"observed_at", ColumnType::timestamp}};
  const auto count = [](std::optional<std::int64_t> value) {
    return value ? Cell{*value} : Cell{Null{}};
  };
  for (const auto &row : result.rows) {
    table.rows.push_back({std::string(to_string(row.platform)), row.handle,
                          std::string(to_string(row.role)), count(row.followers),
                          count(row.following), count(row.posts),
                          util::format_rfc3339(row.observed_at)});
  }
  report::Envelope envelope;
  envelope.command = "snapshot";
  envelope.generated_at = util::report_clock_now();
  envelope.definitions = {
      {"followers", "followers the platform's profile reports now (stored for growth)"},
      {"posts", "posts the profile reports: all the account ever wrote, not only stored ones"},
      {"observed_at", "when the counts were read (SOURCE_DATE_EPOCH overrides the clock)"},
  };
  // -q: a successful run in a cron job prints nothing; a machine format asked for is data.
  if (!context.invocation.quiet || context.invocation.report_format() != report::Format::table) {
    report::render_table(table, envelope, context.invocation.render_options(), context.out);
  }
  return result.failures.empty() ? 0 : 1;
}

} // namespace

void add_snapshot_command(CLI::App &app, Commands &commands) {
  auto options = std::make_shared<SnapshotOptions>();
  auto *snapshot = app.add_subcommand(
      "snapshot", "record the follower, following and post counts of the own, partner, peer and "
                  "tracked accounts from their platforms' profiles (for follower growth)");
  snapshot->add_option("--platform", options->platform, "only this platform's accounts");
  snapshot->add_option("--instance", options->instance,
                       "Mastodon: ask this server (default: each account's own, from user@host)");
  snapshot->add_option("--api-base", options->api_base, "X: the API's base URL")
      ->capture_default_str();
  snapshot->add_option("--service", options->service, "Bluesky: the AppView")
      ->capture_default_str();
  add_timeout_option(*snapshot, options->timeout);
  snapshot->footer("Tokens as for fetch (docs/secrets.md): $SOCIOMETER_X_BEARER_TOKEN for X "
                   "accounts, $SOCIOMETER_MASTODON_TOKEN and $SOCIOMETER_BLUESKY_TOKEN where a "
                   "server needs one, or the tokens file.");
  commands.push_back({snapshot, k_row_formats,
                      [options](Context &context) { return run_snapshot(*options, context); }});
}

} // namespace sociometer::cli
