// SPDX-License-Identifier: Apache-2.0
#include "post_selection.hpp"

#include <algorithm>
#include <unordered_set>

#include "sociometer/util/time.hpp"
#include "store_state.hpp"

namespace sociometer::store {

// ---------------------------------------------------------------------------------------------
// The language of a post

std::string post_language_sql(const Connection &db) {
  Statement pending(db, "SELECT count(*) FROM settings WHERE key = :key");
  pending.bind(":key", k_deferred_work_key);
  const bool complete = pending.step() && pending.integer(0) == 0;
  return complete ? k_post_language_sql : k_post_language_by_lookup_sql;
}

// ---------------------------------------------------------------------------------------------
// PostFilter

PostFilter::PostFilter(const Connection &db, const PostQuery &selected) : query(selected) {
  const auto add = [&](bool present, const char *condition) {
    if (present) {
      where += " AND ";
      where += condition;
    }
  };
  add(query.since.has_value(), "p.created_at >= :since");
  add(query.until.has_value(), "p.created_at < :until");
  add(query.platform.has_value(), "p.platform = :platform");
  if (!query.lang.empty()) {
    add(true, ("(" + post_language_sql(db) + ") = :lang").c_str());
  }
  // A handle (current or earlier) selects its account; a linked identity's name, all of its.
  add(!query.account_handle.empty(),
      "a.id IN (SELECT x.id FROM accounts AS x WHERE lower(x.handle) = lower(:handle) OR "
      "lower(x.link_name) = lower(:handle) UNION SELECT h.account_id FROM account_handles AS h "
      "WHERE lower(h.handle) = lower(:handle))");
  if (query.author_ids) {
    // The IDs are the store's own integers, written into the SQL: no limit on their number.
    std::string ids;
    for (const auto id : *query.author_ids) {
      ids += (ids.empty() ? "" : ",") + std::to_string(id);
    }
    const auto authors =
        ids.empty() ? std::string("0 = 1")
                    : "p.account_id IN (SELECT x.id FROM accounts AS x WHERE x.id IN (" + ids +
                          ") OR x.link_name IN (SELECT y.link_name FROM accounts AS y WHERE "
                          "y.id IN (" +
                          ids + ")))";
    add(true,
        (query.authorless_too ? "(" + authors + " OR p.account_id IS NULL)" : authors).c_str());
  }
  add(query.owned_only, "a.role = 'own'");
  add(!query.include_followers_only, "p.visibility <> 'private'");
}

void PostFilter::bind(Statement &statement) const {
  if (query.since) {
    statement.bind(":since", util::format_rfc3339_ms(*query.since));
  }
  if (query.until) {
    statement.bind(":until", util::format_rfc3339_ms(*query.until));
  }
  if (query.platform) {
    statement.bind(":platform", to_string(*query.platform));
  }
  if (!query.lang.empty()) {
    statement.bind(":lang", query.lang);
  }
  if (!query.account_handle.empty()) {
    statement.bind(":handle", query.account_handle);
  }
}

// ---------------------------------------------------------------------------------------------
// PostIdIndex

PostIdIndex::PostIdIndex(std::vector<std::pair<std::int64_t, std::int32_t>> entries)
    : m_entries(std::move(entries)) {
  std::sort(m_entries.begin(), m_entries.end());
}

std::int32_t PostIdIndex::find(std::int64_t id) const {
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

// ---------------------------------------------------------------------------------------------
// AccountLinks and AccountIndex

AccountLinks::AccountLinks(const Connection &db) {
  Statement links(db, "SELECT id, link_name FROM accounts WHERE link_name IS NOT NULL "
                      "ORDER BY link_name, role <> 'own', id");
  std::string current;
  std::int64_t first = 0;
  while (links.step()) {
    const auto id = links.integer(0);
    auto name = links.string(1);
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

std::int32_t AccountLinks::member_position(std::int64_t author) const {
  const auto first = identity(author);
  if (author == 0 || author == first) {
    return -1;
  }
  const auto &others = members.at(first);
  return static_cast<std::int32_t>(std::find(others.begin(), others.end(), author) -
                                   others.begin());
}

AccountIndex::AccountIndex(const Connection &db) {
  Statement bound(db, "SELECT max(id) FROM accounts");
  if (bound.step() && !bound.is_null(0) && bound.integer(0) >= 0) {
    m_dense.assign(static_cast<std::size_t>(bound.integer(0)) + 1, -1);
  }
}

std::int32_t AccountIndex::operator()(std::int64_t account_id) {
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

// ---------------------------------------------------------------------------------------------
// PostSelection

std::unordered_set<std::int64_t> superseded_versions(const Connection &db) {
  Statement query(db, k_superseded_versions_sql);
  std::unordered_set<std::int64_t> ids;
  while (query.step()) {
    ids.insert(query.integer(0));
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------
// ChildRows

ChildRows::ChildRows(const Connection &db, const PostFilter &filter, const PostIdIndex &posts)
    : m_db(db), m_filter(filter), m_posts(posts),
      m_read_id_range(!posts.empty() && posts.highest() - posts.lowest() <
                                            4 * static_cast<std::int64_t>(posts.size())) {}

void ChildRows::for_each(const std::string &columns, const std::string &table,
                         const std::string &condition, const std::string &order,
                         const std::function<void(std::int32_t, const Statement &)> &row,
                         bool join_post) const {
  auto sql = "SELECT " + columns + " FROM " + table + " AS t";
  if (m_read_id_range) {
    sql += (join_post ? " JOIN posts AS p ON p.id = t.post_id" : "") +
           std::string(" WHERE t.post_id BETWEEN :lowest AND :highest") +
           (condition.empty() ? std::string() : " AND " + condition);
  } else {
    sql += " JOIN posts AS p ON p.id = t.post_id LEFT JOIN accounts AS a ON a.id = "
           "p.account_id WHERE " +
           (condition.empty() ? std::string() : condition + " AND ") + m_filter.where;
  }
  Statement rows(m_db, sql + " ORDER BY " + order);
  if (m_read_id_range) {
    rows.bind(":lowest", m_posts.lowest());
    rows.bind(":highest", m_posts.highest());
  } else {
    m_filter.bind(rows);
  }
  while (rows.step()) {
    if (const auto value = m_posts.find(rows.integer(0)); value != -1) {
      row(value, rows);
    }
  }
}

PostSelection::PostSelection(const Connection &db, const PostQuery &query,
                             const std::string &columns,
                             const std::function<void(const Statement &)> &read_row)
    : m_db(db), m_filter(db, query), m_links(db), m_account_index(db) {
  Statement posts(db, "SELECT p.id, p.account_id, p.created_at" +
                          (columns.empty() ? std::string() : ", " + columns) +
                          " FROM posts AS p LEFT JOIN accounts AS a ON a.id = p.account_id "
                          "WHERE " +
                          m_filter.where);
  m_filter.bind(posts);
  const auto superseded = superseded_versions(db);
  while (posts.step()) {
    SelectedPost post;
    post.id = posts.integer(0);
    if (superseded.count(post.id) != 0) {
      continue;
    }
    post.author_id = posts.is_null(1) ? 0 : posts.integer(1);
    post.created_at = util::parse_iso8601(posts.text(2)).value_or(TimePoint{});
    m_posts.push_back(post);
    read_row(posts);
  }
  // Time order, sorted here rather than by SQL: an ORDER BY makes SQLite walk the time index
  // and fetch every row from the table out of order, ~3x slower than a scan on large stores.
  m_order = time_order(
      m_posts.size(), [&](std::size_t i) { return m_posts[i].created_at; },
      [&](std::size_t i) { return m_posts[i].id; });
  order(m_posts);
  std::vector<std::pair<std::int64_t, std::int32_t>> id_entries;
  id_entries.reserve(m_posts.size());
  m_accounts.reserve(m_posts.size());
  for (std::size_t i = 0; i < m_posts.size(); ++i) {
    const auto author = m_posts[i].author_id;
    m_accounts.push_back(author == 0 ? -1 : m_account_index(m_links.identity(author)));
    id_entries.emplace_back(m_posts[i].id, static_cast<std::int32_t>(i));
  }
  m_post_index = std::make_unique<PostIdIndex>(std::move(id_entries));
  m_children = std::make_unique<ChildRows>(db, m_filter, *m_post_index);
}

std::int32_t PostSelection::linked_author(std::size_t post) const {
  return m_links.member_position(m_posts[post].author_id);
}

void PostSelection::for_each_child_row(
    const std::string &columns, const std::string &table, const std::string &condition,
    const std::string &order,
    const std::function<void(std::int32_t, const Statement &)> &row) const {
  m_children->for_each(columns, table, condition, order, row);
}

std::vector<InteractionFacts> PostSelection::interactions(bool with_post) {
  std::vector<InteractionFacts> interactions;
  for_each_child_row("t.post_id, t.kind, t.actor_account_id, t.target_account_id", "edges", "",
                     "t.post_id, t.kind, t.target_account_id",
                     [&](std::int32_t post, const Statement &edge) {
                       InteractionFacts interaction;
                       interaction.post = with_post ? post : -1;
                       interaction.kind = parse_edge_kind(edge.text(1)).value_or(EdgeKind::mention);
                       interaction.actor = m_account_index(m_links.identity(edge.integer(2)));
                       interaction.target = m_account_index(m_links.identity(edge.integer(3)));
                       interactions.push_back(interaction);
                     });
  return interactions;
}

AccountList PostSelection::account_facts() const {
  return store::account_facts(m_db, m_links, m_account_index);
}

AccountReader::AccountReader(const Connection &db, const AccountLinks &links)
    : m_links(links),
      m_account(db, "SELECT platform, native_id, handle, role FROM accounts WHERE id = :id"),
      m_followers(db, "SELECT observed_at, followers FROM follower_snapshots "
                      "WHERE account_id = :id AND followers IS NOT NULL "
                      "ORDER BY observed_at") {}

bool AccountReader::read_account(std::int64_t account_id) {
  m_account.reset();
  m_account.bind(":id", account_id);
  return m_account.step();
}

void AccountReader::read_followers(std::int64_t account_id, FollowerSnapshots &series) {
  m_followers.reset();
  m_followers.bind(":id", account_id);
  while (m_followers.step()) {
    if (const auto at = column_time(m_followers, 0)) {
      series.emplace_back(*at, m_followers.integer(1));
    }
  }
}

AccountFacts AccountReader::read(std::int64_t account_id) {
  AccountFacts facts;
  facts.id = account_id;
  if (read_account(account_id)) {
    facts.platform = parse_platform(m_account.text(0)).value_or(Platform::other);
    facts.native_id = m_account.string(1);
    facts.handle = m_account.string(2);
    facts.role = parse_account_role(m_account.text(3)).value_or(AccountRole::other);
  }
  if (const auto link = m_links.names.find(account_id); link != m_links.names.end()) {
    facts.handle = link->second;
  }
  read_followers(account_id, facts.followers);
  if (const auto members = m_links.members.find(account_id); members != m_links.members.end()) {
    for (const auto member : members->second) {
      LinkedAccountFollowers linked;
      if (read_account(member)) {
        linked.platform = parse_platform(m_account.text(0)).value_or(Platform::other);
      }
      read_followers(member, linked.followers);
      facts.linked.push_back(std::move(linked));
    }
  }
  return facts;
}

AccountList account_facts(const Connection &db, const AccountLinks &links,
                          const AccountIndex &index) {
  AccountReader reader(db, links);
  AccountList accounts;
  for (const auto id : index.ids()) {
    accounts.push_back(reader.read(id));
  }
  return accounts;
}

} // namespace sociometer::store
