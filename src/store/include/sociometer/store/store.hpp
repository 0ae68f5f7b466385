// SPDX-License-Identifier: Apache-2.0
// The store: schema and migrations, idempotent batched writes, and the queries the analysis
// needs. The only module that knows SQL. Store is the one entry; its methods are grouped by job
// below, each group in its own file of src/store/ (named in the group's comment). These methods
// and IngestWriter are the whole contract with the rest of the program: a second backend
// implements them, and nothing outside src/store/ sees a SQLite type.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sociometer/model/campaign.hpp"
#include "sociometer/model/facts.hpp"
#include "sociometer/model/fetch_cursor.hpp"
#include "sociometer/model/table.hpp"
#include "sociometer/store/ingest_writer.hpp"

namespace sociometer::store {

// The schema version this build writes and reads.
[[nodiscard]] int latest_schema_version() noexcept;

enum class OpenMode { read_write_create, read_write, read_only };

// Whether a read-only Store also opens a second reader at its snapshot (Store::reader_beside).
enum class ReaderBeside { no, wanted };

// How long a writer waits for another one before failing with "the store is busy"
// (docs/output.md; SOCIOMETER_BUSY_TIMEOUT overrides it, app::busy_timeout).
inline constexpr std::chrono::milliseconds k_default_busy_timeout{10000};

enum class ImportOutcome { ok, partial, failed, interrupted };

// An import that did not finish: still running, or interrupted (by a signal, or its process
// died and a later writer found it `running`) and not imported successfully since.
struct UnfinishedImport {
  std::int64_t id = 0;
  std::string path;
  std::string format;
  std::string outcome; // running or interrupted
  std::optional<TimePoint> started_at;
  std::string message;
};

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

// A stretch without posts of one account (`status --by account`).
struct PostingGap {
  TimePoint from; // the post before it
  TimePoint to;   // the post after it
};

// One row of `status --by account`: an account that authored primary posts.
struct AccountStatus {
  Platform platform = Platform::other;
  std::string handle;
  AccountRole role = AccountRole::other;
  std::int64_t posts = 0;
  std::optional<TimePoint> first_post_at;
  std::optional<TimePoint> last_post_at;
  std::vector<PostingGap> gaps; // longer than the gap asked for, oldest first
};

// Which posts a query returns; every bound is optional. Times are half-open [since, until).
struct PostQuery {
  std::optional<TimePoint> since;
  std::optional<TimePoint> until;
  std::optional<Platform> platform;
  // Without `@`, case-insensitive: a handle (current or earlier) or a linked identity's name.
  std::string account_handle;
  std::string lang;
  bool owned_only = false;
  // When set, only the posts of these accounts (store IDs) and of the accounts linked with them
  // (`account link`), and with `authorless_too` also the posts without a known author: the
  // report re-reads its top accounts' posts this way.
  std::optional<std::vector<std::int64_t>> author_ids;
  bool authorless_too = false;
  // Followers-only (Mastodon `private`) posts stay out of analyses unless asked for: their
  // audience did not consent to wider reporting.
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
  // load_graph only: the languages of each author's posts (GraphFacts::languages), a repost in
  // its original's language, which costs a lookup per repost. Graph analyses that show no
  // languages (influencers without communities, the report's network section) leave them out.
  bool with_languages = true;
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

// Limits on a run of the user's own SQL (Store::run_query).
struct QueryOptions {
  // Stop after this long (none: no limit).
  std::optional<std::chrono::milliseconds> timeout;
  // Polled while the query runs; true stops it (e.g. Ctrl-C).
  std::function<bool()> stop_requested;
};
// How a run of Store::run_query ended.
enum class QueryEnd { complete, timed_out, stopped };

// What Store::scan_post_items hands over with each post. `interactions`: each interaction the
// post carries, in `texts` its kind's name (to_string(EdgeKind)) and in `accounts`, at the same
// position, its target.
enum class PostItemKind { none, hashtags, mentions, links, languages, interactions };
using ItemVisitor = std::function<void(const Dataset &authors, const PostFacts &post,
                                       const std::vector<std::string_view> &texts,
                                       const std::vector<std::int32_t> &accounts)>;
// What Store::scan_post_contents hands over with each post: its hashtags and links.
using ContentVisitor = std::function<void(const Dataset &authors, const PostFacts &post,
                                          const std::vector<std::string_view> &hashtags,
                                          const std::vector<std::string_view> &links)>;

class Store {
public:
  // ---- Opening and schema (database.cpp) ------------------------------------------------------
  // Opens (and with read_write_create, creates) the store at `path`. A writer (read_write*) first
  // becomes the store's only sociometer writer until the Store closes, waiting up to
  // `busy_timeout` for another one (and as long for SQLite's write lock at each transaction).
  // Throws Error(store) "the store is busy" when that wait runs out, Error(store) when the store
  // cannot be opened (a folder, a file that is not SQLite), and Error(store) with a hint when its
  // schema is newer than this build.
  // With ReaderBeside::wanted, a read-only Store also opens reader_beside().
  Store(const std::string &path, OpenMode mode,
        std::chrono::milliseconds busy_timeout = k_default_busy_timeout,
        ReaderBeside beside = ReaderBeside::no);
  ~Store();
  Store(Store &&) noexcept;
  Store &operator=(Store &&) noexcept;

  // A read-only Store on a connection of its own that sees exactly this Store's snapshot, for
  // reading on a second thread (one Store must not be used by two threads at once); it lives as
  // long as this Store. Null unless this Store is read-only and was opened with
  // ReaderBeside::wanted, and null when the snapshot could not be shared or the second connection
  // not opened: SQLite (as Debian builds it) cannot open a snapshot it did not take, so the second
  // reader is opened at the same time, under a shared lock of `<store>-lock` that no sociometer
  // writer holds then; while one runs there is none. Programs other than sociometer, and a writer
  // that names the store by another path (a symlink), do not take that lock.
  [[nodiscard]] const Store *reader_beside() const noexcept;

  // The schema version the store is at (0 for a new, empty file).
  [[nodiscard]] int schema_version() const;
  // Applies pending migrations, each in its own transaction. Returns how many ran.
  int migrate();
  // Throws Error(store) with a hint to run `sociometer init` unless the schema is current.
  void require_current_schema() const;

  // ---- Settings (settings.cpp) ----------------------------------------------------------------
  // The value stored under `key` (e.g. the store's time zone), if any.
  [[nodiscard]] std::optional<std::string> setting(const std::string &key) const;
  // Creates or replaces the value under `key`.
  void set_setting(const std::string &key, const std::string &value);

  // ---- Import log and writing (import_log.cpp, ingest_writer.cpp) -----------------------------
  // Records the start of an import and returns its id.
  std::int64_t begin_import(const std::string &path, const std::string &format);
  // Records how the import `import_id` ended and what it wrote.
  void finish_import(std::int64_t import_id, ImportOutcome outcome, const IngestCounts &counts,
                     const std::string &sha256, const std::string &message);
  // Marks the imports left `running` as `interrupted`; returns how many. Sound only in a writer:
  // it is the only sociometer writing, so no process that recorded them lives on.
  int mark_orphaned_imports();
  // The imports that are running or were interrupted and not since imported, oldest first.
  [[nodiscard]] std::vector<UnfinishedImport> unfinished_imports() const;
  // A writer for one import (import id 0: a dry run); records go to the store in batched
  // transactions (see IngestWriter). Only one writer at a time per Store.
  [[nodiscard]] std::unique_ptr<IngestWriter> writer(std::int64_t import_id);
  // An ingest of several inputs is bulk loaded as one: from here to finish_bulk_run(), a bulk load
  // one input's writer starts (IngestWriter::start_bulk_load) is continued by the writers of the
  // inputs after it, and its indexes are built once, by finish_bulk_run() (a killed run's, by the
  // next writer). Each input's rows are committed with its import as before. SQLite only.
  void begin_bulk_run();
  // Ends what begin_bulk_run() began: builds the deferred indexes if a load started; a no-op
  // otherwise. Throws Error(store) when they cannot be built.
  void finish_bulk_run();

  // ---- Reading posts (post_reader.cpp) --------------------------------------------------------
  // The posts `query` selects in (time, ID) order, their accounts in order of first post, and
  // what the query's flags ask for (hashtags, interactions, links, content, metrics).
  [[nodiscard]] Dataset load(const PostQuery &query) const;
  // What graph analyses need about the posts `query` selects, summed as it is read
  // (with_interactions is implied; hashtags are read when with_hashtags; content, metrics and URL
  // flags are ignored): the same accounts in the same order as load(query), its interactions
  // summed per (actor, target, kind), with their first and last times when `with_spans`, and
  // per account its posts' languages and hashtags. Memory: a post ID and slot per selected post
  // (graph_reader.cpp). analysis::graph_input turns it into a GraphInput.
  [[nodiscard]] GraphFacts load_graph(const PostQuery &query, bool with_spans = false) const;
  // The posts `query` selects, handed to `visit(authors, post)` one at a time in (time, ID)
  // order as they are read, for analyses that aggregate as they read (post_rows_reader.cpp): each
  // PostFacts is what load(query) would hold, without text and references, with the native ID
  // only when query.with_content, and with a language only when `with_language`. Nothing is kept
  // per post: memory does not grow with the selection. `authors.accounts` holds the accounts met
  // so far, in load(query)'s order (each read when first met; it grows between visits, so hold no
  // reference into it). Returns the authors: load(query)'s accounts.
  Dataset scan_posts(const PostQuery &query, bool with_language,
                     const std::function<void(const Dataset &, const PostFacts &)> &visit) const;
  // The publication times of the first and the last post `query` selects; none when it selects
  // none. Two queries that walk the time index from each end to the first post selected: a probe
  // each for most selections, up to a walk of the index for a rare account or language (for
  // splitting a scan between two readers).
  [[nodiscard]] std::optional<std::pair<TimePoint, TimePoint>>
  post_time_span(const PostQuery &query) const;
  // scan_posts in (time, native ID, ID) order, the order of `engagement --by post`'s rows; each
  // PostFacts as scan_posts hands it over without a language. Accounts are in the order met.
  Dataset stream_posts(const PostQuery &query,
                       const std::function<void(const Dataset &, const PostFacts &)> &visit) const;
  // scan_posts with each post's items of `kind`: `visit(authors, post, texts, accounts)` gets
  // its hashtags (NFKC + case folded) or links (expanded, else as posted) as `texts`, or the
  // accounts it mentions as `accounts` (indices into authors.accounts), each in the post's order;
  // `languages` sets PostFacts::lang and hands no items (`with_language` sets it with any kind).
  // Posts as scan_posts hands them over, with every author in `authors` from the first visit; a
  // compact record is kept per post (the selection is read before the items: about 90 bytes) and
  // the items as numbers (8 bytes a use, a text per distinct item).
  Dataset scan_post_items(const PostQuery &query, PostItemKind kind, const ItemVisitor &visit,
                          bool with_language = false) const;
  // scan_posts with each post's hashtags (NFKC + case folded, in the post's order) as `texts`
  // (`accounts` stays empty), read beside the posts as they come: nothing is held per post, where
  // scan_post_items holds its compact record (the report's scan of its period). `authors` holds
  // the accounts met so far, as with scan_posts.
  Dataset scan_posts_with_hashtags(const PostQuery &query, bool with_language,
                                   const ItemVisitor &visit) const;
  // The posts `query` selects with what load(query) holds of each, handed over one at a time as
  // scan_posts does: the PostFacts with its text, native and reference IDs, URL, language and (with
  // query.with_metrics) counts, with its hashtags (as load's Dataset::hashtags) and links (as its
  // Dataset::urls), each in the post's order. Each text is read as its post is handed over, not
  // held: memory is a compact record per post (scan_post_items) plus 8 bytes a hashtag or link.
  Dataset scan_post_contents(const PostQuery &query, const ContentVisitor &visit) const;
  // The text of each post in `ids` (store IDs, as PostFacts::id), in that order; empty for a
  // post without text or not in the store. For the few rows of a ranking read by scan_posts.
  [[nodiscard]] std::vector<std::string> post_texts(const std::vector<std::int64_t> &ids) const;
  // The stored web address of each post in `ids` (store IDs), in that order; empty for a post
  // without one or not in the store. For the few rows of a ranking loaded without content.
  [[nodiscard]] std::vector<std::string> post_urls(const std::vector<std::int64_t> &ids) const;
  // The native ID of each post in `ids` (store IDs), in that order; empty for a post not in the
  // store. For breaking ties of a ranking read by scan_posts without content.
  [[nodiscard]] std::vector<std::string>
  post_native_ids(const std::vector<std::int64_t> &ids) const;
  // Creation time of the newest primary post, if any (for `--month latest`).
  [[nodiscard]] std::optional<TimePoint> newest_post_time() const;
  // Creation time of the newest primary post that `query` selects (its period included), if any
  // (for `--month latest` under filters).
  [[nodiscard]] std::optional<TimePoint> newest_post_time(const PostQuery &query) const;
  // Creation time of the oldest primary post, if any (to tell when look-backs are censored).
  [[nodiscard]] std::optional<TimePoint> oldest_post_time() const;

  // ---- Catalog: accounts, roles, identities (catalog.cpp) -------------------------------------
  // Sets the role of the account with `handle` on `platform`; false when no such account.
  bool set_account_role(Platform platform, const std::string &handle, AccountRole role);
  // Sets the role, creating the account by handle when it is not in the store yet (it gets its
  // platform ID when an ingest first names it). Returns true when the account already existed.
  bool declare_account(Platform platform, const std::string &handle, AccountRole role);
  // The role of the account with `handle` on `platform`; none when there is no such account.
  [[nodiscard]] std::optional<AccountRole> account_role(Platform platform,
                                                        const std::string &handle) const;
  // Marks the accounts as one identity called `name` and returns, per account in order, the
  // identity it belonged to before (empty: none). Throws Error(usage) naming the first account
  // that is not in the store, and, unless `move`, the first that belongs to another identity
  // (nothing is changed then).
  std::vector<std::string>
  link_accounts(const std::string &name,
                const std::vector<std::pair<Platform, std::string>> &accounts, bool move);
  // Removes the link called `name`; returns how many accounts it held.
  int unlink_accounts(const std::string &name);
  // The accounts `query` selects: declared roles first (own, peer, partner, tracked), then by
  // how many posts they wrote, then by platform and handle.
  [[nodiscard]] std::vector<AccountSummary> accounts(const AccountQuery &query) const;
  // The same handed to `visit` one at a time, as SQL sorts them: a capture's hundreds of
  // thousands of accounts are never all held.
  void accounts(const AccountQuery &query,
                const std::function<void(const AccountSummary &)> &visit) const;

  // The handle the account with store ID `account_id` had at `when`: the latest one first seen
  // by then, or its only handle ever seen; none when that is unknown (it was renamed and no
  // handle was seen before `when`).
  [[nodiscard]] std::optional<std::string> handle_at(std::int64_t account_id, TimePoint when) const;
  // Per platform, the imports that last wrote the posts `query` selects (followers-only ones
  // included), with their first and last post, and what analyses leave out of them.
  [[nodiscard]] CoverageFacts coverage_facts(const PostQuery &query) const;

  // What `--account` may name, for telling a typo from a name: every handle (current and
  // earlier) and every linked identity's name, sorted, without duplicates.
  [[nodiscard]] std::vector<std::string> account_names() const;
  // The language codes of the stored posts, sorted (for checking `--lang`).
  [[nodiscard]] std::vector<std::string> languages() const;

  // ---- Catalog: campaigns (catalog.cpp) -------------------------------------------------------
  // Creates or replaces the campaign called `campaign.name`.
  void save_campaign(const Campaign &campaign);
  // All campaigns, by name.
  [[nodiscard]] std::vector<Campaign> campaigns() const;
  // Removes a campaign; false when there is none of that name.
  bool remove_campaign(const std::string &name);

  // ---- Fetch cursors (fetch_cursors.cpp) ------------------------------------------------------
  // Where the fetch source `source` stands; none before its first stored page.
  [[nodiscard]] std::optional<FetchCursor> fetch_cursor(const std::string &source) const;
  // Every fetch source, by name (for `status`).
  [[nodiscard]] std::vector<FetchCursor> fetch_cursors() const;
  // Records how the latest run of `source` ended (`ok`, `interrupted`, `failed: …`); nothing
  // when the source has no cursor yet.
  void record_fetch_outcome(const std::string &source, const std::string &outcome);

  // ---- Status (status.cpp) --------------------------------------------------------------------
  // One row per platform: post and account counts, first and last post, last import.
  [[nodiscard]] std::vector<PlatformStatus> status() const;
  // One row per account with primary posts, by platform and handle, with the gaps between its
  // consecutive posts longer than `min_gap`.
  [[nodiscard]] std::vector<AccountStatus> account_status(std::chrono::hours min_gap) const;

  // ---- The user's own SQL (sql_query.cpp) -----------------------------------------------------
  // Runs one read-only statement of untrusted SQL under SQLite's defensive settings, handing
  // `sink` the columns, then each row as SQLite produces it (nothing is buffered). Throws
  // Error(usage), quoting SQLite or naming what was refused, for a syntax error, a second
  // statement, anything that would write, ATTACH/DETACH, a PRAGMA that sets something, and
  // functions that reach outside the store (load_extension, fts3_tokenizer, readfile, …).
  // Returns how the run ended: stopped early when `options` asked for it.
  QueryEnd run_query(const std::string &sql, const QueryOptions &options, RowSink &sink) const;
  // run_query without limits, its rows collected into a Table (for small results and tests).
  [[nodiscard]] Table query_readonly(const std::string &sql) const;

  // The open connection, shared by the files that implement Store (store_state.hpp).
  struct Impl;

private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

} // namespace sociometer::store
