// SPDX-License-Identifier: Apache-2.0
// Global options resolved once (cli::resolve_invocation) and the rules every command shares
// through it: the store path, one time-zone precedence, declared output formats, platforms and
// handles.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <nlohmann/json.hpp>

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
                      "hint: use one of: table, json, ndjson, csv, xlsx\n");
  result = run_cli({"--db", db, "report", "--format", "csv"});
  CHECK(result.code == 2);
  CHECK(result.err == "sociometer: error: --format csv is not available for this command\n"
                      "hint: use one of: md, html, json\n");
  result = run_cli({"--db", db, "network", "export", "--format", "json"});
  CHECK(result.code == 2);
  CHECK(result.err == "sociometer: error: --format json is not available for network export\n"
                      "hint: use gexf (default), graphml or csv\n");
  result = run_cli({"--db", db, "campaign", "list", "--format", "gexf"});
  CHECK(result.code == 2);
  CHECK(result.err == "sociometer: error: --format gexf is not available for this command\n"
                      "hint: use one of: table, json, ndjson, csv, xlsx\n");
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

namespace {

// A Facebook page with 1000 followers on 2024-03-01 and four posts in March 2024, only the first
// with impressions (views): engagement 10 + 2 + 3 + 5 = 20, er_impressions = 10 / 1000 = 1 % on
// 1 of 4 posts (25 % coverage), er_followers = 20 / 4000 = 0.5 % on every post.
std::string thin_impressions_store(const test::TempDir &dir) {
  auto db = dir.file("thin.db");
  test::write_file(dir.file("followers.csv"),
                   "sep=,\n\"Facebook followers\"\n\"Date\",\"Primary\"\n"
                   "\"2024-03-01T00:00:00\",\"1000\"\n");
  std::string posts =
      "Post ID,Page ID,Page name,Title,Description,Duration (sec),Publish time,Caption type,"
      "Permalink,Is crosspost,Is share,Post type,Languages,Custom labels,Funded content status,"
      "Data comment,Date,Views,Reach,\"Reactions, Comments and Shares\",Reactions,Comments,Shares,"
      "Total clicks,Link Clicks,Other Clicks\n";
  for (const auto &[id, day, views, reactions, comments, shares] :
       {std::tuple{"1", "03/04/2024", "1000", 8, 1, 1}, std::tuple{"2", "03/11/2024", "", 2, 0, 0},
        std::tuple{"3", "03/18/2024", "", 3, 0, 0}, std::tuple{"4", "03/25/2024", "", 5, 0, 0}}) {
    posts += std::string("90000000000000") + id + ",5550001112223334,UnityRelief,,Post " + id +
             ",," + day + " 09:00,,,No,No,Photos,,,,,Lifetime," + views + ",," +
             std::to_string(reactions + comments + shares) + "," + std::to_string(reactions) + "," +
             std::to_string(comments) + "," + std::to_string(shares) + ",,,\n";
  }
  test::write_file(dir.file("posts.csv"), posts);
  REQUIRE(run_cli({"--db", db, "init", "--tz", "UTC"}).code == 0);
  REQUIRE(run_cli({"--db", db, "ingest", dir.file("posts.csv")}).code == 0);
  REQUIRE(run_cli({"--db", db, "ingest", "--as", "UnityRelief", dir.file("followers.csv")}).code ==
          0);
  return db;
}

// The 0-based position of `name` in the first line of `csv`.
std::size_t csv_column(const std::string &csv, const std::string &name) {
  const auto header = csv.substr(0, csv.find('\n'));
  std::size_t column = 0;
  std::size_t start = 0;
  while (true) {
    const auto end = header.find(',', start);
    if (header.substr(start, end - start) == name) {
      return column;
    }
    REQUIRE(end != std::string::npos);
    start = end + 1;
    ++column;
  }
}

// Field `column` of the second line of `csv` (no quoted commas in these rows).
std::string csv_field(const std::string &csv, std::size_t column) {
  const auto first = csv.find('\n') + 1;
  auto line = csv.substr(first, csv.find('\n', first) - first);
  for (std::size_t i = 0; i < column; ++i) {
    line = line.substr(line.find(',') + 1);
  }
  return line.substr(0, line.find(','));
}

} // namespace

TEST_CASE("coverage threshold: every output withholds a rate measured on too few posts",
          "[cli][options][coverage]") {
  test::TempDir dir;
  const auto db = thin_impressions_store(dir);
  const auto engagement = [&](const std::string &format) {
    const auto result =
        run_cli({"--db", db, "engagement", "--month", "2024-03", "--format", format});
    REQUIRE(result.code == 0);
    return result.out;
  };

  const auto json = nlohmann::json::parse(engagement("json"));
  const auto &row = json.at("rows").at(0);
  CHECK(row.at("posts") == 4);
  CHECK(row.at("engagement") == 20);
  CHECK(row.at("er_impressions").is_null());
  CHECK(row.at("er_impressions_median").is_null());
  CHECK(row.at("er_impressions_coverage").get<double>() == Approx(0.25));
  CHECK(row.at("er_followers").get<double>() == Approx(20.0 / 4000.0)); // full coverage: shown
  CHECK(json.at("params").at("min_coverage").get<double>() == Approx(0.5));
  CHECK(json.at("definitions").at("er_impressions_withheld") ==
        "er_impressions withheld (null): coverage < 50% (--min-coverage) in 2024-03 "
        "(coverage 25%)");

  const auto csv = engagement("csv");
  CHECK(csv_field(csv, csv_column(csv, "er_impressions")).empty());
  CHECK(csv_field(csv, csv_column(csv, "er_impressions_coverage")) == "0.25");
  CHECK(csv_field(csv, csv_column(csv, "er_followers")) == "0.005");
  CHECK_THAT(engagement("table"), Catch::Contains("er_impressions_withheld"));

  auto result = run_cli({"--db", db, "report", "--month", "2024-03", "--format", "json"});
  REQUIRE(result.code == 0);
  const auto report = nlohmann::json::parse(result.out);
  CHECK(report.at("report").at("headline").at("er_impressions").is_null());
  CHECK(report.at("report").at("headline").at("er_followers").get<double>() == Approx(0.005));
  CHECK_THAT(report.at("definitions").at("er_impressions_withheld").get<std::string>(),
             Catch::Contains("headline 2024-03 (coverage 25%)"));
  result = run_cli({"--db", db, "report", "--month", "2024-03"});
  REQUIRE(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("| Engagement rate (impressions) | insufficient coverage "
                                         "(25.00% of posts) |"));

  SECTION("--min-coverage lets the analyst choose, before or after the command") {
    result = run_cli({"--db", db, "engagement", "--month", "2024-03", "--format", "json",
                      "--min-coverage", "0.25"});
    REQUIRE(result.code == 0);
    const auto shown = nlohmann::json::parse(result.out);
    CHECK(shown.at("rows").at(0).at("er_impressions").get<double>() == Approx(10.0 / 1000.0));
    CHECK_FALSE(shown.at("definitions").contains("er_impressions_withheld"));
    result = run_cli(
        {"--db", db, "--min-coverage", "1", "report", "--month", "2024-03", "--format", "json"});
    REQUIRE(result.code == 0);
    CHECK(nlohmann::json::parse(result.out)
              .at("report")
              .at("headline")
              .at("er_impressions")
              .is_null());
  }
  SECTION("a value that is not a fraction from 0 to 1 is a usage error") {
    for (const auto *bad : {"1.5", "-0.1", "half", "nan", "0.5x"}) {
      result = run_cli({"--db", db, "--min-coverage", bad, "engagement"});
      INFO(bad);
      CHECK(result.code == 2);
      CHECK(result.out.empty());
      CHECK(result.err == std::string("sociometer: error: --min-coverage ") + bad +
                              ": expected a fraction from 0 to 1\nhint: e.g. --min-coverage 0.5 "
                              "(the default) or --min-coverage 0 to show every rate\n");
    }
  }
}
