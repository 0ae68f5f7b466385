// SPDX-License-Identifier: Apache-2.0
// `sociometer fetch mastodon|bluesky`: flags -> app::*FetchRequest -> app::run_*_fetch -> one row
// on stdout; waits and problems on stderr.
#include <cstdlib>

#include "common.hpp"
#include "progress.hpp"
#include "sociometer/app/fetch_run.hpp"
#include "sociometer/error.hpp"
#include "sociometer/fetch/bluesky_client.hpp"
#include "sociometer/fetch/mastodon_client.hpp"
#include "sociometer/util/text.hpp"

namespace sociometer::cli {
namespace {

// --limit and --since of a first run.
struct Bounds {
  std::optional<std::int64_t> limit;
  std::string since;
};

struct MastodonOptions {
  std::string instance;
  std::string account;
  std::string tag;
  Bounds bounds;
};

struct BlueskyOptions {
  std::string service = fetch::BlueskyClient::k_public_service;
  std::string actor;
  std::string search;
  Bounds bounds;
};

// Logs what the run does: waits (why and until when) as warnings, so a cron log explains a slow
// night; pages at -v; requests at -vv, their URLs redacted.
class LoggingFetchObserver final : public app::FetchObserver {
public:
  LoggingFetchObserver(Context &context, std::optional<std::int64_t> limit)
      : m_context(context), m_limit(limit), m_progress(progress_display(context, "fetch")) {}
  void store_created(const std::string &path) override {
    m_context.log->info("created store {}", path);
  }
  void waiting(const std::string &reason, TimePoint until) override {
    clear_progress();
    m_context.log->warn("{}; waiting until {}", reason, util::format_rfc3339(until));
  }
  void attempted(const std::string &url, long status, std::chrono::milliseconds elapsed) override {
    m_context.log->debug("GET {} -> {} ({} ms)", url,
                         status == 0 ? std::string("no response") : std::to_string(status),
                         elapsed.count());
  }
  void page_stored(const std::string &url, std::int64_t statuses, std::int64_t total) override {
    m_context.log->info("{}: {} items stored ({} in this run)", url, statuses, total);
    ++m_pages;
    if (m_progress) {
      ProgressUpdate update;
      update.done = total;
      update.unit = "items";
      update.step = std::to_string(m_pages) + (m_pages == 1 ? " page" : " pages");
      if (m_limit && *m_limit > 0) {
        update.fraction = static_cast<double>(total) / static_cast<double>(*m_limit);
      }
      m_progress->update(update);
    }
  }
  void diagnostic(const ingest::Diagnostic &diagnostic) override {
    clear_progress();
    m_context.log->warn("{}", ingest::format_diagnostic(diagnostic));
  }
  // Erases the progress line before other output on stderr (it is redrawn by the next page).
  void clear_progress() {
    if (m_progress) {
      m_progress->finish();
    }
  }

private:
  Context &m_context;
  std::optional<std::int64_t> m_limit;
  std::unique_ptr<ProgressDisplay> m_progress;
  std::int64_t m_pages = 0;
};

void read_bounds(const Bounds &bounds, const Invocation &invocation,
                 std::optional<std::int64_t> &limit, std::optional<TimePoint> &since) {
  if (bounds.limit && *bounds.limit <= 0) {
    throw Error(ErrorKind::usage, "--limit: expected a positive number of items");
  }
  limit = bounds.limit;
  if (!bounds.since.empty()) {
    const auto day = util::parse_date(bounds.since);
    if (!day) {
      throw Error(ErrorKind::usage, "--since '" + bounds.since + "': expected YYYY-MM-DD");
    }
    since = invocation.zone.value_or(util::TimeZone::utc()).start_of_day(*day);
  }
}

void add_bounds(CLI::App &command, Bounds &bounds, const std::string &items) {
  command.add_option("--limit", bounds.limit,
                     "first run: at most N " + items + " back in time (later runs fetch all new)");
  command.add_option("--since", bounds.since, "first run: nothing older than this day YYYY-MM-DD");
}

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
  read_bounds(options.bounds, invocation, request.limit, request.since);
  if (const char *token = std::getenv("SOCIOMETER_MASTODON_TOKEN")) {
    request.token = token;
  }
  return request;
}

// The run's one row; `items` names what it fetched (`statuses`, `items`).
int render_run(const app::FetchRun &run, const std::string &command, const std::string &items,
               const std::string &definition, LoggingFetchObserver &observer, Context &context) {
  observer.clear_progress();
  context.log->info("{}: {} {} in {} pages ({} new, {} updated, {} unchanged)", run.source,
                    run.statuses, items, run.pages, run.posts_new, run.posts_updated,
                    run.posts_unchanged);
  Table table;
  table.columns = {{"source", ColumnType::text},           {"pages", ColumnType::integer},
                   {items, ColumnType::integer},           {"posts_new", ColumnType::integer},
                   {"posts_updated", ColumnType::integer}, {"posts_unchanged", ColumnType::integer},
                   {"newest_id", ColumnType::text},        {"backfill_done", ColumnType::integer}};
  table.rows.push_back({run.source, run.pages, run.statuses, run.posts_new, run.posts_updated,
                        run.posts_unchanged, run.newest_id,
                        std::int64_t{run.backfill_done ? 1 : 0}});
  report::Envelope envelope;
  envelope.command = command;
  envelope.generated_at = util::report_clock_now();
  envelope.definitions = {
      {items, items + " stored by this run (a page and its cursor are stored together)"},
      {"posts_new", "posts stored for the first time"},
      {"newest_id", definition},
      {"backfill_done", "1 when the first run's walk back reached the end, --limit or --since"},
  };
  // -q: a successful run in a cron job prints nothing; a machine format asked for is data.
  if (!context.invocation.quiet || context.invocation.report_format() != report::Format::table) {
    report::render_table(table, envelope, context.invocation.render_options(), context.out);
  }
  return 0;
}

int run_fetch_mastodon(const MastodonOptions &options, Context &context) {
  const auto request = mastodon_request(options, context.invocation);
  LoggingFetchObserver observer(context, request.limit);
  const auto run =
      app::run_mastodon_fetch(request, observer, [] { return ingest::interrupt_requested(); });
  return render_run(run, "fetch mastodon", "statuses",
                    "the newest status stored from this source: the next run asks for newer ones",
                    observer, context);
}

app::BlueskyFetchRequest bluesky_request(const BlueskyOptions &options,
                                         const Invocation &invocation) {
  app::BlueskyFetchRequest request;
  request.store_path = invocation.store_path;
  request.service = fetch::normalise_server(options.service, "--service");
  if (options.actor.empty() == options.search.empty()) {
    throw Error(ErrorKind::usage, "fetch bluesky: give one of --actor or --search");
  }
  if (!options.actor.empty()) {
    request.actor = fetch::normalise_actor(options.actor);
  }
  request.search = options.search;
  read_bounds(options.bounds, invocation, request.limit, request.since);
  if (const char *token = std::getenv("SOCIOMETER_BLUESKY_TOKEN")) {
    request.token = token;
  }
  return request;
}

int run_fetch_bluesky(const BlueskyOptions &options, Context &context) {
  const auto request = bluesky_request(options, context.invocation);
  LoggingFetchObserver observer(context, request.limit);
  const auto run =
      app::run_bluesky_fetch(request, observer, [] { return ingest::interrupt_requested(); });
  return render_run(run, "fetch bluesky", "items",
                    "the time and AT-URI of the newest feed item stored from this source: the "
                    "next run stops when it reaches it",
                    observer, context);
}

void add_fetch_bluesky(CLI::App &fetch, Commands &commands) {
  auto options = std::make_shared<BlueskyOptions>();
  auto *bluesky = fetch.add_subcommand(
      "bluesky", "an actor's feed (posts, replies, reposts) or a post search from a Bluesky "
                 "AppView (token, if the service needs one, from $SOCIOMETER_BLUESKY_TOKEN)");
  bluesky->add_option("--actor", options->actor, "an account: handle (name.bsky.social) or DID");
  bluesky->add_option("--search", options->search,
                      "posts matching this query (the public AppView needs a token for it)");
  bluesky->add_option("--service", options->service, "the AppView")->capture_default_str();
  add_bounds(*bluesky, options->bounds, "feed items");
  commands.push_back({bluesky, k_row_formats, [options](Context &context) {
                        return run_fetch_bluesky(*options, context);
                      }});
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
  add_bounds(*mastodon, options->bounds, "statuses");
  commands.push_back({mastodon, k_row_formats, [options](Context &context) {
                        return run_fetch_mastodon(*options, context);
                      }});
  add_fetch_bluesky(*fetch, commands);
}

} // namespace sociometer::cli
