// SPDX-License-Identifier: Apache-2.0
// `sociometer fetch mastodon`: flags -> app::MastodonFetchRequest -> app::run_mastodon_fetch ->
// one row on stdout; waits and problems on stderr.
#include <cstdlib>

#include "common.hpp"
#include "progress.hpp"
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
    m_context.log->info("{}: {} statuses stored ({} in this run)", url, statuses, total);
    ++m_pages;
    if (m_progress) {
      ProgressUpdate update;
      update.done = total;
      update.unit = "statuses";
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
  LoggingFetchObserver observer(context, request.limit);
  const auto run =
      app::run_mastodon_fetch(request, observer, [] { return ingest::interrupt_requested(); });
  observer.clear_progress();
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
  // -q: a successful run in a cron job prints nothing; a machine format asked for is data.
  if (!context.invocation.quiet || context.invocation.report_format() != report::Format::table) {
    report::render_table(table, envelope, context.invocation.report_format(), context.out);
  }
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
  commands.push_back({mastodon, k_row_formats, [options](Context &context) {
                        return run_fetch_mastodon(*options, context);
                      }});
}

} // namespace sociometer::cli
