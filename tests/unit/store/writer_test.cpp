// SPDX-License-Identifier: Apache-2.0
// The ingest writer's identity rules for the formats of issue #3: posts joined across routes
// without a shared ID, edits in place, followers-only posts, page-level series.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

#include <sqlite3.h>

#include "sociometer/analysis/influence.hpp"
#include "sociometer/store/store.hpp"
#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"
#include "store/migrations.hpp"
#include "store/sqlite.hpp"
#include "test_support.hpp"

using namespace sociometer;

namespace {

TimePoint at(const char *iso) { return *util::parse_iso8601(iso); }

PostRecord facebook_post(std::string native_id, const char *created, const std::string &text) {
  PostRecord post;
  post.platform = Platform::facebook;
  post.native_id = std::move(native_id);
  post.author = {"", "Example Org"};
  post.created_at = at(created);
  post.text = text;
  post.text_norm = util::normalize_for_matching(text);
  post.join_on_content = true;
  return post;
}

// The DYI export's view of a post: a hashed ID, seconds precision.
PostRecord dyi_post() {
  auto post =
      facebook_post("fbdyi:0123", "2024-03-05T14:02:11Z",
                    "Journée portes ouvertes ☀️ مرحبا 你好 #ExampleLaunch 🎉");
  post.synthetic_id = true;
  return post;
}

// The Business Suite CSV's view of the same post: the real ID, minute precision, counts.
PostRecord csv_post() {
  auto post =
      facebook_post("1765432109876543", "2024-03-05T14:02:00Z",
                    "Journée portes ouvertes ☀️ مرحبا 你好 #ExampleLaunch 🎉");
  post.metrics = MetricCounts{};
  post.metrics->reach = 4310;
  post.metrics->link_clicks = 21;
  post.observed_at = at("2024-04-01T00:00:00Z");
  return post;
}

store::IngestCounts write(store::Store &store, const std::vector<PostRecord> &posts) {
  auto writer = store.writer(store.begin_import("test", "test"));
  for (const auto &post : posts) {
    writer->post(post);
  }
  writer->commit();
  return writer->counts();
}

std::string cell_text(const Cell &cell) {
  if (const auto *text = std::get_if<std::string>(&cell)) {
    return *text;
  }
  if (const auto *number = std::get_if<std::int64_t>(&cell)) {
    return std::to_string(*number);
  }
  return "NULL";
}

std::vector<std::string> column(store::Store &store, const std::string &sql) {
  std::vector<std::string> values;
  for (const auto &row : store.query_readonly(sql).rows) {
    values.push_back(cell_text(row.at(0)));
  }
  return values;
}

} // namespace

TEST_CASE("A DYI post and its Business Suite row are one post, whatever the order",
          "[store][join]") {
  const bool dyi_first = GENERATE(true, false);
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  store.migrate();
  const auto first = write(store, {dyi_first ? dyi_post() : csv_post()});
  CHECK(first.posts_new == 1);
  const auto second = write(store, {dyi_first ? csv_post() : dyi_post()});
  CHECK(second.posts_new == 0);
  // The real ID replaces the hash; the hashed route coming later changes nothing.
  CHECK(column(store, "SELECT native_id FROM posts") ==
        std::vector<std::string>{"1765432109876543"});
  CHECK(column(store, "SELECT link_clicks FROM metric_snapshots") ==
        std::vector<std::string>{"21"});

  // Re-ingesting both routes is a no-op.
  const auto again = write(store, {dyi_post(), csv_post()});
  CHECK(again.posts_new == 0);
  CHECK(again.posts_updated == 0);
  CHECK(again.posts_unchanged == 2);
  CHECK(column(store, "SELECT count(*) FROM posts") == std::vector<std::string>{"1"});
}

TEST_CASE("Same text at another time is another post", "[store][join]") {
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  store.migrate();
  auto later = csv_post();
  later.created_at = at("2024-03-05T14:05:00Z"); // outside the two-minute window
  write(store, {dyi_post(), later});
  CHECK(column(store, "SELECT count(*) FROM posts") == std::vector<std::string>{"2"});
}

TEST_CASE("The newest version of an edited post is canonical; the older text is history",
          "[store][edits]") {
  const bool original_first = GENERATE(true, false);
  PostRecord original;
  original.platform = Platform::mastodon;
  original.native_id = "https://social.example/users/org/statuses/1";
  original.author = {"org@social.example", "org@social.example"};
  original.created_at = at("2024-03-05T14:02:11Z");
  original.text = "Lancement demain";
  PostRecord edited = original;
  edited.text = "Lancement aujourd'hui";
  edited.edited_at = at("2024-03-05T15:00:00Z");

  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  store.migrate();
  write(store, {original_first ? original : edited});
  write(store, {original_first ? edited : original});
  CHECK(column(store, "SELECT text FROM posts") ==
        std::vector<std::string>{"Lancement aujourd'hui"});
  CHECK(column(store, "SELECT text FROM post_versions") ==
        std::vector<std::string>{"Lancement demain"});
  const auto again = write(store, {original, edited});
  CHECK(again.posts_unchanged == 2);
  CHECK(column(store, "SELECT count(*) FROM post_versions") == std::vector<std::string>{"1"});
}

TEST_CASE("Followers-only posts stay out of analyses unless asked for", "[store][visibility]") {
  PostRecord open;
  open.platform = Platform::mastodon;
  open.native_id = "https://social.example/users/org/statuses/1";
  open.author = {"org@social.example", "org@social.example"};
  open.created_at = at("2024-03-05T14:02:11Z");
  open.text = "public";
  PostRecord followers = open;
  followers.native_id = "https://social.example/users/org/statuses/2";
  followers.text = "followers only";
  followers.visibility = Visibility::followers;

  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  store.migrate();
  write(store, {open, followers});
  CHECK(store.load({}).posts.size() == 1);
  store::PostQuery everything;
  everything.include_followers_only = true;
  CHECK(store.load(everything).posts.size() == 2);
  CHECK(column(store, "SELECT visibility FROM posts ORDER BY id") ==
        std::vector<std::string>{"public", "private"});
}

TEST_CASE("Page-level series: one value per account, metric and day; a later export wins",
          "[store][page_metrics]") {
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  store.migrate();
  PageMetricRecord views{Platform::facebook, {"", "Example Org"}, "Views", "2025-08-01", 67753};
  for (const std::int64_t value : {67753, 67800}) {
    auto writer = store.writer(store.begin_import("p", "meta-page-csv"));
    views.value = value;
    writer->page_metric(views);
    writer->commit();
  }
  CHECK(column(store, "SELECT value FROM page_metrics") == std::vector<std::string>{"67800"});
}

TEST_CASE("Schema v4 moves a v3 store's source records to post_raw and keeps writing them there",
          "[store][migration]") {
  test::TempDir dir;
  const auto path = dir.file("s.db");
  {
    // A v3 store as the previous release left it: the raw record inline in `posts`.
    store::Connection db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    for (const auto &migration : store::migrations()) {
      if (migration.version <= 3) {
        db.exec(std::string(migration.sql));
        db.exec("PRAGMA user_version = " + std::to_string(migration.version));
      }
    }
    db.exec("INSERT INTO posts (platform, native_id, kind, is_primary, state, content_hash, raw) "
            "VALUES ('x', '1', 'post', 1, 'available', 'h1', '{\"id\":\"1\"}'), "
            "('x', '2', 'post', 1, 'available', 'h2', NULL)");
  }
  store::Store store(path, store::OpenMode::read_write);
  CHECK(store.migrate() == store::latest_schema_version() - 3);
  CHECK(column(store, "SELECT p.native_id || ':' || coalesce(r.raw, '-') FROM posts AS p LEFT JOIN "
                      "post_raw AS r ON r.post_id = p.id ORDER BY p.native_id") ==
        std::vector<std::string>{"1:{\"id\":\"1\"}", "2:-"});

  auto post = dyi_post();
  post.raw = "{\"source\":\"dyi\"}";
  write(store, {post});
  CHECK(column(store,
               "SELECT raw FROM post_raw WHERE post_id = (SELECT id FROM posts WHERE "
               "native_id = 'fbdyi:0123')") == std::vector<std::string>{"{\"source\":\"dyi\"}"});
}

TEST_CASE("Loading a few posts (joined to their filters) and all posts (child tables read whole) "
          "gives the same child rows",
          "[store][load]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(test::run_cli({"--db", db, "init"}).code == 0);
  REQUIRE(test::run_cli({"--db", db, "ingest", test::fixture("x/archive"),
                         test::fixture("bluesky/author-feed.json"),
                         test::fixture("meta-csv/facebook-posts.csv")})
              .code == 0);
  store::Store store(db, store::OpenMode::read_only);
  store::PostQuery query;
  query.with_hashtags = query.with_interactions = query.with_urls = true;
  const auto whole = store.load(query);
  query.platform = Platform::bluesky; // 2 of 13 posts: the joined path
  const auto few = store.load(query);
  REQUIRE(few.posts.size() == 2);

  // Every child row of the few, described by native IDs, and the same rows of the whole load.
  const auto describe = [](const Dataset &dataset, Platform platform) {
    std::vector<std::string> rows;
    for (const auto &[post, tag] : dataset.hashtags) {
      if (dataset.posts.at(static_cast<std::size_t>(post)).platform == platform) {
        rows.push_back("#" + dataset.posts.at(static_cast<std::size_t>(post)).native_id + " " +
                       tag);
      }
    }
    for (const auto &[post, url] : dataset.urls) {
      if (dataset.posts.at(static_cast<std::size_t>(post)).platform == platform) {
        rows.push_back("u" + dataset.posts.at(static_cast<std::size_t>(post)).native_id + " " +
                       url);
      }
    }
    for (const auto &edge : dataset.interactions) {
      const auto &post = dataset.posts.at(static_cast<std::size_t>(edge.post));
      if (post.platform == platform) {
        rows.push_back("e" + post.native_id + " " + std::to_string(static_cast<int>(edge.kind)) +
                       " " + dataset.accounts.at(static_cast<std::size_t>(edge.actor)).native_id +
                       ">" + dataset.accounts.at(static_cast<std::size_t>(edge.target)).native_id);
      }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
  };
  const auto expected = describe(whole, Platform::bluesky);
  CHECK(expected.size() >= 3); // the test is only as good as the rows it compares
  CHECK(describe(few, Platform::bluesky) == expected);
}

TEST_CASE("Joined routes keep each other's links: the CSV's clicks meet the DYI's link",
          "[store][join]") {
  const bool dyi_first = GENERATE(true, false);
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  store.migrate();
  auto dyi = dyi_post();
  dyi.urls.push_back({"https://example.org/launch", "https://example.org/launch", {}, {}});
  write(store, {dyi_first ? dyi : csv_post()});
  write(store, {dyi_first ? csv_post() : dyi});
  CHECK(column(store, "SELECT expanded_url FROM post_urls") ==
        std::vector<std::string>{"https://example.org/launch"});
  CHECK(column(store, "SELECT link_clicks FROM metric_snapshots") ==
        std::vector<std::string>{"21"});
  // Again, both: no duplicate link, nothing changed.
  const auto again = write(store, {dyi, csv_post()});
  CHECK(again.posts_unchanged == 2);
  CHECK(column(store, "SELECT count(*) FROM post_urls") == std::vector<std::string>{"1"});
}

TEST_CASE("An unchanged follower count is written again once a day", "[store][followers]") {
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  store.migrate();
  auto writer = store.writer(store.begin_import("test", "test"));
  AccountRecord account;
  account.platform = Platform::facebook;
  account.ref = {"", "UnityRelief"};
  account.followers = 1000;
  // A capture repeats the author on every page: the same count minutes apart is one snapshot;
  // a day later it is a new one, so that a period boundary finds a snapshot near it.
  for (const auto *time : {"2024-03-01T10:00:00Z", "2024-03-01T10:05:00Z", "2024-03-02T10:00:00Z",
                           "2024-03-03T12:00:00Z"}) {
    account.observed_at = at(time);
    writer->account(account);
  }
  account.followers = 1001; // a change is always written
  account.observed_at = at("2024-03-03T12:01:00Z");
  writer->account(account);
  writer->commit();
  CHECK(column(store, "SELECT observed_at FROM follower_snapshots ORDER BY observed_at") ==
        std::vector<std::string>{"2024-03-01T10:00:00.000Z", "2024-03-02T10:00:00.000Z",
                                 "2024-03-03T12:00:00.000Z", "2024-03-03T12:01:00.000Z"});
}

TEST_CASE("A linked identity carries every account's follower counts into the analysis",
          "[store][followers][link]") {
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  store.migrate();
  {
    auto writer = store.writer(store.begin_import("test", "test"));
    AccountRecord x;
    x.platform = Platform::x;
    x.ref = {"1", "unity"};
    x.followers = 1000;
    x.observed_at = at("2024-03-01T00:00:00Z");
    writer->account(x);
    AccountRecord mastodon;
    mastodon.platform = Platform::mastodon;
    mastodon.ref = {"unity@social.example", "unity@social.example"};
    mastodon.followers = 200;
    mastodon.observed_at = at("2024-03-01T00:00:00Z");
    writer->account(mastodon);
    PostRecord toot;
    toot.platform = Platform::mastodon;
    toot.native_id = "https://social.example/users/unity/statuses/1";
    toot.author = mastodon.ref;
    toot.created_at = at("2024-03-05T10:00:00Z");
    toot.text = "water";
    writer->post(toot);
    writer->commit();
  }
  store.declare_account(Platform::x, "unity", AccountRole::own);
  (void)store.link_accounts(
      "Unity", {{Platform::x, "unity"}, {Platform::mastodon, "unity@social.example"}}, false);

  const auto dataset = store.load({});
  REQUIRE(dataset.posts.size() == 1);
  REQUIRE(dataset.accounts.size() == 1);
  const auto &identity = dataset.accounts[0];
  CHECK(identity.handle == "Unity");
  // The link's first account (own first) stands for the identity; the toot's author is the other.
  CHECK(identity.platform == Platform::x);
  CHECK(identity.followers.at(0).second == 1000);
  REQUIRE(identity.linked.size() == 1);
  CHECK(identity.linked[0].platform == Platform::mastodon);
  CHECK(identity.linked[0].followers.at(0).second == 200);
  CHECK(dataset.posts[0].author_linked == 0);
}

TEST_CASE("graph_input over load_graph equals graph_input over a full load, summed",
          "[store][load][graph]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(test::run_cli({"--db", db, "init"}).code == 0);
  REQUIRE(test::run_cli({"--db", db, "ingest", test::fixture("x/archive"),
                         test::fixture("x/twarc/page-and-stream.jsonl"),
                         test::fixture("bluesky/author-feed.json"),
                         test::fixture("mastodon/rest/timeline.jsonl")})
              .code == 0);
  // A linked identity: its accounts must map to one graph account on both paths.
  REQUIRE(test::run_cli({"--db", db, "account", "link", "Example Org",
                         "mastodon:example_org@social.example", "bluesky:example-org.bsky.social"})
              .code == 0);
  store::Store store(db, store::OpenMode::read_only);

  const auto describe = [](const analysis::GraphInput &graph) {
    std::vector<std::string> lines;
    for (const auto &account : graph.accounts) {
      lines.push_back("a " + std::to_string(account.id) + " " + account.handle);
    }
    // load_graph sums the interactions per (actor, target, kind) and keeps each one's first and
    // last time: compare the sums.
    std::map<std::tuple<std::int32_t, std::int32_t, int>,
             std::tuple<std::int64_t, std::optional<TimePoint>, std::optional<TimePoint>>>
        sums;
    for (std::size_t i = 0; i < graph.interactions.size(); ++i) {
      const auto &interaction = graph.interactions[i];
      auto &[count, first, last] =
          sums[{interaction.actor, interaction.target, static_cast<int>(interaction.kind)}];
      count += interaction.count;
      const auto &span = graph.spans.at(i);
      first = first ? std::min(*first, span.first.value()) : span.first.value();
      last = last ? std::max(*last, span.last.value()) : span.last.value();
    }
    for (const auto &[key, sum] : sums) {
      lines.push_back(
          "i " + std::to_string(std::get<0>(key)) + ">" + std::to_string(std::get<1>(key)) + " " +
          std::to_string(std::get<2>(key)) + " x" + std::to_string(std::get<0>(sum)) + " " +
          util::format_rfc3339(*std::get<1>(sum)) + " " + util::format_rfc3339(*std::get<2>(sum)));
    }
    for (const auto &count : graph.languages) {
      lines.push_back("l " + std::to_string(count.account) + " " + count.text + " " +
                      std::to_string(count.count));
    }
    for (const auto &count : graph.hashtags) {
      lines.push_back("h " + std::to_string(count.account) + " " + count.text + " " +
                      std::to_string(count.count));
    }
    return lines;
  };
  const auto compare = [&](store::PostQuery query) {
    query.with_interactions = query.with_hashtags = true;
    const auto summed = analysis::graph_input(store.load_graph(query, true));
    CHECK(std::all_of(summed.interactions.begin(), summed.interactions.end(),
                      [](const InteractionFacts &interaction) { return interaction.post == -1; }));
    auto direct = describe(summed);
    CHECK(direct == describe(analysis::graph_input(store.load(query))));
    // Without spans the same sums, and no times.
    const auto untimed = analysis::graph_input(store.load_graph(query));
    CHECK(untimed.spans.empty());
    CHECK(untimed.interactions.size() == summed.interactions.size());
    // Without languages the same graph, and no language counts.
    auto without_languages = query;
    without_languages.with_languages = false;
    auto expected = direct;
    std::erase_if(expected, [](const std::string &line) { return line[0] == 'l'; });
    CHECK(describe(analysis::graph_input(store.load_graph(without_languages, true))) == expected);
    return direct;
  };
  SECTION("the whole store") {
    const auto lines = compare({});
    // Enough of each kind of line that the comparison means something.
    for (const char kind : {'a', 'i', 'l', 'h'}) {
      CHECK(std::count_if(lines.begin(), lines.end(),
                          [&](const std::string &line) { return line[0] == kind; }) >= 2);
    }
  }
  SECTION("one platform (the joined path) and a period") {
    store::PostQuery query;
    query.platform = Platform::x;
    query.since = util::parse_iso8601("2024-03-01T00:00:00Z");
    query.until = util::parse_iso8601("2024-04-15T00:00:00Z");
    CHECK(compare(query).size() >= 4);
  }
}

TEST_CASE("Loaded posts are in (time, ID) order with their own authors, whatever the index order",
          "[store][load]") {
  test::TempDir dir;
  const auto path = dir.file("s.db");
  {
    store::Store store(path, store::OpenMode::read_write_create);
    store.migrate();
    // Same time for "a" and "b": the time index orders the tie by account ID, and Poster's
    // account is older (from "d"), so it returns "b" before "a" although "a" was written first;
    // "c" is earlier than both and written last.
    auto d = facebook_post("d", "2024-03-05T08:00:00Z", "makes Poster the older account");
    d.author = {"", "Poster"};
    auto a = facebook_post("a", "2024-03-05T10:00:00Z", "first written");
    a.kind = PostKind::reply;
    a.author = {"", "Replier"};
    auto b = facebook_post("b", "2024-03-05T10:00:00Z", "second written");
    b.author = {"", "Poster"};
    auto c = facebook_post("c", "2024-03-05T09:00:00Z", "earliest");
    c.author = {"", "Poster"};
    for (auto *post : {&d, &a, &b, &c}) {
      post->join_on_content = false;
    }
    write(store, {d, a, b, c});
  }
  store::Store store(path, store::OpenMode::read_only);
  for (const bool with_content : {true, false}) {
    store::PostQuery query;
    query.with_content = with_content;
    const auto dataset = store.load(query);
    std::vector<std::string> seen;
    for (const auto &post : dataset.posts) {
      seen.push_back(dataset.accounts.at(static_cast<std::size_t>(post.account)).handle + ":" +
                     std::string(to_string(post.kind)));
    }
    // d (08:00), c (09:00), then the 10:00 tie by ID: a (Replier), b (Poster). Poster posted
    // first, so it is account 0.
    CHECK(seen ==
          std::vector<std::string>{"Poster:post", "Poster:post", "Replier:reply", "Poster:post"});
    CHECK(dataset.posts.at(2).account == 1);
    CHECK(dataset.posts.at(3).account == 0);
  }
}
