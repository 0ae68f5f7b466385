// SPDX-License-Identifier: Apache-2.0
#include "profile_fetchers.hpp"

#include "sociometer/error.hpp"
#include "sociometer/fetch/bluesky_client.hpp"
#include "sociometer/fetch/mastodon_client.hpp"
#include "sociometer/fetch/x_client.hpp"

namespace sociometer::app::detail {
namespace {

// The host of a base URL, without the port.
std::string host_of(const std::string &base) {
  auto host = base.substr(base.find("://") + 3);
  return host.substr(0, host.find(':'));
}

// Mastodon: GET /api/v1/accounts/lookup on --instance, or on the server of the `user@host`
// handle ingest stores.
fetch::Profile mastodon_profile(net::HttpClient &http, const SnapshotRequest &request,
                                const store::AccountSummary &account) {
  const auto at = account.handle.find('@');
  std::string instance = request.mastodon_instance;
  if (instance.empty()) {
    if (at == std::string::npos) {
      throw Error(ErrorKind::usage, "no server known for this account",
                  "declare it as user@host, or give --instance");
    }
    instance = fetch::normalise_instance(account.handle.substr(at + 1));
  }
  // On its own server an account is looked up by its user name alone.
  const bool local = at == std::string::npos || account.handle.substr(at + 1) == host_of(instance);
  fetch::MastodonClient client(http, instance, request.mastodon_token);
  return client.profile(local ? account.handle.substr(0, at) : account.handle);
}

// X: GET /2/users/by/username/NAME with public_metrics.
fetch::Profile x_profile(net::HttpClient &http, const SnapshotRequest &request,
                         const store::AccountSummary &account) {
  if (request.x_token.empty()) {
    throw Error(ErrorKind::usage, "no X bearer token",
                "set SOCIOMETER_X_BEARER_TOKEN, or bearer_token under [x] in the tokens file "
                "(docs/secrets.md)");
  }
  fetch::XClient client(http, request.x_api_base, request.x_token);
  return client.profile(account.handle);
}

// Bluesky: app.bsky.actor.getProfile on --service (the public AppView by default), by DID when
// the store knows it (a handle can change), else by handle.
fetch::Profile bluesky_profile(net::HttpClient &http, const SnapshotRequest &request,
                               const store::AccountSummary &account) {
  fetch::BlueskyClient client(http, request.bluesky_service, request.bluesky_token);
  const auto actor = account.native_id.starts_with("did:") ? account.native_id
                                                           : fetch::normalise_actor(account.handle);
  const auto bluesky = client.profile(actor);
  fetch::Profile profile;
  profile.native_id = bluesky.did;
  profile.handle = bluesky.handle;
  profile.display_name = bluesky.display_name;
  profile.followers = bluesky.followers;
  profile.following = bluesky.follows;
  profile.posts = bluesky.posts;
  return profile;
}

} // namespace

ProfileFetcher profile_fetcher(Platform platform) noexcept {
  switch (platform) {
  case Platform::mastodon:
    return mastodon_profile;
  case Platform::x:
    return x_profile;
  case Platform::bluesky:
    return bluesky_profile;
  default:
    return nullptr;
  }
}

} // namespace sociometer::app::detail
