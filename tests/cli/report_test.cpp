// SPDX-License-Identifier: Apache-2.0
// `report` through cli::run: whom it is about (declared own accounts), the period it states and
// compares with, `--month latest` under the scope and filters, `--since/--until`, and an empty
// period (a warning, or exit 1 under --strict); top-post links on X, Bluesky and Mastodon, the
// data coverage against `status`, and the Markdown daily, best-time and campaign sections.
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::run_cli;

namespace {

// "Test Org" in Europe/Zurich with the X archive of @test_org (posts in March and April 2024; the
// archive's owner is declared own on ingest) and a twarc capture with a post of @partner_org
// (12 March 2024).
struct Store {
  test::TempDir dir;
  std::string db = dir.file("s.db");

  Store() {
    REQUIRE(run_cli({"--db", db, "init", "--tz", "Europe/Zurich", "--org", "Test Org"}).code == 0);
    REQUIRE(run_cli({"--db", db, "ingest", fixture("x/archive"),
                     fixture("x/twarc/page-and-stream.jsonl")})
                .code == 0);
  }

  void declare(const std::string &handle, const std::string &role) const {
    REQUIRE(
        run_cli({"--db", db, "account", "set", handle, "--platform", "x", "--role", role}).code ==
        0);
  }
  void declare_own(const std::string &handle) const { declare(handle, "own"); }

  [[nodiscard]] test::CliResult report(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--db", db, "report"});
    return run_cli(args);
  }

  [[nodiscard]] nlohmann::json json(std::vector<std::string> args) const {
    args.insert(args.end(), {"--format", "json"});
    const auto result = report(args);
    INFO(result.err);
    REQUIRE(result.code == 0);
    return nlohmann::json::parse(result.out)["report"];
  }
};

std::vector<std::string> account_keys(const nlohmann::json &report) {
  std::vector<std::string> keys;
  for (const auto &row : report["by_account"]) {
    keys.push_back(row["key"].get<std::string>());
  }
  return keys;
}

} // namespace

TEST_CASE("report --month latest is the month of the newest post it covers", "[cli][report]") {
  Store store;
  // @partner_org's newest post is of March; the peer @test_org posted in April too. Before,
  // `latest` took April from the peer and printed an empty report of @partner_org.
  store.declare("test_org", "peer");
  store.declare_own("partner_org");
  for (const auto &args : std::vector<std::vector<std::string>>{{"--month", "latest", "--owned"},
                                                                {"--month", "latest"}}) {
    const auto report = store.json(args);
    CHECK(report["month"] == "2024-03");
    CHECK(report["headline"]["posts"] == 1);
    CHECK(account_keys(report) == std::vector<std::string>{"partner_org"});
  }
  // A filter narrows it too: @test_org's newest post is of April.
  CHECK(store.json({"--month", "latest", "--account", "test_org"})["month"] == "2024-04");
}

TEST_CASE("report with own accounts declared is about them, others' posts apart", "[cli][report]") {
  Store store;
  store.declare_own("test_org");
  const auto report = store.json({"--month", "2024-03"});
  CHECK(report["scope"] == "own");
  CHECK(report["own_accounts"] == nlohmann::json::array({"test_org (x)"}));
  // @partner_org's stream post is no longer among the month's posts (7 before: 6 + 1).
  CHECK(report["headline"]["posts"] == 6);
  CHECK(account_keys(report) == std::vector<std::string>{"test_org"});
  for (const auto &post : report["top_posts"]) {
    CHECK(post["account"] == "test_org");
  }
  REQUIRE(report["about_own_accounts"].is_object());
  const auto result = store.report({"--month", "2024-03"});
  CHECK(result.code == 0);
  CHECK(result.err.empty());
  CHECK_THAT(result.out, Catch::Contains("Accounts: the organisation's own (test_org (x))"));
  CHECK_THAT(result.out, Catch::Contains("## What others said about or with us"));
}

TEST_CASE("report without own accounts says so on stderr and in the report", "[cli][report]") {
  Store store;
  store.declare("test_org", "other");
  const auto result = store.report({"--month", "2024-03"});
  CHECK(result.code == 0);
  CHECK_THAT(result.err, Catch::StartsWith("sociometer: warning: no account is declared as the "
                                           "organisation's own"));
  CHECK_THAT(result.out, Catch::Contains("No account is declared as the organisation's own"));
  CHECK(store.json({"--month", "2024-03"})["scope"] == "all_accounts");
}

TEST_CASE("report states its period in local dates, the comparison period and the filters",
          "[cli][report]") {
  Store store;
  store.declare_own("test_org");
  auto result = store.report({"--month", "2024-03"});
  CHECK_THAT(result.out, Catch::Contains("# Test Org — social media report, March 2024\n"));
  CHECK_THAT(result.out, Catch::Contains("Period: 1–31 March 2024, Europe/Zurich; compared with "
                                         "1–29 February 2024."));
  CHECK_THAT(result.out, Catch::Contains("Filters: none."));
  result = store.report({"--month", "2024-03", "--platform", "x", "--post-lang", "fr"});
  CHECK_THAT(result.out, Catch::Contains("Filters: platform x, language fr."));
}

TEST_CASE("report --since --until covers any period, compared with as many days before",
          "[cli][report]") {
  Store store;
  store.declare_own("test_org");
  // 10–19 March (10 days, --until exclusive) against 29 February – 9 March.
  const auto report = store.json({"--since", "2024-03-10", "--until", "2024-03-20"});
  CHECK(report["month"].is_null());
  CHECK(report["period"] == "2024-03-10..2024-03-19");
  CHECK(report["first_day"] == "2024-03-10");
  CHECK(report["last_day"] == "2024-03-19");
  CHECK(report["comparison_first_day"] == "2024-02-29");
  CHECK(report["comparison_last_day"] == "2024-03-09");
  CHECK(report["since"] == "2024-03-09T23:00:00Z");
  CHECK(report["comparison_since"] == "2024-02-28T23:00:00Z");
  // @test_org's posts: a post, a repost and a reply of 10–11 March against the same three kinds
  // of 5–6 March.
  CHECK(report["headline"]["posts"] == 3);
  CHECK(report["previous"]["posts"] == 3);
  // A quarter: 1 January – 31 March 2024 (91 days) against the 91 days before.
  const auto quarter = store.json({"--since", "2024-01-01", "--until", "2024-04-01"});
  CHECK(quarter["comparison_first_day"] == "2023-10-02");
  CHECK(quarter["comparison_last_day"] == "2023-12-31");
  const auto md = store.report({"--since", "2024-01-01", "--until", "2024-04-01"});
  CHECK_THAT(md.out, Catch::Contains("Period: 1 January\u2009–\u200931 March 2024, Europe/Zurich; "
                                     "compared with 2 October\u2009–\u200931 December 2023."));
  // One bound alone has no length to compare with.
  const auto half = store.report({"--since", "2024-03-10"});
  CHECK(half.code == 2);
  CHECK_THAT(half.err, Catch::Contains("--since and --until go together"));
}

TEST_CASE("report of an empty period warns, and fails under --strict", "[cli][report]") {
  Store store;
  store.declare_own("test_org");
  auto result = store.report({"--month", "2023-01"});
  CHECK(result.code == 0);
  CHECK(result.err == "sociometer: warning: no posts in 2023-01 (Europe/Zurich) for the selected "
                      "accounts and filters\n");
  CHECK_THAT(result.out, Catch::Contains("No posts in this period"));
  CHECK(store.json({"--month", "2023-01"})["empty"] == true);

  result = store.report({"--month", "2023-01", "--strict"});
  CHECK(result.code == 1);
  CHECK(result.out.empty());
  CHECK_THAT(result.err, Catch::StartsWith("sociometer: error: --strict: no posts in 2023-01"));
  // A cron job's earlier report stays as it was.
  const auto file = store.dir.file("report.md");
  test::write_file(file, "# Last month\n");
  result = store.report({"--month", "2023-01", "--strict", "-o", file});
  CHECK(result.code == 1);
  CHECK(test::read_file(file) == "# Last month\n");
  // A period with posts passes --strict.
  CHECK(store.report({"--month", "2024-03", "--strict"}).code == 0);
}

TEST_CASE("report --pseudonymize hides the handles of other accounts, the same each time",
          "[cli][report]") {
  // A fixed clock: the two reports compared below would differ in "Generated at" when a loaded
  // machine runs them across a second boundary.
  const test::ScopedEnv clock("SOURCE_DATE_EPOCH", "1714608000");
  Store store;
  store.declare_own("test_org");
  const auto first = store.report({"--month", "2024-03", "--pseudonymize"});
  INFO(first.err);
  REQUIRE(first.code == 0);
  // @partner_org (no declared role) and @other_ngo (only mentioned) are hidden everywhere; the
  // own account is not.
  CHECK_THAT(first.out, !Catch::Contains("partner_org"));
  CHECK_THAT(first.out, !Catch::Contains("other_ngo"));
  CHECK_THAT(first.out, Catch::Contains("| test_org |"));
  CHECK_THAT(first.out, Catch::Contains("appear under pseudonyms"));
  // The salt is kept in the store: the next report gives the same pseudonyms.
  CHECK(store.report({"--month", "2024-03", "--pseudonymize"}).out == first.out);
  const auto json = store.json({"--month", "2024-03", "--pseudonymize", "--sections", "top-posts"});
  CHECK(json["pseudonymized"] == true);
  CHECK(json.dump().find("partner_org") == std::string::npos);
  // A partner is named.
  store.declare("partner_org", "partner");
  CHECK_THAT(store.report({"--month", "2024-03", "--pseudonymize"}).out,
             Catch::Contains("@partner_org"));
}

TEST_CASE("report --sections shows the chosen sections only", "[cli][report]") {
  Store store;
  const auto result = store.report({"--month", "2024-03", "--sections", "headline,languages"});
  REQUIRE(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("## Headline"));
  CHECK_THAT(result.out, Catch::Contains("## Languages"));
  CHECK_THAT(result.out, !Catch::Contains("## By platform"));
  CHECK_THAT(result.out, !Catch::Contains("## Top posts"));
  const auto bad = store.report({"--month", "2024-03", "--sections", "headline,charts"});
  CHECK(bad.code == 2);
  CHECK_THAT(bad.err, Catch::Contains("unknown section 'charts'"));
}

TEST_CASE("report --format html is one page with its charts", "[cli][report]") {
  Store store;
  const auto result = store.report({"--month", "2024-03", "--format", "html"});
  REQUIRE(result.code == 0);
  CHECK_THAT(result.out, Catch::StartsWith("<!DOCTYPE html>"));
  for (const auto *chart :
       {"chart-daily", "chart-platforms", "chart-languages", "chart-besttime"}) {
    CHECK_THAT(result.out, Catch::Contains(std::string("id=\"") + chart + "\""));
  }
}

namespace {

// A store in UTC with the X archive of @test_org, a Bluesky author feed and the Mastodon archive
// of example_org@social.example (one of its posts is followers-only), and no own account.
struct ThreePlatforms {
  test::TempDir dir;
  std::string db = dir.file("s.db");

  ThreePlatforms() {
    REQUIRE(run_cli({"--db", db, "init", "--tz", "UTC"}).code == 0);
    REQUIRE(run_cli({"--db", db, "ingest", fixture("x/archive"),
                     fixture("bluesky/author-feed.json"), fixture("mastodon/archive")})
                .code == 0);
  }

  [[nodiscard]] nlohmann::json json(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--db", db});
    args.insert(args.end(), {"--format", "json"});
    const auto result = run_cli(args);
    INFO(result.err);
    REQUIRE(result.code == 0);
    return nlohmann::json::parse(result.out);
  }
};

} // namespace

TEST_CASE("report links every top post on X, Bluesky and Mastodon", "[cli][report]") {
  const ThreePlatforms store;
  // The archives' owners are declared own on ingest; the Bluesky feed's author is declared here.
  REQUIRE(run_cli({"--db", store.db, "account", "set", "example-org.bsky.social", "--platform",
                   "bluesky", "--role", "own"})
              .code == 0);
  const auto report = store.json(
      {"report", "--since", "2024-03-01", "--until", "2024-05-01", "--top", "50"})["report"];
  std::set<std::string> platforms;
  for (const auto &post : report["top_posts"]) {
    INFO(post.dump());
    REQUIRE(post["url"].is_string());
    const auto url = post["url"].get<std::string>();
    const auto id = post["post_id"].get<std::string>();
    const auto platform = post["platform"].get<std::string>();
    platforms.insert(platform);
    if (platform == "x") {
      CHECK(url == "https://x.com/test_org/status/" + id);
    } else if (platform == "bluesky") {
      // at://DID/app.bsky.feed.post/RKEY → the profile of the DID, the post RKEY.
      const auto did_end = id.find("/app.bsky.feed.post/");
      REQUIRE(did_end != std::string::npos);
      CHECK(url == "https://bsky.app/profile/" + id.substr(5, did_end - 5) + "/post/" +
                       id.substr(id.rfind('/') + 1));
    } else {
      REQUIRE(platform == "mastodon");
      CHECK(url == "https://social.example/@example_org/" + id.substr(id.rfind('/') + 1));
    }
  }
  CHECK(platforms == std::set<std::string>{"bluesky", "mastodon", "x"});
}

TEST_CASE("report data coverage agrees with status and says what it leaves out", "[cli][report]") {
  const ThreePlatforms store;
  // The Bluesky feed's author is declared own too, so that every platform's posts are in scope.
  REQUIRE(run_cli({"--db", store.db, "account", "set", "example-org.bsky.social", "--platform",
                   "bluesky", "--role", "own"})
              .code == 0);
  const auto status = store.json({"status"});
  INFO(status.dump());
  std::map<std::string, std::int64_t> status_posts;
  for (const auto &row : status["rows"]) {
    status_posts[row["platform"].get<std::string>()] = row["posts"].get<std::int64_t>();
  }
  REQUIRE(status_posts.size() == 3);
  // The whole store: every stored post is in the period.
  const auto report = store.json(
      {"report", "--since", "2020-01-01", "--until", "2030-01-01", "--top", "50"})["report"];
  const auto &coverage = report["coverage"];
  CHECK(coverage["gap_days"] == 7);
  std::int64_t counted = 0;
  for (const auto &platform : coverage["platforms"]) {
    INFO(platform.dump());
    const auto name = platform["platform"].get<std::string>();
    if (name != "bluesky") { // the feed holds a partner's post too: not in scope
      CHECK(platform["stored_posts"] == status_posts[name]);
    }
    CHECK(platform["stored_posts"].get<std::int64_t>() ==
          platform["counted_posts"].get<std::int64_t>() +
              platform["followers_only_left_out"].get<std::int64_t>() +
              platform["edit_versions_left_out"].get<std::int64_t>());
    CHECK_FALSE(platform["sources"].empty());
    counted += platform["counted_posts"].get<std::int64_t>();
    if (name == "mastodon") {
      CHECK(platform["followers_only_left_out"] == 1);
    }
  }
  CHECK(counted == report["headline"]["posts"]);
  CHECK(coverage["platforms"].size() == 3);
  // The report's own count of followers-only posts left out is the coverage section's sum.
  CHECK(report["followers_only_left_out"] == 1);

  const auto markdown = run_cli({"--db", store.db, "report", "--since", "2020-01-01", "--until",
                                 "2030-01-01", "--sections", "coverage"});
  REQUIRE(markdown.code == 0);
  CHECK_THAT(markdown.out, Catch::Contains("left out: 1 followers-only post"));
  CHECK_THAT(markdown.out, Catch::Contains("Days without any post:"));
  CHECK_THAT(markdown.out, Catch::Contains("Known for part of the posts only"));
}

TEST_CASE("report Markdown has the daily and best-time tables, campaigns its section",
          "[cli][report]") {
  const ThreePlatforms store;
  REQUIRE(run_cli({"--db", store.db, "campaign", "add", "water", "--hashtag", "cleanwater",
                   "--from", "2024-03-01", "--to", "2024-03-31"})
              .code == 0);
  const auto result = run_cli({"--db", store.db, "report", "--month", "2024-03", "--sections",
                               "daily,best-time,campaigns"});
  REQUIRE(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("| 5 Mar 2024 | "));
  CHECK_THAT(result.out, Catch::Contains("| Mon |"));
  CHECK_THAT(result.out, Catch::Contains("## Campaigns and cause support"));
  CHECK_THAT(result.out, Catch::Contains("| water | "));
  const auto report = store.json({"report", "--month", "2024-03"})["report"];
  CHECK(report["daily"].size() == 31);
  CHECK(report["campaigns"][0]["campaign"] == "water");
  // The campaign's posts are those `causes` counts for the same period.
  const auto causes =
      store.json({"causes", "--since", "2024-03-01", "--until", "2024-04-01"})["rows"];
  REQUIRE(causes.size() == 1);
  CHECK(report["campaigns"][0]["posts"] == causes[0]["posts"]);
  std::int64_t posts = 0;
  for (const auto &cell : report["best_time"]) {
    posts += cell["posts"].get<std::int64_t>();
  }
  CHECK(posts == report["headline"]["posts"]);
}

TEST_CASE("report --format json --sections keeps the chosen sections only", "[cli][report]") {
  Store store;
  store.declare_own("test_org");
  const auto all = store.json({"--month", "2024-03"});
  for (const auto *key :
       {"headline", "daily", "by_platform", "by_account", "about_own_accounts", "campaigns",
        "influencers", "top_posts", "best_time", "top_hashtags", "languages", "coverage"}) {
    INFO(key);
    CHECK(all.contains(key));
  }
  const auto result =
      store.report({"--month", "2024-03", "--sections", "headline,languages", "--format", "json"});
  REQUIRE(result.code == 0);
  const auto document = nlohmann::json::parse(result.out);
  const auto &chosen = document["report"];
  CHECK(chosen.contains("headline"));
  CHECK(chosen.contains("change"));
  CHECK(chosen.contains("languages"));
  // What states the report (period, scope, filters) stays; the other sections go, as in Markdown.
  CHECK(chosen["period"] == "2024-03");
  CHECK(chosen["scope"] == "own");
  for (const auto *key : {"daily", "by_platform", "by_account", "about_own_accounts", "campaigns",
                          "influencers", "top_posts", "best_time", "top_hashtags", "coverage"}) {
    INFO(key);
    CHECK_FALSE(chosen.contains(key));
  }
  CHECK(document["definitions"].empty()); // `definitions` is a section too
  const auto with_definitions = nlohmann::json::parse(
      store.report({"--month", "2024-03", "--sections", "definitions", "--format", "json"}).out);
  CHECK(with_definitions["definitions"].contains("engagement"));
  CHECK_FALSE(with_definitions["report"].contains("headline"));
}
