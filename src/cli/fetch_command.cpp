// SPDX-License-Identifier: Apache-2.0
// `sociometer fetch mastodon`: flags -> app::MastodonFetchRequest -> app::run_mastodon_fetch ->
// one row on stdout; waits and problems on stderr.
#include "common.hpp"
#include "fetch_output.hpp"
#include "sociometer/app/fetch_run.hpp"
#include "sociometer/app/secrets.hpp"
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
  request.since = since_day(options.since, invocation);
  request.token = app::secret(app::Secret::mastodon_token);
  return request;
}

int run_fetch_mastodon(const MastodonOptions &options, Context &context) {
  const auto request = mastodon_request(options, context.invocation);
  LoggingFetchObserver observer(context);
  const auto run =
      app::run_mastodon_fetch(request, observer, [] { return ingest::interrupt_requested(); });
  return render_fetch_run(run, "fetch mastodon", context);
}

} // namespace

void add_fetch_command(CLI::App &app, Commands &commands) {
  auto *fetch = app.add_subcommand(
      "fetch", "pull new posts from a platform's API into the store (incremental, resumable)");
  fetch->require_subcommand(1);
  auto options = std::make_shared<MastodonOptions>();
  auto *mastodon = fetch->add_subcommand(
      "mastodon", "statuses of an account or a hashtag from a Mastodon server's REST API "
                  "(token, if the server needs one, from $SOCIOMETER_MASTODON_TOKEN or the tokens "
                  "file)");
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
  add_fetch_x_command(*fetch, commands);
}

} // namespace sociometer::cli
