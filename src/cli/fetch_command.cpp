// SPDX-License-Identifier: Apache-2.0
// `sociometer fetch mastodon`: flags -> app::MastodonFetchRequest -> app::run_mastodon_fetch ->
// one row on stdout; waits and problems on stderr.
#include <cstdlib>

#include "common.hpp"
#include "sociometer/app/fetch_run.hpp"
#include "sociometer/error.hpp"
#include "sociometer/fetch/mastodon_client.hpp"
#include "sociometer/util/text.hpp"

namespace sociometer::cli {
namespace {

struct MastodonOptions {
  std::string instance;
  std::string account;
  std::string tag;
  std::optional<std::int64_t> limit;
  std::string since;
};

// Logs what the run does: waits (why and until when) as warnings, so a cron log explains a slow
// night; pages at -v; requests at -vv, their URLs redacted.
class LoggingFetchObserver final : public app::FetchObserver {
public:
  explicit LoggingFetchObserver(Context &context) : m_context(context) {}
  void store_created(const std::string &path) override {
    m_context.log->info("created store {}", path);
  }
  void waiting(const std::string &reason, TimePoint until) override {
    m_context.log->warn("{}; waiting until {}", reason, util::format_rfc3339(until));
  }
  void attempted(const std::string &url, long status, std::chrono::milliseconds elapsed) override {
    m_context.log->debug("GET {} -> {} ({} ms)", url,
                         status == 0 ? std::string("no response") : std::to_string(status),
                         elapsed.count());
  }
  void page_stored(const std::string &url, std::int64_t statuses, std::int64_t total) override {
    m_context.log->info("{}: {} statuses stored ({} in this run)", url, statuses, total);
  }
  void diagnostic(const ingest::Diagnostic &diagnostic) override {
    m_context.log->warn("{}", ingest::format_diagnostic(diagnostic));
  }

private:
  Context &m_context;
};

app::MastodonFetchRequest mastodon_request(const MastodonOptions &options,
                                           const Invocation &invocation) {
  app::MastodonFetchRequest request;
  request.store_path = invocation.store_path;
  request.instance = fetch::normalise_instance(options.instance);
  request.account = util::strip_handle_prefix(options.account);
  request.tag = options.tag;
  if (!request.tag.empty() && request.tag.front() == '#') {
    request.tag.erase(0, 1);
  }
  if (request.account.empty() == request.tag.empty()) {
    throw Error(ErrorKind::usage, "fetch mastodon: give one of --account or --tag");
  }
  if (options.limit && *options.limit <= 0) {
    throw Error(ErrorKind::usage, "--limit: expected a positive number of statuses");
  }
  request.limit = options.limit;
  if (!options.since.empty()) {
    const auto day = util::parse_date(options.since);
    if (!day) {
      throw Error(ErrorKind::usage, "--since '" + options.since + "': expected YYYY-MM-DD");
    }
    request.since = invocation.zone.value_or(util::TimeZone::utc()).start_of_day(*day);
  }
  if (const char *token = std::getenv("SOCIOMETER_MASTODON_TOKEN")) {
    request.token = token;
  }
  return request;
}

int run_fetch_mastodon(const MastodonOptions &options, Context &context) {
  const auto request = mastodon_request(options, context.invocation);
  LoggingFetchObserver observer(context);
  const auto run =
      app::run_mastodon_fetch(request, observer, [] { return ingest::interrupt_requested(); });
  context.log->info("{}: {} statuses in {} pages ({} new, {} updated, {} unchanged)", run.source,
                    run.statuses, run.pages, run.posts_new, run.posts_updated, run.posts_unchanged);
  Table table;
  table.columns = {{"source", ColumnType::text},           {"pages", ColumnType::integer},
                   {"statuses", ColumnType::integer},      {"posts_new", ColumnType::integer},
                   {"posts_updated", ColumnType::integer}, {"posts_unchanged", ColumnType::integer},
                   {"newest_id", ColumnType::text},        {"backfill_done", ColumnType::integer}};
  table.rows.push_back({run.source, run.pages, run.statuses, run.posts_new, run.posts_updated,
                        run.posts_unchanged, run.newest_id,
                        std::int64_t{run.backfill_done ? 1 : 0}});
  report::Envelope envelope;
  envelope.command = "fetch mastodon";
  envelope.generated_at = util::report_clock_now();
  envelope.definitions = {
      {"statuses", "statuses stored by this run (a page and its cursor are stored together)"},
      {"posts_new", "posts stored for the first time"},
      {"newest_id", "the newest status stored from this source: the next run asks for newer ones"},
      {"backfill_done", "1 when the first run's walk back reached the end, --limit or --since"},
  };
  report::render_table(table, envelope, context.invocation.render_options(), context.out);
  return 0;
}

} // namespace

void add_fetch_command(CLI::App &app, Commands &commands) {
  auto *fetch = app.add_subcommand(
      "fetch", "pull new posts from a platform's API into the store (incremental, resumable)");
  fetch->require_subcommand(1);
  auto options = std::make_shared<MastodonOptions>();
  auto *mastodon = fetch->add_subcommand(
      "mastodon", "statuses of an account or a hashtag from a Mastodon server's REST API "
                  "(token, if the server needs one, from $SOCIOMETER_MASTODON_TOKEN)");
  mastodon->add_option("--instance", options->instance, "the server, e.g. https://mastodon.social")
      ->required();
  mastodon->add_option("--account", options->account, "an account: @user or @user@other.server");
  mastodon->add_option("--tag", options->tag, "a hashtag, with or without #");
  mastodon->add_option("--limit", options->limit,
                       "first run: at most N statuses back in time (later runs fetch all new)");
  mastodon->add_option("--since", options->since,
                       "first run: nothing older than this day YYYY-MM-DD");
  mastodon->footer("Example:\n  sociometer fetch mastodon --instance https://mastodon.social "
                   "--account @unicef --limit 400\n  sociometer fetch mastodon --instance "
                   "https://mastodon.social --tag ClimateAction --since 2026-11-01");
  commands.push_back({mastodon, k_row_formats, [options](Context &context) {
                        return run_fetch_mastodon(*options, context);
                      }});
}

} // namespace sociometer::cli
