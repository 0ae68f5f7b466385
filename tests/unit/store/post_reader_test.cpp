// SPDX-License-Identifier: Apache-2.0
// What Store::load hands the analyses beyond the stored rows: counts that cannot have been
// measured read as not reported; and how a read-only store is read (no memory map).
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "measured_post.hpp"
#include "sociometer/store/store.hpp"
#include "sociometer/util/time.hpp"
#include "test_support.hpp"

using namespace sociometer;

namespace {

PostRecord post_with(Platform platform, std::string native_id, const char *created,
                     std::int64_t impressions, std::int64_t likes) {
  return test::measured_post(platform, std::move(native_id), created, impressions, likes);
}

} // namespace

TEST_CASE("Zero impressions that cannot have been measured load as not reported",
          "[store][load][impressions]") {
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  store.migrate();
  auto writer = store.writer(store.begin_import("test", "test"));
  // X before it counted views (2022-12-22): 0 is "not measured", with or without engagement.
  writer->post(post_with(Platform::x, "1", "2022-09-10T10:00:00Z", 0, 25));
  writer->post(post_with(Platform::x, "2", "2022-09-11T10:00:00Z", 0, 0));
  // After that date, 0 beside engagement cannot be measured; 0 without engagement can.
  writer->post(post_with(Platform::x, "3", "2023-03-01T10:00:00Z", 0, 4));
  writer->post(post_with(Platform::x, "4", "2023-03-02T10:00:00Z", 0, 0));
  writer->post(post_with(Platform::x, "5", "2023-03-03T10:00:00Z", 120, 4));
  // Any platform: 0 impressions beside likes is not a measurement.
  writer->post(post_with(Platform::facebook, "6", "2021-05-01T10:00:00Z", 0, 3));
  writer->post(post_with(Platform::facebook, "7", "2021-05-02T10:00:00Z", 0, 0));
  writer->commit();

  std::map<std::string, std::optional<std::int64_t>> impressions;
  for (const auto &post : store.load({}).posts) {
    impressions[post.native_id] = post.metrics.impressions;
  }
  CHECK_FALSE(impressions.at("1").has_value());
  CHECK_FALSE(impressions.at("2").has_value());
  CHECK_FALSE(impressions.at("3").has_value());
  CHECK(impressions.at("4") == 0);
  CHECK(impressions.at("5") == 120);
  CHECK_FALSE(impressions.at("6").has_value());
  CHECK(impressions.at("7") == 0);
  // The stored snapshot keeps what the platform said: `sql` still shows the 0s.
  CHECK(store.query_readonly("SELECT count(*) FROM metric_snapshots WHERE impressions = 0")
            .rows.at(0)
            .at(0) == Cell{std::int64_t{6}});
}

TEST_CASE("scan_posts hands over what load holds, post by post in time order, without content",
          "[store][load][scan]") {
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  store.migrate();
  auto writer = store.writer(store.begin_import("test", "test"));
  // Written out of time order, two at the same time, one by another author, one zero that
  // cannot have been measured.
  writer->post(post_with(Platform::x, "30", "2024-03-05T10:00:00Z", 900, 12));
  writer->post(post_with(Platform::x, "10", "2024-03-01T10:00:00Z", 0, 7));
  auto other = post_with(Platform::mastodon, "20", "2024-03-05T10:00:00Z", 50, 1);
  other.author = {"200", "peer"};
  other.lang = "de";
  writer->post(other);
  // A later snapshot of post 30 without likes keeps the earlier likes.
  auto later = post_with(Platform::x, "30", "2024-03-05T10:00:00Z", 1000, 0);
  later.metrics->likes.reset();
  later.observed_at = *util::parse_iso8601("2024-02-01T00:00:00Z");
  writer->post(later);
  writer->commit();

  const auto loaded = store.load({});
  std::vector<PostFacts> scanned;
  std::vector<std::size_t> accounts_at_visit;
  const auto authors =
      store.scan_posts({}, true, [&](const Dataset &dataset, const PostFacts &post) {
        // Nothing is read ahead: the authors met so far, the post's own among them.
        REQUIRE(post.account >= 0);
        CHECK(static_cast<std::size_t>(post.account) < dataset.accounts.size());
        accounts_at_visit.push_back(dataset.accounts.size());
        scanned.push_back(post);
      });
  CHECK(accounts_at_visit == std::vector<std::size_t>{1, 1, 2});
  REQUIRE(scanned.size() == loaded.posts.size());
  REQUIRE(scanned.size() == 3);
  CHECK(authors.posts.empty());
  REQUIRE(authors.accounts.size() == loaded.accounts.size());
  for (std::size_t i = 0; i < authors.accounts.size(); ++i) {
    CHECK(authors.accounts[i].handle == loaded.accounts[i].handle);
  }
  for (std::size_t i = 0; i < scanned.size(); ++i) {
    const auto &got = scanned[i];
    const auto &want = loaded.posts[i];
    CHECK(got.id == want.id);
    CHECK(got.native_id == want.native_id); // the default query asks for content
    CHECK(got.created_at == want.created_at);
    CHECK(got.account == want.account);
    CHECK(got.author_linked == want.author_linked);
    CHECK(got.platform == want.platform);
    CHECK(got.kind == want.kind);
    CHECK(got.lang == want.lang);
    CHECK(got.metrics.likes == want.metrics.likes);
    CHECK(got.metrics.impressions == want.metrics.impressions);
    CHECK(got.text.empty());
  }
  CHECK(scanned[0].native_id == "10");
  CHECK_FALSE(scanned[0].metrics.impressions); // the unmeasured 0 is forgotten here too
  CHECK(scanned[1].native_id == "30");         // same time as 20, written first: lower store ID
  CHECK(scanned[1].metrics.likes == 12);
  CHECK(scanned[1].metrics.impressions == 1000);
  CHECK(scanned[2].lang == "de");

  store::PostQuery without_content;
  without_content.with_content = false;
  std::vector<std::string> ids;
  std::vector<std::string> langs;
  (void)store.scan_posts(without_content, false, [&](const Dataset &, const PostFacts &post) {
    ids.push_back(post.native_id);
    langs.push_back(post.lang);
  });
  CHECK(ids == std::vector<std::string>{"", "", ""});
  CHECK(langs == std::vector<std::string>{"", "", ""});

  CHECK(store.post_texts({scanned[1].id, 999999, scanned[0].id}) ==
        std::vector<std::string>{"text of 30", "", "text of 10"});
}

TEST_CASE("Links, texts and native IDs of posts are read by store ID", "[store][load][content]") {
  // The monthly report loads its month without content and reads these for its top posts only.
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  store.migrate();
  auto writer = store.writer(store.begin_import("test", "test"));
  auto linked = post_with(Platform::mastodon, "7", "2024-03-01T10:00:00Z", 10, 1);
  linked.url = "https://example.social/@org/7";
  writer->post(linked);
  writer->post(post_with(Platform::x, "8", "2024-03-02T10:00:00Z", 10, 1));
  writer->commit();

  store::PostQuery without_content;
  without_content.with_content = false;
  const auto loaded = store.load(without_content);
  REQUIRE(loaded.posts.size() == 2);
  CHECK(loaded.posts[0].url.empty());
  CHECK(loaded.posts[0].native_id.empty());
  const std::vector<std::int64_t> ids{loaded.posts[1].id, 999999, loaded.posts[0].id};
  CHECK(store.post_urls(ids) == std::vector<std::string>{"", "", "https://example.social/@org/7"});
  CHECK(store.post_native_ids(ids) == std::vector<std::string>{"8", "", "7"});
  CHECK(store.post_texts(ids) == std::vector<std::string>{"text of 8", "", "text of 7"});
  CHECK(store.post_urls({}).empty());
}

TEST_CASE("A read-only store is read without mapping its file into memory",
          "[store][load][memory]") {
  // Mapped pages of the store count in the process's resident memory: on a million posts a map
  // took RSS over 1 GiB for every analysis (docs/performance.md, "Analyses in flat memory").
  test::TempDir dir;
  const auto path = dir.file("mapped.db");
  {
    store::Store store(path, store::OpenMode::read_write_create);
    store.migrate();
    auto writer = store.writer(store.begin_import("test", "test"));
    writer->post(post_with(Platform::x, "1", "2024-03-01T10:00:00Z", 10, 1));
    writer->commit();
  }
  const auto mapped = [&] {
    std::ifstream maps("/proc/self/maps");
    std::string line;
    while (std::getline(maps, line)) {
      if (line.find("mapped.db") != std::string::npos && line.find("-shm") == std::string::npos) {
        return true;
      }
    }
    return false;
  };
  const store::Store store(path, store::OpenMode::read_only);
  REQUIRE(store.load({}).posts.size() == 1);
  CHECK_FALSE(mapped());
}

TEST_CASE("scan_post_items hands each post the hashtags, links and mentions load holds",
          "[store][load][scan]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  REQUIRE(test::run_cli({"--db", db, "init", "--tz", "UTC"}).code == 0);
  REQUIRE(test::run_cli({"--db", db, "ingest", test::fixture("x/archive"),
                         test::fixture("x/twarc/page-and-stream.jsonl")})
              .code == 0);
  const store::Store store(db, store::OpenMode::read_only);
  store::PostQuery query;
  query.with_hashtags = true;
  query.with_urls = true;
  query.with_interactions = true;
  const auto loaded = store.load(query);
  // What load holds per post: texts of hashtags and links, mentioned accounts' handles.
  std::map<std::int64_t, std::vector<std::string>> want_tags;
  std::map<std::int64_t, std::vector<std::string>> want_links;
  std::map<std::int64_t, std::vector<std::string>> want_mentions;
  const auto id_of = [&](std::int32_t post) {
    return loaded.posts.at(static_cast<std::size_t>(post)).id;
  };
  for (const auto &[post, tag] : loaded.hashtags) {
    want_tags[id_of(post)].push_back(tag);
  }
  for (const auto &[post, url] : loaded.urls) {
    want_links[id_of(post)].push_back(url);
  }
  // Interactions: the kinds' names, then the targets, in the same order (as `scan` below lists
  // a post's texts, then its accounts).
  std::map<std::int64_t, std::vector<std::string>> want_interaction_kinds;
  std::map<std::int64_t, std::vector<std::string>> want_interactions;
  for (const auto &interaction : loaded.interactions) {
    want_interaction_kinds[id_of(interaction.post)].emplace_back(to_string(interaction.kind));
  }
  for (const auto &interaction : loaded.interactions) {
    auto &items = want_interactions[id_of(interaction.post)];
    if (items.empty()) {
      items = want_interaction_kinds[id_of(interaction.post)];
    }
    items.push_back(loaded.accounts.at(static_cast<std::size_t>(interaction.target)).native_id);
  }
  for (const auto &interaction : loaded.interactions) {
    if (interaction.kind == EdgeKind::mention) {
      want_mentions[id_of(interaction.post)].push_back(
          loaded.accounts.at(static_cast<std::size_t>(interaction.target)).native_id);
    }
  }
  REQUIRE_FALSE(want_tags.empty());
  REQUIRE_FALSE(want_links.empty());
  REQUIRE_FALSE(want_mentions.empty());
  const auto scan = [&](store::PostItemKind kind) {
    std::map<std::int64_t, std::vector<std::string>> got;
    std::vector<std::int64_t> ids;
    std::vector<std::string> languages;
    store::PostQuery without_content;
    without_content.with_content = false;
    (void)store.scan_post_items(
        without_content, kind,
        [&](const Dataset &authors, const PostFacts &post,
            const std::vector<std::string_view> &texts, const std::vector<std::int32_t> &accounts) {
          ids.push_back(post.id);
          languages.push_back(post.lang);
          for (const auto text : texts) {
            got[post.id].emplace_back(text);
          }
          for (const auto account : accounts) {
            got[post.id].push_back(
                authors.accounts.at(static_cast<std::size_t>(account)).native_id);
          }
        });
    REQUIRE(ids.size() == loaded.posts.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
      CHECK(ids[i] == loaded.posts[i].id);
      CHECK(languages[i] == (kind == store::PostItemKind::languages ? loaded.posts[i].lang : ""));
    }
    return got;
  };
  CHECK(scan(store::PostItemKind::hashtags) == want_tags);
  CHECK(scan(store::PostItemKind::links) == want_links);
  CHECK(scan(store::PostItemKind::mentions) == want_mentions);
  REQUIRE(want_interactions.size() > want_mentions.size()); // replies, reposts, quotes too
  CHECK(scan(store::PostItemKind::interactions) == want_interactions);
  CHECK(scan(store::PostItemKind::languages).empty());
  CHECK(store.post_native_ids({loaded.posts[1].id, 999999, loaded.posts[0].id}) ==
        std::vector<std::string>{loaded.posts[1].native_id, "", loaded.posts[0].native_id});
}

TEST_CASE("scan_posts keeps counts beyond 32 bits", "[store][load][scan]") {
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  store.migrate();
  auto writer = store.writer(store.begin_import("test", "test"));
  writer->post(post_with(Platform::x, "1", "2024-03-01T10:00:00Z", 5'000'000'000, 7));
  auto later = post_with(Platform::x, "1", "2024-03-01T10:00:00Z", 5'000'000'001, 9);
  later.observed_at = *util::parse_iso8601("2024-02-01T00:00:00Z");
  writer->post(later);
  writer->post(post_with(Platform::x, "2", "2024-03-02T10:00:00Z", 2'147'483'647, 3'000'000'000));
  writer->commit();
  std::vector<MetricCounts> counts;
  (void)store.scan_posts(
      {}, false, [&](const Dataset &, const PostFacts &post) { counts.push_back(post.metrics); });
  REQUIRE(counts.size() == 2);
  CHECK(counts[0].impressions == 5'000'000'001);
  CHECK(counts[0].likes == 9);
  CHECK_FALSE(counts[0].replies);
  CHECK(counts[1].impressions == 2'147'483'647);
  CHECK(counts[1].likes == 3'000'000'000);
}

TEST_CASE("PostQuery::author_ids selects the posts of those accounts and of accounts linked "
          "with them",
          "[store][load][scan]") {
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  store.migrate();
  auto writer = store.writer(store.begin_import("test", "test"));
  const auto add = [&](Platform platform, const char *id, const char *handle, const char *created) {
    auto post = post_with(platform, id, created, 100, 1);
    post.author = {std::string("id-") + handle, handle};
    writer->post(post);
  };
  add(Platform::x, "1", "alpha", "2024-03-01T10:00:00Z");
  add(Platform::mastodon, "2", "alpha_m", "2024-03-02T10:00:00Z"); // linked with alpha below
  add(Platform::x, "3", "beta", "2024-03-03T10:00:00Z");
  add(Platform::x, "4", "gamma", "2024-03-04T10:00:00Z");
  add(Platform::x, "5", "alpha", "2024-04-01T10:00:00Z"); // outside the period asked for
  auto authorless = post_with(Platform::x, "6", "2024-03-05T10:00:00Z", 100, 1);
  authorless.author = {};
  writer->post(authorless);
  writer->commit();
  (void)store.link_accounts("alpha", {{Platform::x, "alpha"}, {Platform::mastodon, "alpha_m"}},
                            false);
  // The store IDs of the authors, as a scan's AccountFacts carry them.
  std::map<std::string, std::int64_t> id_of;
  (void)store.scan_posts({}, false, [&](const Dataset &authors, const PostFacts &post) {
    if (post.account < 0) {
      return;
    }
    const auto &author = authors.accounts[static_cast<std::size_t>(post.account)];
    id_of[author.handle] = author.id;
  });
  REQUIRE(id_of.size() == 3); // alpha's identity, beta, gamma

  const auto native_ids = [&](const std::vector<std::int64_t> &ids, bool authorless_too = false) {
    store::PostQuery query;
    query.since = *util::parse_iso8601("2024-03-01T00:00:00Z");
    query.until = *util::parse_iso8601("2024-04-01T00:00:00Z");
    query.author_ids = ids;
    query.authorless_too = authorless_too;
    std::vector<std::string> found;
    (void)store.scan_post_contents(
        query, [&](const Dataset &, const PostFacts &post, const std::vector<std::string_view> &,
                   const std::vector<std::string_view> &) { found.push_back(post.native_id); });
    return found;
  };
  // The identity's ID brings the linked Mastodon account's post with it; the period still holds.
  CHECK(native_ids({id_of.at("alpha")}) == std::vector<std::string>{"1", "2"});
  CHECK(native_ids({id_of.at("gamma"), id_of.at("beta")}) == std::vector<std::string>{"3", "4"});
  CHECK(native_ids({}).empty());
  CHECK(native_ids({}, true) == std::vector<std::string>{"6"});
  CHECK(native_ids({id_of.at("beta")}, true) == std::vector<std::string>{"3", "6"});
}

TEST_CASE("scan_posts_with_hashtags hands each post the hashtags and language scan_post_items "
          "does, reading them beside the posts",
          "[store][load][scan]") {
  test::TempDir dir;
  store::Store store(dir.file("s.db"), store::OpenMode::read_write_create);
  store.migrate();
  auto writer = store.writer(store.begin_import("test", "test"));
  // Several posts at one instant (the two statements meet there), tags in a post's own order,
  // a repeated tag, posts without tags between, a post outside the period asked for.
  const auto add = [&](const char *id, const char *created, std::vector<std::string> tags,
                       const char *lang) {
    auto post = post_with(Platform::x, id, created, 100, 3);
    post.lang = lang;
    for (auto &tag : tags) {
      post.hashtags.push_back({tag, tag, std::nullopt, std::nullopt});
    }
    writer->post(post);
  };
  add("1", "2024-03-01T10:00:00Z", {"zeta", "alpha"}, "en");
  add("2", "2024-03-01T10:00:00Z", {}, "fr");
  add("3", "2024-03-01T10:00:00Z", {"beta", "beta", "alpha"}, "es");
  add("4", "2024-03-02T09:00:00Z", {}, "en");
  add("5", "2024-03-03T08:00:00Z", {"gamma"}, "ar");
  add("6", "2024-03-03T08:00:00Z", {"delta"}, "en");
  add("7", "2024-05-01T08:00:00Z", {"late"}, "en");
  writer->commit();

  store::PostQuery march;
  march.until = *util::parse_iso8601("2024-04-01T00:00:00Z");
  march.with_content = false;
  using Seen = std::vector<
      std::tuple<std::int64_t, std::string, std::vector<std::string>, std::optional<std::int64_t>>>;
  const auto collect = [](Seen &seen) {
    return [&seen](const Dataset &, const PostFacts &post,
                   const std::vector<std::string_view> &texts,
                   const std::vector<std::int32_t> &accounts) {
      CHECK(accounts.empty());
      seen.emplace_back(post.id, post.lang, std::vector<std::string>(texts.begin(), texts.end()),
                        post.metrics.likes);
    };
  };
  Seen selected;
  (void)store.scan_post_items(march, store::PostItemKind::hashtags, collect(selected), true);
  Seen streamed;
  (void)store.scan_posts_with_hashtags(march, true, collect(streamed));
  REQUIRE(selected.size() == 6);
  CHECK(std::get<2>(selected[0]) == std::vector<std::string>{"zeta", "alpha"});
  CHECK(std::get<2>(selected[2]) == std::vector<std::string>{"beta", "beta", "alpha"});
  CHECK(streamed == selected);
}
