// SPDX-License-Identifier: Apache-2.0
// app::scan_engagement: a selection read in two halves, the later one on the reader beside the
// store on another thread, gives the rows of one scan.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "measured_post.hpp"
#include "sociometer/analysis/engagement.hpp"
#include "sociometer/app/engagement_scan.hpp"
#include "sociometer/store/store.hpp"
#include "test_support.hpp"

using namespace sociometer;

namespace {

// 60 posts over 30 days by 7 authors, two of them linked as one identity, follower snapshots at
// both ends of March; and an eighth author whose two posts are at the instant scan_engagement
// splits the selection at, and after it.
std::string filled_store(test::TempDir &dir) {
  const auto path = dir.file("s.db");
  store::Store store(path, store::OpenMode::read_write_create);
  store.migrate();
  auto writer = store.writer(store.begin_import("test", "test"));
  for (int n = 0; n < 60; ++n) {
    const int author = n < 20 ? n % 4 : (n < 40 ? n % 7 : 3 + n % 4);
    char created[32];
    std::snprintf(created, sizeof created, "2024-03-%02dT%02d:00:00Z", 1 + n / 2, 7 * n % 24);
    auto post = test::measured_post(author % 3 == 0 ? Platform::mastodon : Platform::x,
                                    std::to_string(1000 + n), created, 100 + 10 * n, n % 9);
    post.author = {"id-" + std::to_string(author), "user" + std::to_string(author)};
    for (const auto *at : {"2024-03-01T00:00:00Z", "2024-03-31T00:00:00Z"}) {
      AccountRecord account;
      account.platform = post.platform;
      account.ref = post.author;
      account.followers = (at[9] == '1' ? 50 : 70) + author;
      account.observed_at = *util::parse_iso8601(at);
      writer->account(account);
    }
    writer->post(post);
  }
  writer->commit();
  (void)store.link_accounts("team", {{Platform::x, "user1"}, {Platform::x, "user5"}}, false);
  // `late` posts only from the instant the selection is split at on: at it exactly, and later.
  const auto span = store.post_time_span({});
  REQUIRE(span);
  const auto middle = span->first + (span->second - span->first) / 2;
  auto late = store.writer(store.begin_import("test", "late"));
  for (const auto &[id, at] :
       {std::pair{"2000", middle}, {"2001", middle + std::chrono::hours(5)}}) {
    auto post = test::measured_post(Platform::x, id, "2024-03-01T00:00:00Z", 500, 40);
    post.created_at = at;
    post.author = {"id-late", "late"};
    late->post(post);
  }
  late->commit();
  return path;
}

std::vector<std::vector<Cell>> rows_of(const store::Store &store,
                                       std::optional<analysis::Dimension> dimension,
                                       const analysis::Span &march) {
  const auto zone = util::TimeZone::utc();
  auto scanned = app::scan_engagement(store, {}, true, dimension, zone);
  std::vector<analysis::EngagementRow> rows;
  if (dimension) {
    scanned.sums.each_row(scanned.authors, march, analysis::EngagementSums::Detail::full,
                          [&](analysis::EngagementRow &&row) { rows.push_back(std::move(row)); });
  } else {
    rows.push_back(scanned.sums.total(scanned.authors, "all", march));
  }
  std::vector<std::vector<Cell>> cells;
  for (const auto &row : rows) {
    cells.push_back(
        analysis::engagement_cells(row, dimension.value_or(analysis::Dimension::platform)));
  }
  return cells;
}

} // namespace

TEST_CASE("scan_engagement reads a selection in two halves into the sums of one scan",
          "[app][engagement][split]") {
  test::TempDir dir;
  const auto path = filled_store(dir);
  const store::Store one(path, store::OpenMode::read_only);
  const store::Store two(path, store::OpenMode::read_only, store::k_default_busy_timeout,
                         store::ReaderBeside::wanted);
  REQUIRE(one.reader_beside() == nullptr);
  REQUIRE(two.reader_beside() != nullptr); // so the selection is read in two halves
  const analysis::Span march{*util::parse_iso8601("2024-03-01T00:00:00Z"),
                             *util::parse_iso8601("2024-04-01T00:00:00Z")};
  for (const auto dimension :
       {std::optional(analysis::Dimension::account), std::optional(analysis::Dimension::platform),
        std::optional(analysis::Dimension::day), std::optional(analysis::Dimension::language),
        std::optional<analysis::Dimension>()}) {
    const auto expected = rows_of(one, dimension, march);
    CHECK(rows_of(two, dimension, march) == expected);
    CHECK_FALSE(expected.empty());
  }
  // The authors in the order one scan meets them; the identity's two accounts are one.
  const auto zone = util::TimeZone::utc();
  const auto scanned = app::scan_engagement(two, {}, false, analysis::Dimension::platform, zone);
  std::vector<std::string> handles;
  for (const auto &account : scanned.authors.accounts) {
    handles.push_back(account.handle);
  }
  const auto single = app::scan_engagement(one, {}, false, analysis::Dimension::platform, zone);
  std::vector<std::string> single_handles;
  for (const auto &account : single.authors.accounts) {
    single_handles.push_back(account.handle);
  }
  CHECK(handles == single_handles);
  CHECK(handles.size() == 7);
  CHECK(handles.back() == "late"); // met in the later half only
}
