// SPDX-License-Identifier: Apache-2.0
// `-o FILE` through cli::run: replaced atomically on success, untouched when the command fails.
#include <catch2/catch.hpp>
#include <filesystem>
#include <sys/stat.h>

#include "test_support.hpp"

using namespace sociometer;
using test::run_cli;

namespace {

// The temporary files (`.NAME.XXXXXX`) left in `dir`: none once a run has ended.
std::vector<std::string> temporaries_in(const test::TempDir &dir) {
  std::vector<std::string> names;
  for (const auto &entry : std::filesystem::directory_iterator(dir.path())) {
    if (entry.path().filename().string().starts_with(".")) {
      names.push_back(entry.path().filename().string());
    }
  }
  return names;
}

mode_t mode_of(const std::string &path) {
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return info.st_mode & 07777;
}

} // namespace

TEST_CASE("output to a file (-o) keeps its old content when the command fails", "[cli][output]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init"}).code == 0);
  const auto report = dir.file("report.md");
  const std::string last_month = "# Last month's report\n";
  for (const auto &args : std::vector<std::vector<std::string>>{
           // a missing store
           {"--db", dir.file("absent.db"), "report", "--month", "2024-03", "-o", report},
           // a bad --month
           {"--db", db, "report", "--month", "2024-13", "-o", report},
           // a refused format
           {"--db", db, "report", "--month", "2024-03", "--format", "csv", "-o", report}}) {
    INFO(args[3]);
    test::write_file(report, last_month);
    const auto result = run_cli(args);
    CHECK(result.code != 0);
    CHECK_THAT(result.err, Catch::StartsWith("sociometer: error: "));
    CHECK(result.out.empty());
    CHECK(test::read_file(report) == last_month);
    CHECK(temporaries_in(dir).empty());
  }
}

TEST_CASE("output to a file (-o) is replaced on success, keeping its permissions",
          "[cli][output]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init"}).code == 0);
  const auto out = dir.file("count.csv");
  test::write_file(out, "an older and much longer content than the new one\n");
  REQUIRE(::chmod(out.c_str(), 0640) == 0);
  const auto result =
      run_cli({"--db", db, "sql", "SELECT 42 AS answer", "--format", "csv", "-o", out});
  CHECK(result.code == 0);
  CHECK(result.out.empty());
  CHECK(result.err.empty());
  CHECK(test::read_file(out) == "answer\r\n42\r\n");
  CHECK(mode_of(out) == 0640);
  CHECK(temporaries_in(dir).empty());

  // A new file gets the permissions the umask allows, as a file written in place would.
  const auto fresh = dir.file("fresh.csv");
  const mode_t umask_now = ::umask(022);
  ::umask(umask_now);
  REQUIRE(run_cli({"--db", db, "sql", "SELECT 1 AS one", "--format", "csv", "-o", fresh}).code ==
          0);
  CHECK(test::read_file(fresh) == "one\r\n1\r\n");
  CHECK(mode_of(fresh) == (0666 & ~umask_now));
}

TEST_CASE("output to a file (-o) through a symbolic link replaces the file it points to",
          "[cli][output]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init"}).code == 0);
  const auto target = dir.file("target.csv");
  const auto link = dir.file("link.csv");
  test::write_file(target, "old\n");
  std::filesystem::create_symlink(target, link);
  REQUIRE(run_cli({"--db", db, "sql", "SELECT 1 AS one", "--format", "csv", "-o", link}).code == 0);
  CHECK(std::filesystem::is_symlink(link));
  CHECK(test::read_file(target) == "one\r\n1\r\n");
}

TEST_CASE("output to a file (-o) naming a folder is an error that changes nothing",
          "[cli][output]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init"}).code == 0);
  const auto result = run_cli({"--db", db, "status", "-o", dir.path().string()});
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::StartsWith("sociometer: error: " + dir.path().string() +
                                           ": cannot write output file"));
  CHECK(temporaries_in(dir).empty());
}
