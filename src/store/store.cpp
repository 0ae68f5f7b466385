// SPDX-License-Identifier: Apache-2.0
#include "sociometer/store/store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <sqlite3.h>
#include <string_view>
#include <unordered_map>

#include "migrations.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"
#include "time_order.hpp"

namespace sociometer::store {

int latest_schema_version() noexcept { return migrations().back().version; }

struct Store::Impl {
  std::string path;
  SQLite::Database db;

  Impl(const std::string &store_path, int flags) : path(store_path), db(store_path, flags) {}

  [[noreturn]] void fail(const std::string &what, const std::exception &error) const {
    throw Error(ErrorKind::store, path + ": " + what + ": " + error.what());
  }
};

namespace {

constexpr const char *k_select_post = R"sql(
SELECT id, content_hash, is_primary, detail_rank, edited_at, version_key, text, synthetic_id,
       created_at, state
FROM posts WHERE platform = :platform AND native_id = :native_id
)sql";
// Candidates for one post arriving by a route without a shared ID (Meta CSV row ↔ DYI post).
constexpr const char *k_select_by_content = R"sql(
SELECT id, content_hash, is_primary, detail_rank, edited_at, version_key, text, synthetic_id,
       created_at, state
FROM posts WHERE content_key = :content_key AND platform = :platform AND synthetic_id <> :synthetic
)sql";

constexpr const char *k_insert_post = R"sql(
INSERT INTO posts (platform, native_id, account_id, created_at, kind, is_primary, state, text,
                   text_norm, text_truncated, lang, source_app, url, reply_to_native_id,
                   shared_of_native_id, quoted_native_id, content_hash, detail_rank, import_id,
                   visibility, lang_confidence, edited_at, version_key, synthetic_id, content_key)
VALUES (:platform, :native_id, :account_id, :created_at, :kind, :is_primary, :state, :text,
        :text_norm, :text_truncated, :lang, :source_app, :url, :reply_to, :shared_of, :quoted,
        :content_hash, :detail_rank, :import_id, :visibility, :lang_confidence, :edited_at,
        :version_key, :synthetic_id, :content_key)
)sql";

constexpr const char *k_update_post = R"sql(
UPDATE posts SET account_id = :account_id, created_at = :created_at, kind = :kind,
  is_primary = :is_primary, state = :state, text = :text, text_norm = :text_norm,
  text_truncated = :text_truncated, lang = :lang, source_app = :source_app, url = :url,
  reply_to_native_id = :reply_to, shared_of_native_id = :shared_of, quoted_native_id = :quoted,
  content_hash = :content_hash, detail_rank = :detail_rank, import_id = :import_id,
  visibility = :visibility, lang_confidence = :lang_confidence, edited_at = :edited_at,
  version_key = :version_key, content_key = :content_key, native_id = :native_id,
  synthetic_id = :synthetic_id
WHERE id = :id
)sql";

// Snapshots at the same instant from two routes complete each other; known values never change.
constexpr const char *k_upsert_metrics = R"sql(
INSERT INTO metric_snapshots (post_id, observed_at, import_id, likes, reposts, replies, quotes,
                              bookmarks, impressions, reach, link_clicks)
VALUES (:post_id, :observed_at, :import_id, :likes, :reposts, :replies, :quotes, :bookmarks,
        :impressions, :reach, :link_clicks)
ON CONFLICT (post_id, observed_at) DO UPDATE SET
  likes = coalesce(likes, excluded.likes), reposts = coalesce(reposts, excluded.reposts),
  replies = coalesce(replies, excluded.replies), quotes = coalesce(quotes, excluded.quotes),
  bookmarks = coalesce(bookmarks, excluded.bookmarks),
  impressions = coalesce(impressions, excluded.impressions), reach = coalesce(reach, excluded.reach),
  link_clicks = coalesce(link_clicks, excluded.link_clicks)
WHERE (likes IS NULL AND excluded.likes IS NOT NULL)
   OR (reposts IS NULL AND excluded.reposts IS NOT NULL)
   OR (replies IS NULL AND excluded.replies IS NOT NULL)
   OR (quotes IS NULL AND excluded.quotes IS NOT NULL)
   OR (bookmarks IS NULL AND excluded.bookmarks IS NOT NULL)
   OR (impressions IS NULL AND excluded.impressions IS NOT NULL)
   OR (reach IS NULL AND excluded.reach IS NOT NULL)
   OR (link_clicks IS NULL AND excluded.link_clicks IS NOT NULL)
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

std::string placeholder_id(std::string_view handle) {
  std::string id = "handle:";
  for (const char c : handle) {
    id += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return id;
}

// FNV-1a over the fields that define a post's content (not its counts, which are snapshots).
class ContentHash {
public:
  void add(std::string_view field) {
    for (const char c : field) {
      m_hash = (m_hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    }
    m_hash = (m_hash ^ 0x1fU) * 1099511628211ULL;
  }
  void add(std::int64_t value) { add(std::to_string(value)); }
  [[nodiscard]] std::string hex() const {
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(m_hash));
    return buffer;
  }

private:
  std::uint64_t m_hash = 14695981039346656037ULL;
};

// A prepared statement that resolves each named parameter once. SQLite finds a name by scanning
// all of them with strcmp, which was an eighth of the writer's work when done on every bind.
// Names are cached by the address of their string literal, so a miss is only a lost shortcut.
class Prepared {
public:
  Prepared(SQLite::Database &db, const char *sql) : m_statement(db, sql) {}
  int index(const char *name) {
    for (const auto &[key, value] : m_indices) {
      if (key == name) {
        return value;
      }
    }
    const int value = m_statement.getIndex(name);
    m_indices.emplace_back(name, value);
    return value;
  }
  template <typename T> void bind(const char *name, T &&value) {
    m_statement.bind(index(name), std::forward<T>(value));
  }
  void bind(const char *name) { m_statement.bind(index(name)); }
  void bindNoCopy(const char *name, const std::string &value) {
    m_statement.bindNoCopy(index(name), value);
  }
  int exec() { return m_statement.exec(); }
  bool executeStep() { return m_statement.executeStep(); }
  SQLite::Column getColumn(int column) { return m_statement.getColumn(column); }
  void reset() { m_statement.reset(); }
  void clearBindings() { m_statement.clearBindings(); }

private:
  SQLite::Statement m_statement;
  std::vector<std::pair<const char *, int>> m_indices;
};

template <typename Statement>
void bind_optional(Statement &statement, const char *name,
                   const std::optional<std::int64_t> &value) {
  if (value) {
    statement.bind(name, static_cast<int64_t>(*value));
  } else {
    statement.bind(name);
  }
}

template <typename Statement>
void bind_text_or_null(Statement &statement, const char *name, const std::string &value) {
  if (value.empty()) {
    statement.bind(name);
  } else {
    statement.bindNoCopy(name, value);
  }
}

template <typename Statement>
void bind_optional_cp(Statement &statement, const char *name,
                      const std::optional<std::int32_t> &value) {
  if (value) {
    statement.bind(name, *value);
  } else {
    statement.bind(name);
  }
}

// A statement stepped with sqlite3 directly, for the loops over millions of rows: SQLiteCpp's
// getColumn copies a shared_ptr per call, which cost more than SQLite's own work there. Errors
// are thrown as SQLite::Exception with SQLite's message and code, as SQLiteCpp does.
class RawStatement {
public:
  RawStatement(SQLite::Database &db, const std::string &sql) {
    if (const int code = sqlite3_prepare_v2(db.getHandle(), sql.c_str(), -1, &m_statement, nullptr);
        code != SQLITE_OK) {
      const SQLite::Exception error(db.getHandle(), code);
      sqlite3_finalize(m_statement);
      throw error;
    }
  }
  ~RawStatement() { sqlite3_finalize(m_statement); }
  RawStatement(const RawStatement &) = delete;
  RawStatement &operator=(const RawStatement &) = delete;
  void bind(const char *name, const std::string &value) {
    check(sqlite3_bind_text(m_statement, index_of(name), value.data(),
                            static_cast<int>(value.size()), SQLITE_TRANSIENT));
  }
  void bind(const char *name, std::int64_t value) {
    check(sqlite3_bind_int64(m_statement, index_of(name), value));
  }
  // Steps to the next row; false at the end.
  bool step() {
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW) {
      return true;
    }
    if (code == SQLITE_DONE) {
      return false;
    }
    throw SQLite::Exception(sqlite3_db_handle(m_statement), code);
  }
  [[nodiscard]] bool is_null(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
  }
  [[nodiscard]] std::int64_t integer(int column) const {
    return sqlite3_column_int64(m_statement, column);
  }
  // The column's text, empty for NULL; valid until the next step.
  [[nodiscard]] std::string_view text(int column) const {
    const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return value == nullptr
               ? std::string_view()
               : std::string_view(
                     value, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)));
  }

private:
  int index_of(const char *name) const {
    const int index = sqlite3_bind_parameter_index(m_statement, name);
    if (index == 0) {
      throw SQLite::Exception(std::string("no parameter ") + name);
    }
    return index;
  }
  void check(int code) const {
    if (code != SQLITE_OK) {
      throw SQLite::Exception(sqlite3_db_handle(m_statement), code);
    }
  }
  sqlite3_stmt *m_statement = nullptr;
};

// Post ID → a value (an index) for the selected posts. Child rows arrive in post ID order, so
// each lookup starts where the last one ended: a merge rather than a hash lookup per row.
class PostIdIndex {
public:
  explicit PostIdIndex(std::vector<std::pair<std::int64_t, std::int32_t>> entries)
      : m_entries(std::move(entries)) {
    std::sort(m_entries.begin(), m_entries.end());
  }
  // The value of post `id`, or -1 when the post is not selected.
  [[nodiscard]] std::int32_t find(std::int64_t id) const {
    // Fast paths: another row of the same post, or a row of the next one.
    for (const auto step : {0, 1}) {
      const auto at = m_cursor + static_cast<std::size_t>(step);
      if (at < m_entries.size() && m_entries[at].first == id) {
        m_cursor = at;
        return m_entries[at].second;
      }
    }
    const auto by_id = [](const auto &entry, std::int64_t value) { return entry.first < value; };
    const auto from = m_cursor < m_entries.size() && m_entries[m_cursor].first <= id
                          ? m_entries.begin() + static_cast<std::ptrdiff_t>(m_cursor)
                          : m_entries.begin();
    const auto it = std::lower_bound(from, m_entries.end(), id, by_id);
    m_cursor = static_cast<std::size_t>(it - m_entries.begin());
    return it != m_entries.end() && it->first == id ? it->second : -1;
  }
  [[nodiscard]] bool empty() const noexcept { return m_entries.empty(); }
  [[nodiscard]] std::size_t size() const noexcept { return m_entries.size(); }
  [[nodiscard]] std::int64_t lowest() const { return m_entries.front().first; }
  [[nodiscard]] std::int64_t highest() const { return m_entries.back().first; }

private:
  std::vector<std::pair<std::int64_t, std::int32_t>> m_entries;
  mutable std::size_t m_cursor = 0;
};

// The WHERE clause that selects a PostQuery's posts from `posts AS p LEFT JOIN accounts AS a`,
// and the binding of its parameters. Only the filters that are set go into the clause: a
// `:since IS NULL OR …` form would keep SQLite from using the time index, so a one-month report
// would scan every post.
struct PostSelection {
  explicit PostSelection(const PostQuery &selected) : query(selected) {
    const auto add = [&](bool present, const char *condition) {
      if (present) {
        where += " AND ";
        where += condition;
      }
    };
    add(query.since.has_value(), "p.created_at >= :since");
    add(query.until.has_value(), "p.created_at < :until");
    add(query.platform.has_value(), "p.platform = :platform");
    add(!query.lang.empty(), "p.lang = :lang");
    add(!query.account_handle.empty(), "lower(a.handle) = lower(:handle)");
    add(query.owned_only, "a.role = 'own'");
    add(!query.include_followers_only, "p.visibility <> 'private'");
  }
  void bind(RawStatement &statement) const {
    if (query.since) {
      statement.bind(":since", util::format_rfc3339_ms(*query.since));
    }
    if (query.until) {
      statement.bind(":until", util::format_rfc3339_ms(*query.until));
    }
    if (query.platform) {
      statement.bind(":platform", std::string(to_string(*query.platform)));
    }
    if (!query.lang.empty()) {
      statement.bind(":lang", query.lang);
    }
    if (!query.account_handle.empty()) {
      statement.bind(":handle", query.account_handle);
    }
  }

  const PostQuery &query;
  std::string where = "p.is_primary = 1 AND p.created_at IS NOT NULL";
};

// Child rows (snapshots, links, edges, hashtags) of selected posts. Post IDs follow ingest order,
// so a period's posts mostly sit in one ID range: when the range holds few other posts, reading
// the child tables' rows of that range (a primary-key range) and keeping those of selected posts
// is several times faster than joining every row back to its post's filters.
class ChildRows {
public:
  ChildRows(SQLite::Database &db, const PostSelection &selection, const PostIdIndex &selected)
      : m_db(db), m_selection(selection), m_lowest(selected.empty() ? 0 : selected.lowest()),
        m_highest(selected.empty() ? 0 : selected.highest()),
        m_read_id_range(!selected.empty() &&
                        m_highest - m_lowest < 4 * static_cast<std::int64_t>(selected.size())) {}
  // `columns` of `table` (alias t) where `condition` holds, in `order`; callers still skip rows
  // of posts that are not selected.
  [[nodiscard]] std::unique_ptr<RawStatement> rows(const std::string &columns,
                                                   const std::string &table,
                                                   const std::string &condition,
                                                   const std::string &order) const {
    auto sql = "SELECT " + columns + " FROM " + table + " AS t";
    if (m_read_id_range) {
      sql += " WHERE t.post_id BETWEEN :lowest AND :highest" +
             (condition.empty() ? std::string() : " AND " + condition);
    } else {
      sql += " JOIN posts AS p ON p.id = t.post_id LEFT JOIN accounts AS a ON a.id = "
             "p.account_id WHERE " +
             (condition.empty() ? std::string() : condition + " AND ") + m_selection.where;
    }
    auto statement = std::make_unique<RawStatement>(m_db, sql + " ORDER BY " + order);
    if (m_read_id_range) {
      statement->bind(":lowest", m_lowest);
      statement->bind(":highest", m_highest);
    } else {
      m_selection.bind(*statement);
    }
    return statement;
  }

private:
  SQLite::Database &m_db;
  const PostSelection &m_selection;
  std::int64_t m_lowest;
  std::int64_t m_highest;
  bool m_read_id_range;
};

// Accounts linked as one identity (`account link`) stand for their link's first account, own
// accounts first, so every analysis counts them as one.
struct AccountLinks {
  std::unordered_map<std::int64_t, std::int64_t> linked_to;
  std::unordered_map<std::int64_t, std::string> names; // of each link's first account
  // The identity's other accounts, in link order: their follower counts are loaded separately,
  // so growth can sum the identity and platform rows can take only their platform's account.
  std::unordered_map<std::int64_t, std::vector<std::int64_t>> members;

  explicit AccountLinks(SQLite::Database &db) {
    SQLite::Statement links(db, "SELECT id, link_name FROM accounts WHERE link_name IS NOT NULL "
                                "ORDER BY link_name, role <> 'own', id");
    std::string current;
    std::int64_t first = 0;
    while (links.executeStep()) {
      const auto id = links.getColumn(0).getInt64();
      auto name = links.getColumn(1).getString();
      if (name != current || first == 0) {
        first = id;
        names.emplace(id, name);
        current = std::move(name);
      } else {
        members[first].push_back(id);
      }
      linked_to.emplace(id, first);
    }
  }
  // The account that stands for `account_id`'s identity.
  [[nodiscard]] std::int64_t identity(std::int64_t account_id) const {
    const auto it = linked_to.find(account_id);
    return it == linked_to.end() ? account_id : it->second;
  }
};

std::optional<TimePoint> column_time(const SQLite::Column &column) {
  if (column.isNull()) {
    return std::nullopt;
  }
  return util::parse_iso8601(column.getString());
}

std::optional<std::int64_t> column_int(const SQLite::Column &column) {
  if (column.isNull()) {
    return std::nullopt;
  }
  return column.getInt64();
}

// Store account ID → dense index, in order of first use. Account IDs are row IDs, so a vector
// beats a hash map over a million lookups.
class AccountIndex {
public:
  explicit AccountIndex(SQLite::Database &db) {
    SQLite::Statement bound(db, "SELECT max(id) FROM accounts");
    if (bound.executeStep() && !bound.getColumn(0).isNull() && bound.getColumn(0).getInt64() >= 0) {
      m_dense.assign(static_cast<std::size_t>(bound.getColumn(0).getInt64()) + 1, -1);
    }
  }
  std::int32_t operator()(std::int64_t account_id) {
    // IDs outside the range read at the start (a hand-edited row, an account written since)
    // go to a hash map rather than growing the vector to their size.
    const bool dense = account_id >= 0 && static_cast<std::uint64_t>(account_id) < m_dense.size();
    auto &slot = dense ? m_dense[static_cast<std::size_t>(account_id)]
                       : m_sparse.try_emplace(account_id, -1).first->second;
    if (slot < 0) {
      slot = static_cast<std::int32_t>(m_ids.size());
      m_ids.push_back(account_id);
    }
    return slot;
  }
  // The account IDs by index.
  [[nodiscard]] const std::vector<std::int64_t> &ids() const noexcept { return m_ids; }

private:
  std::vector<std::int32_t> m_dense;
  std::unordered_map<std::int64_t, std::int32_t> m_sparse;
  std::vector<std::int64_t> m_ids;
};

// The facts of the accounts of `account_index`, at their indices: platform, IDs, role, follower
// snapshots, and for a linked identity its name and other accounts.
std::vector<AccountFacts> load_account_facts(SQLite::Database &db,
                                             const AccountIndex &account_index,
                                             const AccountLinks &links) {
  std::vector<AccountFacts> accounts(account_index.ids().size());
  SQLite::Statement account(db, "SELECT platform, native_id, handle, role FROM accounts "
                                "WHERE id = :id");
  SQLite::Statement followers(db, "SELECT observed_at, followers FROM follower_snapshots "
                                  "WHERE account_id = :id AND followers IS NOT NULL "
                                  "ORDER BY observed_at");
  const auto read_followers = [&](std::int64_t account_id, FollowerSnapshots &series) {
    followers.reset();
    followers.bind(":id", static_cast<int64_t>(account_id));
    while (followers.executeStep()) {
      if (const auto at = column_time(followers.getColumn(0))) {
        series.emplace_back(*at, followers.getColumn(1).getInt64());
      }
    }
  };
  for (std::size_t index = 0; index < accounts.size(); ++index) {
    const auto id = account_index.ids()[index];
    auto &facts = accounts[index];
    facts.id = id;
    account.reset();
    account.bind(":id", static_cast<int64_t>(id));
    if (account.executeStep()) {
      facts.platform = parse_platform(account.getColumn(0).getString()).value_or(Platform::other);
      facts.native_id = account.getColumn(1).getString();
      facts.handle = account.getColumn(2).getString();
      facts.role =
          parse_account_role(account.getColumn(3).getString()).value_or(AccountRole::other);
    }
    if (const auto link = links.names.find(id); link != links.names.end()) {
      facts.handle = link->second;
    }
    read_followers(id, facts.followers);
    if (const auto members = links.members.find(id); members != links.members.end()) {
      for (const auto member : members->second) {
        LinkedAccountFollowers linked;
        account.reset();
        account.bind(":id", static_cast<int64_t>(member));
        if (account.executeStep()) {
          linked.platform =
              parse_platform(account.getColumn(0).getString()).value_or(Platform::other);
        }
        read_followers(member, linked.followers);
        facts.linked.push_back(std::move(linked));
      }
    }
  }
  return accounts;
}

EdgeKind edge_kind_of(std::string_view kind) {
  return kind == "repost"  ? EdgeKind::repost
         : kind == "quote" ? EdgeKind::quote
         : kind == "reply" ? EdgeKind::reply
                           : EdgeKind::mention;
}

// The interactions carried by the selected posts, in (post ID, kind, target) order; each names
// its post's value in `post_index` when `with_post`, else -1. Targets that never posted join
// `account_index` here.
std::vector<InteractionFacts> read_interactions(const ChildRows &child,
                                                const PostIdIndex &post_index,
                                                const AccountLinks &links,
                                                AccountIndex &account_index, bool with_post) {
  std::vector<InteractionFacts> interactions;
  const auto edges_query = child.rows("t.post_id, t.kind, t.actor_account_id, t.target_account_id",
                                      "edges", "", "t.post_id, t.kind, t.target_account_id");
  auto &edges = *edges_query;
  while (edges.step()) {
    const auto post = post_index.find(edges.integer(0));
    if (post < 0) {
      continue;
    }
    InteractionFacts interaction;
    interaction.post = with_post ? post : -1;
    interaction.kind = edge_kind_of(edges.text(1));
    interaction.actor = account_index(links.identity(edges.integer(2)));
    interaction.target = account_index(links.identity(edges.integer(3)));
    interactions.push_back(interaction);
  }
  return interactions;
}

// GraphInput's count order.
bool by_account_then_text(const AccountTextCount &a, const AccountTextCount &b) {
  return std::tie(a.account, a.text) < std::tie(b.account, b.text);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Store

Store::Store(const std::string &path, OpenMode mode) {
  // One connection per thread (the library is used from one thread): no SQLite mutexes.
  int flags = SQLite::OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (mode == OpenMode::read_write_create) {
    flags |= SQLite::OPEN_CREATE;
  } else if (mode == OpenMode::read_only) {
    flags = SQLite::OPEN_READONLY | SQLITE_OPEN_NOMUTEX;
  }
  try {
    m_impl = std::make_unique<Impl>(path, flags);
    // A reader (report) should wait for a writer's short commit rather than fail at once.
    m_impl->db.setBusyTimeout(10000);
    if (mode != OpenMode::read_only) {
      m_impl->db.exec("PRAGMA journal_mode = WAL");
      m_impl->db.exec("PRAGMA synchronous = NORMAL");
      // Fewer, larger checkpoints: bulk ingests write each page to the main file less often.
      m_impl->db.exec("PRAGMA wal_autocheckpoint = 16384");
    } else {
      m_impl->db.exec("PRAGMA query_only = ON");
      // Analyses scan large tables: reading pages through a mapping instead of read() copies
      // makes a full scan about 1.5x faster (docs/performance.md). The mapped pages are the OS
      // page cache's, shown in RSS but reclaimable.
      m_impl->db.exec("PRAGMA mmap_size = 1073741824");
    }
    m_impl->db.exec("PRAGMA foreign_keys = ON");
    m_impl->db.exec("PRAGMA cache_size = -65536");
    m_impl->db.exec("PRAGMA temp_store = MEMORY");
  } catch (const SQLite::Exception &error) {
    const bool missing = mode != OpenMode::read_write_create;
    throw Error(ErrorKind::store, path + ": cannot open store: " + error.what(),
                missing ? "run `sociometer init` to create it, or pass --db PATH" : "");
  }
  if (schema_version() > latest_schema_version()) {
    throw Error(ErrorKind::store,
                path + ": store schema v" + std::to_string(schema_version()) +
                    " is newer than this sociometer (v" + std::to_string(latest_schema_version()) +
                    ")",
                "upgrade sociometer");
  }
}

Store::~Store() = default;
Store::Store(Store &&) noexcept = default;
Store &Store::operator=(Store &&) noexcept = default;

int Store::schema_version() const {
  try {
    return m_impl->db.execAndGet("PRAGMA user_version").getInt();
  } catch (const SQLite::Exception &error) {
    m_impl->fail("cannot read schema version", error);
  }
}

int Store::migrate() {
  int applied = 0;
  for (const auto &migration : migrations()) {
    if (migration.version <= schema_version()) {
      continue;
    }
    try {
      SQLite::Transaction transaction(m_impl->db);
      m_impl->db.exec(std::string(migration.sql));
      m_impl->db.exec("PRAGMA user_version = " + std::to_string(migration.version));
      transaction.commit();
      ++applied;
    } catch (const SQLite::Exception &error) {
      m_impl->fail("migration " + std::string(migration.name) + " failed", error);
    }
  }
  return applied;
}

void Store::require_current_schema() const {
  const int version = schema_version();
  if (version == 0) {
    throw Error(ErrorKind::store, m_impl->path + ": not a sociometer store (no schema)",
                "run `sociometer init` first, or pass --db PATH");
  }
  if (version < latest_schema_version()) {
    throw Error(ErrorKind::store,
                m_impl->path + ": store schema v" + std::to_string(version) +
                    " is older than this sociometer (v" + std::to_string(latest_schema_version()) +
                    ")",
                "run `sociometer init` to migrate it");
  }
}

std::optional<std::string> Store::setting(const std::string &key) const {
  try {
    SQLite::Statement query(m_impl->db, "SELECT value FROM settings WHERE key = :key");
    query.bind(":key", key);
    if (query.executeStep()) {
      return query.getColumn(0).getString();
    }
    return std::nullopt;
  } catch (const SQLite::Exception &error) {
    m_impl->fail("cannot read setting " + key, error);
  }
}

void Store::set_setting(const std::string &key, const std::string &value) {
  try {
    SQLite::Statement statement(m_impl->db,
                                "INSERT INTO settings (key, value) VALUES (:key, :value) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    statement.bind(":key", key);
    statement.bind(":value", value);
    statement.exec();
  } catch (const SQLite::Exception &error) {
    m_impl->fail("cannot write setting " + key, error);
  }
}

std::int64_t Store::begin_import(const std::string &path, const std::string &format) {
  try {
    SQLite::Statement statement(m_impl->db, "INSERT INTO imports (path, format, started_at) "
                                            "VALUES (:path, :format, :started_at)");
    statement.bind(":path", path);
    statement.bind(":format", format);
    statement.bind(":started_at", util::format_rfc3339_ms(util::report_clock_now()));
    statement.exec();
    return m_impl->db.getLastInsertRowid();
  } catch (const SQLite::Exception &error) {
    m_impl->fail("cannot record import of " + path, error);
  }
}

void Store::finish_import(std::int64_t import_id, ImportOutcome outcome, const IngestCounts &counts,
                          const std::string &sha256, const std::string &message) {
  try {
    SQLite::Statement statement(m_impl->db, R"sql(
      UPDATE imports SET finished_at = :finished_at, outcome = :outcome, sha256 = :sha256,
        posts_new = :posts_new, posts_updated = :posts_updated,
        posts_unchanged = :posts_unchanged, records_skipped = :records_skipped,
        message = :message
      WHERE id = :id)sql");
    const char *outcome_name = outcome == ImportOutcome::ok        ? "ok"
                               : outcome == ImportOutcome::partial ? "partial"
                                                                   : "failed";
    statement.bind(":finished_at", util::format_rfc3339_ms(util::report_clock_now()));
    statement.bind(":outcome", outcome_name);
    bind_text_or_null(statement, ":sha256", sha256);
    statement.bind(":posts_new", static_cast<int64_t>(counts.posts_new));
    statement.bind(":posts_updated", static_cast<int64_t>(counts.posts_updated));
    statement.bind(":posts_unchanged", static_cast<int64_t>(counts.posts_unchanged));
    statement.bind(":records_skipped", static_cast<int64_t>(counts.records_skipped));
    bind_text_or_null(statement, ":message", message);
    statement.bind(":id", static_cast<int64_t>(import_id));
    statement.exec();
  } catch (const SQLite::Exception &error) {
    m_impl->fail("cannot record the end of import " + std::to_string(import_id), error);
  }
}

std::unique_ptr<IngestWriter> Store::writer(std::int64_t import_id) {
  return std::make_unique<IngestWriter>(*m_impl, import_id);
}

std::vector<PlatformStatus> Store::status() const {
  std::vector<PlatformStatus> rows;
  try {
    SQLite::Statement query(m_impl->db, R"sql(
      SELECT p.platform,
             sum(p.is_primary),
             sum(1 - p.is_primary),
             (SELECT count(*) FROM accounts AS a WHERE a.platform = p.platform),
             min(CASE WHEN p.is_primary THEN p.created_at END),
             max(CASE WHEN p.is_primary THEN p.created_at END),
             (SELECT max(i.finished_at) FROM imports AS i
               WHERE i.id IN (SELECT DISTINCT import_id FROM posts AS q
                              WHERE q.platform = p.platform))
      FROM posts AS p
      GROUP BY p.platform
      ORDER BY p.platform)sql");
    while (query.executeStep()) {
      PlatformStatus row;
      row.platform = parse_platform(query.getColumn(0).getString()).value_or(Platform::other);
      row.posts = query.getColumn(1).getInt64();
      row.referenced_posts = query.getColumn(2).getInt64();
      row.accounts = query.getColumn(3).getInt64();
      row.first_post_at = column_time(query.getColumn(4));
      row.last_post_at = column_time(query.getColumn(5));
      row.last_import_at = column_time(query.getColumn(6));
      rows.push_back(std::move(row));
    }
  } catch (const SQLite::Exception &error) {
    m_impl->fail("cannot read status", error);
  }
  return rows;
}

Dataset Store::load(const PostQuery &query) const {
  Dataset dataset;
  try {
    const PostSelection selection(query);
    // Graph analyses need no content: NULLs instead of texts and native IDs save a string per
    // column and post on big stores.
    const std::string content_columns =
        query.with_content
            ? "p.native_id, p.text, p.shared_of_native_id, p.quoted_native_id, p.reply_to_native_id"
            : "NULL, NULL, NULL, NULL, NULL";
    RawStatement posts(m_impl->db,
                       "SELECT p.id, p.platform, p.account_id, p.created_at, p.kind, p.lang, " +
                           content_columns +
                           " FROM posts AS p LEFT JOIN accounts AS a ON a.id = p.account_id "
                           "WHERE " +
                           selection.where);
    selection.bind(posts);
    const AccountLinks links(m_impl->db);
    AccountIndex account_index(m_impl->db);
    std::vector<std::int64_t> author_of; // per loaded post: its (linked) account id, or 0
    while (posts.step()) {
      PostFacts post;
      post.id = posts.integer(0);
      post.native_id = posts.text(6);
      post.platform = parse_platform(posts.text(1)).value_or(Platform::other);
      std::int64_t account_id = 0; // row IDs start at 1
      if (!posts.is_null(2)) {
        const auto author_id = posts.integer(2);
        account_id = links.identity(author_id);
        if (author_id != account_id) {
          const auto &members = links.members.at(account_id);
          post.author_linked = static_cast<std::int32_t>(
              std::find(members.begin(), members.end(), author_id) - members.begin());
        }
      }
      author_of.push_back(account_id);
      post.created_at = util::parse_iso8601(posts.text(3)).value_or(TimePoint{});
      post.kind = parse_post_kind(posts.text(4)).value_or(PostKind::post);
      post.lang = posts.text(5);
      post.text = posts.text(7);
      post.shared_of_id = posts.text(8);
      post.quoted_id = posts.text(9);
      post.reply_to_id = posts.text(10);
      dataset.posts.push_back(std::move(post));
    }
    // Time order, sorted here rather than by SQL: an ORDER BY makes SQLite walk the time index
    // and fetch every row from the table out of order, ~3x slower than a scan on large stores.
    const auto by_time = time_order(
        dataset.posts.size(), [&](std::size_t i) { return dataset.posts[i].created_at; },
        [&](std::size_t i) { return dataset.posts[i].id; });
    if (!by_time.empty()) {
      apply_order(dataset.posts, by_time);
      apply_order(author_of, by_time);
    }
    // Account indices in order of first post, so vertex order (which Leiden's result depends on)
    // does not depend on where rows sit in the file.
    std::vector<std::pair<std::int64_t, std::int32_t>> id_entries;
    id_entries.reserve(dataset.posts.size());
    for (std::size_t i = 0; i < dataset.posts.size(); ++i) {
      if (const auto author = author_of[i]; author != 0) {
        dataset.posts[i].account = account_index(author);
      }
      id_entries.emplace_back(dataset.posts[i].id, static_cast<std::int32_t>(i));
    }
    const PostIdIndex post_index(std::move(id_entries));
    const ChildRows child(m_impl->db, selection, post_index);

    // Each count is its latest reported value: snapshots in time order, a later non-null value
    // replacing an earlier one, so a route that does not report a count never erases it.
    if (query.with_metrics) {
      const auto snapshots_query = child.rows(
          "t.post_id, t.likes, t.reposts, t.replies, t.quotes, t.bookmarks, t.impressions, "
          "t.reach, t.link_clicks",
          "metric_snapshots", "", "t.post_id, t.observed_at");
      auto &snapshots = *snapshots_query;
      while (snapshots.step()) {
        const auto index = post_index.find(snapshots.integer(0));
        if (index < 0) {
          continue;
        }
        auto &metrics = dataset.posts[static_cast<std::size_t>(index)].metrics;
        std::optional<std::int64_t> *fields[] = {
            &metrics.likes,     &metrics.reposts,     &metrics.replies, &metrics.quotes,
            &metrics.bookmarks, &metrics.impressions, &metrics.reach,   &metrics.link_clicks};
        for (int c = 0; c < 8; ++c) {
          if (!snapshots.is_null(c + 1)) {
            *fields[c] = snapshots.integer(c + 1);
          }
        }
      }
    }

    if (query.with_urls) {
      const auto urls_query =
          child.rows("t.post_id, coalesce(t.expanded_url, t.url)", "post_urls",
                     "coalesce(t.expanded_url, t.url) IS NOT NULL", "t.post_id, t.position");
      auto &urls = *urls_query;
      while (urls.step()) {
        const auto index = post_index.find(urls.integer(0));
        if (index >= 0) {
          dataset.urls.emplace_back(index, std::string(urls.text(1)));
        }
      }
    }

    if (query.with_interactions) {
      dataset.interactions = read_interactions(child, post_index, links, account_index, true);
    }

    dataset.accounts = load_account_facts(m_impl->db, account_index, links);

    if (query.with_hashtags) {
      const auto tags_query =
          child.rows("t.post_id, t.tag", "post_hashtags", "", "t.post_id, t.position");
      auto &tags = *tags_query;
      while (tags.step()) {
        const auto index = post_index.find(tags.integer(0));
        if (index >= 0) {
          dataset.hashtags.emplace_back(index, tags.text(1));
        }
      }
    }
  } catch (const SQLite::Exception &error) {
    m_impl->fail("cannot load posts", error);
  }
  return dataset;
}

GraphInput Store::load_graph(const PostQuery &query) const {
  GraphInput graph;
  try {
    const PostSelection selection(query);
    RawStatement posts(m_impl->db,
                       "SELECT p.id, p.account_id, p.created_at, p.lang FROM posts AS p "
                       "LEFT JOIN accounts AS a ON a.id = p.account_id WHERE " +
                           selection.where);
    selection.bind(posts);
    const AccountLinks links(m_impl->db);
    // Per selected post only what the graph needs; languages as small numbers.
    struct Selected {
      TimePoint created_at;
      std::int64_t id = 0;
      std::int64_t author = 0; // (linked) account id, 0 when unknown
      std::uint32_t lang = 0;  // index into `languages`
    };
    std::vector<Selected> selected;
    std::vector<std::string> languages;
    std::unordered_map<std::string, std::uint32_t> language_ids;
    while (posts.step()) {
      Selected post;
      post.id = posts.integer(0);
      post.author = posts.is_null(1) ? 0 : links.identity(posts.integer(1));
      post.created_at = util::parse_iso8601(posts.text(2)).value_or(TimePoint{});
      const auto lang = posts.text(3).empty() ? std::string_view("und") : posts.text(3);
      const auto [found, added] =
          language_ids.try_emplace(std::string(lang), static_cast<std::uint32_t>(languages.size()));
      if (added) {
        languages.push_back(found->first);
      }
      post.lang = found->second;
      selected.push_back(post);
    }
    const auto by_time = time_order(
        selected.size(), [&](std::size_t i) { return selected[i].created_at; },
        [&](std::size_t i) { return selected[i].id; });
    if (!by_time.empty()) {
      apply_order(selected, by_time);
    }
    // Account indices as Store::load assigns them: in order of first post, then of first
    // interaction.
    AccountIndex account_index(m_impl->db);
    std::vector<std::int32_t> account_of(selected.size(), -1); // per selected post, in time order
    std::unordered_map<std::uint64_t, std::int64_t> language_counts; // (account, language) → n
    std::vector<std::pair<std::int64_t, std::int32_t>> id_entries;
    id_entries.reserve(selected.size());
    for (std::size_t i = 0; i < selected.size(); ++i) {
      if (selected[i].author != 0) {
        account_of[i] = account_index(selected[i].author);
        ++language_counts[(static_cast<std::uint64_t>(account_of[i]) << 32) | selected[i].lang];
      }
      id_entries.emplace_back(selected[i].id, static_cast<std::int32_t>(i));
    }
    const PostIdIndex post_index(std::move(id_entries));
    const ChildRows child(m_impl->db, selection, post_index);

    graph.interactions = read_interactions(child, post_index, links, account_index, false);
    graph.accounts = load_account_facts(m_impl->db, account_index, links);
    for (const auto &[key, count] : language_counts) {
      graph.languages.push_back(
          {static_cast<std::int32_t>(key >> 32), languages[key & 0xffffffffU], count});
    }
    std::sort(graph.languages.begin(), graph.languages.end(), by_account_then_text);

    if (query.with_hashtags) {
      // Tags interned to numbers and counted per (account, tag): an ordered map keyed by strings
      // was the slowest step on a million posts.
      std::unordered_map<std::string, std::uint32_t> tag_ids;
      std::vector<const std::string *> tag_texts;
      std::vector<std::uint64_t> tag_uses; // (account << 32 | tag), one per use
      const auto tags_query =
          child.rows("t.post_id, t.tag", "post_hashtags", "", "t.post_id, t.position");
      auto &tags = *tags_query;
      std::string tag;
      while (tags.step()) {
        const auto position = post_index.find(tags.integer(0));
        if (position < 0 || account_of[static_cast<std::size_t>(position)] < 0) {
          continue;
        }
        tag = tags.text(1);
        const auto [it, added] =
            tag_ids.try_emplace(tag, static_cast<std::uint32_t>(tag_texts.size()));
        if (added) {
          tag_texts.push_back(&it->first); // node-based map: the key's address stays put
        }
        tag_uses.push_back(
            (static_cast<std::uint64_t>(account_of[static_cast<std::size_t>(position)]) << 32) |
            it->second);
      }
      // Counted by sorting the uses: faster than a hash map increment per use.
      std::sort(tag_uses.begin(), tag_uses.end());
      for (std::size_t i = 0; i < tag_uses.size();) {
        std::size_t j = i;
        while (j < tag_uses.size() && tag_uses[j] == tag_uses[i]) {
          ++j;
        }
        graph.hashtags.push_back({static_cast<std::int32_t>(tag_uses[i] >> 32),
                                  *tag_texts[tag_uses[i] & 0xffffffffU],
                                  static_cast<std::int64_t>(j - i)});
        i = j;
      }
      std::sort(graph.hashtags.begin(), graph.hashtags.end(), by_account_then_text);
    }
  } catch (const SQLite::Exception &error) {
    m_impl->fail("cannot load the interaction graph", error);
  }
  return graph;
}

std::optional<TimePoint> Store::newest_post_time() const {
  try {
    SQLite::Statement query(m_impl->db, "SELECT max(created_at) FROM posts WHERE is_primary = 1");
    if (query.executeStep()) {
      return column_time(query.getColumn(0));
    }
    return std::nullopt;
  } catch (const SQLite::Exception &error) {
    m_impl->fail("cannot read the newest post", error);
  }
}

void Store::save_campaign(const Campaign &campaign) {
  try {
    SQLite::Transaction transaction(m_impl->db);
    SQLite::Statement remove(m_impl->db, "DELETE FROM campaigns WHERE name = :name");
    remove.bind(":name", campaign.name);
    remove.exec();
    SQLite::Statement insert(m_impl->db, "INSERT INTO campaigns (name, starts_at, ends_at) "
                                         "VALUES (:name, :starts_at, :ends_at)");
    insert.bind(":name", campaign.name);
    // Named locals: bind_text_or_null does not copy, so the strings must outlive exec().
    const auto starts =
        campaign.starts_at ? util::format_rfc3339_ms(*campaign.starts_at) : std::string();
    const auto ends = campaign.ends_at ? util::format_rfc3339_ms(*campaign.ends_at) : std::string();
    bind_text_or_null(insert, ":starts_at", starts);
    bind_text_or_null(insert, ":ends_at", ends);
    insert.exec();
    const auto id = m_impl->db.getLastInsertRowid();
    SQLite::Statement term(m_impl->db,
                           "INSERT OR IGNORE INTO campaign_terms (campaign_id, kind, lang, value) "
                           "VALUES (:id, :kind, :lang, :value)");
    const auto add = [&](const char *kind, const std::string &lang, const std::string &value) {
      term.reset();
      term.bind(":id", static_cast<int64_t>(id));
      term.bind(":kind", kind);
      term.bind(":lang", lang);
      term.bind(":value", value);
      term.exec();
    };
    for (const auto &tag : campaign.hashtags) {
      add("hashtag", "*", tag);
    }
    for (const auto &[lang, keyword] : campaign.keywords) {
      add("keyword", lang, keyword);
    }
    for (const auto &url : campaign.urls) {
      add("url", "*", url);
    }
    for (const auto &url : campaign.cta_urls) {
      add("cta_url", "*", url);
    }
    transaction.commit();
  } catch (const SQLite::Exception &error) {
    m_impl->fail("cannot save campaign " + campaign.name, error);
  }
}

std::vector<Campaign> Store::campaigns() const {
  std::vector<Campaign> result;
  try {
    SQLite::Statement query(m_impl->db,
                            "SELECT id, name, starts_at, ends_at FROM campaigns ORDER BY name");
    SQLite::Statement terms(m_impl->db,
                            "SELECT kind, lang, value FROM campaign_terms WHERE campaign_id = :id "
                            "ORDER BY kind, lang, value");
    while (query.executeStep()) {
      Campaign campaign;
      campaign.name = query.getColumn(1).getString();
      campaign.starts_at = column_time(query.getColumn(2));
      campaign.ends_at = column_time(query.getColumn(3));
      terms.reset();
      terms.bind(":id", static_cast<int64_t>(query.getColumn(0).getInt64()));
      while (terms.executeStep()) {
        const auto kind = terms.getColumn(0).getString();
        auto value = terms.getColumn(2).getString();
        if (kind == "hashtag") {
          campaign.hashtags.push_back(std::move(value));
        } else if (kind == "keyword") {
          campaign.keywords.emplace_back(terms.getColumn(1).getString(), std::move(value));
        } else if (kind == "url") {
          campaign.urls.push_back(std::move(value));
        } else {
          campaign.cta_urls.push_back(std::move(value));
        }
      }
      result.push_back(std::move(campaign));
    }
  } catch (const SQLite::Exception &error) {
    m_impl->fail("cannot read campaigns", error);
  }
  return result;
}

bool Store::remove_campaign(const std::string &name) {
  try {
    SQLite::Transaction transaction(m_impl->db);
    SQLite::Statement terms(m_impl->db, "DELETE FROM campaign_terms WHERE campaign_id IN "
                                        "(SELECT id FROM campaigns WHERE name = :name)");
    terms.bind(":name", name);
    terms.exec();
    SQLite::Statement remove(m_impl->db, "DELETE FROM campaigns WHERE name = :name");
    remove.bind(":name", name);
    const bool removed = remove.exec() > 0;
    transaction.commit();
    return removed;
  } catch (const SQLite::Exception &error) {
    m_impl->fail("cannot remove campaign " + name, error);
  }
}

std::optional<TimePoint> Store::oldest_post_time() const {
  try {
    SQLite::Statement query(m_impl->db, "SELECT min(created_at) FROM posts WHERE is_primary = 1");
    if (query.executeStep()) {
      return column_time(query.getColumn(0));
    }
    return std::nullopt;
  } catch (const SQLite::Exception &error) {
    m_impl->fail("cannot read the oldest post", error);
  }
}

bool Store::set_account_role(Platform platform, const std::string &handle, AccountRole role) {
  try {
    SQLite::Statement statement(m_impl->db, "UPDATE accounts SET role = :role WHERE platform = "
                                            ":platform AND lower(handle) = lower(:handle)");
    statement.bind(":role", std::string(to_string(role)));
    statement.bind(":platform", std::string(to_string(platform)));
    statement.bind(":handle", handle);
    return statement.exec() > 0;
  } catch (const SQLite::Exception &error) {
    m_impl->fail("cannot set the role of " + handle, error);
  }
}

bool Store::declare_account(Platform platform, const std::string &handle, AccountRole role) {
  if (set_account_role(platform, handle, role)) {
    return true;
  }
  try {
    SQLite::Statement insert(m_impl->db, "INSERT INTO accounts (platform, native_id, handle, role) "
                                         "VALUES (:platform, :native_id, :handle, :role)");
    insert.bind(":platform", std::string(to_string(platform)));
    insert.bind(":native_id", placeholder_id(handle));
    insert.bind(":handle", handle);
    insert.bind(":role", std::string(to_string(role)));
    insert.exec();
    return false;
  } catch (const SQLite::Exception &error) {
    m_impl->fail("cannot declare account " + handle, error);
  }
}

void Store::link_accounts(const std::string &name,
                          const std::vector<std::pair<Platform, std::string>> &accounts) {
  try {
    SQLite::Transaction transaction(m_impl->db);
    SQLite::Statement link(m_impl->db, "UPDATE accounts SET link_name = :name WHERE platform = "
                                       ":platform AND lower(handle) = lower(:handle)");
    for (const auto &[platform, handle] : accounts) {
      link.reset();
      link.bind(":name", name);
      link.bind(":platform", std::string(to_string(platform)));
      link.bind(":handle", handle);
      if (link.exec() == 0) {
        throw Error(ErrorKind::usage,
                    "account link: no account " + handle + " on " +
                        std::string(to_string(platform)) + " in the store",
                    "ingest its posts first, or declare it with `sociometer account set`");
      }
    }
    transaction.commit();
  } catch (const SQLite::Exception &error) {
    m_impl->fail("cannot link accounts as " + name, error);
  }
}

int Store::unlink_accounts(const std::string &name) {
  try {
    SQLite::Statement unlink(m_impl->db,
                             "UPDATE accounts SET link_name = NULL WHERE link_name = :name");
    unlink.bind(":name", name);
    return unlink.exec();
  } catch (const SQLite::Exception &error) {
    m_impl->fail("cannot remove link " + name, error);
  }
}

std::vector<AccountSummary> Store::accounts(const AccountQuery &query) const {
  std::vector<AccountSummary> rows;
  try {
    SQLite::Statement select(m_impl->db, R"sql(
      SELECT a.platform, a.native_id, a.handle, a.display_name, a.role, a.link_name,
             (SELECT count(*) FROM posts AS p WHERE p.account_id = a.id AND p.is_primary = 1),
             f.followers, f.observed_at
      FROM accounts AS a
      LEFT JOIN follower_snapshots AS f ON f.account_id = a.id AND f.observed_at =
        (SELECT max(g.observed_at) FROM follower_snapshots AS g
         WHERE g.account_id = a.id AND g.followers IS NOT NULL)
      WHERE (:platform IS NULL OR a.platform = :platform)
        AND (:role IS NULL OR a.role = :role))sql");
    if (query.platform) {
      select.bind(":platform", std::string(to_string(*query.platform)));
    }
    if (query.role) {
      select.bind(":role", std::string(to_string(*query.role)));
    }
    while (select.executeStep()) {
      AccountSummary row;
      row.platform = parse_platform(select.getColumn(0).getString()).value_or(Platform::other);
      row.native_id = select.getColumn(1).getString();
      row.handle = select.getColumn(2).getString();
      row.display_name = select.getColumn(3).getString();
      row.role = parse_account_role(select.getColumn(4).getString()).value_or(AccountRole::other);
      row.link_name = select.getColumn(5).getString();
      row.posts = select.getColumn(6).getInt64();
      row.followers = column_int(select.getColumn(7));
      row.followers_at = column_time(select.getColumn(8));
      if (query.all || query.role || row.role != AccountRole::other || !row.link_name.empty() ||
          row.posts > 0) {
        rows.push_back(std::move(row));
      }
    }
  } catch (const SQLite::Exception &error) {
    m_impl->fail("cannot list accounts", error);
  }
  // Declared roles first (own, peer, partner, tracked), then by activity.
  std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
    if (a.role != b.role) {
      return static_cast<int>(a.role) < static_cast<int>(b.role);
    }
    if (a.posts != b.posts) {
      return a.posts > b.posts;
    }
    return std::tie(a.platform, a.handle) < std::tie(b.platform, b.handle);
  });
  return rows;
}

Table Store::query_readonly(const std::string &sql) const {
  Table table;
  try {
    // Ask SQLite itself whether the statement writes, before running anything.
    sqlite3_stmt *probe = nullptr;
    const int prepared =
        sqlite3_prepare_v2(m_impl->db.getHandle(), sql.c_str(), -1, &probe, nullptr);
    const bool read_only =
        prepared == SQLITE_OK && (probe == nullptr || sqlite3_stmt_readonly(probe) != 0);
    sqlite3_finalize(probe);
    SQLite::Statement query(m_impl->db, sql);
    if (!read_only) {
      throw Error(
          ErrorKind::usage, "sql: only read-only statements are allowed",
          "use SELECT (or WITH … SELECT); the store is changed only by sociometer commands");
    }
    for (int i = 0; i < query.getColumnCount(); ++i) {
      table.columns.push_back(Column{query.getColumnName(i), ColumnType::text});
    }
    while (query.executeStep()) {
      std::vector<Cell> row;
      for (int i = 0; i < query.getColumnCount(); ++i) {
        const auto column = query.getColumn(i);
        const int type = column.getType();
        if (type == SQLite::INTEGER) {
          row.emplace_back(static_cast<std::int64_t>(column.getInt64()));
        } else if (type == SQLite::FLOAT) {
          row.emplace_back(column.getDouble());
        } else if (type == SQLite::Null) {
          row.emplace_back(Null{});
        } else {
          row.emplace_back(column.getString());
        }
      }
      table.rows.push_back(std::move(row));
    }
  } catch (const SQLite::Exception &error) {
    throw Error(ErrorKind::usage, std::string("sql: ") + error.what());
  }
  return table;
}

// ---------------------------------------------------------------------------------------------
// IngestWriter

struct IngestWriter::Statements {
  SQLite::Database &db;
  Prepared select_post;
  Prepared select_by_content;
  Prepared insert_version;
  Prepared insert_post;
  Prepared update_post;
  Prepared upsert_raw;
  Prepared delete_raw;
  Prepared upsert_metrics;
  Prepared delete_hashtags;
  Prepared delete_mentions;
  Prepared delete_urls;
  Prepared delete_edges;
  Prepared delete_edits;
  Prepared insert_hashtag;
  Prepared insert_mention;
  Prepared insert_url;
  Prepared count_urls;
  Prepared insert_edge;
  Prepared insert_edit;
  Prepared find_account;
  Prepared find_account_by_handle;
  Prepared insert_account;
  Prepared upgrade_placeholder;
  Prepared set_missing_handle;
  Prepared update_account;
  Prepared insert_handle;
  Prepared insert_followers;
  Prepared upsert_page_metric;

  // Account ids by platform+native_id and by platform+lower(handle); cleared on rollback.
  std::unordered_map<std::string, std::int64_t> accounts_by_id;
  std::unordered_map<std::string, std::int64_t> accounts_by_handle;
  // What this writer last wrote about each account, so repeated profiles (one per page of a
  // capture) cost no statement; cleared on rollback.
  std::unordered_map<std::int64_t, std::string> account_profiles;
  // The last follower counts written per account, and when they were observed: an observation
  // equal to the previous one within a day is not written again (captures repeat users on every
  // page). Once a day it is: growth looks for a snapshot within ±3 days of a period boundary, and
  // a count that stayed the same for weeks must still be found there.
  struct WrittenCounts {
    std::string counts;
    std::optional<TimePoint> observed_at;
  };
  std::unordered_map<std::int64_t, WrittenCounts> follower_counts;

  explicit Statements(SQLite::Database &database)
      : db(database), select_post(database, k_select_post),
        select_by_content(database, k_select_by_content),
        insert_version(database,
                       "INSERT OR IGNORE INTO post_versions (post_id, version_key, text, "
                       "replaced_at) VALUES (:post_id, :version_key, :text, :replaced_at)"),
        insert_post(database, k_insert_post), update_post(database, k_update_post),
        upsert_raw(database, "INSERT INTO post_raw (post_id, raw) VALUES (:post_id, :raw) "
                             "ON CONFLICT (post_id) DO UPDATE SET raw = excluded.raw"),
        delete_raw(database, "DELETE FROM post_raw WHERE post_id = :post_id"),
        upsert_metrics(database, k_upsert_metrics),
        delete_hashtags(database, "DELETE FROM post_hashtags WHERE post_id = :post_id"),
        delete_mentions(database, "DELETE FROM post_mentions WHERE post_id = :post_id"),
        delete_urls(database, "DELETE FROM post_urls WHERE post_id = :post_id"),
        delete_edges(database, "DELETE FROM edges WHERE post_id = :post_id"),
        delete_edits(database, "DELETE FROM post_edits WHERE post_id = :post_id"),
        insert_hashtag(database,
                       "INSERT INTO post_hashtags (post_id, position, tag, text, start_cp, "
                       "end_cp) VALUES (:post_id, :position, :tag, :text, :start, :end)"),
        insert_mention(database,
                       "INSERT INTO post_mentions (post_id, position, account_id, handle, "
                       "start_cp, end_cp) VALUES (:post_id, :position, :account_id, :handle, "
                       ":start, :end)"),
        insert_url(database, "INSERT INTO post_urls (post_id, position, url, expanded_url, domain, "
                             "start_cp, end_cp) VALUES (:post_id, :position, :url, :expanded_url, "
                             ":domain, :start, :end)"),
        count_urls(database, "SELECT count(*) FROM post_urls WHERE post_id = :post_id"),
        insert_edge(database, "INSERT OR IGNORE INTO edges (post_id, kind, actor_account_id, "
                              "target_account_id, created_at) VALUES (:post_id, :kind, :actor, "
                              ":target, :created_at)"),
        insert_edit(database,
                    "INSERT OR IGNORE INTO post_edits (post_id, version_native_id, position) "
                    "VALUES (:post_id, :version, :position)"),
        find_account(database, "SELECT id, handle FROM accounts WHERE platform = :platform AND "
                               "native_id = :native_id"),
        find_account_by_handle(database, "SELECT id FROM accounts WHERE platform = :platform AND "
                                         "lower(handle) = lower(:handle) ORDER BY "
                                         "native_id LIKE 'handle:%', id LIMIT 1"),
        insert_account(database, "INSERT INTO accounts (platform, native_id, handle) "
                                 "VALUES (:platform, :native_id, :handle)"),
        upgrade_placeholder(database, "UPDATE accounts SET native_id = :native_id WHERE id = :id"),
        set_missing_handle(
            database, "UPDATE accounts SET handle = :handle WHERE id = :id AND handle IS NULL"),
        update_account(database, R"sql(
          UPDATE accounts SET handle = coalesce(:handle, handle),
            display_name = coalesce(:display_name, display_name),
            created_at = coalesce(:created_at, created_at),
            role = CASE WHEN :owner = 1 AND role = 'other' THEN 'own' ELSE role END
          WHERE id = :id AND (handle IS NOT :handle AND :handle IS NOT NULL
             OR display_name IS NOT :display_name AND :display_name IS NOT NULL
             OR created_at IS NOT :created_at AND :created_at IS NOT NULL
             OR (:owner = 1 AND role = 'other')))sql"),
        insert_handle(database, "INSERT OR IGNORE INTO account_handles (account_id, handle, "
                                "first_seen_at) VALUES (:account_id, :handle, :seen_at)"),
        insert_followers(database,
                         "INSERT OR IGNORE INTO follower_snapshots (account_id, observed_at, "
                         "followers, following, posts_count, import_id) VALUES (:account_id, "
                         ":observed_at, :followers, :following, :posts_count, :import_id)"),
        // A later export of the same day is the better-settled figure: it replaces the value.
        upsert_page_metric(database,
                           "INSERT INTO page_metrics (account_id, metric, day, value, import_id) "
                           "VALUES (:account_id, :metric, :day, :value, :import_id) "
                           "ON CONFLICT (account_id, metric, day) DO UPDATE SET value = "
                           "excluded.value, import_id = excluded.import_id "
                           "WHERE value IS NOT excluded.value") {}
};

namespace {

void reset(Prepared &statement) {
  statement.reset();
  statement.clearBindings();
}

// Finds or creates the account for `ref`; see store.hpp for how handle-only refs are merged.
std::int64_t resolve_account(IngestWriter::Statements &s, Platform platform,
                             const AccountRef &ref) {
  const std::string platform_name(to_string(platform));
  if (!ref.native_id.empty()) {
    const auto key = account_key(platform, ref.native_id);
    if (const auto it = s.accounts_by_id.find(key); it != s.accounts_by_id.end()) {
      return it->second;
    }
    reset(s.find_account);
    s.find_account.bind(":platform", platform_name);
    s.find_account.bind(":native_id", ref.native_id);
    std::int64_t id = 0;
    if (s.find_account.executeStep()) {
      id = s.find_account.getColumn(0).getInt64();
      const bool handle_missing = s.find_account.getColumn(1).isNull();
      s.find_account.reset();
      if (handle_missing && !ref.handle.empty()) {
        reset(s.set_missing_handle);
        s.set_missing_handle.bind(":handle", ref.handle);
        s.set_missing_handle.bind(":id", static_cast<int64_t>(id));
        s.set_missing_handle.exec();
      }
    } else {
      s.find_account.reset();
      // An account first seen by handle only gets its real ID now.
      std::int64_t placeholder = 0;
      if (!ref.handle.empty()) {
        reset(s.find_account);
        s.find_account.bind(":platform", platform_name);
        s.find_account.bind(":native_id", placeholder_id(ref.handle));
        if (s.find_account.executeStep()) {
          placeholder = s.find_account.getColumn(0).getInt64();
        }
        s.find_account.reset();
      }
      if (placeholder != 0) {
        reset(s.upgrade_placeholder);
        s.upgrade_placeholder.bind(":native_id", ref.native_id);
        s.upgrade_placeholder.bind(":id", static_cast<int64_t>(placeholder));
        s.upgrade_placeholder.exec();
        s.accounts_by_id.erase(account_key(platform, placeholder_id(ref.handle)));
        id = placeholder;
      } else {
        reset(s.insert_account);
        s.insert_account.bind(":platform", platform_name);
        s.insert_account.bind(":native_id", ref.native_id);
        bind_text_or_null(s.insert_account, ":handle", ref.handle);
        s.insert_account.exec();
        id = s.db.getLastInsertRowid();
      }
    }
    s.accounts_by_id.emplace(key, id);
    if (!ref.handle.empty()) {
      s.accounts_by_handle.emplace(handle_key(platform, ref.handle), id);
    }
    return id;
  }

  const auto key = handle_key(platform, ref.handle);
  if (const auto it = s.accounts_by_handle.find(key); it != s.accounts_by_handle.end()) {
    return it->second;
  }
  reset(s.find_account_by_handle);
  s.find_account_by_handle.bind(":platform", platform_name);
  s.find_account_by_handle.bind(":handle", ref.handle);
  std::int64_t id = 0;
  if (s.find_account_by_handle.executeStep()) {
    id = s.find_account_by_handle.getColumn(0).getInt64();
    s.find_account_by_handle.reset();
  } else {
    s.find_account_by_handle.reset();
    reset(s.insert_account);
    s.insert_account.bind(":platform", platform_name);
    s.insert_account.bind(":native_id", placeholder_id(ref.handle));
    s.insert_account.bind(":handle", ref.handle);
    s.insert_account.exec();
    id = s.db.getLastInsertRowid();
  }
  s.accounts_by_handle.emplace(key, id);
  return id;
}

// The post's source record goes to `post_raw` (schema v4); an update without one removes it, as
// the column it replaced was overwritten with NULL.
void write_raw(Prepared &upsert, Prepared &remove, std::int64_t post_id, const std::string &raw) {
  auto &statement = raw.empty() ? remove : upsert;
  reset(statement);
  statement.bind(":post_id", static_cast<int64_t>(post_id));
  if (!raw.empty()) {
    statement.bindNoCopy(":raw", raw);
  }
  statement.exec();
}

// Binds the content columns shared by the insert and update statements of a post.
void bind_post_content(Prepared &statement, const PostRecord &record, std::int64_t author_id,
                       const std::string &created, const std::string &hash, bool is_primary,
                       std::optional<std::int64_t> import_id) {
  if (author_id != 0) {
    statement.bind(":account_id", static_cast<int64_t>(author_id));
  }
  bind_text_or_null(statement, ":created_at", created);
  statement.bind(":kind", std::string(to_string(record.kind)));
  statement.bind(":is_primary", is_primary ? 1 : 0);
  statement.bind(":state", std::string(to_string(record.state)));
  bind_text_or_null(statement, ":text", record.text);
  bind_text_or_null(statement, ":text_norm", record.text_norm);
  statement.bind(":text_truncated", record.text_truncated ? 1 : 0);
  bind_text_or_null(statement, ":lang", record.lang);
  bind_text_or_null(statement, ":source_app", record.source_app);
  bind_text_or_null(statement, ":url", record.url);
  bind_text_or_null(statement, ":reply_to", record.reply_to_id);
  bind_text_or_null(statement, ":shared_of", record.shared_of_id);
  bind_text_or_null(statement, ":quoted", record.quoted_id);
  statement.bind(":content_hash", hash);
  statement.bind(":detail_rank", record.role == RecordRole::primary ? record.detail_rank : 0);
  bind_optional(statement, ":import_id", import_id);
  statement.bind(":visibility", std::string(to_string(record.visibility)));
  if (record.lang_confidence) {
    statement.bind(":lang_confidence", *record.lang_confidence);
  } else {
    statement.bind(":lang_confidence");
  }
  if (record.edited_at) {
    statement.bind(":edited_at", util::format_rfc3339_ms(*record.edited_at));
  } else {
    statement.bind(":edited_at");
  }
  bind_text_or_null(statement, ":version_key", record.version_key);
  statement.bind(":synthetic_id", record.synthetic_id ? 1 : 0);
}

// Key of a post's text for joining routes without a shared ID; empty when the record needs none.
std::string content_key(const PostRecord &record) {
  if (!record.join_on_content) {
    return {};
  }
  ContentHash hash;
  hash.add(to_string(record.platform));
  hash.add(record.text_norm);
  return hash.hex();
}

// Posts of two routes are the same post when their texts match and their times are this close
// (DYI keeps seconds; Business Suite CSVs keep minutes in local time).
constexpr auto k_content_join_window = std::chrono::minutes{2};

// The version a record stands for, to order edits: its edit time, else its creation time.
std::string version_time(const std::optional<TimePoint> &edited, const std::string &created) {
  return edited ? util::format_rfc3339_ms(*edited) : created;
}

std::string post_content_hash(const PostRecord &record, std::int64_t author_id) {
  ContentHash hash;
  hash.add(author_id);
  hash.add(record.created_at ? util::format_rfc3339_ms(*record.created_at) : std::string());
  hash.add(to_string(record.kind));
  hash.add(to_string(record.role));
  hash.add(to_string(record.state));
  hash.add(record.text);
  hash.add(record.text_truncated ? 1 : 0);
  hash.add(record.lang);
  hash.add(record.source_app);
  hash.add(record.url);
  hash.add(record.reply_to_id);
  hash.add(record.shared_of_id);
  hash.add(record.quoted_id);
  for (const auto &tag : record.hashtags) {
    hash.add(tag.text);
    hash.add(tag.start.value_or(-1));
  }
  for (const auto &mention : record.mentions) {
    hash.add(mention.account.native_id);
    hash.add(mention.account.handle);
    hash.add(mention.start.value_or(-1));
  }
  for (const auto &url : record.urls) {
    hash.add(url.expanded_url);
    hash.add(url.start.value_or(-1));
  }
  for (const auto &edge : record.edges) {
    hash.add(to_string(edge.kind));
    hash.add(edge.target.native_id);
    hash.add(edge.target.handle);
  }
  for (const auto &version : record.edit_history_ids) {
    hash.add(version);
  }
  // Only non-default values, so posts of earlier formats keep the hashes they were stored with.
  if (record.visibility != Visibility::everyone) {
    hash.add(to_string(record.visibility));
  }
  if (record.edited_at) {
    hash.add(util::format_rfc3339_ms(*record.edited_at));
  }
  if (!record.version_key.empty()) {
    hash.add(record.version_key);
  }
  return hash.hex();
}

// What the writer needs to know about a post already in the store.
struct StoredPost {
  std::int64_t id = 0;
  std::string content_hash;
  bool primary = false;
  int detail_rank = 0;
  std::string edited_at;
  std::string version_key;
  std::string text;
  bool synthetic_id = false;
  std::string created_at;
  bool available = false;
};

// The stored post `record` stands for: by (platform, native_id), or with `by_content`, the
// post of the other ID-kind whose normalised text matches and whose time is within the window.
std::optional<StoredPost> find_stored_post(Prepared &query, const PostRecord &record,
                                           const std::string &created, bool by_content) {
  reset(query);
  query.bind(":platform", std::string(to_string(record.platform)));
  std::string key;
  if (by_content) {
    key = content_key(record);
    query.bind(":content_key", key);
    query.bind(":synthetic", record.synthetic_id ? 1 : 0);
  } else {
    query.bindNoCopy(":native_id", record.native_id);
  }
  const auto wanted = util::parse_iso8601(created);
  std::optional<StoredPost> found;
  while (!found && query.executeStep()) {
    StoredPost post;
    post.id = query.getColumn(0).getInt64();
    post.content_hash = query.getColumn(1).getString();
    post.primary = query.getColumn(2).getInt() != 0;
    post.detail_rank = query.getColumn(3).getInt();
    post.edited_at = query.getColumn(4).getString();
    post.version_key = query.getColumn(5).getString();
    post.text = query.getColumn(6).getString();
    post.synthetic_id = query.getColumn(7).getInt() != 0;
    post.created_at = query.getColumn(8).getString();
    post.available = query.getColumn(9).getString() == "available";
    if (by_content) {
      const auto at = util::parse_iso8601(post.created_at);
      if (!wanted || !at ||
          (*at > *wanted ? *at - *wanted : *wanted - *at) > k_content_join_window) {
        continue;
      }
    }
    found = std::move(post);
  }
  query.reset();
  return found;
}

void save_version(IngestWriter::Statements &s, std::int64_t post_id, const std::string &key,
                  const std::string &text, const std::string &replaced_at) {
  auto &v = s.insert_version;
  reset(v);
  v.bind(":post_id", static_cast<int64_t>(post_id));
  v.bind(":version_key", key.empty() ? std::string("original") : key);
  bind_text_or_null(v, ":text", text);
  bind_text_or_null(v, ":replaced_at", replaced_at);
  v.exec();
}

} // namespace

IngestWriter::IngestWriter(Store::Impl &store, std::int64_t import_id)
    : m_store(store), m_import_id(import_id) {
  try {
    // Every ID this writer binds comes from a row it just found or inserted, so the per-row
    // foreign-key lookups are redundant work in the hottest loop; the destructor restores them.
    store.db.exec("PRAGMA foreign_keys = OFF");
    m_statements = std::make_unique<Statements>(store.db);
  } catch (const SQLite::Exception &error) {
    store.fail("cannot prepare ingest statements", error);
  }
}

IngestWriter::~IngestWriter() {
  try {
    if (m_in_transaction) {
      m_store.db.exec("ROLLBACK");
    }
    m_store.db.exec("PRAGMA foreign_keys = ON");
  } catch (...) { // NOLINT(bugprone-empty-catch): a destructor must not throw
  }
}

void IngestWriter::commit() {
  if (!m_in_transaction) {
    return;
  }
  try {
    m_store.db.exec("COMMIT");
  } catch (const SQLite::Exception &error) {
    m_store.fail("cannot commit", error);
  }
  m_in_transaction = false;
  m_committed.posts_new += m_pending.posts_new;
  m_committed.posts_updated += m_pending.posts_updated;
  m_committed.posts_unchanged += m_pending.posts_unchanged;
  m_committed.referenced_new += m_pending.referenced_new;
  m_pending = IngestCounts{};
  m_pending_records = 0;
}

IngestCounts IngestWriter::total_counts() const noexcept {
  IngestCounts total = m_committed;
  total.posts_new += m_pending.posts_new;
  total.posts_updated += m_pending.posts_updated;
  total.posts_unchanged += m_pending.posts_unchanged;
  total.referenced_new += m_pending.referenced_new;
  return total;
}

void IngestWriter::rollback() {
  if (m_in_transaction) {
    try {
      m_store.db.exec("ROLLBACK");
    } catch (const SQLite::Exception &error) {
      m_store.fail("cannot roll back", error);
    }
  }
  m_in_transaction = false;
  m_pending = IngestCounts{};
  m_pending_records = 0;
  // Rows created in the dropped transaction no longer exist.
  m_statements->accounts_by_id.clear();
  m_statements->accounts_by_handle.clear();
  m_statements->account_profiles.clear();
  m_statements->follower_counts.clear();
}

void IngestWriter::account(const AccountRecord &record) {
  if (record.ref.empty()) {
    return;
  }
  try {
    if (!m_in_transaction) {
      m_store.db.exec("BEGIN");
      m_in_transaction = true;
    }
    auto &s = *m_statements;
    const auto id = resolve_account(s, record.platform, record.ref);
    const std::string created =
        record.created_at ? util::format_rfc3339_ms(*record.created_at) : std::string();
    std::string profile = record.ref.handle;
    for (const auto *part : {&record.display_name, &created}) {
      profile += '\x1f';
      profile += *part;
    }
    profile += record.owner ? "\x1fown" : "";
    auto &known = s.account_profiles[id];
    const bool profile_changed = known != profile;
    known = std::move(profile);
    if (profile_changed) {
      reset(s.update_account);
      bind_text_or_null(s.update_account, ":handle", record.ref.handle);
      bind_text_or_null(s.update_account, ":display_name", record.display_name);
      bind_text_or_null(s.update_account, ":created_at", created);
      s.update_account.bind(":owner", record.owner ? 1 : 0);
      s.update_account.bind(":id", static_cast<int64_t>(id));
      s.update_account.exec();
    }
    const std::string observed =
        record.observed_at ? util::format_rfc3339_ms(*record.observed_at) : std::string();
    if (profile_changed && !record.ref.handle.empty()) {
      reset(s.insert_handle);
      s.insert_handle.bind(":account_id", static_cast<int64_t>(id));
      s.insert_handle.bind(":handle", record.ref.handle);
      bind_text_or_null(s.insert_handle, ":seen_at", observed);
      s.insert_handle.exec();
      s.accounts_by_handle.emplace(handle_key(record.platform, record.ref.handle), id);
    }
    std::string counts;
    for (const auto *value : {&record.followers, &record.following, &record.posts_count}) {
      counts += *value ? std::to_string(**value) : std::string("-");
      counts += ',';
    }
    auto &last = s.follower_counts[id];
    constexpr auto k_repeat_after = std::chrono::hours{24};
    const bool repeat_due = record.observed_at && last.observed_at &&
                            (*record.observed_at - *last.observed_at >= k_repeat_after ||
                             *last.observed_at - *record.observed_at >= k_repeat_after);
    const bool counts_changed = last.counts != counts || repeat_due;
    if (counts_changed && record.observed_at &&
        (record.followers || record.following || record.posts_count)) {
      last.counts = std::move(counts);
      last.observed_at = record.observed_at;
      reset(s.insert_followers);
      s.insert_followers.bind(":account_id", static_cast<int64_t>(id));
      s.insert_followers.bind(":observed_at", observed);
      bind_optional(s.insert_followers, ":followers", record.followers);
      bind_optional(s.insert_followers, ":following", record.following);
      bind_optional(s.insert_followers, ":posts_count", record.posts_count);
      bind_optional(s.insert_followers, ":import_id", import_reference());
      s.insert_followers.exec();
    }
  } catch (const SQLite::Exception &error) {
    m_store.fail("cannot write account @" + record.ref.handle + " (" + record.ref.native_id + ")",
                 error);
  }
}

void IngestWriter::insert_urls(Statements &s, std::int64_t post_id, const PostRecord &record) {
  for (std::size_t n = 0; n < record.urls.size(); ++n) {
    const auto &url = record.urls[n];
    auto &u = s.insert_url;
    reset(u);
    u.bind(":post_id", static_cast<int64_t>(post_id));
    u.bind(":position", static_cast<int>(n));
    bind_text_or_null(u, ":url", url.url);
    bind_text_or_null(u, ":expanded_url", url.expanded_url);
    const auto domain = util::url_domain(url.expanded_url.empty() ? url.url : url.expanded_url);
    bind_text_or_null(u, ":domain", domain);
    bind_optional_cp(u, ":start", url.start);
    bind_optional_cp(u, ":end", url.end);
    u.exec();
  }
}

void IngestWriter::post(const PostRecord &record) {
  try {
    if (!m_in_transaction) {
      m_store.db.exec("BEGIN");
      m_in_transaction = true;
    }
    auto &s = *m_statements;
    ++m_pending_records;
    const std::string platform_name(to_string(record.platform));
    const std::int64_t author_id =
        record.author.empty() ? 0 : resolve_account(s, record.platform, record.author);
    const std::string hash = post_content_hash(record, author_id);
    const bool primary = record.role == RecordRole::primary;
    const std::string created =
        record.created_at ? util::format_rfc3339_ms(*record.created_at) : std::string();

    const std::string join_key = content_key(record);
    std::optional<StoredPost> stored = find_stored_post(s.select_post, record, created, false);
    bool joined = false;
    if (!stored && !join_key.empty() && !created.empty()) {
      stored = find_stored_post(s.select_by_content, record, created, true);
      joined = stored.has_value();
    }
    std::int64_t post_id = 0;
    bool write_children = true;
    if (stored) {
      post_id = stored->id;
      const bool stored_primary = stored->primary;
      const std::string incoming_version = version_time(record.edited_at, created);
      const std::string stored_version =
          stored->edited_at.empty() ? stored->created_at : stored->edited_at;
      // Of two versions of an edited post, the newer one is canonical whatever the order of
      // ingests; the older text goes to post_versions.
      const bool edited = primary && stored_primary && stored->text != record.text &&
                          (record.edited_at || !stored->edited_at.empty() ||
                           (!record.version_key.empty() && !stored->version_key.empty() &&
                            record.version_key != stored->version_key));
      const bool older_version = edited && incoming_version < stored_version;
      // A reference never overwrites what a primary record said about the post, a less complete
      // route never overwrites a more complete one (so re-ingests do not ping-pong), and a post
      // held under its real ID keeps it when the ID-less route of the same post comes again.
      // A bare reference (content unknown) never overwrites a reference with content either.
      const bool keep = stored->content_hash == hash || (stored_primary && !primary) ||
                        (!primary && stored->available && record.state == PostState::unavailable) ||
                        (stored_primary == primary && record.detail_rank < stored->detail_rank) ||
                        older_version || (joined && record.synthetic_id);
      if (older_version) {
        save_version(s, post_id, record.version_key.empty() ? incoming_version : record.version_key,
                     record.text, stored_version);
      } else if (edited && !keep) {
        save_version(s, post_id, stored->version_key.empty() ? stored_version : stored->version_key,
                     stored->text, incoming_version);
      }
      if (keep) {
        write_children = false;
        if (primary) {
          ++m_pending.posts_unchanged;
        }
        // Routes joined on content complete each other's links: the Business Suite CSV has the
        // post's counts (link clicks) but not its link, the DYI export the link but no counts.
        if (joined && !record.urls.empty()) {
          auto &c = s.count_urls;
          reset(c);
          c.bind(":post_id", static_cast<int64_t>(post_id));
          const bool none = c.executeStep() && c.getColumn(0).getInt64() == 0;
          c.reset();
          if (none) {
            insert_urls(s, post_id, record);
          }
        }
      } else {
        auto &u = s.update_post;
        reset(u);
        bind_post_content(u, record, author_id, created, hash, primary || stored_primary,
                          import_reference());
        u.bindNoCopy(":native_id", record.native_id);
        bind_text_or_null(u, ":content_key", join_key);
        u.bind(":id", static_cast<int64_t>(post_id));
        u.exec();
        write_raw(s.upsert_raw, s.delete_raw, post_id, record.raw);
        if (primary && !stored_primary) {
          ++m_pending.posts_new; // first time the post itself was seen, not just referenced
        } else if (primary) {
          ++m_pending.posts_updated;
        }
        // A joined route without links keeps the links the other route stored (see above).
        const bool keep_urls = joined && record.urls.empty();
        for (auto *statement : {&s.delete_hashtags, &s.delete_mentions, &s.delete_urls,
                                &s.delete_edges, &s.delete_edits}) {
          if (keep_urls && statement == &s.delete_urls) {
            continue;
          }
          reset(*statement);
          statement->bind(":post_id", static_cast<int64_t>(post_id));
          statement->exec();
        }
      }
    } else {
      auto &i = s.insert_post;
      reset(i);
      i.bind(":platform", platform_name);
      i.bindNoCopy(":native_id", record.native_id);
      bind_post_content(i, record, author_id, created, hash, primary, import_reference());
      bind_text_or_null(i, ":content_key", join_key);
      i.exec();
      post_id = m_store.db.getLastInsertRowid();
      write_raw(s.upsert_raw, s.delete_raw, post_id, record.raw);
      if (primary) {
        ++m_pending.posts_new;
      } else {
        ++m_pending.referenced_new;
      }
    }

    if (write_children) {
      for (std::size_t n = 0; n < record.hashtags.size(); ++n) {
        const auto &tag = record.hashtags[n];
        auto &h = s.insert_hashtag;
        reset(h);
        h.bind(":post_id", static_cast<int64_t>(post_id));
        h.bind(":position", static_cast<int>(n));
        h.bindNoCopy(":tag", tag.normalized);
        h.bindNoCopy(":text", tag.text);
        bind_optional_cp(h, ":start", tag.start);
        bind_optional_cp(h, ":end", tag.end);
        h.exec();
      }
      for (std::size_t n = 0; n < record.mentions.size(); ++n) {
        const auto &mention = record.mentions[n];
        if (mention.account.empty()) {
          continue;
        }
        const auto account_id = resolve_account(s, record.platform, mention.account);
        auto &m = s.insert_mention;
        reset(m);
        m.bind(":post_id", static_cast<int64_t>(post_id));
        m.bind(":position", static_cast<int>(n));
        m.bind(":account_id", static_cast<int64_t>(account_id));
        bind_text_or_null(m, ":handle", mention.account.handle);
        bind_optional_cp(m, ":start", mention.start);
        bind_optional_cp(m, ":end", mention.end);
        m.exec();
      }
      insert_urls(s, post_id, record);
      if (author_id != 0) {
        for (const auto &edge : record.edges) {
          if (edge.target.empty()) {
            continue;
          }
          const auto target_id = resolve_account(s, record.platform, edge.target);
          if (target_id == author_id) {
            continue; // self-loops carry no influence (metrics.md §3.4 rule 1)
          }
          auto &e = s.insert_edge;
          reset(e);
          e.bind(":post_id", static_cast<int64_t>(post_id));
          e.bind(":kind", std::string(to_string(edge.kind)));
          e.bind(":actor", static_cast<int64_t>(author_id));
          e.bind(":target", static_cast<int64_t>(target_id));
          bind_text_or_null(e, ":created_at", created);
          e.exec();
        }
      }
      if (record.edit_history_ids.size() > 1) {
        for (std::size_t n = 0; n < record.edit_history_ids.size(); ++n) {
          auto &e = s.insert_edit;
          reset(e);
          e.bind(":post_id", static_cast<int64_t>(post_id));
          e.bind(":version", record.edit_history_ids[n]);
          e.bind(":position", static_cast<int>(n));
          e.exec();
        }
      }
    }

    if (record.metrics && record.observed_at && !record.metrics->empty()) {
      const auto &metrics = *record.metrics;
      auto &m = s.upsert_metrics;
      reset(m);
      m.bind(":post_id", static_cast<int64_t>(post_id));
      m.bind(":observed_at", util::format_rfc3339_ms(*record.observed_at));
      bind_optional(m, ":import_id", import_reference());
      bind_optional(m, ":likes", metrics.likes);
      bind_optional(m, ":reposts", metrics.reposts);
      bind_optional(m, ":replies", metrics.replies);
      bind_optional(m, ":quotes", metrics.quotes);
      bind_optional(m, ":bookmarks", metrics.bookmarks);
      bind_optional(m, ":impressions", metrics.impressions);
      bind_optional(m, ":reach", metrics.reach);
      bind_optional(m, ":link_clicks", metrics.link_clicks);
      m.exec();
    }
  } catch (const SQLite::Exception &error) {
    m_store.fail("cannot write post " + record.native_id, error);
  }
}

void IngestWriter::page_metric(const PageMetricRecord &record) {
  if (record.account.empty()) {
    return;
  }
  try {
    if (!m_in_transaction) {
      m_store.db.exec("BEGIN");
      m_in_transaction = true;
    }
    auto &s = *m_statements;
    ++m_pending_records;
    const auto account_id = resolve_account(s, record.platform, record.account);
    auto &p = s.upsert_page_metric;
    reset(p);
    p.bind(":account_id", static_cast<int64_t>(account_id));
    p.bind(":metric", record.metric);
    p.bind(":day", record.day);
    p.bind(":value", static_cast<int64_t>(record.value));
    bind_optional(p, ":import_id", import_reference());
    p.exec();
  } catch (const SQLite::Exception &error) {
    m_store.fail("cannot write " + record.metric + " of " + record.day, error);
  }
}

} // namespace sociometer::store
