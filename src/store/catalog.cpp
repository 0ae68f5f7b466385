// SPDX-License-Identifier: Apache-2.0
// The catalog: what users declare about accounts (roles, linked identities) and campaigns.
#include <algorithm>
#include <array>
#include <tuple>

#include "sociometer/error.hpp"
#include "store_state.hpp"

namespace sociometer::store {

std::string placeholder_account_id(std::string_view handle) {
  std::string id = "handle:";
  for (const char c : handle) {
    id += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return id;
}

// ---------------------------------------------------------------------------------------------
// Accounts, roles, identities

bool Store::set_account_role(Platform platform, const std::string &handle, AccountRole role) {
  return m_impl->db.guard("cannot set the role of " + handle, [&] {
    Statement statement(m_impl->db, "UPDATE accounts SET role = :role WHERE platform = "
                                    ":platform AND lower(handle) = lower(:handle)");
    statement.bind(":role", to_string(role));
    statement.bind(":platform", to_string(platform));
    statement.bind(":handle", handle);
    return statement.run() > 0;
  });
}

bool Store::declare_account(Platform platform, const std::string &handle, AccountRole role) {
  if (set_account_role(platform, handle, role)) {
    return true;
  }
  m_impl->db.guard("cannot declare account " + handle, [&] {
    Statement insert(m_impl->db, "INSERT INTO accounts (platform, native_id, handle, role) "
                                 "VALUES (:platform, :native_id, :handle, :role)");
    insert.bind(":platform", to_string(platform));
    insert.bind(":native_id", placeholder_account_id(handle));
    insert.bind(":handle", handle);
    insert.bind(":role", to_string(role));
    insert.run();
  });
  return false;
}

std::optional<AccountRole> Store::account_role(Platform platform, const std::string &handle) const {
  return m_impl->db.guard("cannot read the role of " + handle, [&] {
    Statement select(m_impl->db, "SELECT role FROM accounts WHERE platform = :platform AND "
                                 "lower(handle) = lower(:handle) ORDER BY id LIMIT 1");
    select.bind(":platform", to_string(platform));
    select.bind(":handle", handle);
    return select.step() ? parse_account_role(select.text(0)) : std::nullopt;
  });
}

std::vector<std::string>
Store::link_accounts(const std::string &name,
                     const std::vector<std::pair<Platform, std::string>> &accounts, bool move) {
  return m_impl->db.guard("cannot link accounts as " + name, [&] {
    Transaction transaction(m_impl->db);
    Statement current(m_impl->db, "SELECT coalesce(link_name, '') FROM accounts WHERE platform = "
                                  ":platform AND lower(handle) = lower(:handle) ORDER BY id "
                                  "LIMIT 1");
    Statement link(m_impl->db, "UPDATE accounts SET link_name = :name WHERE platform = "
                               ":platform AND lower(handle) = lower(:handle)");
    std::vector<std::string> previous;
    for (const auto &[platform, handle] : accounts) {
      current.reset();
      current.bind(":platform", to_string(platform));
      current.bind(":handle", handle);
      const auto reference = std::string(to_string(platform)) + ":" + handle;
      if (!current.step()) {
        throw Error(ErrorKind::usage, "account link: no account " + reference + " in the store",
                    "ingest its posts first, or declare it with `sociometer account set`");
      }
      auto was = current.string(0);
      if (!was.empty() && was != name && !move) {
        throw Error(ErrorKind::usage,
                    "account link: " + reference + " belongs to the identity " + was,
                    "add --move to move it to " + name + ", or `sociometer account unlink " + was +
                        "` first");
      }
      link.reset();
      link.bind(":name", name);
      link.bind(":platform", to_string(platform));
      link.bind(":handle", handle);
      link.run();
      previous.push_back(std::move(was));
    }
    transaction.commit();
    return previous;
  });
}

int Store::unlink_accounts(const std::string &name) {
  return m_impl->db.guard("cannot remove link " + name, [&] {
    Statement unlink(m_impl->db, "UPDATE accounts SET link_name = NULL WHERE link_name = :name");
    unlink.bind(":name", name);
    return unlink.run();
  });
}

namespace {

AccountSummary account_summary(const Statement &row) {
  AccountSummary account;
  account.platform = parse_platform(row.text(0)).value_or(Platform::other);
  account.native_id = row.string(1);
  account.handle = row.string(2);
  account.display_name = row.string(3);
  account.role = parse_account_role(row.text(4)).value_or(AccountRole::other);
  account.link_name = row.string(5);
  account.posts = row.integer(6);
  account.followers = row.optional_integer(7);
  account.followers_at = column_time(row, 8);
  return account;
}

} // namespace

std::vector<AccountSummary> Store::accounts(const AccountQuery &query) const {
  std::vector<AccountSummary> rows;
  accounts(query, [&rows](const AccountSummary &account) { rows.push_back(account); });
  return rows;
}

void Store::accounts(const AccountQuery &query,
                     const std::function<void(const AccountSummary &)> &visit) const {
  // Ranks in the order of the enums (declared roles first; platforms as Platform lists them; a
  // name not listed ranks as the last, `other`), and handles in byte order on both dialects, as
  // std::string compares them.
  const auto rank = [](const char *column, const auto &values) {
    std::string sql = std::string("CASE ") + column;
    for (const auto value : values) {
      sql += " WHEN '" + std::string(to_string(value)) + "' THEN " +
             std::to_string(static_cast<int>(value));
    }
    return sql + " ELSE " + std::to_string(static_cast<int>(values.back())) + " END";
  };
  const auto role_rank =
      rank("a.role", std::array{AccountRole::own, AccountRole::peer, AccountRole::partner,
                                AccountRole::tracked, AccountRole::other});
  const auto platform_rank =
      rank("a.platform", std::array{Platform::x, Platform::mastodon, Platform::bluesky,
                                    Platform::facebook, Platform::instagram, Platform::other});
  const std::string bytewise = m_impl->db.server() != nullptr ? " COLLATE \"C\"" : "";
  m_impl->db.guard("cannot list accounts", [&] {
    Statement select(m_impl->db, std::string("WITH superseded AS (") + k_superseded_versions_sql +
                                     R"sql()
      SELECT a.platform, a.native_id, a.handle, a.display_name, a.role, a.link_name,
             (SELECT count(*) FROM posts AS p WHERE p.account_id = a.id AND p.is_primary = 1
                AND p.id NOT IN (SELECT id FROM superseded)) AS posts,
             f.followers, f.observed_at
      FROM accounts AS a
      LEFT JOIN follower_snapshots AS f ON f.account_id = a.id AND f.observed_at =
        (SELECT max(g.observed_at) FROM follower_snapshots AS g
         WHERE g.account_id = a.id AND g.followers IS NOT NULL)
      WHERE (CAST(:platform AS TEXT) IS NULL OR a.platform = :platform)
        AND (CAST(:role AS TEXT) IS NULL OR a.role = :role)
      ORDER BY )sql" + role_rank + ", posts DESC, " +
                                     platform_rank + ", coalesce(a.handle, '')" + bytewise +
                                     ", a.id");
    if (query.platform) {
      select.bind(":platform", to_string(*query.platform));
    }
    if (query.role) {
      select.bind(":role", to_string(*query.role));
    }
    while (select.step()) {
      const auto row = account_summary(select);
      if (query.all || query.role || row.role != AccountRole::other || !row.link_name.empty() ||
          row.posts > 0) {
        visit(row);
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Campaigns

void Store::save_campaign(const Campaign &campaign) {
  m_impl->db.guard("cannot save campaign " + campaign.name, [&] {
    Transaction transaction(m_impl->db);
    Statement remove(m_impl->db, "DELETE FROM campaigns WHERE name = :name");
    remove.bind(":name", campaign.name);
    remove.run();
    Statement insert(m_impl->db, "INSERT INTO campaigns (name, starts_at, ends_at) "
                                 "VALUES (:name, :starts_at, :ends_at) RETURNING id");
    insert.bind(":name", campaign.name);
    // Named locals: bind_text_or_null does not copy, so the strings must outlive run().
    const auto starts =
        campaign.starts_at ? util::format_rfc3339_ms(*campaign.starts_at) : std::string();
    const auto ends = campaign.ends_at ? util::format_rfc3339_ms(*campaign.ends_at) : std::string();
    insert.bind_text_or_null(":starts_at", starts);
    insert.bind_text_or_null(":ends_at", ends);
    insert.step();
    const auto id = insert.integer(0); // RETURNING id
    insert.reset();
    Statement term(m_impl->db, "INSERT INTO campaign_terms (campaign_id, kind, lang, value) "
                               "VALUES (:id, :kind, :lang, :value) ON CONFLICT DO NOTHING");
    const auto add = [&](const char *kind, const std::string &lang, const std::string &value) {
      term.reset();
      term.bind(":id", id);
      term.bind(":kind", kind);
      term.bind(":lang", lang);
      term.bind(":value", value);
      term.run();
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
  });
}

std::optional<std::string> Store::handle_at(std::int64_t account_id, TimePoint when) const {
  return m_impl->db.guard("cannot read an account's handles", [&]() -> std::optional<std::string> {
    Statement select(m_impl->db, "SELECT handle, first_seen_at FROM account_handles WHERE "
                                 "account_id = :id UNION SELECT handle, NULL FROM accounts WHERE "
                                 "id = :id AND handle IS NOT NULL AND handle NOT IN (SELECT "
                                 "handle FROM account_handles WHERE account_id = :id)");
    select.bind(":id", account_id);
    std::vector<std::pair<std::string, std::optional<TimePoint>>> handles;
    while (select.step()) {
      handles.emplace_back(select.string(0), column_time(select, 1));
    }
    if (handles.size() == 1) {
      return handles.front().first; // never renamed, as far as the store knows
    }
    std::optional<std::pair<std::string, TimePoint>> latest;
    for (const auto &[handle, seen] : handles) {
      if (seen && *seen <= when && (!latest || *seen > latest->second)) {
        latest.emplace(handle, *seen);
      }
    }
    return latest ? std::optional<std::string>(latest->first) : std::nullopt;
  });
}

std::vector<std::string> Store::account_names() const {
  return m_impl->db.guard("cannot list account names", [&] {
    std::vector<std::string> names;
    Statement select(m_impl->db, "SELECT handle FROM accounts WHERE handle IS NOT NULL UNION "
                                 "SELECT handle FROM account_handles UNION SELECT link_name FROM "
                                 "accounts WHERE link_name IS NOT NULL ORDER BY 1");
    while (select.step()) {
      names.push_back(select.string(0));
    }
    return names;
  });
}

std::vector<std::string> Store::languages() const {
  return m_impl->db.guard("cannot list languages", [&] {
    std::vector<std::string> codes;
    Statement select(m_impl->db,
                     "SELECT DISTINCT lang FROM posts WHERE lang IS NOT NULL ORDER BY lang");
    while (select.step()) {
      codes.push_back(select.string(0));
    }
    return codes;
  });
}

std::vector<Campaign> Store::campaigns() const {
  return m_impl->db.guard("cannot read campaigns", [&] {
    std::vector<Campaign> result;
    Statement query(m_impl->db, "SELECT id, name, starts_at, ends_at FROM campaigns ORDER BY name");
    Statement terms(m_impl->db,
                    "SELECT kind, lang, value FROM campaign_terms WHERE campaign_id = :id "
                    "ORDER BY kind, lang, value");
    while (query.step()) {
      Campaign campaign;
      campaign.name = query.string(1);
      campaign.starts_at = column_time(query, 2);
      campaign.ends_at = column_time(query, 3);
      terms.reset();
      terms.bind(":id", query.integer(0));
      while (terms.step()) {
        const auto kind = terms.text(0);
        auto value = terms.string(2);
        if (kind == "hashtag") {
          campaign.hashtags.push_back(std::move(value));
        } else if (kind == "keyword") {
          campaign.keywords.emplace_back(terms.string(1), std::move(value));
        } else if (kind == "url") {
          campaign.urls.push_back(std::move(value));
        } else {
          campaign.cta_urls.push_back(std::move(value));
        }
      }
      result.push_back(std::move(campaign));
    }
    return result;
  });
}

bool Store::remove_campaign(const std::string &name) {
  return m_impl->db.guard("cannot remove campaign " + name, [&] {
    Transaction transaction(m_impl->db);
    Statement terms(m_impl->db, "DELETE FROM campaign_terms WHERE campaign_id IN "
                                "(SELECT id FROM campaigns WHERE name = :name)");
    terms.bind(":name", name);
    terms.run();
    Statement remove(m_impl->db, "DELETE FROM campaigns WHERE name = :name");
    remove.bind(":name", name);
    const bool removed = remove.run() > 0;
    transaction.commit();
    return removed;
  });
}

} // namespace sociometer::store
