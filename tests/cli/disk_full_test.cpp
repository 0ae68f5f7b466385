// SPDX-License-Identifier: Apache-2.0
// A disk that fills up during an ingest, at every point of it: a SQLite VFS that wraps the default
// one and fails writes with SQLITE_FULL (what a full disk gives) once a byte budget is spent.
#include <catch2/catch.hpp>

#include <climits>
#include <map>
#include <sqlite3.h>

#include "store/sqlite.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::run_cli;

namespace {

sqlite3_vfs *g_real_vfs = nullptr;
sqlite3_vfs g_full_vfs;
sqlite3_int64 g_budget = LLONG_MAX; // bytes that may still be written

// A file kind's methods with the write method swapped; the copy comes first, so a file's
// pMethods, which points to it, leads back to the real methods.
struct WrappedMethods {
  sqlite3_io_methods methods;
  const sqlite3_io_methods *real;
};
std::map<const sqlite3_io_methods *, WrappedMethods> g_wrapped; // by the real methods

int full_write(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset) {
  const auto *real = reinterpret_cast<const WrappedMethods *>(file->pMethods)->real;
  if (amount > g_budget) {
    g_budget = 0;
    return SQLITE_FULL;
  }
  g_budget -= amount;
  return real->xWrite(file, data, amount, offset);
}

// The default VFS's files with their write method swapped: the file structure stays the real one.
int full_open(sqlite3_vfs * /*vfs*/, sqlite3_filename name, sqlite3_file *file, int flags,
              int *out_flags) {
  const int code = g_real_vfs->xOpen(g_real_vfs, name, file, flags, out_flags);
  if (code == SQLITE_OK && file->pMethods != nullptr) {
    auto [entry, added] = g_wrapped.try_emplace(file->pMethods);
    if (added) {
      entry->second.methods = *file->pMethods;
      entry->second.methods.xWrite = full_write;
      entry->second.real = file->pMethods;
    }
    file->pMethods = &entry->second.methods;
  }
  return code;
}

// Makes the failing VFS the default while it lives; `budget` bytes are written before a write
// fails.
class FullDisk {
public:
  explicit FullDisk(sqlite3_int64 budget) {
    g_real_vfs = sqlite3_vfs_find(nullptr);
    g_full_vfs = *g_real_vfs;
    g_full_vfs.zName = "sociometer-test-full";
    g_full_vfs.xOpen = full_open;
    g_budget = budget;
    REQUIRE(sqlite3_vfs_register(&g_full_vfs, 1) == SQLITE_OK);
  }
  ~FullDisk() {
    sqlite3_vfs_unregister(&g_full_vfs);
    g_budget = LLONG_MAX;
  }
  FullDisk(const FullDisk &) = delete;
  FullDisk &operator=(const FullDisk &) = delete;
};

std::string value(const std::string &db, const std::string &sql) {
  const auto result = run_cli({"--db", db, "sql", sql, "--format", "csv"});
  REQUIRE(result.code == 0);
  // The CSV's second line, without its CRLF.
  auto text = result.out.substr(result.out.find('\n') + 1);
  return text.substr(0, text.find('\r'));
}

} // namespace

TEST_CASE("a disk that fills up during an ingest is reported as such at every point, and the store "
          "stays whole",
          "[cli][store][disk_full]") {
  test::TempDir dir;
  const auto input = test::fixture("x/twarc/page-and-stream.jsonl");
  const auto clean = dir.file("clean.db");
  REQUIRE(run_cli({"--db", clean, "init"}).code == 0);
  REQUIRE(run_cli({"--db", clean, "ingest", input}).code == 0);
  const auto clean_posts = value(clean, "SELECT count(*) FROM posts");

  int failures = 0;
  for (sqlite3_int64 budget = 0;; budget += 4096) {
    INFO("bytes written before the disk is full: " << budget);
    const auto db = dir.file("s" + std::to_string(budget) + ".db");
    REQUIRE(run_cli({"--db", db, "init"}).code == 0);
    test::CliResult result;
    {
      const FullDisk full(budget);
      result = run_cli({"--db", db, "ingest", input});
    }
    if (result.code == 0) {
      break; // the budget now holds the whole ingest
    }
    ++failures;
    INFO(result.err);
    CHECK(result.code == 1);
    CHECK_THAT(result.err, Catch::Contains("database or disk is full"));
    CHECK_THAT(result.err, !Catch::Contains("roll back"));
    CHECK_THAT(result.err, !Catch::Contains("no transaction is active"));
    // With space again, the store is whole and readable, and a rerun completes it.
    CHECK(value(db, "PRAGMA integrity_check") == "ok");
    CHECK(run_cli({"--db", db, "status"}).code == 0);
    REQUIRE(run_cli({"--db", db, "ingest", input}).code == 0);
    CHECK(value(db, "SELECT count(*) FROM posts") == clean_posts);
    CHECK(value(db, "SELECT count(*) FROM imports WHERE outcome = 'running'") == "0");
    REQUIRE(budget < 4096 * 1000);
  }
  CHECK(failures > 2);
}
