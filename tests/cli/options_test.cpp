// SPDX-License-Identifier: Apache-2.0
// Global options resolved once (cli::resolve_invocation) and the rules every command shares
// through it: the store path, one time-zone precedence, declared output formats, platforms and
// handles.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "cli/common.hpp"
#include "sociometer/util/text.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::run_cli;

namespace {

// Sets $SOCIOMETER_DB for one scope and restores the previous value.
class ScopedStoreEnv {
public:
  explicit ScopedStoreEnv(const char *value) {
    if (const char *old = std::getenv("SOCIOMETER_DB")) {
      m_previous = old;
    }
    set(value);
  }
  ~ScopedStoreEnv() { set(m_previous ? m_previous->c_str() : nullptr); }
  ScopedStoreEnv(const ScopedStoreEnv &) = delete;
  ScopedStoreEnv &operator=(const ScopedStoreEnv &) = delete;

private:
  static void set(const char *value) {
    if (value != nullptr) {
      ::setenv("SOCIOMETER_DB", value, 1);
    } else {
      ::unsetenv("SOCIOMETER_DB");
    }
  }
  std::optional<std::string> m_previous;
};

std::string stored_zone(const std::string &db) {
  return run_cli(
             {"--db", db, "sql", "SELECT value FROM settings WHERE key = 'tz'", "--format", "csv"})
      .out;
}

} // namespace

TEST_CASE("invocation: store path from --db, else $SOCIOMETER_DB, else ./sociometer.db",
          "[cli][options]") {
  cli::GlobalOptions globals;
  {
    const ScopedStoreEnv env(nullptr);
    CHECK(cli::resolve_invocation(globals, cli::k_row_formats).store_path == "sociometer.db");
  }
  const ScopedStoreEnv env("/tmp/from-env.db");
  CHECK(cli::resolve_invocation(globals, cli::k_row_formats).store_path == "/tmp/from-env.db");
  globals.db = "flag.db";
  CHECK(cli::resolve_invocation(globals, cli::k_row_formats).store_path == "flag.db");
}

TEST_CASE("invocation: --tz is validated once; the format defaults to the command's first",
          "[cli][options]") {
  cli::GlobalOptions globals;
  auto invocation = cli::resolve_invocation(globals, cli::k_row_formats);
  CHECK_FALSE(invocation.zone);
  CHECK(invocation.format == "table");
  CHECK(invocation.report_format() == report::Format::table);
  CHECK(cli::resolve_invocation(globals, cli::k_no_output).format.empty());

  globals.tz = "Europe/Zurich";
  globals.format = "ndjson";
  invocation = cli::resolve_invocation(globals, cli::k_row_formats);
  REQUIRE(invocation.zone);
  CHECK(invocation.zone->name() == "Europe/Zurich");
  CHECK(invocation.report_format() == report::Format::ndjson);

  globals.tz = "Mars/Olympus";
  try {
    (void)cli::resolve_invocation(globals, cli::k_row_formats);
    FAIL("no error for an unknown zone");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::usage);
  }
  // A command that prints no data ignores --format, as before.
  globals.tz.clear();
  globals.format = "gexf";
  CHECK(cli::resolve_invocation(globals, cli::k_no_output).format.empty());
}

TEST_CASE("a --format the command does not declare: exit 2, the same message as before",
          "[cli][options]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init"}).code == 0);
  auto result = run_cli({"--db", db, "status", "--format", "md"});
  CHECK(result.code == 2);
  CHECK(result.out.empty());
  CHECK(result.err == "sociometer: error: --format md is not available for this command\n"
                      "hint: use one of: table, json, ndjson, csv\n");
  result = run_cli({"--db", db, "report", "--format", "csv"});
  CHECK(result.code == 2);
  CHECK(result.err == "sociometer: error: --format csv is not available for this command\n"
                      "hint: use one of: md, json\n");
  result = run_cli({"--db", db, "network", "export", "--format", "json"});
  CHECK(result.code == 2);
  CHECK(result.err == "sociometer: error: --format json is not available for network export\n"
                      "hint: use gexf (default), graphml or csv\n");
  result = run_cli({"--db", db, "campaign", "list", "--format", "gexf"});
  CHECK(result.code == 2);
  CHECK(result.err == "sociometer: error: --format gexf is not available for this command\n"
                      "hint: use one of: table, json, ndjson, csv\n");
  // Checked before anything else, as before: even before a missing store.
  result =
      run_cli({"--db", dir.file("absent.db"), "ingest", "--format", "md", fixture("x/archive")});
  CHECK(result.code == 2);
  CHECK_FALSE(std::filesystem::exists(dir.file("absent.db")));
}

TEST_CASE("ingest places CSV local times in the global --tz when --source-tz is not given",
          "[cli][options][ingest]") {
  test::TempDir dir;
  int stores = 0;
  const auto posts_at = [&](const std::vector<std::string> &zone_flags) {
    const auto db = dir.file("s" + std::to_string(++stores) + ".db");
    // The global --tz after the subcommand, like --source-tz: global flags are accepted there too.
    std::vector<std::string> args{"--db", db, "ingest", "--format", "csv"};
    args.insert(args.end(), zone_flags.begin(), zone_flags.end());
    args.push_back(fixture("meta-csv/facebook-posts.csv"));
    const auto ingested = run_cli(args);
    INFO(ingested.err);
    REQUIRE(ingested.code == 0);
    return run_cli({"--db", db, "sql",
                    "SELECT created_at FROM posts WHERE native_id = '1765432109876543'", "--format",
                    "csv"})
        .out;
  };
  // 2024-03-05 06:02 local: 05:02Z in Stockholm (CET), 06:02Z in UTC.
  const std::string stockholm = "created_at\r\n2024-03-05T05:02:00.000Z\r\n";
  CHECK(posts_at({"--tz", "Europe/Stockholm"}) == stockholm);
  CHECK(run_cli({"--db", dir.file("before.db"), "--tz", "Europe/Stockholm", "ingest",
                 fixture("meta-csv/facebook-posts.csv")})
            .code == 0);
  CHECK(run_cli({"--db", dir.file("before.db"), "sql",
                 "SELECT created_at FROM posts WHERE native_id = '1765432109876543'", "--format",
                 "csv"})
            .out == stockholm);
  CHECK(posts_at({"--source-tz", "Europe/Stockholm"}) == stockholm);
  // The more specific --source-tz wins over --tz.
  CHECK(posts_at({"--tz", "UTC", "--source-tz", "Europe/Stockholm"}) == stockholm);
  CHECK(posts_at({"--tz", "Asia/Tokyo", "--source-tz", "UTC"}) ==
        "created_at\r\n2024-03-05T06:02:00.000Z\r\n");

  // Without either flag, the store's zone (set by init) applies.
  const auto db = dir.file("init.db");
  REQUIRE(run_cli({"--db", db, "init", "--tz", "Europe/Stockholm"}).code == 0);
  REQUIRE(run_cli({"--db", db, "ingest", fixture("meta-csv/facebook-posts.csv")}).code == 0);
  CHECK(run_cli({"--db", db, "sql",
                 "SELECT created_at FROM posts WHERE native_id = '1765432109876543'", "--format",
                 "csv"})
            .out == stockholm);
}

TEST_CASE("init --tz is the global --tz: either position sets the store's zone", "[cli][options]") {
  test::TempDir dir;
  const auto before = dir.file("before.db");
  REQUIRE(run_cli({"--db", before, "--tz", "Europe/Zurich", "init"}).code == 0);
  CHECK(stored_zone(before) == "value\r\nEurope/Zurich\r\n");
  const auto after = dir.file("after.db");
  REQUIRE(run_cli({"--db", after, "init", "--tz", "Asia/Tokyo"}).code == 0);
  CHECK(stored_zone(after) == "value\r\nAsia/Tokyo\r\n");
  const auto bad = run_cli({"--db", dir.file("bad.db"), "init", "--tz", "Mars/Olympus"});
  CHECK(bad.code == 2);
  CHECK_FALSE(std::filesystem::exists(dir.file("bad.db"))); // refused before creating anything
}

TEST_CASE("platforms and handles: one parser, one `@` rule", "[cli][options]") {
  CHECK(util::strip_handle_prefix("@example_org") == "example_org");
  CHECK(util::strip_handle_prefix("example_org") == "example_org");
  CHECK(util::strip_handle_prefix("@@x") == "@x"); // only the one prefix users type
  CHECK(util::strip_handle_prefix("") == "");
  CHECK(cli::parse_platform_flag("twitter") == Platform::x);
  CHECK(cli::parse_platform_flag("bluesky") == Platform::bluesky);

  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "ingest", fixture("x/archive"), "--as", "@test_org"}).code == 0);
  const auto own = run_cli({"--db", db, "accounts", "--role", "own", "--format", "csv"});
  CHECK_THAT(own.out, Catch::Contains("\r\nx,test_org,"));
  const auto with_at =
      run_cli({"--db", db, "top", "posts", "--account", "@test_org", "--format", "csv"});
  const auto without =
      run_cli({"--db", db, "top", "posts", "--account", "test_org", "--format", "csv"});
  CHECK(with_at.code == 0);
  CHECK(with_at.out == without.out);
  for (const auto &args : std::vector<std::vector<std::string>>{
           {"--db", db, "engagement", "--platform", "myspace"},
           {"--db", db, "accounts", "--platform", "myspace"},
           {"--db", db, "account", "set", "x", "--platform", "myspace", "--role", "peer"},
           {"--db", db, "ingest", fixture("x/archive"), "--platform", "myspace"}}) {
    const auto result = run_cli(args);
    CHECK(result.code == 2);
    CHECK(result.err == "sociometer: error: --platform myspace: unknown platform\n"
                        "hint: use x, mastodon, bluesky, facebook, instagram or other\n");
  }
}
