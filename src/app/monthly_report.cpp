// SPDX-License-Identifier: Apache-2.0
#include "sociometer/app/monthly_report.hpp"

#include <algorithm>
#include <cstdio>
#include <future>
#include <random>
#include <set>

#include "sociometer/app/campaigns.hpp"
#include "sociometer/util/sha256.hpp"
#include "sociometer/util/text.hpp"

namespace sociometer::app {
namespace {

constexpr const char *k_salt_setting = "pseudonym_salt";

// The lower-case handles of the accounts declared own, partner or peer: shown as they are.
std::set<std::string> named_handles(const store::Store &store) {
  std::set<std::string> handles;
  for (const auto &account : store.accounts(store::AccountQuery{})) {
    if (account.role == AccountRole::own || account.role == AccountRole::partner ||
        account.role == AccountRole::peer) {
      handles.insert(util::ascii_lower(account.handle));
    }
  }
  return handles;
}

// The stored campaigns whose window meets [since, until).
std::vector<Campaign> campaigns_in(const store::Store &store, TimePoint since, TimePoint until) {
  std::vector<Campaign> meeting;
  for (auto &campaign : store.campaigns()) {
    if ((!campaign.starts_at || *campaign.starts_at < until) &&
        (!campaign.ends_at || *campaign.ends_at > since)) {
      meeting.push_back(std::move(campaign));
    }
  }
  return meeting;
}

// The posts `query` selects as a scan: the comparison periods need only their totals, so their
// posts are handed over one at a time rather than loaded.
analysis::PostScan scan_of(const store::Store &store, const store::PostQuery &query) {
  return [&store, query](const analysis::PostVisitor &visit) {
    return store.scan_posts(query, false, visit);
  };
}

// The reads of the period's posts: the scan every section sums, the narrower re-read of the top
// accounts' posts, and the top posts' contents.
void read_period_through(const store::Store &store, const store::PostQuery &current_query,
                         analysis::MonthlyReportInput &input) {
  input.current = [&store, current_query](const analysis::ItemVisitor &visit) {
    return store.scan_posts_with_hashtags(current_query, true, visit);
  };
  input.posts_of_authors = [&store, current_query](const analysis::AuthorSelection &authors,
                                                   const analysis::PostVisitor &visit) {
    store::PostQuery query = current_query;
    query.with_hashtags = false;
    query.author_ids = authors.account_ids;
    query.authorless_too = authors.authorless;
    return store.scan_posts(query, false, visit);
  };
  input.content.native_ids = [&store](const std::vector<std::int64_t> &ids) {
    return store.post_native_ids(ids);
  };
  input.content.texts = [&store](const std::vector<std::int64_t> &ids) {
    return store.post_texts(ids);
  };
  input.content.urls = [&store](const std::vector<std::int64_t> &ids) {
    return store.post_urls(ids);
  };
}

} // namespace

std::optional<std::string> stored_pseudonym_salt(const store::Store &store) {
  return store.setting(k_salt_setting);
}

std::string pseudonym_salt(store::Store &store) {
  if (auto salt = stored_pseudonym_salt(store)) {
    return *salt;
  }
  std::random_device random;
  std::string salt;
  for (int i = 0; i < 4; ++i) {
    char hex[9];
    std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(random()));
    salt += hex;
  }
  store.set_setting(k_salt_setting, salt);
  return salt;
}

std::string pseudonym(const std::string &salt, const std::string &handle) {
  util::Sha256 hash;
  hash.update(salt);
  hash.update(":");
  hash.update(util::ascii_lower(handle));
  return "anon-" + hash.hex_digest().substr(0, 8);
}

ReportScopeChoice choose_report_scope(const store::Store &store, const store::PostQuery &filters) {
  ReportScopeChoice choice;
  choice.query = filters;
  store::AccountQuery own_query;
  own_query.role = AccountRole::own;
  own_query.platform = filters.platform;
  for (const auto &account : store.accounts(own_query)) {
    choice.own_accounts.push_back(account.handle + " (" + std::string(to_string(account.platform)) +
                                  ")");
  }
  if (!filters.account_handle.empty()) {
    choice.scope = analysis::ReportScope::account;
  } else if (!choice.own_accounts.empty() || filters.owned_only) {
    choice.scope = analysis::ReportScope::own;
    choice.query.owned_only = true;
  }
  return choice;
}

ReportPeriod comparison_period(const ReportPeriod &period, const util::TimeZone &zone) {
  ReportPeriod before;
  if (period.month) {
    before.month = *period.month - std::chrono::months{1};
    before.since = zone.start_of_day(*before.month / 1);
    before.until = period.since;
    return before;
  }
  // Local days, so a period across a DST change is compared with as many days, not hours.
  const std::chrono::sys_days first{util::local_parts(zone, period.since).day};
  const std::chrono::sys_days end{util::local_parts(zone, period.until).day};
  before.since = zone.start_of_day(std::chrono::year_month_day{first - (end - first)});
  before.until = period.since;
  return before;
}

analysis::MonthlyReport
monthly_report(const store::Store &store, const util::TimeZone &zone, const ReportPeriod &period,
               const ReportScopeChoice &scope,
               const std::vector<std::pair<std::string, std::string>> &stated_filters,
               const MonthlyReportOptions &options) {
  const auto before = comparison_period(period, zone);
  store::PostQuery current_query = scope.query;
  current_query.since = period.since;
  current_query.until = period.until;
  current_query.with_hashtags = true;
  // Texts, native IDs and links only for the top posts shown (input.content): a string per
  // post and column less.
  current_query.with_content = false;
  // The month's posts are scanned once, with their hashtags and languages, as they are read:
  // nothing is held per post (docs/performance.md).
  store::PostQuery previous_query = scope.query;
  previous_query.since = before.since;
  previous_query.until = before.until;
  previous_query.with_content = false; // only the comparison period's totals are compared

  // The same local dates a year earlier (29 February → 1 March), for the year-on-year column.
  const auto year_before = [&](TimePoint t) {
    const auto day = util::local_parts(zone, t).day - std::chrono::years{1};
    return zone.start_of_day(std::chrono::year_month_day{std::chrono::sys_days{day}});
  };
  store::PostQuery year_query = previous_query;
  year_query.since = year_before(period.since);
  year_query.until = year_before(period.until);

  // Who drives the conversation: every account the filters select, own or not.
  store::PostQuery graph_query = scope.query;
  graph_query.owned_only = false;
  graph_query.since = period.since;
  graph_query.until = period.until;
  graph_query.with_languages = false; // the network section shows no languages
  const auto graph = load_influence_graph(store, graph_query, "");
  // Ranked on a second thread while this one reads the store for the other sections: the
  // ranking reads nothing from the store and is a tenth of a big month's report. Nothing else
  // here calls igraph, which is not thread-safe, until the ranking is taken.
  auto ranking = std::async(std::launch::async, [&graph] {
    return analysis::rank_influencers(graph, analysis::InfluenceOptions{});
  });

  analysis::MonthlyReportInput input;
  // The comparison periods and the coverage through a second reader at the same snapshot when
  // there is one: the report reads them on a second thread while this one scans the month.
  const auto *beside = store.reader_beside();
  const auto &comparisons_store = beside != nullptr ? *beside : store;
  input.comparisons_beside = beside != nullptr;
  // The followers-only posts left out are counted there too, with the month's filters.
  input.coverage = [&comparisons_store, current_query] {
    return comparisons_store.coverage_facts(current_query);
  };
  input.handle_at = [&store](std::int64_t account_id, TimePoint when) {
    return store.handle_at(account_id, when);
  };
  const auto &sections = options.sections;
  const bool campaigns_shown = sections.empty() || std::find(sections.begin(), sections.end(),
                                                             "campaigns") != sections.end();
  if (const auto campaigns = campaigns_shown ? campaigns_in(store, period.since, period.until)
                                             : std::vector<Campaign>{};
      !campaigns.empty()) {
    input.campaigns = cause_support(store, campaigns, period.since, period.until);
  }
  std::optional<analysis::InfluenceResult> influence;
  input.influence = [&ranking, &influence]() -> const analysis::InfluenceResult * {
    if (!influence) {
      influence = ranking.get(); // rethrows what the ranking threw
    }
    return &*influence;
  };
  input.year_earlier = scan_of(comparisons_store, year_query);
  input.year_earlier_since = *year_query.since;
  input.year_earlier_until = *year_query.until;
  input.sections = options.sections;
  if (options.pseudonym_salt) {
    // Every handle but the declared ones: also those only mentioned in a text.
    input.pseudonym_of = [named = named_handles(store), salt = *options.pseudonym_salt](
                             const std::string &handle) -> std::optional<std::string> {
      if (named.count(util::ascii_lower(handle)) != 0) {
        return std::nullopt;
      }
      return pseudonym(salt, handle);
    };
  }
  input.graph = &graph;
  input.organisation = store.setting("org").value_or("");
  input.month = period.month;
  input.zone = &zone;
  input.since = period.since;
  input.until = period.until;
  input.previous_since = before.since;
  input.previous_until = before.until;
  read_period_through(store, current_query, input);
  input.previous = scan_of(comparisons_store, previous_query);
  if (scope.scope == analysis::ReportScope::own) {
    store::PostQuery others_query = current_query;
    others_query.owned_only = false; // analysis keeps the posts of other accounts
    others_query.with_hashtags = false;
    others_query.with_content = false;
    // Scanned, not loaded: a month of a big store's posts by every account did not fit in
    // memory as a Dataset (docs/performance.md).
    input.others = [&store, others_query](const analysis::ItemVisitor &visit) {
      return store.scan_post_items(others_query, store::PostItemKind::interactions, visit);
    };
  }
  input.scope = scope.scope;
  input.own_accounts = scope.own_accounts;
  input.filters = stated_filters;
  input.top_limit = options.top_limit;
  input.account_rows_in_scan = options.account_rows_in_scan;
  input.min_coverage = options.min_coverage;
  return analysis::build_monthly_report(input);
}

} // namespace sociometer::app
