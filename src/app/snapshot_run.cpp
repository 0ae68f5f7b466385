// SPDX-License-Identifier: Apache-2.0
#include "sociometer/app/snapshot_run.hpp"

#include "profile_fetchers.hpp"
#include "sociometer/app/store_access.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::app {
namespace {

bool snapshotted_role(AccountRole role) {
  return role == AccountRole::own || role == AccountRole::partner || role == AccountRole::peer ||
         role == AccountRole::tracked;
}

// The accounts to snapshot: a declared role on a platform with a profile plug-in.
std::vector<store::AccountSummary> accounts_to_snapshot(const store::Store &store,
                                                        std::optional<Platform> platform) {
  store::AccountQuery query;
  query.platform = platform;
  std::vector<store::AccountSummary> chosen;
  for (auto &account : store.accounts(query)) {
    if (snapshotted_role(account.role) && detail::profile_fetcher(account.platform) != nullptr) {
      chosen.push_back(std::move(account));
    }
  }
  return chosen;
}

// The record that stores `profile` as `account`'s counts at `at`.
AccountRecord snapshot_record(const store::AccountSummary &account, const fetch::Profile &profile,
                              TimePoint at) {
  AccountRecord record;
  record.platform = account.platform;
  // The store's own ID when it has one: the same row, whatever the profile calls it.
  // (An account declared before it was ingested has a `handle:` placeholder: the profile's ID
  // replaces it.)
  const bool placeholder = account.native_id.empty() || account.native_id.starts_with("handle:");
  record.ref = {placeholder ? profile.native_id : account.native_id,
                profile.handle.empty() ? account.handle : profile.handle};
  record.display_name = profile.display_name;
  record.followers = profile.followers;
  record.following = profile.following;
  record.posts_count = profile.posts;
  record.observed_at = at;
  return record;
}

} // namespace

SnapshotResult run_snapshot(const SnapshotRequest &request, net::HttpObserver &observer,
                            const std::function<bool()> &stop_requested) {
  SnapshotResult result;
  auto store = open_writer_store(request.store_path, result.store_created);
  const auto accounts = accounts_to_snapshot(store, request.platform);
  const auto import_id = store.begin_import("snapshot", "profile-snapshot");
  auto writer = store.writer(import_id);
  net::HttpClient http(request.http, &observer, stop_requested);
  try {
    for (const auto &account : accounts) {
      if (stop_requested && stop_requested()) {
        throw Error(ErrorKind::interrupted, "snapshot interrupted");
      }
      try {
        const auto profile = detail::profile_fetcher(account.platform)(http, request, account);
        const auto at = util::report_clock_now();
        writer->account(snapshot_record(account, profile, at));
        writer->commit();
        result.rows.push_back({account.platform, account.handle, account.role, profile.followers,
                               profile.following, profile.posts, at});
      } catch (const Error &error) {
        if (error.kind() == ErrorKind::interrupted || error.kind() == ErrorKind::store) {
          throw;
        }
        result.failures.push_back({account.platform, account.handle, error.what(), error.hint()});
      }
    }
  } catch (const Error &error) {
    store.finish_import(import_id,
                        error.kind() == ErrorKind::interrupted ? store::ImportOutcome::interrupted
                                                               : store::ImportOutcome::failed,
                        writer->counts(), "", error.what());
    throw;
  }
  store.finish_import(
      import_id, result.failures.empty() ? store::ImportOutcome::ok : store::ImportOutcome::partial,
      writer->counts(), "",
      result.failures.empty() ? std::string()
                              : std::to_string(result.failures.size()) + " of " +
                                    std::to_string(accounts.size()) + " accounts failed");
  return result;
}

} // namespace sociometer::app
