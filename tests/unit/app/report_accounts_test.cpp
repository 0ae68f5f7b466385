// SPDX-License-Identifier: Apache-2.0
// The report over every account ranks its accounts from each author's engagement alone and sums
// only the top accounts' rows, from a second read of their posts: the rows must be those of
// `engagement --by account`, ranked, for linked identities, handles shared by two accounts and
// posts without a known author alike.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "measured_post.hpp"
#include "sociometer/analysis/engagement.hpp"
#include "sociometer/app/engagement_scan.hpp"
#include "sociometer/app/monthly_report.hpp"
#include "sociometer/store/store.hpp"
#include "test_support.hpp"

using namespace sociometer;

namespace {

const TimePoint k_march = *util::parse_iso8601("2024-03-01T00:00:00Z");
const TimePoint k_april = *util::parse_iso8601("2024-04-01T00:00:00Z");

// March 2024 (and a post of February): accounts with engagement that ties or differs; an
// identity of two linked accounts that ranks first only with both accounts' posts; two unlinked
// accounts named `same` on two platforms (one key); reposts only (no engagement); posts without
// an author; follower snapshots for the growth columns.
std::string filled_store(test::TempDir &dir) {
  const auto path = dir.file("s.db");
  store::Store store(path, store::OpenMode::read_write_create);
  store.migrate();
  auto writer = store.writer(store.begin_import("test", "test"));
  int next_id = 1;
  const auto add = [&](Platform platform, const std::string &handle, const char *created,
                       std::int64_t likes, PostKind kind = PostKind::post) {
    auto post = test::measured_post(platform, std::to_string(next_id++), created, 1000, likes);
    if (!handle.empty()) {
      post.author = {"id-" + handle + "-" + std::string(to_string(platform)), handle};
      for (const auto *at : {"2024-03-01T00:00:00Z", "2024-03-31T00:00:00Z"}) {
        AccountRecord account;
        account.platform = platform;
        account.ref = post.author;
        account.followers = (at[9] == '1' ? 100 : 120) + static_cast<std::int64_t>(handle.size());
        account.observed_at = *util::parse_iso8601(at);
        writer->account(account);
      }
    } else {
      post.author = {};
    }
    post.kind = kind;
    if (kind == PostKind::repost) {
      post.metrics.reset();
    }
    writer->post(post);
  };
  add(Platform::x, "team_x", "2024-03-02T10:00:00Z", 30);
  add(Platform::mastodon, "team_m", "2024-03-03T10:00:00Z", 30); // linked: 60 as one identity
  add(Platform::x, "team_x", "2024-02-20T10:00:00Z", 500);       // before the period
  add(Platform::x, "alpha", "2024-03-04T10:00:00Z", 45);
  add(Platform::x, "beta", "2024-03-05T10:00:00Z", 20);
  add(Platform::x, "beta", "2024-03-06T10:00:00Z", 20);
  add(Platform::x, "gamma", "2024-03-07T10:00:00Z", 40); // ties with beta's 40
  add(Platform::x, "same", "2024-03-08T10:00:00Z", 25);
  add(Platform::mastodon, "same", "2024-03-09T10:00:00Z", 26); // one key with x's `same`: 51
  add(Platform::x, "", "2024-03-10T10:00:00Z", 41);            // no author: "(unknown)"
  add(Platform::x, "", "2024-03-11T10:00:00Z", 1);
  add(Platform::x, "reposter", "2024-03-12T10:00:00Z", 0, PostKind::repost);
  add(Platform::x, "quiet", "2024-03-13T10:00:00Z", 0);
  writer->commit();
  (void)store.link_accounts("team", {{Platform::x, "team_x"}, {Platform::mastodon, "team_m"}},
                            false);
  return path;
}

// `engagement --by account` over March: every row, most engagement first, ties in key order.
std::vector<std::vector<Cell>> ranked_engagement_rows(const store::Store &store) {
  store::PostQuery march;
  march.since = k_march;
  march.until = k_april;
  const auto zone = util::TimeZone::utc();
  auto scanned = app::scan_engagement(store, march, false, analysis::Dimension::account, zone);
  std::vector<analysis::EngagementRow> rows;
  scanned.sums.each_row(scanned.authors, analysis::Span{k_march, k_april},
                        analysis::EngagementSums::Detail::full,
                        [&](analysis::EngagementRow &&row) { rows.push_back(std::move(row)); });
  std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
    return a.engagement.value_or(-1) > b.engagement.value_or(-1);
  });
  std::vector<std::vector<Cell>> cells;
  for (const auto &row : rows) {
    cells.push_back(analysis::engagement_cells(row, analysis::Dimension::account));
  }
  return cells;
}

} // namespace

TEST_CASE("The report over every account shows the rows engagement --by account ranks first",
          "[app][report][accounts]") {
  test::TempDir dir;
  const auto path = filled_store(dir);
  const store::Store store(path, store::OpenMode::read_only);
  const auto expected = ranked_engagement_rows(store);
  // team (60), same (51), alpha (45), (unknown) (42), beta and gamma (40, key order), quiet (0),
  // reposter (none).
  REQUIRE(expected.size() == 8);
  const auto key = [](const std::vector<Cell> &row) { return std::get<std::string>(row[0]); };
  CHECK(key(expected[0]) == "team"); // the identity, as its link name
  CHECK(key(expected[1]) == "same");
  CHECK(key(expected[3]) == "(unknown)");
  CHECK(key(expected[4]) == "beta");
  CHECK(key(expected[7]) == "reposter");

  const auto zone = util::TimeZone::utc();
  app::ReportPeriod period{k_march, k_april, std::chrono::year{2024} / std::chrono::March};
  app::ReportScopeChoice scope; // every account: none is declared own
  // The rows summed in the scan (few accounts), and read again for the top accounts (beyond
  // account_rows_in_scan: here 3 of the 8).
  for (const auto &[top, rows_in_scan] :
       {std::pair<std::size_t, std::size_t>{5, 3}, {100, 3}, {5, 1000}, {100, 1000}}) {
    INFO("top " << top << ", rows in scan " << rows_in_scan);
    app::MonthlyReportOptions options;
    options.top_limit = top;
    options.account_rows_in_scan = rows_in_scan;
    options.min_coverage = 0.0; // no rate withheld: the rows compare as summed
    const auto report = app::monthly_report(store, zone, period, scope, {}, options);
    CHECK(report.accounts_with_posts == 8);
    std::vector<std::vector<Cell>> shown;
    for (const auto &row : report.by_account) {
      shown.push_back(analysis::engagement_cells(row, analysis::Dimension::account));
    }
    const auto wanted = std::vector<std::vector<Cell>>(
        expected.begin(),
        expected.begin() + static_cast<std::ptrdiff_t>(std::min(top, expected.size())));
    CHECK(shown == wanted);
  }
}
