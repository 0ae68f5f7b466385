// SPDX-License-Identifier: Apache-2.0
// The setup every `fetch` test makes (a store in a fresh folder, a platform stand-in, the X token)
// and the cases every platform must pass alike (a first run that stores nothing, a connection cut
// mid-body, a server that cuts every answer or never answers), written once for all three.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "standin.hpp"
#include "test_support.hpp"

namespace sociometer::test {

// The X bearer token a FetchBench sets (`fetch x` refuses to run without one).
inline constexpr const char *k_x_token = "CANARY-X-TOKEN-91bd";

// `sociometer --db DB fetch SOURCE... MORE...` for the stand-in's usual source.
[[nodiscard]] inline std::vector<std::string>
fetch_args(const std::string &db, const StandIn &server,
           const std::vector<std::string> &more = {}) {
  std::vector<std::string> args{"--db", db, "fetch"};
  const auto source = server.source_args();
  args.insert(args.end(), source.begin(), source.end());
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

// A store `db` in a fresh folder, SOCIOMETER_X_BEARER_TOKEN set, and `server`, a stand-in built
// from the constructor's arguments.
template <class Server> class FetchBench {
public:
  template <class... Args>
  explicit FetchBench(Args &&...args) : server(std::forward<Args>(args)...) {}

  // Runs `fetch` of the stand-in's usual source with `more` arguments.
  [[nodiscard]] CliResult fetch(const std::vector<std::string> &more = {}) const {
    return run_cli(fetch_args(db, server, more));
  }
  // The number of primary posts in the store.
  [[nodiscard]] std::int64_t primary_posts() const {
    return query_number(db, "SELECT count(*) FROM posts WHERE is_primary");
  }
  // `column` of the (only) fetch cursor.
  [[nodiscard]] std::string cursor(const std::string &column) const {
    return query_text(db, "SELECT " + column + " FROM fetch_cursors");
  }

  TempDir dir;
  const std::string db = dir.file("s.db");
  const ScopedEnv x_token{"SOCIOMETER_X_BEARER_TOKEN", k_x_token};
  Server server;
};

// Fails the test when `secret` shows in the run's stdout or stderr or in the bytes of the store
// `db` (or its WAL).
void check_secret_kept(const CliResult &result, const std::string &db, const std::string &secret);

enum class Platform { mastodon, bluesky, x };

[[nodiscard]] std::string name_of(Platform platform);

// The cases every platform must pass alike, each run for the given platforms in a Catch2 SECTION
// named after the platform; what differs between platforms is a row of a table in fetch_bench.cpp.
// A first run that stores nothing (an empty source, or all of it before --since) does not stop
// later runs from storing what is new.
void check_first_run_storing_nothing(const std::vector<Platform> &platforms);
// A connection cut mid-body is retried and the run completes.
void check_cut_once_is_retried(const std::vector<Platform> &platforms);
// A server that cuts every answer ends the run with exit 1 and the cursor where it was; the rerun
// completes.
void check_cut_every_answer_fails_the_run(const std::vector<Platform> &platforms);
// A server that never answers ends the run at --timeout with exit 1, the cursor where it was.
void check_silent_server_times_out(const std::vector<Platform> &platforms);

} // namespace sociometer::test
