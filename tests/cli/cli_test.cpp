// SPDX-License-Identifier: Apache-2.0
// End-to-end behaviour through cli::run (in-process): exit codes, stderr/stdout split, idempotent
// ingest and store contents.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::run_cli;

namespace {
// Everything in the store except the import log, as CSV: a re-ingest must not change it.
std::string store_dump(const std::string &db) {
  std::string dump;
  for (const auto *table :
       {"accounts", "account_handles", "posts", "post_edits", "post_hashtags", "post_mentions",
        "post_urls", "edges", "metric_snapshots", "follower_snapshots"}) {
    const auto result =
        run_cli({"--db", db, "sql", std::string("SELECT * FROM ") + table + " ORDER BY 1, 2",
                 "--format", "csv"});
    REQUIRE(result.code == 0);
    dump += result.out;
  }
  return dump;
}

// Ingests the X archive and the twarc capture (page-and-stream.jsonl) into `db`: the store most of
// these tests query.
void ingest_x_fixtures(const std::string &db) {
  REQUIRE(run_cli({"--db", db, "ingest", fixture("x/archive"),
                   fixture("x/twarc/page-and-stream.jsonl")})
              .code == 0);
}
} // namespace

TEST_CASE("help and version exit 0 on stdout", "[cli][exit_codes]") {
  auto result = run_cli({"--help"});
  CHECK(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("ingest"));
  CHECK(result.err.empty());
  result = run_cli({"ingest", "--help"});
  CHECK(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("--dry-run"));
  result = run_cli({"--version"});
  CHECK(result.code == 0);
  CHECK_THAT(result.out, Catch::StartsWith("sociometer "));
}

TEST_CASE("usage errors exit 2 with a message on stderr only", "[cli][exit_codes]") {
  for (const auto &args : std::vector<std::vector<std::string>>{
           {},
           {"frobnicate"},
           {"status", "--no-such-flag"},
           {"engagement", "--month", "2024-03", "--since", "2024-03-01"}}) {
    const auto result = run_cli(args);
    INFO(result.err);
    CHECK(result.code == 2);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Catch::StartsWith("sociometer: error: "));
  }
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init"}).code == 0);
  auto result = run_cli({"--db", db, "engagement", "--by", "decade"});
  CHECK(result.code == 2);
  CHECK(result.err ==
        "sociometer: error: --by decade: unknown dimension\n"
        "hint: use post, account, platform, day, week, month, hour, weekday, language or kind\n");
  result = run_cli({"--db", db, "--tz", "Mars/Olympus", "engagement"});
  CHECK(result.code == 2);
  result = run_cli({"--db", db, "report", "--format", "csv"});
  CHECK(result.code == 2);
  CHECK_THAT(result.err, Catch::Contains("--format csv is not available"));
}

TEST_CASE("a missing store is a runtime error with a hint", "[cli][exit_codes]") {
  test::TempDir dir;
  const auto result = run_cli({"--db", dir.file("absent.db"), "status"});
  CHECK(result.code == 1);
  CHECK(result.err ==
        "sociometer: error: " + dir.file("absent.db") +
            ": no such store\n"
            "hint: run `sociometer init` (or `sociometer ingest`) first, or pass --db PATH\n");
}

TEST_CASE("global flags work before and after the subcommand; SOCIOMETER_DB is the default",
          "[cli]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"init", "--db", db}).code == 0);
  CHECK(run_cli({"--db", db, "status", "--format", "json"}).code == 0);
  CHECK(run_cli({"status", "--db", db, "--format", "csv"}).out ==
        "platform,posts,referenced_posts,accounts,first_post_at,last_post_at,last_import_at\r\n");
  ::setenv("SOCIOMETER_DB", db.c_str(), 1);
  CHECK(run_cli({"status", "--format", "csv"}).code == 0);
  ::unsetenv("SOCIOMETER_DB");
}

TEST_CASE("ingest keeps every good file when another cannot be read, and exits 1",
          "[cli][ingest]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  test::write_file(dir.file("empty.jsonl"), "");
  const auto result =
      run_cli({"--db", db, "ingest", dir.file("empty.jsonl"), fixture("x/archive-truncated.zip"),
               fixture("x/archive"), "--format", "json"});
  CHECK(result.code == 1);
  CHECK_THAT(result.err,
             Catch::Contains("sociometer: error: " + dir.file("empty.jsonl") + ": empty file"));
  CHECK_THAT(result.err, Catch::Contains("archive-truncated.zip: damaged zip archive"));
  CHECK_THAT(result.out, Catch::Contains("\"posts_new\": 6"));
  const auto status = run_cli({"--db", db, "status", "--format", "csv"});
  CHECK_THAT(status.out, Catch::Contains("\r\nx,6,0,3,"));
}

TEST_CASE("a skipped record is a warning; --strict makes it a failure", "[cli][ingest]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  auto result =
      run_cli({"--db", db, "ingest", fixture("x/twarc/truncated.jsonl"), "--format", "json"});
  CHECK(result.code == 0);
  CHECK_THAT(result.err,
             Catch::Contains("sociometer: warning: " + fixture("x/twarc/truncated.jsonl") +
                             ":2: truncated last line"));
  CHECK_THAT(result.out, Catch::Contains("\"records_skipped\": 1"));
  CHECK_THAT(result.out, Catch::Contains("\"line\": 2"));
  result = run_cli({"--db", db, "ingest", "--strict", fixture("x/twarc/truncated.jsonl")});
  CHECK(result.code == 1);
}

TEST_CASE("re-ingesting the same inputs reports 0 new and changes no row",
          "[cli][ingest][idempotency]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  const std::vector<std::string> inputs = {fixture("x/archive"),
                                           fixture("x/twarc/page-and-stream.jsonl")};
  auto args = std::vector<std::string>{"--db", db, "ingest", "--format", "csv"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  REQUIRE(run_cli(args).code == 0);
  const auto before = store_dump(db);
  const auto again = run_cli(args);
  CHECK(again.code == 0);
  CHECK_THAT(again.out, Catch::Contains(",x-archive,ok,0,0,6,0,0,0\r\n"));
  CHECK_THAT(again.out, Catch::Contains(",twarc2,ok,0,0,4,0,0,0\r\n"));
  CHECK(store_dump(db) == before);

  // The same posts in the other order: the API's fuller view wins whatever the order.
  const auto db2 = dir.file("reversed.db");
  REQUIRE(run_cli({"--db", db2, "ingest", inputs[1], inputs[0]}).code == 0);
  const auto posts = "SELECT native_id, kind, text, detail_rank FROM posts ORDER BY native_id";
  CHECK(run_cli({"--db", db2, "sql", posts, "--format", "csv"}).out ==
        run_cli({"--db", db, "sql", posts, "--format", "csv"}).out);

  const auto imports = run_cli(
      {"--db", db, "sql",
       "SELECT path, outcome, posts_new, posts_unchanged, length(sha256) FROM imports ORDER BY id",
       "--format", "csv"});
  CHECK(imports.out == "path,outcome,posts_new,posts_unchanged,length(sha256)\r\n" +
                           fixture("x/archive") + ",ok,6,0,64\r\n" +
                           fixture("x/twarc/page-and-stream.jsonl") + ",ok,4,0,64\r\n" +
                           fixture("x/archive") + ",ok,0,6,64\r\n" +
                           fixture("x/twarc/page-and-stream.jsonl") + ",ok,0,4,64\r\n");
}

TEST_CASE("a dry run counts without writing", "[cli][ingest]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  const auto result =
      run_cli({"--db", db, "ingest", "--dry-run", fixture("x/archive"), "--format", "csv"});
  CHECK(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains(",x-archive,dry-run,6,0,0,0,0,0\r\n"));
  CHECK(run_cli({"--db", db, "sql", "SELECT count(*) FROM posts", "--format", "csv"}).out ==
        "count(*)\r\n0\r\n");
}

TEST_CASE("stdin is an input like any file", "[cli][ingest]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init"}).code == 0);
  // cli::run reads the process's stdin; redirect it for this test.
  REQUIRE(std::freopen(fixture("x/twarc/page-and-stream.jsonl").c_str(), "rb", stdin) != nullptr);
  const auto result = run_cli({"--db", db, "ingest", "-", "--format", "csv"});
  CHECK(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("<stdin>,twarc2,ok,4,0,0,2,0,0"));
}

TEST_CASE("sql is read-only", "[cli][sql]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init"}).code == 0);
  const auto result = run_cli({"--db", db, "sql", "DELETE FROM posts"});
  CHECK(result.code == 2);
  CHECK_THAT(result.err,
             Catch::StartsWith("sociometer: error: sql: only read-only statements are allowed"));
}

TEST_CASE("secrets and personal data from archives never reach the store", "[cli][ingest]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "ingest", fixture("x/archive")}).code == 0);
  const auto hits = run_cli(
      {"--db", db, "sql", "SELECT count(*) > 0, sum(raw LIKE '%secret@example.org%') FROM post_raw",
       "--format", "csv"});
  // Source records are kept (so the search is not vacuous), none with the address.
  CHECK_THAT(hits.out, Catch::EndsWith("\r\n1,0\r\n"));
}

TEST_CASE("engagement by month matches a hand count of the fixtures", "[cli][engagement]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  ingest_x_fixtures(db);
  // `--min-coverage 0`: the March er_impressions (2 of 5 posts) is shown, not withheld.
  const auto result = run_cli(
      {"--db", db, "engagement", "--by", "month", "--format", "csv", "--min-coverage", "0"});
  REQUIRE(result.code == 0);
  // March, non-repost posts with E = likes + reposts (+ replies + quotes where reported):
  //   archive 1765…001: 42+7 = 49, 1765…003: 3; API 1767…001: 30+4+2+1 = 37 (1000 impressions),
  //   1767…003: 5 (100 impressions); stream 1767…099 by partner_org: 2+1 = 3. Plus 2 reposts.
  //   er_impressions = (37+5)/1100 = 0.0381818, coverage 2/5, median(0.037, 0.05) = 0.0435.
  //   Followers at post time: test_org 1200 (API snapshot of 03-12, the first after its posts),
  //   partner_org 800: er_followers = 97/(4·1200+800) = 0.0173214, coverage 5/5,
  //   median(49, 3, 37, 5 of 1200; 3 of 800) = 5/1200 = 0.0041667.
  //   Kaushik: replies 2 over the 3 posts reporting replies; (reposts 12 + quotes 1) over the 5
  //   reporting reposts = 2.6; likes 82 / 5 = 16.4; 7 posts / 31 days.
  // April: 1766…004: 10+2, …011: 5+1, …012: 2 → 20; no impressions; followers 1200 (03-12
  //   snapshot, the latest before, 24–26 days earlier: within 30 days): 20/3600 = 0.0055556,
  //   median 6/1200 = 0.005.
  //   Kaushik: no replies reported (null); reposts 3 / 3 = 1; likes 17 / 3; 3 posts / 30 days.
  // Per 1,000 followers at post time, over the posts reporting the count: March replies 2 over
  //   1200 + 1200 + 800 followers → 0.625; reposts + quotes 13 over 4·1200 + 800 → 2.3214;
  //   likes 82 / 5600 → 14.643. April: reposts 3 / 3600 → 0.8333, likes 17 / 3600 → 4.7222.
  // No link clicks in X data: link_clicks and ctr null, ctr_coverage 0.
  // Follower growth (store zone UTC): March, no snapshot of either author within 3 days of
  //   03-01 and none before it → null, coverage 0. April (test_org only): 04-01 lies between
  //   the API snapshot 03-12T10:00 (1200) and the archive's 05-01T08:00 (2, the archive owner's
  //   count), 49.9 days apart: more than 30, so no interpolation (it would say −99.7 %) → null,
  //   coverage 0.
  CHECK(result.out ==
        "period,posts,likes,reposts,replies,quotes,engagement,impressions,er_impressions,"
        "er_impressions_coverage,er_impressions_median,er_followers,er_followers_coverage,er_"
        "followers_median,"
        "conversation_rate,amplification_rate,applause_rate,conversation_per_1k,amplification_per_"
        "1k,applause_per_1k,link_clicks,ctr,ctr_coverage,posts_per_day,followers_start,followers_"
        "end,followers_net_new,follower_growth,follower_growth_monthly,follower_growth_coverage,"
        "follower_growth_interpolated\r\n"
        "2024-03,7,82,12,2,1,97,1100,0.038181818181818185,0.4,0.0435,0.01732142857142857,1,0."
        "004166666666666667,"
        "0.6666666666666666,2.6,16.4,0.625,2.3214285714285716,14.642857142857142,,,0,"
        "0.22580645161290322,,,,,,0,\r\n"
        "2024-04,3,17,3,,,20,,,0,,0.005555555555555556,1,0.005,,1,5.666666666666667,,"
        "0.8333333333333334,4.722222222222222,,,0,0.1,,,,,,0,\r\n");
}

TEST_CASE("each count is its latest reported value across routes", "[cli][engagement]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  // The API saw the tweet on 04-01 with all counts; the archive of 05-01 has likes and reposts
  // only.
  REQUIRE(run_cli({"--db", db, "ingest", fixture("x/twarc/overlap.jsonl"), fixture("x/archive")})
              .code == 0);
  const auto result = run_cli({"--db", db, "engagement", "--by", "post", "--format", "csv",
                               "--since", "2024-03-05", "--until", "2024-03-06"});
  REQUIRE(result.code == 0);
  // likes 42 and reposts 7 from the archive (newer); replies 3, quotes 1, impressions 2000 from the
  // API (the archive does not report them): E = 42 + 7 + 3 + 1 = 53, 53 / 2000 = 0.0265.
  CHECK_THAT(result.out, Catch::Contains("\r\n1765000000000000001,x,test_org,2024-03-05T14:02:11Z,"
                                         "post,1,42,7,3,1,53,2000,0.0265,1,0.0265,"));
  // er_followers: the only follower snapshot of test_org is the archive's (2 followers on 05-01,
  // 56 days after the post: more than 30) → no follower base: null, coverage 0. Kaushik rates of
  // one post: 3 replies, 7 + 1 amplifications, 42 likes; per 1,000 followers null (no base).
  // Post rows have no follower growth.
  CHECK_THAT(result.out, Catch::Contains(",53,2000,0.0265,1,0.0265,,0,,3,8,42,,,,,,0,,,,,,,,\r\n"));
}

TEST_CASE("influencers ranks the accounts of the fixtures' interaction graph",
          "[cli][influencers]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  ingest_x_fixtures(db);
  auto result = run_cli({"--db", db, "influencers", "--format", "csv"});
  REQUIRE(result.code == 0);
  // Edges (store, self-loops dropped): test_org → partner_org: repost ×2, reply ×2, mention ×2;
  // test_org → other_ngo: quote ×1, mention ×2. partner_org is amplified most, then other_ngo;
  // test_org amplifies and is amplified by nobody.
  const auto lines = result.out;
  CHECK_THAT(lines, Catch::StartsWith(
                        "rank,account,platform,pagerank,pr_index,amplified_by,reposts_received,"
                        "mentions_received,followers,bridge,core,community,community_rank,flags,"
                        "node_id\r\n"
                        "1,partner_org,x,"));
  CHECK_THAT(lines, Catch::Contains("\r\n2,other_ngo,x,"));
  // By hand: partner_org and other_ngo are dangling, so test_org's rank solves
  // x = 0.15/3 + 0.85·(1 − x)/3 → x = 20/77; it lies on the only partner–other path (bridge 1).
  CHECK_THAT(lines,
             Catch::Contains(
                 "\r\n3,test_org,x,0.2597402597402597,0.7792207792207791,0,0,0,2,1,1,0,3,,x:"));
  result = run_cli({"--db", db, "influencers", "--hide-owned", "--format", "csv"});
  CHECK_THAT(result.out, !Catch::Contains("test_org"));
  CHECK(run_cli({"--db", db, "influencers", "--weights", "cubic"}).code == 2);
}

TEST_CASE("causes: campaign matching and cause metrics on the fixtures", "[cli][causes]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  ingest_x_fixtures(db);
  REQUIRE(run_cli({"--db", db, "campaign", "import", fixture("campaigns.json")}).code == 0);
  const auto result = run_cli({"--db", db, "causes", "--format", "csv"});
  REQUIRE(result.code == 0);
  // cleanwater: 1765…001, its retweet 1765…002, 1767…001, retweet 1767…002, stream 1767…099 → 5.
  //   Participants: only partner_org (test_org is the archive owner, an own account): 1, reach 800
  //   (its 03-12 snapshot). Engagement 49 + 37 + 3 = 89; impressions 1000 on 1 of 3 non-reposts.
  //   Languages with ≥ 3 posts: en (4). One participant, one language: effective 1.
  //   CTA example.org/launch is on 1767…001: 4 reposts + 1 quote; it is one of test_org's two
  //   matched non-repost posts (cta_post_share 0.5); X reports no link clicks: cta_clicks and
  //   cta_ctr null, cta_ctr_coverage 0 (0 of 1 CTA post).
  // potential_reach_coverage: cleanwater's one participant has a follower count → 1; water has
  // none. water: #ＷａｔｅｒＩｓＬｉｆｅ folds to waterislife (1765…002), fr:merci (1765…003,
  // French),
  //   "water summit" (1766…012), example.org/water?utm_source=x (1765…001) → 4, all by test_org.
  //   "谢谢" is also in 1765…003. No period: the look-back is censored.
  // Cross-language amplification: the retweets (1765…002, 1767…002) are English, by test_org
  //   whose main language is English (5 of its 9 posts) → 0 of 2 (cleanwater), 0 of 1 (water).
  //   No participant posts in two languages twice: 0 bridge participants.
  CHECK(result.out ==
        "campaign,posts,participants,engaged_supporters,new_supporters,returning_supporters,"
        "new_supporters_censored,potential_reach,potential_reach_coverage,measured_impressions,"
        "measured_impressions_coverage,"
        "engagement,languages,effective_languages,cta_amplification,cta_post_share,cta_clicks,"
        "cta_ctr,cta_ctr_coverage,share_of_voice,cross_language_amplification,"
        "bridge_participants\r\n"
        "cleanwater,5,1,1,1,0,1,800,1,1000,0.3333333333333333,89,1,1,5,0.5,,,0,,0,0\r\n"
        "water,4,0,0,0,0,1,,,,0,54,1,,,,,,,,0,0\r\n");
  // Share of voice once a peer is declared: cleanwater has 4 posts by test_org (own) and 1 by
  // partner_org (1767…099) → 4/5; water only test_org's → 1.
  REQUIRE(
      run_cli({"--db", db, "account", "set", "partner_org", "--platform", "x", "--role", "peer"})
          .code == 0);
  const auto with_peer = run_cli({"--db", db, "causes", "--format", "csv"});
  CHECK_THAT(with_peer.out,
             Catch::Contains("\r\ncleanwater,5,1,1,1,0,1,800,1,1000,0.3333333333333333,89,1,1,5,"
                             "0.5,,,0,0.8,0,0\r\nwater,4,0,0,0,0,1,,,,0,54,1,,,,,,,1,0,0\r\n"));
  CHECK(run_cli({"--db", db, "campaign", "rm", "water"}).code == 0);
  CHECK(run_cli({"--db", db, "campaign", "rm", "water"}).code == 2);
  CHECK(run_cli({"--db", db, "campaign", "add", "empty"}).code == 2);
}

TEST_CASE("influencers --campaign ranks only the campaign's conversation",
          "[cli][influencers][causes]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  ingest_x_fixtures(db);
  REQUIRE(run_cli({"--db", db, "campaign", "add", "arabic", "--hashtag", "#الماء_حياة"}).code == 0);
  // Only 1766…004 matches: test_org quotes and mentions other_ngo, so the graph has 2 accounts.
  const auto result =
      run_cli({"--db", db, "influencers", "--campaign", "arabic", "--format", "csv"});
  REQUIRE(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("\r\n1,other_ngo,x,"));
  CHECK_THAT(result.out, Catch::Contains("\r\n2,test_org,x,"));
  CHECK_THAT(result.out, !Catch::Contains("partner_org"));
  CHECK(run_cli({"--db", db, "influencers", "--campaign", "nope"}).code == 2);
}

TEST_CASE("campaign import: TOML and JSON of the same campaigns import identically",
          "[cli][causes][campaign_file]") {
  test::TempDir dir;
  const auto list = [&](const std::string &db) {
    const auto result = run_cli({"--db", db, "campaign", "list", "--format", "csv"});
    REQUIRE(result.code == 0);
    return result.out;
  };
  const auto import_into = [&](const std::string &name, const std::string &file) {
    const auto db = dir.file(name);
    REQUIRE(run_cli({"--db", db, "init", "--tz", "Europe/Zurich"}).code == 0);
    const auto result = run_cli({"--db", db, "campaign", "import", file});
    INFO(result.err);
    REQUIRE(result.code == 0);
    return list(db);
  };
  const auto from_json = import_into("json.db", fixture("campaigns.json"));
  const auto from_toml = import_into("toml.db", fixture("campaigns.toml"));
  CHECK(from_toml == from_json);
  CHECK_THAT(from_json, Catch::Contains("water,2024-02-29T23:00:00Z,2024-04-30T22:00:00Z,"
                                        "waterislife,\"water summit, 谢谢, fr:merci\","
                                        "https://www.example.org/water/,\r\n"));

  // Without a .toml/.json extension the content decides.
  test::write_file(dir.file("campaigns-a"), test::read_file(fixture("campaigns.toml")));
  test::write_file(dir.file("campaigns-b"), test::read_file(fixture("campaigns.json")));
  CHECK(import_into("sniff-toml.db", dir.file("campaigns-a")) == from_json);
  CHECK(import_into("sniff-json.db", dir.file("campaigns-b")) == from_json);
}

TEST_CASE("campaign import: errors name the file and the line", "[cli][causes][campaign_file]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(run_cli({"--db", db, "init"}).code == 0);
  const auto import_text = [&](const std::string &name, const std::string &text) {
    const auto path = dir.file(name);
    test::write_file(path, text);
    return run_cli({"--db", db, "campaign", "import", path});
  };
  auto result = import_text("bad.toml", "[[campaigns]]\nname = \"water\"\nhashtags = [\"#a\",\n"
                                        "urls = 3\n");
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::Contains(dir.file("bad.toml") + ":4: TOML: "));

  result = import_text("bad.json", "{\"campaigns\": [\n  {\"name\": \"water\",\n   "
                                   "\"hashtags\": [\"#a\"],,\n  }\n]}\n");
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::Contains(dir.file("bad.json") + ":3: JSON: "));

  result = import_text("typo.toml", "[[campaigns]]\nname = \"water\"\nhashtag = [\"#a\"]\n");
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::Contains(dir.file("typo.toml") + ":3: unknown key 'hashtag'"));

  result = import_text("type.toml", "[[campaigns]]\nname = \"water\"\n\nhashtags = \"#a\"\n");
  CHECK(result.code == 1);
  CHECK_THAT(result.err,
             Catch::Contains(dir.file("type.toml") + ":4: hashtags: expected an array of strings"));

  result = import_text("type.json", "{\"campaigns\": [{\"name\": \"w\", \"urls\": [1]}]}");
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::Contains(dir.file("type.json") +
                                         ": campaigns[0]: urls: expected an array of strings"));

  result = import_text("date.toml", "[[campaigns]]\nname = \"w\"\nhashtags = [\"a\"]\n"
                                    "from = \"March\"\n");
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::Contains(":4: from 'March': expected a date YYYY-MM-DD"));

  // Nothing was imported by any of them.
  const auto listed = run_cli({"--db", db, "campaign", "list", "--format", "csv"});
  CHECK(listed.out == "campaign,starts_at,ends_at,hashtags,keywords,urls,cta_urls\r\n");
  CHECK(run_cli({"--db", db, "campaign", "import", dir.file("missing.toml")}).code == 1);
}
