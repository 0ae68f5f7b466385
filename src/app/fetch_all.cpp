// SPDX-License-Identifier: Apache-2.0
#include "sociometer/app/fetch_all.hpp"

#include "sociometer/app/secrets.hpp"
#include "sociometer/app/store_access.hpp"
#include "sociometer/error.hpp"
#include "sociometer/fetch/paging.hpp"
#include "sociometer/fetch/x_client.hpp"

namespace sociometer::app {
namespace {

// `text` without `prefix` when it starts with it.
std::optional<std::string> after(const std::string &text, const std::string &prefix) {
  if (text.rfind(prefix, 0) != 0) {
    return std::nullopt;
  }
  return text.substr(prefix.size());
}

// Splits `URL REST` at the first space; the URL normalised as `option` would be.
std::pair<std::string, std::string> server_and_rest(const std::string &text,
                                                    const std::string &option) {
  const auto space = text.find(' ');
  if (space == std::string::npos) {
    throw Error(ErrorKind::input, "no server");
  }
  return {fetch::normalise_server(text.substr(0, space), option), text.substr(space + 1)};
}

MastodonFetchRequest mastodon_request(const std::string &rest) {
  MastodonFetchRequest request;
  const auto [instance, what] = server_and_rest(rest, "--instance");
  request.instance = instance;
  if (auto account = after(what, "account @")) {
    request.account = *account;
  } else if (auto tag = after(what, "tag #")) {
    request.tag = *tag;
  }
  if (request.account.empty() == request.tag.empty()) {
    throw Error(ErrorKind::input, "neither `account @USER` nor `tag #TAG`");
  }
  request.token = secret(Secret::mastodon_token);
  return request;
}

BlueskyFetchRequest bluesky_request(const std::string &rest) {
  BlueskyFetchRequest request;
  const auto [service, what] = server_and_rest(rest, "--service");
  request.service = service;
  if (auto actor = after(what, "actor @")) {
    request.actor = *actor;
  } else if (auto search = after(what, "search ")) {
    request.search = *search;
  }
  if (request.actor.empty() == request.search.empty()) {
    throw Error(ErrorKind::input, "neither `actor @HANDLE` nor `search QUERY`");
  }
  request.token = secret(Secret::bluesky_token);
  return request;
}

XFetchRequest x_request(const std::string &rest) {
  XFetchRequest request;
  std::string what = rest;
  request.api_base = fetch::k_x_api_base;
  if (after(rest, "http://") || after(rest, "https://")) { // x_source names a non-default base
    std::tie(request.api_base, what) = server_and_rest(rest, "--api-base");
  }
  if (auto user = after(what, "user @")) {
    request.user = *user;
  } else if (auto query = after(what, "search ")) {
    request.query = *query;
  }
  if (request.user.empty() == request.query.empty()) {
    throw Error(ErrorKind::input, "neither `search QUERY` nor `user @NAME`");
  }
  request.token = secret(Secret::x_bearer_token);
  if (request.token.empty()) {
    throw Error(ErrorKind::usage, "no bearer token",
                "set SOCIOMETER_X_BEARER_TOKEN, or bearer_token under [x] in " +
                    tokens_file_path() + " (docs/secrets.md)");
  }
  return request;
}

} // namespace

SourceRequest source_request(const std::string &store_path, const std::string &source,
                             const net::HttpPolicy &http) {
  SourceRequest result{source, MastodonFetchRequest{}};
  try {
    if (const auto mastodon = after(source, "mastodon ")) {
      result.request = mastodon_request(*mastodon);
    } else if (const auto bluesky = after(source, "bluesky ")) {
      result.request = bluesky_request(*bluesky);
    } else if (const auto x = after(source, "x ")) {
      result.request = x_request(*x);
    } else {
      throw Error(ErrorKind::input, "not a platform's source");
    }
  } catch (const Error &error) {
    if (error.kind() != ErrorKind::input) {
      throw;
    }
    throw Error(ErrorKind::input, "cannot fetch again: " + std::string(error.what()),
                "fetch it with `fetch mastodon|bluesky|x` instead");
  }
  std::visit(
      [&](auto &request) {
        request.store_path = store_path;
        request.http = http;
      },
      result.request);
  return result;
}

std::vector<std::string> stored_sources(const std::string &store_path) {
  const auto store = open_existing_store(store_path, store::OpenMode::read_only);
  std::vector<std::string> sources;
  for (const auto &cursor : store.fetch_cursors()) {
    sources.push_back(cursor.source);
  }
  return sources;
}

FetchRun run_source_fetch(const SourceRequest &request, FetchObserver &observer,
                          const std::function<bool()> &stop_requested) {
  return std::visit(
      [&](const auto &platform_request) -> FetchRun {
        using Request = std::decay_t<decltype(platform_request)>;
        if constexpr (std::is_same_v<Request, MastodonFetchRequest>) {
          return run_mastodon_fetch(platform_request, observer, stop_requested);
        } else if constexpr (std::is_same_v<Request, BlueskyFetchRequest>) {
          return run_bluesky_fetch(platform_request, observer, stop_requested);
        } else {
          return run_x_fetch(platform_request, observer, stop_requested);
        }
      },
      request.request);
}

} // namespace sociometer::app
