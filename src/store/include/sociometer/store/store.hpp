// SPDX-License-Identifier: Apache-2.0
// The SQLite store: schema and migrations, idempotent batched writes, and the queries the
// analysis needs. The only module that knows SQL (design.md §4, style.md §5.6).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sociometer/model.hpp"

namespace sociometer::store {

// The schema version this build writes and reads.
[[nodiscard]] int latest_schema_version() noexcept;

enum class OpenMode { read_write_create, read_write, read_only };

// Post counters of one ingest, as `ingest --format json` reports them (primary records only;
// referenced posts are counted separately).
struct IngestCounts {
  std::int64_t posts_new = 0;
  std::int64_t posts_updated = 0;
  std::int64_t posts_unchanged = 0;
  std::int64_t referenced_new = 0;
  std::int64_t records_skipped = 0;
};

enum class ImportOutcome { ok, partial, failed };

// One row of `status`.
struct PlatformStatus {
  Platform platform = Platform::other;
  std::int64_t posts = 0;
  std::int64_t referenced_posts = 0;
  std::int64_t accounts = 0;
  std::optional<TimePoint> first_post_at;
  std::optional<TimePoint> last_post_at;
  std::optional<TimePoint> last_import_at;
};

// Which posts a query returns; every bound is optional. Times are half-open [since, until).
struct PostQuery {
  std::optional<TimePoint> since;
  std::optional<TimePoint> until;
  std::optional<Platform> platform;
  std::string account_handle; // without `@`, case-insensitive
  std::string lang;
  bool owned_only = false;
  // Followers-only (Mastodon `private`) posts stay out of analyses unless asked for: their
  // audience did not consent to wider reporting (formats.md §3.1).
  bool include_followers_only = false;
  bool with_hashtags = false;
  bool with_interactions = false; // the edges of the selected posts (Dataset::interactions)
  bool with_urls = false;         // expanded links of the selected posts (Dataset::urls)
  // Analyses that need neither (`network export`, the report's previous month without texts)
  // leave them out: that saves a pass over metric_snapshots and a string per post and column on
  // big stores. Without content, PostFacts::text, native_id and the
  // reference IDs are empty; without metrics, PostFacts::metrics is unset.
  bool with_content = true;
  bool with_metrics = true;
};

// One row of `accounts`.
struct AccountSummary {
  Platform platform = Platform::other;
  std::string native_id;
  std::string handle;
  std::string display_name;
  AccountRole role = AccountRole::other;
  std::string link_name;
  std::int64_t posts = 0;                // primary posts authored
  std::optional<std::int64_t> followers; // latest snapshot
  std::optional<TimePoint> followers_at;
};

struct AccountQuery {
  std::optional<Platform> platform;
  std::optional<AccountRole> role;
  bool all = false; // false: only accounts with a declared role, a link, or posts of their own
};

class IngestWriter;

class Store {
public:
  // Opens (and with read_write_create, creates) the store at `path`. Throws Error(store) when it
  // cannot be opened, and Error(store) with a hint when its schema is newer than this build.
  Store(const std::string &path, OpenMode mode);
  ~Store();
  Store(Store &&) noexcept;
  Store &operator=(Store &&) noexcept;

  [[nodiscard]] int schema_version() const;
  // Applies pending migrations, each in its own transaction. Returns how many ran.
  int migrate();
  // Throws Error(store) with a hint to run `sociometer init` unless the schema is current.
  void require_current_schema() const;

  [[nodiscard]] std::optional<std::string> setting(const std::string &key) const;
  void set_setting(const std::string &key, const std::string &value);

  // Records the start of an import and returns its id.
  std::int64_t begin_import(const std::string &path, const std::string &format);
  void finish_import(std::int64_t import_id, ImportOutcome outcome, const IngestCounts &counts,
                     const std::string &sha256, const std::string &message);

  // A writer for one import; records go to the store in batched transactions (see IngestWriter).
  [[nodiscard]] std::unique_ptr<IngestWriter> writer(std::int64_t import_id);

  [[nodiscard]] std::vector<PlatformStatus> status() const;
  [[nodiscard]] Dataset load(const PostQuery &query) const;
  // The graph of the posts `query` selects (with_interactions is implied; hashtags are counted
  // when with_hashtags; content, metrics and URL flags are ignored), without loading the posts:
  // the same accounts in the same order, interactions, and per-account counts as
  // analysis::graph_input(load(query)), at a fraction of the time and memory on big stores.
  [[nodiscard]] GraphInput load_graph(const PostQuery &query) const;
  // Creation time of the newest primary post, if any (for `--month latest`).
  [[nodiscard]] std::optional<TimePoint> newest_post_time() const;
  // Creates or replaces the campaign called `campaign.name`.
  void save_campaign(const Campaign &campaign);
  // All campaigns, by name.
  [[nodiscard]] std::vector<Campaign> campaigns() const;
  // Removes a campaign; false when there is none of that name.
  bool remove_campaign(const std::string &name);
  // Creation time of the oldest primary post, if any (to tell when look-backs are censored).
  [[nodiscard]] std::optional<TimePoint> oldest_post_time() const;

  // Sets the role of the account with `handle` on `platform`; false when no such account.
  bool set_account_role(Platform platform, const std::string &handle, AccountRole role);
  // Sets the role, creating the account by handle when it is not in the store yet (it gets its
  // platform ID when an ingest first names it). Returns true when the account already existed.
  bool declare_account(Platform platform, const std::string &handle, AccountRole role);
  // Marks the accounts as one identity called `name` (replacing earlier links of theirs). Throws
  // Error(usage) naming the first account that is not in the store.
  void link_accounts(const std::string &name,
                     const std::vector<std::pair<Platform, std::string>> &accounts);
  // Removes the link called `name`; returns how many accounts it held.
  int unlink_accounts(const std::string &name);
  [[nodiscard]] std::vector<AccountSummary> accounts(const AccountQuery &query) const;
  // Runs one read-only statement; throws Error(usage) for anything that would write.
  [[nodiscard]] Table query_readonly(const std::string &sql) const;

  struct Impl;

private:
  std::unique_ptr<Impl> m_impl;
};

// Writes normalised records idempotently: posts upserted on (platform, native_id), children
// rewritten only when the post changed, metric and follower snapshots keyed on observed_at.
// Nothing is visible until commit(); destroying an uncommitted writer rolls back.
class IngestWriter : public RecordSink {
public:
  explicit IngestWriter(Store::Impl &store, std::int64_t import_id);
  ~IngestWriter() override;
  IngestWriter(const IngestWriter &) = delete;
  IngestWriter &operator=(const IngestWriter &) = delete;

  void account(const AccountRecord &record) override;
  void post(const PostRecord &record) override;
  void page_metric(const PageMetricRecord &record) override;

  // Makes everything written so far durable and starts a new transaction.
  void commit();
  // Drops everything since the last commit (counters too).
  void rollback();
  [[nodiscard]] const IngestCounts &counts() const noexcept { return m_committed; }
  // Committed plus pending counts (what a dry run reports before rolling back).
  [[nodiscard]] IngestCounts total_counts() const noexcept;
  // Records written since the last commit (to decide when a batch is full).
  [[nodiscard]] std::int64_t pending() const noexcept { return m_pending_records; }

  struct Statements;

private:
  static void insert_urls(Statements &statements, std::int64_t post_id, const PostRecord &record);
  // The import that rows are attributed to; none in a dry run (import id 0).
  [[nodiscard]] std::optional<std::int64_t> import_reference() const noexcept {
    return m_import_id > 0 ? std::optional<std::int64_t>(m_import_id) : std::nullopt;
  }

  Store::Impl &m_store;
  std::int64_t m_import_id;
  std::unique_ptr<Statements> m_statements;
  IngestCounts m_committed;
  IngestCounts m_pending;
  std::int64_t m_pending_records = 0;
  bool m_in_transaction = false;
};

} // namespace sociometer::store
