// SPDX-License-Identifier: Apache-2.0
// The ingest writer's prepared statements and what it remembers between records: account IDs by
// platform ID and by handle, the profiles and follower counts it last wrote. Also the finding or
// creating of the account a record names (AccountRef), which uses both.
#pragma once

#include "bounded_cache.hpp"
#include "sociometer/model/records.hpp"
#include "sqlite.hpp"
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sociometer::store {

struct IngestStatements {
  Connection &db;
  Statement select_post;
  Statement select_by_content;
  Statement insert_version;
  Statement insert_post;
  Statement update_post;
  Statement upsert_raw;
  Statement delete_raw;
  Statement mark_primary; // a post known only as a reference turns out to be in a capture
  Statement upsert_metrics;
  Statement delete_hashtags;
  Statement delete_mentions;
  Statement delete_urls;
  Statement delete_edges;
  Statement delete_edits;
  Statement insert_hashtag;
  Statement insert_mention;
  Statement insert_url;
  Statement count_urls;
  Statement insert_edge;
  Statement insert_edit;
  Statement find_account;
  Statement find_account_by_handle;
  Statement insert_account;
  Statement upgrade_placeholder;
  Statement set_missing_handle;
  Statement update_account;
  Statement insert_handle;
  Statement insert_followers;
  Statement last_followers_of_import; // what follower_counts forgot
  Statement upsert_page_metric;

  // How many entries each cache keeps per generation (BoundedCache): a capture naming millions of
  // accounts would otherwise grow the writer by about 450 bytes per account (245 MiB peak for
  // 1M tweets by 288,000 accounts; docs/performance.md, "A capture by 288,000 accounts").
  static constexpr std::size_t k_cache_generation = std::size_t{1} << 16U;
  std::size_t cache_generation;
  // Account ids by platform+native_id and by platform+lower(handle); cleared on rollback. A
  // forgotten handle is looked up among the accounts' current handles, as a later ingest would:
  // a renamed account's old handle, mentioned after the cache forgot it, then names a new
  // placeholder account rather than the renamed one.
  BoundedCache<std::string, std::int64_t> accounts_by_id{cache_generation};
  BoundedCache<std::string, std::int64_t> accounts_by_handle{cache_generation};
  // What this writer last wrote about each account, so repeated profiles (one per page of a
  // capture) cost no statement; cleared on rollback. A forgotten profile is written again, which
  // changes nothing: the statements write only what differs.
  BoundedCache<std::int64_t, std::string> account_profiles{cache_generation};
  // The last follower counts written per account, and when they were observed: an observation
  // equal to the previous one within a day is not written again (captures repeat users on every
  // page). Once a day it is: growth looks for a snapshot within ±3 days of a period boundary, and
  // a count that stayed the same for weeks must still be found there. For an account the cache
  // forgot, the import's latest snapshot of it stands in (the last written, for a capture read in
  // time order).
  struct WrittenCounts {
    std::string counts;
    std::optional<TimePoint> observed_at;
  };
  BoundedCache<std::int64_t, WrittenCounts> follower_counts{cache_generation};

  // Prepares every statement on `database`; throws SqliteError.
  // `cache_generation`: entries per generation of each cache (tests make it small).
  explicit IngestStatements(Connection &database,
                            std::size_t cache_generation = k_cache_generation);
  // Remembers that `handle` on `platform` is the account `account_id`.
  void remember_handle(Platform platform, std::string_view handle, std::int64_t account_id);
  // Forgets what the caches hold: after a rollback, rows they name may no longer exist.
  void forget();
};

// The account `ref` names on `platform`, found or created. A ref with a platform ID is found by
// it; an account first stored by handle only (a placeholder) gets that ID now. A handle-only ref
// is found by handle (case-insensitive), preferring accounts with a real ID.
[[nodiscard]] std::int64_t resolve_account(IngestStatements &s, Platform platform,
                                           const AccountRef &ref);

// Records in the caches of `s` that `ref` on `platform` is account `id`, as resolve_account
// would after resolving it: later resolutions of the same reference find `id` without a lookup.
void prime_resolved_account(IngestStatements &s, Platform platform, const AccountRef &ref,
                            std::int64_t id);

} // namespace sociometer::store
