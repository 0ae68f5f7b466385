// SPDX-License-Identifier: Apache-2.0
// `ingest` end to end on inputs that hold no posts or try to mislead it: what is stored, what
// the user is told, and the exit code.
#include <catch2/catch.hpp>
#include <filesystem>
#include <sys/stat.h>

#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::run_cli;

namespace {
std::string query(const std::string &db, const std::string &sql) {
  return run_cli({"--db", db, "sql", sql, "--format", "csv"}).out;
}

std::size_t count_of(const std::string &text, const std::string &part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++count;
  }
  return count;
}
} // namespace

TEST_CASE("ingest: a twarc2 users lookup stores accounts and follower counts, never posts",
          "[cli][ingest][hostile]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  const auto result =
      run_cli({"--db", db, "ingest", fixture("x/twarc/users.jsonl"), "--format", "csv"});
  CHECK(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains(",twarc2,ok,0,0,0,0,0,0\r\n"));
  CHECK(query(db, "SELECT count(*) FROM posts") == "count(*)\r\n0\r\n");
  CHECK(query(db, "SELECT a.handle, f.followers, f.observed_at FROM follower_snapshots AS f "
                  "JOIN accounts AS a ON a.id = f.account_id ORDER BY a.handle") ==
        "handle,followers,observed_at\r\n"
        "other_ngo,80,2024-03-12T10:00:00.000Z\r\n"
        "partner_org,5000,2024-03-12T10:00:00.000Z\r\n"
        "test_org,1200,2024-03-12T10:00:00.000Z\r\n");
}

TEST_CASE("ingest: twarc2 counts, lists and compliance outputs are refused in one line each",
          "[cli][ingest][hostile]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  const auto counts = fixture("x/twarc/counts.jsonl");
  const auto result = run_cli({"--db", db, "ingest", counts, fixture("x/twarc/lists.jsonl"),
                               fixture("x/twarc/compliance.jsonl"), "--format", "csv"});
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::Contains("sociometer: error: " + counts +
                                         ": twarc2 counts output: tweet counts, not tweets; "
                                         "nothing to import\n"));
  CHECK_THAT(result.err, Catch::Contains("lists.jsonl: twarc2 lists output: "));
  CHECK_THAT(result.err, Catch::Contains("compliance.jsonl: twarc2 compliance output: "));
  CHECK(count_of(result.err, "sociometer: ") == 3);
  CHECK(count_of(result.out, ",twarc2,failed,0,0,0,0,0,0\r\n") == 3);
  CHECK(query(db, "SELECT count(*) FROM posts") == "count(*)\r\n0\r\n");
  CHECK(query(db, "SELECT count(*) FROM accounts") == "count(*)\r\n0\r\n");
}

TEST_CASE("ingest: an unreadable subfolder fails alone; the other files are ingested",
          "[cli][ingest][hostile]") {
  test::TempDir dir;
  std::filesystem::permissions(dir.path(), std::filesystem::perms::all); // the store, for anyone
  const auto db = dir.file("s.db");
  const auto root = dir.file("captures");
  std::filesystem::create_directories(root + "/locked");
  std::filesystem::copy_file(fixture("x/twarc/page-and-stream.jsonl"), root + "/search.jsonl");
  test::write_file(root + "/locked/more.jsonl", "{}\n");
  REQUIRE(::chmod((root + "/locked").c_str(), 0) == 0);
  // Run where the permission applies (root ignores it).
  const auto ran = test::run_unprivileged([&] {
    const auto result = run_cli({"--db", db, "ingest", root, "--format", "csv"});
    return std::to_string(result.code) + "\n" + result.err + result.out;
  });
  REQUIRE(::chmod((root + "/locked").c_str(), 0755) == 0);
  if (!ran) {
    WARN("cannot drop root's privileges: the permission case is not checked");
    return;
  }
  CHECK_THAT(*ran, Catch::StartsWith("1\nsociometer: error: " + root +
                                     "/locked: cannot list folder: Permission denied\n"));
  CHECK_THAT(*ran, Catch::Contains(root + "/locked,,failed,0,0,0,0,0,0\r\n"));
  CHECK_THAT(*ran, Catch::Contains(root + "/search.jsonl,twarc2,ok,4,0,0,"));
}

TEST_CASE("ingest: a link named outbox.json in a Mastodon tar.gz is ignored with a warning",
          "[cli][ingest][hostile]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  const auto archive = fixture("mastodon/hostile-links.tar.gz");
  const auto result = run_cli({"--db", db, "ingest", archive, "--format", "csv"});
  CHECK(result.code == 0);
  CHECK_THAT(result.err, Catch::Contains("sociometer: warning: " + archive +
                                         "!outbox.json: symbolic link in the archive; ignored"));
  CHECK_THAT(result.out, Catch::Contains(archive + ",mastodon-archive,ok,2,0,0,"));
}
