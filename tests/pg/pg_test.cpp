// SPDX-License-Identifier: Apache-2.0
// The PostgreSQL backend against a real server: run by tests/pg/run.sh under pg_virtualenv, which
// starts a throwaway cluster and sets PGHOST, PGPORT, PGUSER and PGPASSWORD for it. Each test
// works in a database of its own, created fresh.
#include <catch2/catch.hpp>
#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include "report_document.hpp"
#include "sociometer/analysis/engagement.hpp"
#include "sociometer/app/monthly_report.hpp"
#include "sociometer/ingest/ingest.hpp"
#include "sociometer/store/postgres.hpp"
#include "sociometer/store/store.hpp"
#include "sociometer/util/time.hpp"
#include "store/pg_bulk.hpp"
#include "store/pg_connection.hpp"
#include "store/pg_statement.hpp"
#include "store/sqlite.hpp"
#include "test_support.hpp"

using namespace sociometer;
using sociometer::test::fixture;
using sociometer::test::run_cli;
using sociometer::test::TempDir;

namespace {

// Runs `sql` on the server's `postgres` database; fails the test when the server refuses.
void admin(const std::string &sql) {
  PGconn *conn = PQconnectdb("dbname=postgres");
  REQUIRE(PQstatus(conn) == CONNECTION_OK);
  PGresult *result = PQexec(conn, sql.c_str());
  const auto status = PQresultStatus(result);
  const std::string message = PQresultErrorMessage(result);
  PQclear(result);
  PQfinish(conn);
  INFO(message);
  REQUIRE((status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK));
}

// A new, empty database; its location (host, user and password from the PG* variables).
std::string fresh_database(const std::string &name) {
  admin("DROP DATABASE IF EXISTS " + name);
  admin("CREATE DATABASE " + name);
  return "postgresql:///" + name;
}

// Runs one `sociometer ingest` into `pg` per list of files, each in a process of its own, all at
// once; checks that every one exits 0.
void ingest_at_once(const std::string &pg, const std::vector<std::vector<std::string>> &inputs) {
  std::vector<pid_t> children;
  for (const auto &files : inputs) {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      std::vector<std::string> args = {"--db", pg, "ingest"};
      args.insert(args.end(), files.begin(), files.end());
      ::_exit(run_cli(args).code);
    }
    children.push_back(child);
  }
  for (const auto child : children) {
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }
}

// A store with the fixtures of several platforms in it, campaigns and a declared account.
void fill_sqlite_store(const std::string &db) {
  REQUIRE(run_cli({"--db", db, "init", "--tz", "Europe/Zurich", "--org", "Unity Relief"}).code ==
          0);
  REQUIRE(
      run_cli({"--db", db, "ingest", fixture("x/archive"), fixture("x/twarc/page-and-stream.jsonl"),
               fixture("mastodon/archive"), fixture("bluesky/author-feed.json")})
          .code == 0);
  REQUIRE(run_cli({"--db", db, "campaign", "import", fixture("campaigns.toml")}).code == 0);
}

// A command's JSON rows (the envelope's times and store name left out).
nlohmann::json json_rows(const std::string &db, std::vector<std::string> args) {
  args.insert(args.begin(), {"--db", db});
  args.insert(args.end(), {"--format", "json", "--min-coverage", "0"});
  const auto result = run_cli(args);
  INFO(result.err);
  REQUIRE(result.code == 0);
  return nlohmann::json::parse(result.out).at("rows");
}

} // namespace

TEST_CASE("init creates the schema on PostgreSQL, keeps the settings and is idempotent", "[pg]") {
  const auto db = fresh_database("sm_init");
  auto result = run_cli({"--db", db, "-v", "init", "--tz", "Europe/Zurich", "--org", "Unity"});
  INFO(result.err);
  REQUIRE(result.code == 0);
  CHECK_THAT(result.err,
             Catch::Contains("schema v" + std::to_string(store::latest_schema_version())));
  result = run_cli({"--db", db, "-v", "init"});
  REQUIRE(result.code == 0);
  CHECK_THAT(result.err, Catch::Contains("(0 migrations applied), time zone Europe/Zurich"));
  const store::PgStore pg(db);
  CHECK(pg.schema_version() == store::latest_schema_version());
  CHECK(pg.setting("org") == "Unity");
  pg.require_current_schema();
}

TEST_CASE("a reader beside on PostgreSQL sees its reader's snapshot, not a later commit", "[pg]") {
  const auto db = fresh_database("sm_beside");
  REQUIRE(run_cli({"--db", db, "init", "--org", "before"}).code == 0);
  const store::Store reader(db, store::OpenMode::read_only, store::k_default_busy_timeout,
                            store::ReaderBeside::wanted);
  const auto *beside = reader.reader_beside();
  REQUIRE(beside != nullptr);
  CHECK(reader.setting("org") == "before"); // both snapshots were taken when it was opened
  PGconn *other = PQconnectdb("dbname=sm_beside");
  REQUIRE(PQstatus(other) == CONNECTION_OK);
  PGresult *changed = PQexec(other, "UPDATE settings SET value = 'after' WHERE key = 'org'");
  CHECK(PQresultStatus(changed) == PGRES_COMMAND_OK);
  PQclear(changed);
  PQfinish(other);
  CHECK(beside->setting("org") == "before");
  CHECK(reader.setting("org") == "before");
  const store::Store later(db, store::OpenMode::read_only);
  CHECK(later.setting("org") == "after");
}

TEST_CASE("$SOCIOMETER_DB names a PostgreSQL store as --db does", "[pg]") {
  const auto db = fresh_database("sm_env");
  ::setenv("SOCIOMETER_DB", db.c_str(), 1);
  const auto result = run_cli({"init"});
  ::unsetenv("SOCIOMETER_DB");
  REQUIRE(result.code == 0);
  CHECK(store::PgStore(db).schema_version() == store::latest_schema_version());
}

TEST_CASE("a newer schema is refused on PostgreSQL with the words SQLite's store uses", "[pg]") {
  const auto db = fresh_database("sm_newer");
  REQUIRE(run_cli({"--db", db, "init"}).code == 0);
  {
    // Raised on the server: libpq from the test itself, not through the store.
    PGconn *conn = PQconnectdb("dbname=sm_newer");
    REQUIRE(PQstatus(conn) == CONNECTION_OK);
    PQclear(PQexec(conn, "UPDATE sociometer_schema SET version = 99"));
    PQfinish(conn);
  }
  const auto on_pg = run_cli({"--db", db, "init"});
  CHECK(on_pg.code != 0);

  TempDir dir;
  const auto file = dir.file("s.db");
  REQUIRE(run_cli({"--db", file, "init"}).code == 0);
  {
    store::Connection connection(file, SQLITE_OPEN_READWRITE);
    connection.exec("PRAGMA user_version = 99");
  }
  const auto on_sqlite = run_cli({"--db", file, "init"});
  CHECK(on_sqlite.code == on_pg.code);
  auto expected = on_sqlite.err;
  expected.replace(expected.find(file), file.size(), db);
  CHECK(on_pg.err == expected);
  CHECK_THAT(on_pg.err, Catch::Contains("store schema v99 is newer than this sociometer"));
}

TEST_CASE("store copy SQLite to PostgreSQL and back is exact, table by table", "[pg]") {
  TempDir dir;
  const auto original = dir.file("original.db");
  const auto back = dir.file("back.db");
  fill_sqlite_store(original);
  const auto pg = fresh_database("sm_roundtrip");

  auto there = run_cli({"store", "copy", "--from", original, "--to", pg, "--format", "json"});
  INFO(there.err);
  REQUIRE(there.code == 0);
  auto back_again = run_cli({"store", "copy", "--from", pg, "--to", back, "--format", "json"});
  INFO(back_again.err);
  REQUIRE(back_again.code == 0);

  const auto first = nlohmann::json::parse(there.out).at("rows");
  const auto second = nlohmann::json::parse(back_again.out).at("rows");
  REQUIRE(first.size() == second.size());
  std::map<std::string, std::int64_t> rows;
  for (std::size_t i = 0; i < first.size(); ++i) {
    INFO(first[i].dump());
    CHECK(first[i].at("table") == second[i].at("table"));
    CHECK(first[i].at("source_rows") == first[i].at("target_rows"));
    CHECK(first[i].at("source_sha256") == first[i].at("target_sha256"));
    // What came back is what left: the original's checksum is the copy's.
    CHECK(second[i].at("target_sha256") == first[i].at("source_sha256"));
    rows[first[i].at("table")] = first[i].at("source_rows");
  }
  CHECK(rows.at("posts") > 10);
  CHECK(rows.at("campaigns") > 0);
  CHECK(rows.at("metric_snapshots") > 0);
  CHECK_THAT(there.err, Catch::Contains("row counts and checksums match"));
  // The derived table is not copied: each target's triggers filled it from the copied posts.
  CHECK(rows.count("repost_languages") == 0);
  const std::vector<std::string> repost_languages = {
      "sql", "SELECT post_id, original_native_id, lang FROM repost_languages ORDER BY post_id"};
  const auto derived = json_rows(original, repost_languages);
  CHECK(derived.size() > 1);
  CHECK(json_rows(pg, repost_languages) == derived);
  CHECK(json_rows(back, repost_languages) == derived);

  // The copy that came back answers as the original does.
  for (const auto &command : std::vector<std::vector<std::string>>{
           {"engagement", "--by", "month"}, {"top", "posts"}, {"top", "hashtags"}, {"status"}}) {
    CHECK(json_rows(back, command) == json_rows(original, command));
  }
}

TEST_CASE("store copy refuses a target that already holds rows", "[pg]") {
  TempDir dir;
  const auto original = dir.file("original.db");
  fill_sqlite_store(original);
  const auto pg = fresh_database("sm_full");
  REQUIRE(run_cli({"store", "copy", "--from", original, "--to", pg}).code == 0);
  const auto again = run_cli({"store", "copy", "--from", original, "--to", pg});
  CHECK(again.code != 0);
  CHECK_THAT(again.err, Catch::Contains("already holds rows"));
  // Nothing was added by the refused run.
  const auto count =
      run_cli({"store", "copy", "--from", pg, "--to", dir.file("check.db"), "--format", "json"});
  REQUIRE(count.code == 0);
  // Parsed into a named value: a range-for over a member of a temporary reads freed memory.
  const auto copied = nlohmann::json::parse(count.out);
  for (const auto &row : copied.at("rows")) {
    if (row.at("table") == "posts") {
      CHECK(row.at("source_rows") == test::query_number(original, "SELECT count(*) FROM posts"));
    }
  }
}

TEST_CASE("IDs continue after the copied ones in PostgreSQL's identity columns", "[pg]") {
  TempDir dir;
  const auto original = dir.file("original.db");
  fill_sqlite_store(original);
  const auto pg = fresh_database("sm_identity");
  REQUIRE(run_cli({"store", "copy", "--from", original, "--to", pg}).code == 0);
  PGconn *conn = PQconnectdb("dbname=sm_identity");
  REQUIRE(PQstatus(conn) == CONNECTION_OK);
  PGresult *result = PQexec(conn, "INSERT INTO campaigns (name) VALUES ('new') RETURNING id");
  REQUIRE(PQresultStatus(result) == PGRES_TUPLES_OK);
  const auto id = std::stoll(PQgetvalue(result, 0, 0));
  PQclear(result);
  PQfinish(conn);
  CHECK(id == test::query_number(original, "SELECT max(id) FROM campaigns") + 1);
}

TEST_CASE("no password reaches the output when the server refuses the connection", "[pg]") {
  const auto result = run_cli({"--db", "postgresql://nobody@127.0.0.1:1/none", "init"});
  CHECK(result.code != 0);
  CHECK_THAT(result.err, Catch::Contains("postgresql://nobody@127.0.0.1:1/none: cannot connect"));
  const char *password = std::getenv("PGPASSWORD");
  REQUIRE(password != nullptr);
  CHECK(result.err.find(password) == std::string::npos);
}

namespace {

// The commands that read a store, as a both-backends comparison runs them (JSON appended).
std::vector<std::vector<std::string>> read_commands() {
  std::vector<std::vector<std::string>> commands = {
      {"status"},
      {"status", "--by", "account", "--gap-days", "1"},
      {"accounts"},
      {"accounts", "--all"},
      {"accounts", "--platform", "mastodon", "--all"},
      {"campaign", "list"},
      {"top", "posts"},
      {"top", "posts", "--by-rate", "--limit", "0"},
      {"top", "hashtags", "--limit", "0"},
      {"top", "mentions", "--limit", "0"},
      {"top", "domains", "--limit", "0"},
      {"top", "languages", "--limit", "0"},
      {"top", "posts", "--platform", "x", "--since", "2024-03-01", "--until", "2024-05-01"},
      {"besttime"},
      {"besttime", "--platform", "mastodon"},
      {"causes"},
      {"causes", "--campaign", "water"},
      {"influencers", "--limit", "0"},
      {"influencers", "--campaign", "water"},
      {"sql", "SELECT platform, count(*) AS posts, min(created_at) AS first FROM posts "
              "GROUP BY platform ORDER BY platform"},
      {"sql", "SELECT id, native_id, text, lang FROM posts ORDER BY id"},
  };
  for (const auto *by : {"post", "account", "platform", "day", "week", "month", "hour", "weekday",
                         "language", "kind"}) {
    commands.push_back({"engagement", "--by", by});
  }
  commands.push_back({"engagement", "--by", "day", "--platform", "x", "--month", "latest"});
  commands.push_back({"engagement", "--by", "account", "--owned"});
  commands.push_back({"engagement", "--by", "kind", "--lang", "en"});
  return commands;
}

// `args` on the store `db` with --format json and a fixed generation time.
test::CliResult run_json(const std::string &db, std::vector<std::string> args) {
  args.insert(args.begin(), {"--db", db});
  args.insert(args.end(), {"--format", "json", "--min-coverage", "0"});
  return run_cli(args);
}

// `text` with every `from` replaced by `to`.
std::string replaced(std::string text, const std::string &from, const std::string &to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// How PostgreSQL's answers must equal SQLite's: the whole document but for the store's name, or
// the same JSON rows (where the stores' own IDs or names differ).
enum class Agreement { same_document, same_rows };

// Runs every read command with --format json on the SQLite store `file` and the PostgreSQL store
// `pg` and checks the answers agree as `agreement` says, never showing the password.
void check_reads_agree(const std::string &file, const std::string &pg, Agreement agreement) {
  const char *password = std::getenv("PGPASSWORD");
  REQUIRE(password != nullptr);
  for (const auto &command : read_commands()) {
    const auto on_sqlite = run_json(file, command);
    const auto on_pg = run_json(pg, command);
    INFO(command.front() << " " << (command.size() > 1 ? command[1] : "") << " "
                         << (command.size() > 2 ? command[2] : ""));
    INFO(on_pg.err);
    REQUIRE(on_sqlite.code == 0);
    CHECK(on_pg.code == 0);
    if (agreement == Agreement::same_document) {
      CHECK(nlohmann::json::parse(on_sqlite.out).at("rows").size() > 0);
      CHECK(on_pg.out == replaced(on_sqlite.out, file, pg));
      CHECK(on_pg.err == replaced(on_sqlite.err, file, pg));
    } else {
      CHECK(nlohmann::json::parse(on_pg.out).at("rows") ==
            nlohmann::json::parse(on_sqlite.out).at("rows"));
    }
    CHECK(on_pg.out.find(password) == std::string::npos);
    CHECK(on_pg.err.find(password) == std::string::npos);
  }
}

} // namespace

TEST_CASE("every read command answers on PostgreSQL byte for byte as on SQLite", "[pg]") {
  TempDir dir;
  const auto file = dir.file("original.db");
  fill_sqlite_store(file);
  // An identity of two accounts and a declared role: the reads group linked accounts.
  REQUIRE(
      run_cli({"--db", file, "account", "set", "unityrelief", "--platform", "x", "--role", "own"})
          .code == 0);
  const auto pg = fresh_database("sm_reads");
  REQUIRE(run_cli({"store", "copy", "--from", file, "--to", pg}).code == 0);
  ::setenv("SOURCE_DATE_EPOCH", "1714608000", 1);
  check_reads_agree(file, pg, Agreement::same_document);
  // The documents without rows: the report, the graph for Gephi, a CSV table.
  for (const auto &command :
       std::vector<std::vector<std::string>>{{"report", "--month", "2024-03", "--format", "json"},
                                             {"report", "--month", "2024-03", "--format", "md"},
                                             {"network", "export", "--format", "csv"},
                                             {"network", "export", "--format", "gexf"},
                                             {"engagement", "--by", "post", "--format", "csv"}}) {
    auto on_file = command;
    on_file.insert(on_file.begin(), {"--db", file});
    auto on_server = command;
    on_server.insert(on_server.begin(), {"--db", pg});
    const auto on_sqlite = run_cli(on_file);
    const auto on_pg = run_cli(on_server);
    INFO(command.front() << " " << command.back());
    INFO(on_pg.err);
    REQUIRE(on_sqlite.code == 0);
    CHECK(on_pg.code == 0);
    CHECK(on_sqlite.out.size() > 100);
    CHECK(on_pg.out == replaced(on_sqlite.out, file, pg));
  }
  ::unsetenv("SOURCE_DATE_EPOCH");
}

TEST_CASE("report over every account on PostgreSQL re-reads its top accounts as on SQLite",
          "[pg]") {
  // No own account: the report ranks every account and reads the top ones' posts again
  // (PostQuery::author_ids), through the linked identity both accounts are counted under.
  TempDir dir;
  const auto file = dir.file("capture.db");
  REQUIRE(run_cli({"--db", file, "ingest", fixture("x/twarc/page-and-stream.jsonl")}).code == 0);
  REQUIRE(run_cli({"--db", file, "account", "link", "Both", "x:test_org", "x:partner_org"}).code ==
          0);
  const auto pg = fresh_database("sm_every_account");
  REQUIRE(run_cli({"store", "copy", "--from", file, "--to", pg}).code == 0);
  ::setenv("SOURCE_DATE_EPOCH", "1714608000", 1);
  const auto on_sqlite =
      run_cli({"--db", file, "report", "--month", "2024-03", "--top", "1", "--format", "json"});
  const auto on_pg =
      run_cli({"--db", pg, "report", "--month", "2024-03", "--top", "1", "--format", "json"});
  ::unsetenv("SOURCE_DATE_EPOCH");
  INFO(on_pg.err);
  REQUIRE(on_sqlite.code == 0);
  CHECK(on_pg.code == 0);
  const auto accounts = nlohmann::json::parse(on_sqlite.out).at("report").at("by_account");
  REQUIRE(accounts.size() == 1);
  CHECK(accounts[0].at("posts") == 4); // both accounts' posts, as one identity
  CHECK(on_pg.out == replaced(on_sqlite.out, file, pg));
  // The top accounts' rows read again (PostQuery::author_ids), as a capture by more accounts
  // than the scan sums whole rows for reads them.
  const auto rows_read_again = [](const std::string &db) {
    const store::Store store(db, store::OpenMode::read_only);
    const auto zone = util::TimeZone::utc();
    const app::ReportPeriod march{*util::parse_iso8601("2024-03-01T00:00:00Z"),
                                  *util::parse_iso8601("2024-04-01T00:00:00Z"),
                                  std::chrono::year{2024} / std::chrono::March};
    app::MonthlyReportOptions options;
    options.account_rows_in_scan = 0;
    const auto report =
        app::monthly_report(store, zone, march, app::ReportScopeChoice{}, {}, options);
    std::vector<std::vector<Cell>> cells;
    for (const auto &row : report.by_account) {
      cells.push_back(analysis::engagement_cells(row, analysis::Dimension::account));
    }
    return std::pair(report.by_account.empty() ? 0 : report.by_account[0].posts, cells);
  };
  const auto [posts, on_file_rows] = rows_read_again(file);
  CHECK(posts == 4);
  CHECK(rows_read_again(pg).second == on_file_rows);
}

TEST_CASE("sql on PostgreSQL runs one read-only statement under its time limit", "[pg]") {
  const auto pg = fresh_database("sm_sql");
  REQUIRE(run_cli({"--db", pg, "init", "--tz", "Europe/Zurich"}).code == 0);
  const auto write = run_cli({"--db", pg, "sql", "DELETE FROM settings"});
  CHECK(write.code == 2);
  CHECK_THAT(write.err, Catch::Contains("sql: only read-only statements are allowed"));
  const auto two = run_cli({"--db", pg, "sql", "SELECT 1; SELECT 2"});
  CHECK(two.code == 2);
  CHECK_THAT(two.err, Catch::Contains("sql: more than one statement"));
  const auto wrong = run_cli({"--db", pg, "sql", "SELECT nothing FROM nowhere"});
  CHECK(wrong.code == 2);
  CHECK_THAT(wrong.err, Catch::Contains("sql: ERROR:  relation \"nowhere\" does not exist"));
  const auto slow = run_cli({"--db", pg, "sql", "--timeout", "0.2", "SELECT pg_sleep(30)"});
  CHECK(slow.code == 1);
  const auto fine = run_cli(
      {"--db", pg, "sql", "SELECT value FROM settings WHERE key = 'tz'", "--format", "csv"});
  INFO(fine.err);
  CHECK(fine.code == 0);
  CHECK(fine.out == "value\r\nEurope/Zurich\r\n");
  // Nothing was deleted: the write was refused before it ran.
  CHECK(store::PgStore(pg).setting("tz") == "Europe/Zurich");
}

namespace {

// Every post of the store as "platform native_id" lines, sorted (IDs left out: they are the
// backends' own).
std::string stored_posts(const std::string &db) {
  const std::string query =
      "SELECT platform, native_id, is_primary FROM posts ORDER BY platform, native_id";
  const auto result = run_cli({"--db", db, "sql", "--format", "csv", query});
  INFO(result.err);
  REQUIRE(result.code == 0);
  return result.out;
}

// How many rows each table of the store holds, as one line per table.
std::string table_counts(const std::string &db) {
  std::string counts;
  for (const auto *table :
       {"posts", "accounts", "account_handles", "post_hashtags", "post_mentions", "post_urls",
        "edges", "post_edits", "metric_snapshots", "follower_snapshots", "post_versions",
        "post_raw", "page_metrics", "campaigns", "campaign_terms", "repost_languages"}) {
    const auto result = run_cli(
        {"--db", db, "sql", "--format", "csv", std::string("SELECT count(*) AS n FROM ") + table});
    INFO(result.err);
    REQUIRE(result.code == 0);
    counts += std::string(table) + " " + result.out;
  }
  return counts;
}

// The catalog writes a team makes: roles, an identity, campaigns added, imported and removed.
void write_catalog(const std::string &db) {
  for (const auto &command : std::vector<std::vector<std::string>>{
           {"account", "set", "unityrelief", "--platform", "x", "--role", "own"},
           {"account", "set", "someone_new", "--platform", "mastodon", "--role", "partner"},
           {"account", "link", "Spare", "x:unityrelief", "mastodon:someone_new"},
           {"account", "unlink", "Spare"},
           {"account", "link", "Unity", "x:unityrelief", "mastodon:someone_new"},
           {"campaign", "add", "spring", "--hashtag", "spring", "--from", "2024-03-01"},
           {"campaign", "add", "gone", "--hashtag", "gone"},
           {"campaign", "rm", "gone"}}) {
    auto args = command;
    args.insert(args.begin(), {"--db", db});
    const auto result = run_cli(args);
    INFO(command.front() << " " << command[1] << ": " << result.err);
    REQUIRE(result.code == 0);
  }
}

} // namespace

TEST_CASE("ingest and catalog writes on PostgreSQL give every command SQLite's answers", "[pg]") {
  TempDir dir;
  const auto file = dir.file("direct.db");
  const auto pg = fresh_database("sm_writes");
  // One clock for both: the import log's times are the ingests' own.
  ::setenv("SOURCE_DATE_EPOCH", "1714608000", 1);
  fill_sqlite_store(file);
  fill_sqlite_store(pg);
  write_catalog(file);
  write_catalog(pg);
  CHECK(table_counts(pg) == table_counts(file));
  CHECK(stored_posts(pg) == stored_posts(file));
  check_reads_agree(file, pg, Agreement::same_rows);
  ::unsetenv("SOURCE_DATE_EPOCH");
}

namespace {

// The SQLite store that `ingest` (arguments after --db PG) makes in a new temporary file.
std::string file_store_of(const std::vector<std::string> &ingest) {
  static TempDir dir;
  auto file = dir.file("store" + std::to_string(::getpid()) + ".db");
  auto args = ingest;
  args[1] = file;
  REQUIRE(run_cli(args).code == 0);
  return file;
}

} // namespace

TEST_CASE("re-ingesting a file into PostgreSQL changes nothing but the import log", "[pg]") {
  const auto pg = fresh_database("sm_reingest");
  const std::vector<std::string> ingest = {
      "--db", pg, "-v", "ingest", fixture("x/archive"), fixture("x/twarc/page-and-stream.jsonl")};
  // No `init`: ingest creates the schema in an empty database, as it creates a store file.
  const auto first = run_cli(ingest);
  INFO(first.err);
  REQUIRE(first.code == 0);
  const auto before = table_counts(pg);
  const auto second = run_cli(ingest);
  INFO(second.err);
  REQUIRE(second.code == 0);
  CHECK(table_counts(pg) == before);
  CHECK_THAT(second.err, Catch::Contains(": 0 new, 0 updated"));
  // Both runs are in the import log, each input of each run once, all complete.
  const std::string log_query = "SELECT count(*) AS n, count(DISTINCT path) AS paths, "
                                "min(outcome) AS lowest, max(outcome) AS highest FROM imports";
  const auto imports = run_cli({"--db", pg, "sql", "--format", "csv", log_query});
  const auto paths = test::query_number(file_store_of(ingest), "SELECT count(*) FROM imports");
  CHECK(imports.out == "n,paths,lowest,highest\r\n" + std::to_string(2 * paths) + "," +
                           std::to_string(paths) + ",ok,ok\r\n");
}

TEST_CASE("two ingests at once into PostgreSQL take turns and store every post once", "[pg]") {
  TempDir dir;
  const auto pg = fresh_database("sm_concurrent");
  REQUIRE(run_cli({"--db", pg, "init"}).code == 0);
  // Different files with posts in common: the same capture under two names, and more.
  const auto copy = test::copy_fixture(dir, "x/twarc/page-and-stream.jsonl", "again.jsonl");
  const std::vector<std::vector<std::string>> inputs = {
      {fixture("x/twarc/page-and-stream.jsonl"), fixture("x/archive")},
      {copy, fixture("x/twarc/overlap.jsonl"), fixture("mastodon/archive")}};
  ingest_at_once(pg, inputs);
  // The same files one after the other into SQLite: the same posts.
  const auto file = dir.file("serial.db");
  for (const auto &files : inputs) {
    std::vector<std::string> args = {"--db", file, "ingest"};
    args.insert(args.end(), files.begin(), files.end());
    REQUIRE(run_cli(args).code == 0);
  }
  CHECK(stored_posts(pg) == stored_posts(file));
  const std::string duplicates = "SELECT count(*) AS n FROM (SELECT platform, native_id FROM "
                                 "posts GROUP BY platform, native_id HAVING count(*) > 1) AS d";
  const auto twice = run_cli({"--db", pg, "sql", "--format", "csv", duplicates});
  CHECK(twice.out == "n\r\n0\r\n");
}

TEST_CASE("a writer that waits longer than the busy timeout on PostgreSQL is told the store is "
          "busy",
          "[pg]") {
  const auto pg = fresh_database("sm_busy");
  REQUIRE(run_cli({"--db", pg, "init"}).code == 0);
  // Another session holds the writers' lock, as a running ingest does.
  PGconn *other = PQconnectdb("dbname=sm_busy");
  REQUIRE(PQstatus(other) == CONNECTION_OK);
  PQclear(PQexec(other, "SELECT pg_advisory_lock(7316002932)"));
  ::setenv("SOCIOMETER_BUSY_TIMEOUT", "0.3", 1);
  const auto ingest = run_cli({"--db", pg, "ingest", fixture("x/archive")});
  const auto account =
      run_cli({"--db", pg, "account", "set", "someone", "--platform", "x", "--role", "own"});
  ::unsetenv("SOCIOMETER_BUSY_TIMEOUT");
  // A reader is not kept waiting.
  const auto status = run_cli({"--db", pg, "status"});
  PQfinish(other);
  for (const auto *result : {&ingest, &account}) {
    CHECK(result->code != 0);
    CHECK_THAT(result->err,
               Catch::Contains(pg + ": the store is busy (another sociometer is writing)"));
  }
  CHECK(status.code == 0);
  // Once the other writer is gone, the ingest runs.
  CHECK(run_cli({"--db", pg, "ingest", fixture("x/archive")}).code == 0);
}

TEST_CASE("a read on PostgreSQL takes its rows a batch at a time through a cursor, lookups nested "
          "in between",
          "[pg]") {
  const auto pg = fresh_database("sm_cursor");
  auto server = std::make_unique<store::PgConnection>(pg);
  auto &session = *server;
  store::Connection db(std::move(server));
  db.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  session.mark_read_only_snapshot();
  const auto open_cursors = [&] {
    return std::stoi(std::string(
        session.query("SELECT count(*) FROM pg_cursors WHERE name LIKE 'smc%'", "count cursors")
            .text(0, 0)));
  };
  constexpr std::int64_t batch = store::PgRows::k_cursor_rows;
  // One row over two batches, and exactly one batch (the last FETCH then returns no row).
  for (const std::int64_t rows : {2 * batch + 1, batch}) {
    store::Statement scan(db, "SELECT g FROM generate_series(1, :rows) g ORDER BY g");
    scan.bind(":rows", rows);
    store::Statement lookup(db, "SELECT CAST(:g AS bigint) * 2");
    std::int64_t seen = 0;
    bool in_order = true;
    while (scan.step()) {
      ++seen;
      in_order = in_order && scan.integer(0) == seen;
      if (seen == 1) {
        CHECK(open_cursors() == 1); // before, the whole result came at once
      }
      if (seen % 5000 == 1) {
        lookup.reset();
        lookup.bind(":g", seen);
        REQUIRE(lookup.step());
        CHECK(lookup.integer(0) == 2 * seen);
      }
    }
    CHECK(seen == rows);
    CHECK(in_order);
    CHECK(open_cursors() == 0); // closed once read to its end
  }
}

TEST_CASE("report --pseudonymize on PostgreSQL reads its snapshot while another writer holds the "
          "lock",
          "[pg]") {
  const auto pg = fresh_database("sm_pseudonym");
  REQUIRE(run_cli({"--db", pg, "ingest", fixture("x/archive")}).code == 0);
  const std::vector<std::string> report{
      "--db", pg, "report", "--month", "2024-03", "--pseudonymize", "--format", "json"};
  const auto first = run_cli(report); // creates the salt
  REQUIRE(first.code == 0);
  PGconn *other = PQconnectdb("dbname=sm_pseudonym");
  REQUIRE(PQstatus(other) == CONNECTION_OK);
  PQclear(PQexec(other, "SELECT pg_advisory_lock(7316002932)"));
  ::setenv("SOCIOMETER_BUSY_TIMEOUT", "0.3", 1);
  const auto again = run_cli(report);
  ::unsetenv("SOCIOMETER_BUSY_TIMEOUT");
  PQfinish(other);
  INFO(again.err);
  CHECK(again.code == 0);
  // The same report but for the time it was generated (a slow run crosses a second).
  CHECK(test::without_generated_at(again.out) == test::without_generated_at(first.out));
}

namespace {

// A twarc2 capture of `posts` generated tweets (scripts/make-sample-data.py --bench) in `dir`.
std::string generated_capture(TempDir &dir, int posts) {
  auto path = dir.file("bench" + std::to_string(posts) + ".jsonl");
  const std::string command = "python3 '" SOCIOMETER_FIXTURES_DIR
                              "/../../scripts/make-sample-data.py' --bench " +
                              std::to_string(posts) + " '" + path + "' >/dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  return path;
}

// The rows of the tables an ingest writes, in a fixed order, as JSON: with `ids`, under their
// IDs (two stores that must hold the same rows under the same IDs), else with every ID replaced
// by the native ID it stands for (two stores whose writers numbered their rows differently; the
// content hash, which holds the author's ID, is left out then).
nlohmann::json written_rows(const std::string &db, bool ids = true) {
  const std::vector<std::string> by_id = {
      "SELECT id, platform, native_id, account_id, created_at, kind, is_primary, state, text, "
      "lang, url, reply_to_native_id, shared_of_native_id, quoted_native_id, content_hash, "
      "detail_rank, import_id, placeholder FROM posts ORDER BY id",
      "SELECT id, platform, native_id, handle, display_name, created_at FROM accounts "
      "ORDER BY id",
      "SELECT post_id, position, tag FROM post_hashtags ORDER BY post_id, position",
      "SELECT post_id, position, account_id FROM post_mentions ORDER BY post_id, position",
      "SELECT post_id, position, url, domain FROM post_urls ORDER BY post_id, position",
      "SELECT post_id, kind, actor_account_id, target_account_id FROM edges "
      "ORDER BY post_id, kind, actor_account_id, target_account_id",
      "SELECT post_id, observed_at, likes, reposts, replies, quotes FROM metric_snapshots "
      "ORDER BY post_id, observed_at",
      "SELECT account_id, observed_at, followers FROM follower_snapshots "
      "ORDER BY account_id, observed_at",
      "SELECT post_id, length(raw) AS n FROM post_raw ORDER BY post_id",
      "SELECT post_id, platform, original_native_id, lang FROM repost_languages "
      "ORDER BY post_id"};
  const std::vector<std::string> by_key = {
      "SELECT p.platform, p.native_id, a.native_id AS author, p.created_at, p.kind, "
      "p.is_primary, p.state, p.text, p.lang, p.url, p.reply_to_native_id, "
      "p.shared_of_native_id, p.quoted_native_id, p.detail_rank, p.import_id, p.placeholder "
      "FROM posts AS p "
      "LEFT JOIN accounts AS a ON a.id = p.account_id ORDER BY p.platform, p.native_id",
      "SELECT platform, native_id, handle, display_name, created_at FROM accounts "
      "ORDER BY platform, native_id",
      "SELECT p.native_id, c.position, c.tag FROM post_hashtags AS c JOIN posts AS p "
      "ON p.id = c.post_id ORDER BY p.platform, p.native_id, c.position",
      "SELECT p.native_id, c.position, a.native_id AS account FROM post_mentions AS c "
      "JOIN posts AS p ON p.id = c.post_id JOIN accounts AS a ON a.id = c.account_id "
      "ORDER BY p.platform, p.native_id, c.position",
      "SELECT p.native_id, c.position, c.url, c.domain FROM post_urls AS c JOIN posts AS p "
      "ON p.id = c.post_id ORDER BY p.platform, p.native_id, c.position",
      "SELECT p.native_id, c.kind, a.native_id AS actor, t.native_id AS target FROM edges AS c "
      "JOIN posts AS p ON p.id = c.post_id JOIN accounts AS a ON a.id = c.actor_account_id "
      "JOIN accounts AS t ON t.id = c.target_account_id ORDER BY p.platform, p.native_id, "
      "c.kind, t.native_id",
      "SELECT p.native_id, c.observed_at, c.likes, c.reposts, c.replies, c.quotes "
      "FROM metric_snapshots AS c JOIN posts AS p ON p.id = c.post_id "
      "ORDER BY p.platform, p.native_id, c.observed_at",
      "SELECT a.native_id, c.observed_at, c.followers FROM follower_snapshots AS c "
      "JOIN accounts AS a ON a.id = c.account_id ORDER BY a.platform, a.native_id, c.observed_at",
      "SELECT p.native_id, length(c.raw) AS n FROM post_raw AS c JOIN posts AS p "
      "ON p.id = c.post_id ORDER BY p.platform, p.native_id",
      "SELECT p.native_id, c.original_native_id, c.lang FROM repost_languages AS c "
      "JOIN posts AS p ON p.id = c.post_id ORDER BY p.platform, p.native_id"};
  nlohmann::json rows;
  for (const auto &query : ids ? by_id : by_key) {
    rows.push_back(json_rows(db, {"sql", query}));
  }
  return rows;
}

} // namespace

TEST_CASE("a bulk ingest into an empty PostgreSQL store writes SQLite's rows under SQLite's IDs",
          "[pg]") {
  TempDir dir;
  const auto capture = generated_capture(dir, 2500);
  const auto file = dir.file("bulk.db");
  const auto pg = fresh_database("sm_bulk");
  for (const auto &db : {file, pg}) {
    const auto result = run_cli({"--db", db, "ingest", capture});
    INFO(result.err);
    REQUIRE(result.code == 0);
  }
  CHECK(table_counts(pg) == table_counts(file));
  CHECK(written_rows(pg) == written_rows(file));
  // The identity columns continue after the copied IDs: a later ingest (a merge) adds rows
  // without a collision; it numbers them its own way.
  for (const auto &db : {file, pg}) {
    REQUIRE(run_cli({"--db", db, "ingest", fixture("x/archive")}).code == 0);
  }
  CHECK(written_rows(pg) == written_rows(file));
}

TEST_CASE("a file with overlapping and newer posts merged into a PostgreSQL store that holds "
          "posts equals SQLite's",
          "[pg]") {
  TempDir dir;
  const auto file = dir.file("merge.db");
  const auto pg = fresh_database("sm_merge");
  for (const auto &db : {file, pg}) {
    // The first input is a bulk load into the empty store, the next ones merge into it.
    REQUIRE(run_cli({"--db", db, "ingest", fixture("x/twarc/page-and-stream.jsonl")}).code == 0);
    const auto result = run_cli(
        {"--db", db, "-v", "ingest", fixture("x/twarc/overlap.jsonl"), fixture("x/archive")});
    INFO(result.err);
    REQUIRE(result.code == 0);
  }
  CHECK(table_counts(pg) == table_counts(file));
  CHECK(stored_posts(pg) == stored_posts(file));
  CHECK(written_rows(pg) == written_rows(file));
  const std::string log = "SELECT path, outcome, posts_new, posts_updated, posts_unchanged "
                          "FROM imports ORDER BY id";
  CHECK(json_rows(pg, {"sql", log}) == json_rows(file, {"sql", log}));
}

TEST_CASE("a capture merged into a PostgreSQL store holding its first part inserts the new posts "
          "set-based and equals SQLite's",
          "[pg]") {
  TempDir dir;
  const auto whole = generated_capture(dir, 1500);
  // Its first ten pages (1,000 tweets and what they reference).
  const auto first_part = dir.file("first.jsonl");
  REQUIRE(std::system(("head -n 10 '" + whole + "' > '" + first_part + "'").c_str()) == 0);
  const auto file = dir.file("parts.db");
  const auto pg = fresh_database("sm_parts");
  for (const auto &db : {file, pg}) {
    REQUIRE(run_cli({"--db", db, "ingest", first_part}).code == 0); // a bulk load on PostgreSQL
    const auto merge = run_cli({"--db", db, "-v", "ingest", whole});
    INFO(merge.err);
    REQUIRE(merge.code == 0);
    CHECK_THAT(merge.err, Catch::Contains(": 500 new, 0 updated, 1000 unchanged posts"));
    // Again: nothing to write.
    const auto again = run_cli({"--db", db, "-v", "ingest", whole});
    INFO(again.err);
    REQUIRE(again.code == 0);
    CHECK_THAT(again.err, Catch::Contains(": 0 new, 0 updated, 1500 unchanged posts"));
  }
  CHECK(table_counts(pg) == table_counts(file));
  CHECK(written_rows(pg) == written_rows(file));
  const std::string log = "SELECT path, outcome, posts_new, posts_updated, posts_unchanged "
                          "FROM imports ORDER BY id";
  CHECK(json_rows(pg, {"sql", log}) == json_rows(file, {"sql", log}));
  // Every post once, under IDs the server's sequence handed out.
  const std::string duplicates = "SELECT count(*) AS n FROM (SELECT platform, native_id FROM "
                                 "posts GROUP BY platform, native_id HAVING count(*) > 1) AS d";
  CHECK(run_cli({"--db", pg, "sql", "--format", "csv", duplicates}).out == "n\r\n0\r\n");
}

TEST_CASE("two long ingests at once into PostgreSQL interleave their batches and both succeed",
          "[pg]") {
  TempDir dir;
  const auto pg = fresh_database("sm_interleave");
  REQUIRE(run_cli({"--db", pg, "init"}).code == 0);
  const std::vector<std::string> inputs = {generated_capture(dir, 4000),
                                           generated_capture(dir, 3000)};
  // The store holds posts already, so both ingests write row by row (many batches each); a
  // short busy timeout that either would run out waiting for the other's whole run.
  REQUIRE(run_cli({"--db", pg, "ingest", fixture("x/archive")}).code == 0);
  ::setenv("SOCIOMETER_BUSY_TIMEOUT", "8", 1);
  ingest_at_once(pg, {{inputs[0]}, {inputs[1]}});
  ::unsetenv("SOCIOMETER_BUSY_TIMEOUT");
  const auto file = dir.file("serial.db");
  for (const auto &input : {fixture("x/archive"), inputs[0], inputs[1]}) {
    REQUIRE(run_cli({"--db", file, "ingest", input}).code == 0);
  }
  CHECK(stored_posts(pg) == stored_posts(file));
  CHECK(table_counts(pg) == table_counts(file));
  const std::string duplicates = "SELECT count(*) AS n FROM (SELECT platform, native_id FROM "
                                 "posts GROUP BY platform, native_id HAVING count(*) > 1) AS d";
  CHECK(run_cli({"--db", pg, "sql", "--format", "csv", duplicates}).out == "n\r\n0\r\n");
  // Both runs are in the import log as complete, neither taken for an orphan of the other.
  const auto log = run_cli({"--db", pg, "sql", "--format", "csv",
                            "SELECT count(*) AS n FROM imports WHERE outcome = 'ok'"});
  CHECK(log.out == "n\r\n3\r\n");
}

namespace {

// The post records of `path` as `ingest` hands them to the store (languages detected).
class PostCollector final : public ingest::IngestTarget {
public:
  explicit PostCollector(const std::string &path) {
    auto input = ingest::with_language_detection(ingest::open_input(path));
    input->parse(*this);
  }
  void account(const AccountRecord & /*record*/) override {}
  void post(const PostRecord &record) override { posts.push_back(record); }
  void page_metric(const PageMetricRecord & /*record*/) override {}
  void record_boundary() override {}
  void commit_unit() override {}
  void abandon_unit() override {}
  void diagnose(ingest::Diagnostic /*diagnostic*/) override {}

  std::vector<PostRecord> posts;
};

std::vector<const PostRecord *> pointers(const std::vector<PostRecord> &posts) {
  std::vector<const PostRecord *> all;
  for (const auto &post : posts) {
    all.push_back(&post);
  }
  return all;
}

} // namespace

TEST_CASE("a merge into PostgreSQL sorts a chunk's posts with one lookup: unchanged, absent, "
          "through the rules",
          "[pg]") {
  using store::ServerPost;
  TempDir dir;
  const auto pg = fresh_database("sm_lookup");
  const auto capture = generated_capture(dir, 300);
  REQUIRE(run_cli({"--db", pg, "ingest", capture}).code == 0);
  PostCollector again(capture);
  std::map<std::string, int> times_named;
  for (const auto &post : again.posts) {
    ++times_named[post.native_id];
  }
  store::PgConnection server(pg);

  SECTION("the same records: every post named once in the chunk is unchanged") {
    const auto states = store::posts_on_server(server, pointers(again.posts));
    REQUIRE(states.size() == again.posts.size());
    int unchanged = 0;
    for (std::size_t n = 0; n < again.posts.size(); ++n) {
      INFO(again.posts[n].native_id);
      const bool once = times_named[again.posts[n].native_id] == 1;
      CHECK(states[n] == (once ? ServerPost::unchanged : ServerPost::other));
      unchanged += states[n] == ServerPost::unchanged ? 1 : 0;
    }
    CHECK(unchanged > 200);
  }

  SECTION("a changed text, a later snapshot, a missing count filled, a new author go to the "
          "rules; an unknown post is absent") {
    std::vector<std::size_t> once;
    for (std::size_t n = 0; n < again.posts.size(); ++n) {
      const auto &post = again.posts[n];
      if (times_named[post.native_id] == 1 && post.metrics && !post.metrics->empty() &&
          !post.author.empty()) {
        once.push_back(n);
      }
    }
    REQUIRE(once.size() >= 7);
    auto &posts = again.posts;
    posts[once[0]].text += " (edited)";
    *posts[once[1]].observed_at += std::chrono::hours{1};
    posts[once[2]].metrics->link_clicks = 12; // twarc captures give no link clicks
    posts[once[3]].author.native_id = "424242";
    posts[once[4]].author.native_id.clear(); // by handle only: resolved by the rules
    posts[once[5]].metrics->likes = posts[once[5]].metrics->likes.value_or(0) + 1;
    posts[once[6]].native_id = "999999999999999999";
    const auto states = store::posts_on_server(server, pointers(posts));
    for (std::size_t changed = 0; changed < 5; ++changed) {
      INFO("record " << changed);
      CHECK(states[once[changed]] == ServerPost::other);
    }
    // Only more of a count the stored snapshot has already: the upsert keeps the stored value.
    CHECK(states[once[5]] == ServerPost::unchanged);
    CHECK(states[once[6]] == ServerPost::absent);
  }

  SECTION("a chunk with a record that may join another route by content goes to the rules whole") {
    again.posts[0].join_on_content = true;
    const auto states = store::posts_on_server(server, pointers(again.posts));
    CHECK(std::all_of(states.begin(), states.end(),
                      [](ServerPost state) { return state == ServerPost::other; }));
  }
}

TEST_CASE("the set-based insert of a merge writes the staged posts with the server's IDs, and "
          "nothing when the server holds one of them by now",
          "[pg]") {
  TempDir dir;
  const auto pg = fresh_database("sm_staged");
  REQUIRE(run_cli({"--db", pg, "ingest", fixture("x/archive")}).code == 0);
  store::PgConnection server(pg);
  // The accounts by platform ID, else by handle, else added: the writer's rules in short.
  std::vector<std::string> resolved;
  const auto account_id = [&](Platform platform, const AccountRef &ref) -> std::int64_t {
    resolved.push_back(ref.native_id.empty() ? ref.handle : ref.native_id);
    const std::string name(to_string(platform));
    const auto native = ref.native_id.empty() ? "handle:" + ref.handle : ref.native_id;
    const auto found =
        server.query("SELECT id FROM accounts WHERE platform = $1 AND native_id = $2", "find",
                     {name.c_str(), native.c_str()});
    if (found.rows() == 1) {
      return std::stoll(found.string(0, 0));
    }
    return std::stoll(server
                          .query("INSERT INTO accounts (platform, native_id, handle) VALUES ($1, "
                                 "$2, $3) RETURNING id",
                                 "add", {name.c_str(), native.c_str(), ref.handle.c_str()})
                          .string(0, 0));
  };
  const auto count = [&](const std::string &table) {
    return std::stoll(server.query("SELECT count(*) FROM " + table, "count").string(0, 0));
  };
  const auto posts_before = count("posts");
  REQUIRE(posts_before > 0);

  SECTION("posts the server lacks: inserted with their rows, staged accounts mapped") {
    // A staging store as a merge writes it (its one import is the server's first).
    const auto staging = dir.file("staging.db");
    REQUIRE(run_cli({"--db", staging, "ingest", fixture("x/twarc/page-and-stream.jsonl")}).code ==
            0);
    const auto staged_posts = test::query_number(staging, "SELECT count(*) FROM posts");
    const auto hashtags_before = count("post_hashtags");
    server.exec("BEGIN", "begin");
    const auto done = store::insert_staged_posts(server, staging, account_id);
    server.exec("COMMIT", "commit");
    CHECK(done.inserted);
    CHECK(count("posts") == posts_before + staged_posts);
    CHECK(count("post_hashtags") ==
          hashtags_before + test::query_number(staging, "SELECT count(*) FROM post_hashtags"));
    CHECK(std::ssize(resolved) == test::query_number(staging, "SELECT count(*) FROM accounts"));
    // The staged posts' authors are the server's accounts of the same platform IDs.
    const std::string authors =
        "SELECT p.native_id, a.native_id AS author FROM posts AS p JOIN accounts AS a "
        "ON a.id = p.account_id WHERE p.native_id IN ('1767000000000000001', "
        "'1767000000000000099') ORDER BY p.native_id";
    CHECK(json_rows(pg, {"sql", authors}) == json_rows(staging, {"sql", authors}));
  }

  SECTION("a staged post another writer stored since the lookup: nothing inserted") {
    const auto staging = dir.file("overlap.db");
    REQUIRE(run_cli({"--db", staging, "ingest", fixture("x/archive")}).code == 0);
    server.exec("BEGIN", "begin");
    const auto done = store::insert_staged_posts(server, staging, account_id);
    server.exec("COMMIT", "commit");
    CHECK_FALSE(done.inserted);
    CHECK(count("posts") == posts_before);
  }
}

TEST_CASE("a post the server lacks, edited within one chunk of a merge, keeps its older text in "
          "post_versions, as on SQLite",
          "[pg]") {
  TempDir dir;
  const auto file = dir.file("edits.db");
  const auto pg = fresh_database("sm_edits");
  PostRecord original;
  original.platform = Platform::mastodon;
  original.native_id = "https://social.example/users/org/statuses/1";
  original.author = {"org@social.example", "org@social.example"};
  original.created_at = util::parse_iso8601("2024-03-05T14:02:11Z");
  original.text = "Lancement demain";
  PostRecord edited = original;
  edited.text = "Lancement aujourd'hui";
  edited.edited_at = util::parse_iso8601("2024-03-05T15:00:00Z");
  for (const auto &db : {file, pg}) {
    // A store that holds rows, so that the records below are merged.
    REQUIRE(run_cli({"--db", db, "ingest", fixture("x/archive")}).code == 0);
    store::Store store(db, store::OpenMode::read_write);
    const auto import_id = store.begin_import("edits", "test");
    auto writer = store.writer(import_id);
    CHECK_FALSE(writer->start_bulk_load());
    writer->post(original);
    writer->post(edited);
    writer->commit();
    CHECK(writer->counts().posts_new == 1);
    CHECK(writer->counts().posts_updated == 1);
  }
  const std::string versions = "SELECT p.native_id, p.text, v.version_key, v.text AS older "
                               "FROM post_versions AS v JOIN posts AS p ON p.id = v.post_id";
  const auto on_server = json_rows(pg, {"sql", versions});
  CHECK(on_server == json_rows(file, {"sql", versions}));
  REQUIRE(on_server.size() == 1);
  CHECK(on_server[0]["older"] == "Lancement demain");
  CHECK(written_rows(pg) == written_rows(file));
}
