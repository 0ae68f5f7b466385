// SPDX-License-Identifier: Apache-2.0
// The ingest writer's caches forget (BoundedCache), so that a capture naming millions of accounts
// does not grow the writer: what they forget costs a statement, never a different store.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <sqlite3.h>

#include "sociometer/store/store.hpp"
#include "sociometer/util/time.hpp"
#include "store/bounded_cache.hpp"
#include "store/pg_bulk.hpp"
#include "store/sqlite.hpp"
#include "test_support.hpp"

using namespace sociometer;

TEST_CASE("A bounded cache keeps what is in use and at most two generations", "[store][cache]") {
  store::BoundedCache<int, std::string> cache(2);
  cache.put(1, "one");
  cache.put(2, "two");
  CHECK(cache.size() == 2);
  cache.put(3, "three"); // the newer generation was full: 1 and 2 become the older
  CHECK(cache.size() == 3);
  CHECK_FALSE(cache.dropped());      // nothing forgotten yet: a miss means never put
  REQUIRE(cache.find(1) != nullptr); // a hit in the older generation moves 1 to the newer
  CHECK(*cache.find(1) == "one");
  cache.put(4, "four"); // full again: {3, 1} become the older, 2 is dropped
  CHECK(cache.find(2) == nullptr);
  CHECK(cache.dropped());
  CHECK(cache.size() == 3);
  REQUIRE(cache.find(3) != nullptr);
  CHECK(*cache.find(3) == "three");
  cache.put(3, "THREE"); // replacing keeps one entry
  CHECK(*cache.find(3) == "THREE");
  cache.erase(3);
  CHECK(cache.find(3) == nullptr);
  cache.clear();
  CHECK(cache.size() == 0);
  CHECK_FALSE(cache.dropped());
  CHECK(cache.find(1) == nullptr);
}

namespace {

TimePoint at(const std::string &iso) { return *util::parse_iso8601(iso); }

// Pages of a capture: 40 accounts, each on every page with its profile and follower counts (a
// count changes now and then, a handle once, a day passes), and posts that mention accounts by
// handle only.
void write_capture(store::IngestWriter &writer) {
  // A forgotten handle is looked up among the accounts' current handles, as by a later ingest:
  // mentions name each account by its handle of the time.
  const auto handle = [](int n, int page) {
    return (n == 7 && page >= 12 ? "renamed" : "user") + std::to_string(n);
  };
  for (int page = 0; page < 30; ++page) {
    const auto observed = at("2024-03-0" + std::to_string(1 + page / 10) +
                             "T10:" + std::to_string(10 + page) + ":00Z");
    for (int n = 0; n < 40; ++n) {
      AccountRecord account;
      account.platform = Platform::x;
      const auto id = std::to_string(1000 + n);
      account.ref = {id, handle(n, page)};
      account.display_name = "User " + std::to_string(n);
      account.followers = 100 + n + (page % 7 == n % 7 ? page : 0);
      account.following = 10;
      account.observed_at = observed;
      writer.account(account);
      PostRecord post;
      post.platform = Platform::x;
      post.native_id = std::to_string(page * 100 + n);
      post.author = account.ref;
      post.created_at = observed;
      post.text =
          "hello @" + handle((n + page) % 40, page) + " and @stranger" + std::to_string(n % 5);
      post.mentions = {{{"", handle((n + page) % 40, page)}, {}, {}},
                       {{"", "stranger" + std::to_string(n % 5)}, {}, {}}};
      writer.post(post);
    }
  }
  writer.commit();
}

// Every row of the tables the caches stand for, in a fixed order.
std::vector<std::string> rows(const std::string &path) {
  store::Connection db(path, SQLITE_OPEN_READONLY);
  std::vector<std::string> out;
  for (const auto *sql :
       {"SELECT 'a', id, platform, native_id, handle, display_name, role FROM accounts ORDER BY id",
        "SELECT 'h', account_id, handle, first_seen_at FROM account_handles "
        "ORDER BY account_id, handle",
        "SELECT 'f', account_id, observed_at, followers, following, posts_count FROM "
        "follower_snapshots ORDER BY account_id, observed_at",
        "SELECT 'm', post_id, position, account_id FROM post_mentions ORDER BY post_id, "
        "position"}) {
    store::Statement select(db, sql);
    while (select.step()) {
      std::string row;
      for (int i = 0; i < select.column_count(); ++i) {
        row += std::string(select.is_null(i) ? "NULL" : select.text(i)) + "|";
      }
      out.push_back(row);
    }
  }
  return out;
}

} // namespace

TEST_CASE("An ingest writer whose caches forget writes the store one that remembers writes",
          "[store][cache][writer]") {
  test::TempDir dir;
  std::vector<std::vector<std::string>> stores;
  for (const std::size_t generation :
       {store::IngestStatements::k_cache_generation, std::size_t{3}}) {
    const auto path = dir.file("s" + std::to_string(generation) + ".db");
    std::int64_t import_id = 0;
    {
      store::Store store(path, store::OpenMode::read_write_create);
      store.migrate();
      import_id = store.begin_import("capture", "test");
    }
    {
      store::Connection db(path, SQLITE_OPEN_READWRITE);
      auto writer = store::make_row_writer(db, import_id, nullptr, generation);
      write_capture(*writer);
    }
    stores.push_back(rows(path));
  }
  REQUIRE(stores[0].size() > 40 + 40 + 40 + 1200);
  CHECK(stores[0] == stores[1]);
}

TEST_CASE("After a rollback the writer writes an account's next counts, as it always did",
          "[store][cache][writer]") {
  // A unit abandoned by a parser rolls back and empties the caches: the next observation of an
  // account is written even when a committed one has the same counts minutes earlier (the store
  // is asked for the import's latest snapshot only once a cache has dropped entries).
  test::TempDir dir;
  const auto path = dir.file("s.db");
  std::int64_t import_id = 0;
  {
    store::Store store(path, store::OpenMode::read_write_create);
    store.migrate();
    import_id = store.begin_import("capture", "test");
  }
  store::Connection db(path, SQLITE_OPEN_READWRITE);
  auto writer = store::make_row_writer(db, import_id, nullptr, 3);
  AccountRecord account;
  account.platform = Platform::x;
  account.ref = {"1000", "user0"};
  account.followers = 100;
  account.observed_at = at("2024-03-01T10:00:00Z");
  writer->account(account);
  writer->commit();
  account.observed_at = at("2024-03-01T10:01:00Z");
  writer->account(account); // remembered: the same counts a minute later are not written
  writer->rollback();
  account.observed_at = at("2024-03-01T10:05:00Z");
  writer->account(account); // forgotten by the rollback: written
  writer->commit();
  store::Statement count(db, "SELECT count(*) FROM follower_snapshots");
  REQUIRE(count.step());
  CHECK(count.integer(0) == 2);
}
