// SPDX-License-Identifier: Apache-2.0
// `sociometer fetch mastodon|bluesky` (`fetch x`: fetch_x_command.cpp): flags -> app::*FetchRequest
// -> app::run_*_fetch -> one row on stdout; waits and problems on stderr.
#include "common.hpp"
#include "fetch_output.hpp"
#include "sociometer/app/fetch_run.hpp"
#include "sociometer/app/secrets.hpp"
#include "sociometer/error.hpp"
#include "sociometer/fetch/bluesky_client.hpp"
#include "sociometer/fetch/mastodon_client.hpp"
#include "sociometer/util/text.hpp"

namespace sociometer::cli {
namespace {

struct MastodonOptions {
  std::string instance;
  std::string account;
  std::string tag;
  FetchBounds bounds;
};

struct BlueskyOptions {
  std::string service = fetch::BlueskyClient::k_public_service;
  std::string actor;
  std::string search;
  FetchBounds bounds;
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
  read_bounds(options.bounds, invocation, request.limit, request.since, request.http);
  request.token = app::secret(app::Secret::mastodon_token);
  return request;
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
  read_bounds(options.bounds, invocation, request.limit, request.since, request.http);
  request.token = app::secret(app::Secret::bluesky_token);
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
                 "AppView (token, if the service needs one, from $SOCIOMETER_BLUESKY_TOKEN or the "
                 "tokens file)");
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
                  "(token, if the server needs one, from $SOCIOMETER_MASTODON_TOKEN or the tokens "
                  "file)");
  mastodon->add_option("--instance", options->instance, "the server, e.g. https://mastodon.social")
      ->required();
  mastodon->add_option("--account", options->account, "an account: @user or @user@other.server");
  mastodon->add_option("--tag", options->tag, "a hashtag, with or without #");
  add_bounds(*mastodon, options->bounds, "statuses");
  commands.push_back({mastodon, k_row_formats, [options](Context &context) {
                        return run_fetch_mastodon(*options, context);
                      }});
  add_fetch_bluesky(*fetch, commands);
  add_fetch_x_command(*fetch, commands);
  add_fetch_all_command(*fetch, commands);
}

} // namespace sociometer::cli
