// SPDX-License-Identifier: Apache-2.0
// What is in the store (`status`).
#include <algorithm>
#include <map>
#include <tuple>

#include "post_selection.hpp"
#include "sociometer/error.hpp"
#include "store_state.hpp"

namespace sociometer::store {

std::vector<PlatformStatus> Store::status() const {
  return m_impl->db.guard("cannot read status", [&] {
    std::vector<PlatformStatus> rows;
    Statement query(m_impl->db, R"sql(
      SELECT p.platform,
             sum(p.is_primary),
             sum(1 - p.is_primary),
             (SELECT count(*) FROM accounts AS a WHERE a.platform = p.platform),
             min(CASE WHEN p.is_primary = 1 THEN p.created_at END),
             max(CASE WHEN p.is_primary = 1 THEN p.created_at END),
             (SELECT max(i.finished_at) FROM imports AS i
               WHERE i.id IN (SELECT DISTINCT import_id FROM posts AS q
                              WHERE q.platform = p.platform))
      FROM posts AS p
      GROUP BY p.platform
      ORDER BY p.platform)sql");
    while (query.step()) {
      PlatformStatus row;
      row.platform = parse_platform(query.text(0)).value_or(Platform::other);
      row.posts = query.integer(1);
      row.referenced_posts = query.integer(2);
      row.accounts = query.integer(3);
      row.first_post_at = column_time(query, 4);
      row.last_post_at = column_time(query, 5);
      row.last_import_at = column_time(query, 6);
      rows.push_back(row);
    }
    return rows;
  });
}

std::vector<AccountStatus> Store::account_status(std::chrono::hours min_gap) const {
  return m_impl->db.guard("cannot read status by account", [&] {
    const auto authored = std::string("WITH superseded AS (") + k_superseded_versions_sql +
                          "), authored AS (SELECT p.account_id, p.created_at FROM posts AS p "
                          "WHERE p.is_primary = 1 AND p.created_at IS NOT NULL AND p.account_id "
                          "IS NOT NULL AND p.id NOT IN (SELECT id FROM superseded)) ";
    std::vector<AccountStatus> rows;
    std::map<std::int64_t, std::size_t> row_of;
    Statement accounts(m_impl->db, authored + R"sql(
      SELECT a.id, a.platform, coalesce(a.handle, a.native_id), a.role, count(*),
             min(o.created_at), max(o.created_at)
      FROM authored AS o JOIN accounts AS a ON a.id = o.account_id
      GROUP BY a.id
      ORDER BY a.platform, lower(coalesce(a.handle, a.native_id)), a.id)sql");
    while (accounts.step()) {
      AccountStatus row;
      row.platform = parse_platform(accounts.text(1)).value_or(Platform::other);
      row.handle = accounts.string(2);
      row.role = parse_account_role(accounts.text(3)).value_or(AccountRole::other);
      row.posts = accounts.integer(4);
      row.first_post_at = column_time(accounts, 5);
      row.last_post_at = column_time(accounts, 6);
      row_of.emplace(accounts.integer(0), rows.size());
      rows.push_back(std::move(row));
    }
    // Hours between two stored times, in each dialect.
    const char *hours_between = m_impl->db.server() != nullptr
                                    ? "extract(epoch FROM (created_at::timestamptz - "
                                      "previous::timestamptz)) / 3600.0"
                                    : "(julianday(created_at) - julianday(previous)) * 24.0";
    Statement gaps(m_impl->db, authored + R"sql(
      SELECT account_id, previous, created_at FROM (
        SELECT account_id, created_at,
               lag(created_at) OVER (PARTITION BY account_id ORDER BY created_at) AS previous
        FROM authored) AS consecutive
      WHERE previous IS NOT NULL
        AND )sql" + hours_between + R"sql( > :hours
      ORDER BY account_id, created_at)sql");
    gaps.bind(":hours", static_cast<std::int64_t>(min_gap.count()));
    while (gaps.step()) {
      const auto from = column_time(gaps, 1);
      const auto to = column_time(gaps, 2);
      const auto found = row_of.find(gaps.integer(0));
      if (from && to && found != row_of.end()) {
        rows[found->second].gaps.push_back({*from, *to});
      }
    }
    return rows;
  });
}

CoverageFacts Store::coverage_facts(const PostQuery &query) const {
  return m_impl->db.guard("cannot read the data coverage", [&] {
    PostQuery every_visibility = query;
    every_visibility.include_followers_only = true;
    const PostFilter filter(every_visibility);
    // One pass over the selected posts, grouped by platform and import: the sources are the
    // groups' kept posts, the left-out counts their sums per platform (two passes cost twice
    // the row reads on a big store).
    Statement groups(m_impl->db, std::string("WITH superseded AS (") + k_superseded_versions_sql +
                                     R"sql(), marked AS (
        SELECT p.platform, p.import_id, p.created_at, p.visibility, p.placeholder,
               CASE WHEN p.id IN (SELECT id FROM superseded) THEN 1 ELSE 0 END AS old_version
        FROM posts AS p LEFT JOIN accounts AS a ON a.id = p.account_id
        WHERE )sql" + filter.where +
                                     R"sql()
      SELECT m.platform, coalesce(i.path, 'unknown source'), i.format,
             min(CASE WHEN m.old_version = 0 THEN m.created_at END),
             max(CASE WHEN m.old_version = 0 THEN m.created_at END),
             sum(1 - m.old_version), count(*),
             sum(CASE WHEN m.visibility = 'private' AND m.old_version = 0 THEN 1 ELSE 0 END),
             sum(m.old_version),
             sum(CASE WHEN m.placeholder = 1 AND m.visibility <> 'private' AND m.old_version = 0
                      THEN 1 ELSE 0 END)
      FROM marked AS m LEFT JOIN imports AS i ON i.id = m.import_id
      GROUP BY m.platform, m.import_id, i.path, i.format)sql");
    filter.bind(groups);
    struct Source {
      std::string platform, first, path;
      SourceSpanFacts facts;
    };
    std::vector<Source> sources;
    std::map<std::string, LeftOutFacts> left_out; // by platform name, as SQL ordered them
    while (groups.step()) {
      const auto platform = parse_platform(groups.text(0)).value_or(Platform::other);
      auto &counts = left_out.try_emplace(groups.string(0)).first->second;
      counts.platform = platform;
      counts.stored += groups.integer(6);
      counts.followers_only += groups.integer(7);
      counts.edit_versions += groups.integer(8);
      counts.placeholders += groups.integer(9);
      if (groups.integer(5) == 0) {
        continue; // every post of this import is an older version: not a source
      }
      Source source{groups.string(0), groups.string(3), groups.string(1), {}};
      source.facts.platform = platform;
      source.facts.source =
          groups.string(1) + (groups.is_null(2) ? std::string() : " (" + groups.string(2) + ")");
      source.facts.first_post = column_time(groups, 3).value_or(TimePoint{});
      source.facts.last_post = column_time(groups, 4).value_or(TimePoint{});
      source.facts.posts = groups.integer(5);
      sources.push_back(std::move(source));
    }
    std::stable_sort(sources.begin(), sources.end(), [](const Source &a, const Source &b) {
      return std::tie(a.platform, a.first, a.path) < std::tie(b.platform, b.first, b.path);
    });
    CoverageFacts facts;
    for (auto &source : sources) {
      facts.sources.push_back(std::move(source.facts));
    }
    for (const auto &[name, counts] : left_out) {
      facts.left_out.push_back(counts);
    }
    return facts;
  });
}

} // namespace sociometer::store
