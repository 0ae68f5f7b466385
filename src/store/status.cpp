// SPDX-License-Identifier: Apache-2.0
// What is in the store (`status`).
#include <algorithm>
#include <map>
#include <optional>
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
    const PostFilter filter(m_impl->db, every_visibility);
    // One pass over the selected posts, summed per platform and import: the sources are the
    // groups' kept posts, the left-out counts their sums per platform. PostgreSQL sums on the
    // server, so that only the groups cross the network; SQLite hands over each post's terms and
    // the loop below sums them, because its GROUP BY sorted every post of the period into a
    // temporary b-tree first (half the time of this pass on a month of a big store).
    const bool on_server = m_impl->db.server() != nullptr;
    const auto summed = [on_server](const char *function, const std::string &term) {
      return on_server ? std::string(function) + "(" + term + ")" : term;
    };
    const std::string kept_time = "CASE WHEN m.old_version = 0 THEN m.created_at END";
    Statement groups(
        m_impl->db,
        std::string("WITH superseded AS (") + k_superseded_versions_sql + R"sql(), marked AS (
        SELECT p.platform, p.import_id, p.created_at, p.visibility, p.placeholder,
               CASE WHEN p.id IN (SELECT id FROM superseded) THEN 1 ELSE 0 END AS old_version
        FROM posts AS p LEFT JOIN accounts AS a ON a.id = p.account_id
        WHERE )sql" +
            filter.where + ") SELECT m.platform, m.import_id, " + summed("min", kept_time) + ", " +
            summed("max", kept_time) + ", " + summed("sum", "1 - m.old_version") + ", " +
            (on_server ? "count(*)" : "1") + ", " +
            summed("sum", "CASE WHEN m.visibility = 'private' AND m.old_version = 0 THEN 1 "
                          "ELSE 0 END") +
            ", " + summed("sum", "m.old_version") + ", " +
            summed("sum", "CASE WHEN m.placeholder = 1 AND m.visibility <> 'private' AND "
                          "m.old_version = 0 THEN 1 ELSE 0 END") +
            " FROM marked AS m" + (on_server ? " GROUP BY m.platform, m.import_id" : ""));
    filter.bind(groups);
    struct Group {
      std::string first, last; // RFC 3339 times of the kept posts, which compare as text
      std::int64_t kept = 0;
      LeftOutFacts counts;
    };
    // By platform name, then import (posts of no import first), as the GROUP BY ordered them.
    std::map<std::pair<std::string, std::optional<std::int64_t>>, Group> by_import;
    while (groups.step()) {
      auto &group = by_import[{
          groups.string(0), groups.is_null(1) ? std::nullopt : std::optional(groups.integer(1))}];
      if (!groups.is_null(2)) {
        const auto first = groups.text(2);
        const auto last = groups.text(3);
        if (group.first.empty() || first < group.first) {
          group.first = first;
        }
        if (last > group.last) {
          group.last = last;
        }
      }
      group.kept += groups.integer(4);
      group.counts.stored += groups.integer(5);
      group.counts.followers_only += groups.integer(6);
      group.counts.edit_versions += groups.integer(7);
      group.counts.placeholders += groups.integer(8);
    }
    // Each import's input as named, and that name with its format.
    std::map<std::int64_t, std::pair<std::string, std::string>> source_of;
    Statement imports(m_impl->db,
                      "SELECT id, coalesce(path, 'unknown source'), format FROM imports");
    while (imports.step()) {
      auto path = imports.string(1);
      auto shown = imports.is_null(2) ? path : path + " (" + imports.string(2) + ")";
      source_of.try_emplace(imports.integer(0), std::move(path), std::move(shown));
    }
    const std::pair<std::string, std::string> unknown{"unknown source", "unknown source"};
    struct Source {
      std::string platform, first, path;
      SourceSpanFacts facts;
    };
    std::vector<Source> sources;
    std::map<std::string, LeftOutFacts> left_out; // by platform name
    for (const auto &[key, group] : by_import) {
      const auto &[platform_name, import_id] = key;
      const auto platform = parse_platform(platform_name).value_or(Platform::other);
      auto &counts = left_out.try_emplace(platform_name).first->second;
      counts.platform = platform;
      counts.stored += group.counts.stored;
      counts.followers_only += group.counts.followers_only;
      counts.edit_versions += group.counts.edit_versions;
      counts.placeholders += group.counts.placeholders;
      if (group.kept == 0) {
        continue; // every post of this import is an older version: not a source
      }
      const auto known = import_id ? source_of.find(*import_id) : source_of.end();
      const auto &[path, shown] = known == source_of.end() ? unknown : known->second;
      Source source{platform_name, group.first, path, {}};
      source.facts.platform = platform;
      source.facts.source = shown;
      source.facts.first_post = util::parse_iso8601(group.first).value_or(TimePoint{});
      source.facts.last_post = util::parse_iso8601(group.last).value_or(TimePoint{});
      source.facts.posts = group.kept;
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
