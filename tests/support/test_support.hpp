// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the tests: temporary folders, in-process CLI runs, fixture paths and copies, a
// collecting ingest target, and the checks many parser tests make on what it collected.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "sociometer/error.hpp"
#include "sociometer/ingest/ingest.hpp"

namespace sociometer::test {

// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir &) = delete;
  TempDir &operator=(const TempDir &) = delete;
  [[nodiscard]] const std::filesystem::path &path() const noexcept { return m_path; }
  [[nodiscard]] std::string file(const std::string &name) const { return (m_path / name).string(); }

private:
  std::filesystem::path m_path;
};

// Absolute path of `relative` under tests/fixtures.
[[nodiscard]] std::string fixture(const std::string &relative);
// Copies the fixture file or folder `relative` into `dir` as `name`, so that a test can cut, break
// or extend it; returns the copy's path.
std::string copy_fixture(const TempDir &dir, const std::string &relative, const std::string &name);

struct CliResult {
  int code = 0;
  std::string out;
  std::string err;
};
// Runs `sociometer ARGS...` in-process through cli::run.
[[nodiscard]] CliResult run_cli(const std::vector<std::string> &args);

// Runs `body` in a forked child in which file permissions apply (as `nobody` when the tests run
// as root, whom a chmod 000 does not stop) and returns the text it returned, or `exception: ...`;
// std::nullopt when the privileges cannot be dropped. `body` must not use Catch2 assertions.
[[nodiscard]] std::optional<std::string> run_unprivileged(const std::function<std::string()> &body);

// The first column of the first row of `sql` on the store `db` (opened read-only); fails the test
// when there is no row.
[[nodiscard]] std::string query_text(const std::string &db, const std::string &sql);
[[nodiscard]] std::int64_t query_number(const std::string &db, const std::string &sql);
// CSV output without its CRLF line ends.
[[nodiscard]] std::string without_cr(std::string text);

// Writes `content` to `path` (binary).
void write_file(const std::string &path, const std::string &content);
[[nodiscard]] std::string read_file(const std::string &path);

// Keeps everything a parser emits, for assertions.
class CollectingTarget final : public ingest::IngestTarget {
public:
  void account(const AccountRecord &record) override { accounts.push_back(record); }
  void post(const PostRecord &record) override { posts.push_back(record); }
  void page_metric(const PageMetricRecord &record) override { page_metrics.push_back(record); }
  void record_boundary() override { ++boundaries; }
  void commit_unit() override { ++units; }
  void abandon_unit() override { ++abandoned; }
  void diagnose(ingest::Diagnostic diagnostic) override {
    diagnostics.push_back(std::move(diagnostic));
  }

  // The post with `native_id`; fails the test when absent.
  [[nodiscard]] const PostRecord &post_with_id(const std::string &native_id) const;

  std::vector<AccountRecord> accounts;
  std::vector<PostRecord> posts;
  std::vector<PageMetricRecord> page_metrics;
  std::vector<ingest::Diagnostic> diagnostics;
  int boundaries = 0;
  int units = 0;
  int abandoned = 0;
};

// Parses `path` with whatever format is detected, into a CollectingTarget.
[[nodiscard]] CollectingTarget parse_fixture(const std::string &path,
                                             const ingest::InputOptions &options = {});
// The Error that opening or parsing `path` throws, with what was parsed before it in `target`;
// fails the test when there is none.
[[nodiscard]] Error parse_error(const std::string &path, CollectingTarget &target,
                                const ingest::InputOptions &options = {});
[[nodiscard]] Error parse_error(const std::string &path, const ingest::InputOptions &options = {});

// The text between code points [`start`, `end`) of `text`, as entity offsets give them; fails the
// test when an offset is missing or past the end.
[[nodiscard]] std::string slice(const std::string &text, std::optional<std::int32_t> start,
                                std::optional<std::int32_t> end);
// `time` in RFC 3339 UTC (seconds); fails the test when it is empty.
[[nodiscard]] std::string rfc3339(const std::optional<TimePoint> &time);

// Sets an environment variable for the lifetime of the guard, and removes it after.
class ScopedEnv {
public:
  ScopedEnv(const char *name, const std::string &value) : m_name(name) {
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() { ::unsetenv(m_name); }
  ScopedEnv(const ScopedEnv &) = delete;
  ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
  const char *m_name;
};

} // namespace sociometer::test
