// SPDX-License-Identifier: Apache-2.0
// `sociometer fetch x`: flags -> app::XFetchRequest -> app::run_x_fetch -> one row on stdout;
// waits and problems on stderr.
#include "common.hpp"
#include "fetch_output.hpp"
#include "sociometer/app/secrets.hpp"
#include "sociometer/app/x_fetch_run.hpp"
#include "sociometer/error.hpp"
#include "sociometer/fetch/x_client.hpp"
#include "sociometer/util/text.hpp"

namespace sociometer::cli {
namespace {

struct XOptions {
  std::string query;
  std::string user;
  std::string api_base = fetch::k_x_api_base;
  FetchBounds bounds;
};

app::XFetchRequest x_request(const XOptions &options, const Invocation &invocation) {
  app::XFetchRequest request;
  request.store_path = invocation.store_path;
  request.api_base = fetch::normalise_server(options.api_base, "--api-base");
  request.query = options.query;
  request.user = util::strip_handle_prefix(options.user);
  if (request.query.empty() == request.user.empty()) {
    throw Error(ErrorKind::usage, "fetch x: give one of --query or --user");
  }
  read_bounds(options.bounds, invocation, request.limit, request.since, request.http);
  request.token = app::secret(app::Secret::x_bearer_token);
  if (request.token.empty()) {
    throw Error(ErrorKind::usage, "fetch x: no bearer token",
                "set SOCIOMETER_X_BEARER_TOKEN, or bearer_token under [x] in " +
                    app::tokens_file_path() + " (docs/secrets.md)");
  }
  return request;
}

int run_fetch_x(const XOptions &options, Context &context) {
  const auto request = x_request(options, context.invocation);
  LoggingFetchObserver observer(context, request.limit);
  const auto run =
      app::run_x_fetch(request, observer, [] { return ingest::interrupt_requested(); });
  return render_run(run, "fetch x", "statuses",
                    "the newest tweet stored from this source: the next run asks for newer ones",
                    observer, context);
}

} // namespace

void add_fetch_x_command(CLI::App &fetch, Commands &commands) {
  auto options = std::make_shared<XOptions>();
  auto *x = fetch.add_subcommand(
      "x",
      "tweets of a recent search or a user's timeline from the X API v2, stored as a twarc2 "
      "capture of them would be (bearer token from $SOCIOMETER_X_BEARER_TOKEN or the tokens file)");
  x->add_option("--query", options->query,
                "a recent-search query, e.g. '#ClimateAction -is:retweet'");
  x->add_option("--user", options->user, "a user's timeline: the user name, with or without @");
  x->add_option("--api-base", options->api_base, "the API's base URL")->capture_default_str();
  add_bounds(*x, options->bounds, "tweets");
  commands.push_back(
      {x, k_row_formats, [options](Context &context) { return run_fetch_x(*options, context); }});
}

} // namespace sociometer::cli
