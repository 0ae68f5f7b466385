// SPDX-License-Identifier: Apache-2.0
#include "ingest_statements.hpp"

#include <string>
#include <string_view>

#include "store_state.hpp"

namespace sociometer::store {
namespace {

// The stored version of a post, as the writer compares an arriving one with it.
constexpr std::string_view k_select_post_version = R"sql(
SELECT id, content_hash, is_primary, detail_rank, edited_at, version_key, text, synthetic_id,
       created_at, state, retrieved_at, placeholder
FROM posts WHERE )sql";
constexpr std::string_view k_by_native_id = "platform = :platform AND native_id = :native_id";
// Candidates for one post arriving by a route without a shared ID (Meta CSV row ↔ DYI post).
constexpr std::string_view k_by_content =
    "content_key = :content_key AND platform = :platform AND synthetic_id <> :synthetic";

std::string select_post_version(std::string_view condition) {
  return std::string(k_select_post_version).append(condition);
}

constexpr std::string_view k_post_columns = R"sql(
INSERT INTO posts (platform, native_id, account_id, created_at, kind, is_primary, state, text,
                   text_norm, text_truncated, lang, source_app, url, reply_to_native_id,
                   shared_of_native_id, quoted_native_id, content_hash, detail_rank, import_id,
                   visibility, lang_confidence, edited_at, version_key, synthetic_id, content_key,
                   retrieved_at, placeholder)
)sql";
constexpr std::string_view k_post_values = R"sql(
:platform, :native_id, :account_id, :created_at, :kind, :is_primary, :state, :text,
:text_norm, :text_truncated, :lang, :source_app, :url, :reply_to, :shared_of, :quoted,
:content_hash, :detail_rank, :import_id, :visibility, :lang_confidence, :edited_at,
:version_key, :synthetic_id, :content_key, :retrieved_at, :placeholder
)sql";

// Inserts a post unless one with its (platform, native ID) is stored, returning its new ID. On
// PostgreSQL a conflicting insert would still draw an ID from the identity's sequence, which
// SQLite's rowid does not, so posts would get other IDs than on SQLite: there a stored post is
// looked for first, and an insert that finds it draws nothing.
std::string insert_post_sql(bool postgres) {
  std::string sql(k_post_columns);
  if (postgres) {
    sql.append("SELECT ")
        .append(k_post_values)
        .append("WHERE NOT EXISTS (SELECT 1 FROM posts WHERE ");
    sql.append(k_by_native_id).append(")\n");
  } else {
    sql.append("VALUES (").append(k_post_values).append(")\n");
  }
  return sql.append("ON CONFLICT (platform, native_id) DO NOTHING\nRETURNING id");
}

constexpr const char *k_update_post = R"sql(
UPDATE posts SET account_id = :account_id, created_at = :created_at, kind = :kind,
  is_primary = :is_primary, state = :state, text = :text, text_norm = :text_norm,
  text_truncated = :text_truncated, lang = :lang, source_app = :source_app, url = :url,
  reply_to_native_id = :reply_to, shared_of_native_id = :shared_of, quoted_native_id = :quoted,
  content_hash = :content_hash, detail_rank = :detail_rank, import_id = :import_id,
  visibility = :visibility, lang_confidence = :lang_confidence, edited_at = :edited_at,
  version_key = :version_key, content_key = :content_key, native_id = :native_id,
  synthetic_id = :synthetic_id, retrieved_at = :retrieved_at, placeholder = :placeholder
WHERE id = :id
)sql";

// Snapshots at the same instant from two routes complete each other; known values never change.
constexpr const char *k_upsert_metrics = R"sql(
INSERT INTO metric_snapshots AS m (post_id, observed_at, import_id, likes, reposts, replies, quotes,
                              bookmarks, impressions, reach, link_clicks)
VALUES (:post_id, :observed_at, :import_id, :likes, :reposts, :replies, :quotes, :bookmarks,
        :impressions, :reach, :link_clicks)
ON CONFLICT (post_id, observed_at) DO UPDATE SET
  likes = coalesce(m.likes, excluded.likes), reposts = coalesce(m.reposts, excluded.reposts),
  replies = coalesce(m.replies, excluded.replies), quotes = coalesce(m.quotes, excluded.quotes),
  bookmarks = coalesce(m.bookmarks, excluded.bookmarks),
  impressions = coalesce(m.impressions, excluded.impressions),
  reach = coalesce(m.reach, excluded.reach),
  link_clicks = coalesce(m.link_clicks, excluded.link_clicks)
WHERE (m.likes IS NULL AND excluded.likes IS NOT NULL)
   OR (m.reposts IS NULL AND excluded.reposts IS NOT NULL)
   OR (m.replies IS NULL AND excluded.replies IS NOT NULL)
   OR (m.quotes IS NULL AND excluded.quotes IS NOT NULL)
   OR (m.bookmarks IS NULL AND excluded.bookmarks IS NOT NULL)
   OR (m.impressions IS NULL AND excluded.impressions IS NOT NULL)
   OR (m.reach IS NULL AND excluded.reach IS NOT NULL)
   OR (m.link_clicks IS NULL AND excluded.link_clicks IS NOT NULL)
)sql";

std::string account_key(Platform platform, std::string_view native_id) {
  std::string key(to_string(platform));
  key += '\x1f';
  key += native_id;
  return key;
}

std::string handle_key(Platform platform, std::string_view handle) {
  std::string key(to_string(platform));
  key += '\x1f';
  for (const char c : handle) {
    key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return key;
}

} // namespace

IngestStatements::IngestStatements(Connection &database, std::size_t generation)
    : db(database), select_post(database, select_post_version(k_by_native_id)),
      select_by_content(database, select_post_version(k_by_content)),
      insert_version(database, "INSERT INTO post_versions (post_id, version_key, text, "
                               "replaced_at) VALUES (:post_id, :version_key, :text, :replaced_at) "
                               "ON CONFLICT DO NOTHING"),
      insert_post(database, insert_post_sql(database.server() != nullptr)),
      update_post(database, k_update_post),
      upsert_raw(database, "INSERT INTO post_raw (post_id, raw) VALUES (:post_id, :raw) "
                           "ON CONFLICT (post_id) DO UPDATE SET raw = excluded.raw"),
      delete_raw(database, "DELETE FROM post_raw WHERE post_id = :post_id"),
      mark_primary(database, "UPDATE posts SET is_primary = 1 WHERE id = :id"),
      upsert_metrics(database, k_upsert_metrics),
      delete_hashtags(database, "DELETE FROM post_hashtags WHERE post_id = :post_id"),
      delete_mentions(database, "DELETE FROM post_mentions WHERE post_id = :post_id"),
      delete_urls(database, "DELETE FROM post_urls WHERE post_id = :post_id"),
      delete_edges(database, "DELETE FROM edges WHERE post_id = :post_id"),
      delete_edits(database, "DELETE FROM post_edits WHERE post_id = :post_id"),
      insert_hashtag(database, "INSERT INTO post_hashtags (post_id, position, tag, text, start_cp, "
                               "end_cp) VALUES (:post_id, :position, :tag, :text, :start, :end)"),
      insert_mention(database,
                     "INSERT INTO post_mentions (post_id, position, account_id, handle, "
                     "start_cp, end_cp) VALUES (:post_id, :position, :account_id, :handle, "
                     ":start, :end)"),
      insert_url(database, "INSERT INTO post_urls (post_id, position, url, expanded_url, domain, "
                           "start_cp, end_cp) VALUES (:post_id, :position, :url, :expanded_url, "
                           ":domain, :start, :end)"),
      count_urls(database, "SELECT count(*) FROM post_urls WHERE post_id = :post_id"),
      insert_edge(database, "INSERT INTO edges (post_id, kind, actor_account_id, "
                            "target_account_id, created_at) VALUES (:post_id, :kind, :actor, "
                            ":target, :created_at) ON CONFLICT DO NOTHING"),
      insert_edit(database, "INSERT INTO post_edits (post_id, version_native_id, position) "
                            "VALUES (:post_id, :version, :position) ON CONFLICT DO NOTHING"),
      find_account(database, "SELECT id, handle FROM accounts WHERE platform = :platform AND "
                             "native_id = :native_id"),
      find_account_by_handle(database, "SELECT id FROM accounts WHERE platform = :platform AND "
                                       "lower(handle) = lower(:handle) ORDER BY "
                                       "native_id LIKE 'handle:%', id LIMIT 1"),
      insert_account(database, "INSERT INTO accounts (platform, native_id, handle) "
                               "VALUES (:platform, :native_id, :handle) RETURNING id"),
      upgrade_placeholder(database, "UPDATE accounts SET native_id = :native_id WHERE id = :id"),
      set_missing_handle(database,
                         "UPDATE accounts SET handle = :handle WHERE id = :id AND handle IS NULL"),
      update_account(database, R"sql(
        UPDATE accounts SET handle = coalesce(:handle, handle),
          display_name = coalesce(:display_name, display_name),
          created_at = coalesce(:created_at, created_at),
          role = CASE WHEN :owner = 1 AND role = 'other' THEN 'own' ELSE role END
        WHERE id = :id AND (handle IS DISTINCT FROM :handle AND :handle IS NOT NULL
           OR display_name IS DISTINCT FROM :display_name AND :display_name IS NOT NULL
           OR created_at IS DISTINCT FROM :created_at AND :created_at IS NOT NULL
           OR (:owner = 1 AND role = 'other')))sql"),
      insert_handle(database, "INSERT INTO account_handles (account_id, handle, "
                              "first_seen_at) VALUES (:account_id, :handle, :seen_at) "
                              "ON CONFLICT DO NOTHING"),
      insert_followers(database,
                       "INSERT INTO follower_snapshots (account_id, observed_at, "
                       "followers, following, posts_count, import_id) VALUES (:account_id, "
                       ":observed_at, :followers, :following, :posts_count, :import_id) "
                       "ON CONFLICT DO NOTHING"),
      last_followers_of_import(
          database, "SELECT observed_at, followers, following, posts_count FROM "
                    "follower_snapshots WHERE account_id = :account_id AND import_id IS NOT "
                    "DISTINCT FROM :import_id ORDER BY observed_at DESC LIMIT 1"),
      // A later export of the same day is the better-settled figure: it replaces the value.
      upsert_page_metric(database,
                         "INSERT INTO page_metrics AS p (account_id, metric, day, value, "
                         "import_id) VALUES (:account_id, :metric, :day, :value, :import_id) "
                         "ON CONFLICT (account_id, metric, day) DO UPDATE SET value = "
                         "excluded.value, import_id = excluded.import_id "
                         "WHERE p.value IS DISTINCT FROM excluded.value"),
      cache_generation(generation) {}

void IngestStatements::forget() {
  accounts_by_id.clear();
  accounts_by_handle.clear();
  account_profiles.clear();
  follower_counts.clear();
}

void IngestStatements::remember_handle(Platform platform, std::string_view handle,
                                       std::int64_t account_id) {
  auto key = handle_key(platform, handle);
  if (accounts_by_handle.find(key) == nullptr) {
    accounts_by_handle.put(key, account_id);
  }
}

namespace {

// The ID of the account stored as (platform, native_id), if any; with `handle_missing` told
// whether its handle is NULL.
std::optional<std::int64_t> find_account(IngestStatements &s, const std::string &platform,
                                         const std::string &native_id,
                                         bool *handle_missing = nullptr) {
  auto &find = s.find_account;
  find.reset();
  find.bind(":platform", platform);
  find.bind(":native_id", native_id);
  std::optional<std::int64_t> id;
  if (find.step()) {
    id = find.integer(0);
    if (handle_missing != nullptr) {
      *handle_missing = find.is_null(1);
    }
  }
  find.reset(); // ends the read now, not at the next use
  return id;
}

std::int64_t insert_account(IngestStatements &s, const std::string &platform,
                            const std::string &native_id, const std::string &handle) {
  auto &insert = s.insert_account;
  insert.reset();
  insert.bind(":platform", platform);
  insert.bind(":native_id", native_id);
  insert.bind_text_or_null(":handle", handle);
  insert.step();
  const auto id = insert.integer(0); // RETURNING id
  insert.reset();
  return id;
}

// A ref with a platform ID: found by it, else an account stored by handle only takes the ID,
// else a new account.
std::int64_t resolve_by_native_id(IngestStatements &s, Platform platform, const AccountRef &ref) {
  const std::string platform_name(to_string(platform));
  bool handle_missing = false;
  if (const auto id = find_account(s, platform_name, ref.native_id, &handle_missing)) {
    if (handle_missing && !ref.handle.empty()) {
      auto &set_handle = s.set_missing_handle;
      set_handle.reset();
      set_handle.bind(":handle", ref.handle);
      set_handle.bind(":id", *id);
      set_handle.run();
    }
    return *id;
  }
  // An account first seen by handle only gets its real ID now.
  if (!ref.handle.empty()) {
    const auto placeholder = placeholder_account_id(ref.handle);
    if (const auto id = find_account(s, platform_name, placeholder)) {
      auto &upgrade = s.upgrade_placeholder;
      upgrade.reset();
      upgrade.bind(":native_id", ref.native_id);
      upgrade.bind(":id", *id);
      upgrade.run();
      s.accounts_by_id.erase(account_key(platform, placeholder));
      return *id;
    }
  }
  return insert_account(s, platform_name, ref.native_id, ref.handle);
}

// A handle-only ref: the account with that handle (one with a real ID first), else a new
// account under a placeholder ID.
std::int64_t resolve_by_handle(IngestStatements &s, Platform platform, const AccountRef &ref) {
  const std::string platform_name(to_string(platform));
  auto &find = s.find_account_by_handle;
  find.reset();
  find.bind(":platform", platform_name);
  find.bind(":handle", ref.handle);
  const bool found = find.step();
  const auto id = found ? find.integer(0) : 0;
  find.reset();
  return found ? id
               : insert_account(s, platform_name, placeholder_account_id(ref.handle), ref.handle);
}

} // namespace

void prime_resolved_account(IngestStatements &s, Platform platform, const AccountRef &ref,
                            std::int64_t id) {
  if (!ref.native_id.empty()) {
    s.accounts_by_id.put(account_key(platform, ref.native_id), id);
    if (!ref.handle.empty()) {
      s.remember_handle(platform, ref.handle, id);
    }
  } else if (!ref.handle.empty()) {
    s.accounts_by_handle.put(handle_key(platform, ref.handle), id);
  }
}

std::int64_t resolve_account(IngestStatements &s, Platform platform, const AccountRef &ref) {
  if (!ref.native_id.empty()) {
    const auto key = account_key(platform, ref.native_id);
    if (const auto *cached = s.accounts_by_id.find(key)) {
      return *cached;
    }
    const auto id = resolve_by_native_id(s, platform, ref);
    s.accounts_by_id.put(key, id);
    if (!ref.handle.empty()) {
      s.remember_handle(platform, ref.handle, id);
    }
    return id;
  }
  const auto key = handle_key(platform, ref.handle);
  if (const auto *cached = s.accounts_by_handle.find(key)) {
    return *cached;
  }
  const auto id = resolve_by_handle(s, platform, ref);
  s.accounts_by_handle.put(key, id);
  return id;
}

} // namespace sociometer::store
