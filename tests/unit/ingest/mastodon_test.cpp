// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "ingest/mastodon_common.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::rfc3339;
using test::slice;

namespace {

const std::string k_org = "https://social.example/users/example_org/statuses/";
const std::string k_partner_post =
    "https://partner.example/users/example_partner/statuses/112036361011210811";
const std::string k_zip = "mastodon/archive-20240501080000-0f1e2d3c4b5a69788796a5b4c3d2e1f0.zip";
const std::string k_tar = "mastodon/archive-20240301080000-00112233445566778899aabbccddeeff.tar.gz";

const std::string k_launch_text =
    "Bonjour 🌍 R&D ! مرحبا 你好 👍🏽 👩‍👩‍👧 #ExampleLaunch avec "
    "@example_partner\n\nVoir "
    "https://example.org/launch/2024/very-long-path\nMerci";

} // namespace

TEST_CASE("Mastodon identities: accounts are user@host from URIs and acct", "[mastodon]") {
  using namespace ingest::mastodon;
  CHECK(account_id_from_uri("https://social.example/users/example_org") ==
        "example_org@social.example");
  CHECK(account_id_from_uri(k_org + "112043447492487739/activity") == "example_org@social.example");
  CHECK(account_id_from_uri("https://Social.Example/@Example_Org/112043447492487739") ==
        "example_org@social.example");
  CHECK(account_id_from_uri("https://social.example/@lin@remote.example") == "lin@remote.example");
  CHECK(account_id_from_uri("https://misskey.example/notes/9abc").empty());
  CHECK(account_id_from_uri("not a uri").empty());
  CHECK(account_id_from_acct("example_org", "https://social.example/@example_org") ==
        "example_org@social.example");
  CHECK(account_id_from_acct("Lin@Remote.example", "https://remote.example/@Lin") ==
        "lin@remote.example");
  CHECK(account_id_from_acct("@example_partner@partner.example", "") ==
        "example_partner@partner.example");
  CHECK(language_of_key("fr") == "fr");
  CHECK(language_of_key("zhCn") == "zh");
  CHECK(language_of_key("zh-CN") == "zh");
  CHECK(language_of_key("pt_BR") == "pt");
  CHECK(language_of_key("EN") == "en");
  CHECK(language_of_key("x").empty());
  CHECK(language_of_key("").empty());
}

TEST_CASE("Python isoformat datetimes (kensanata backups) parse", "[mastodon]") {
  CHECK(rfc3339(util::parse_iso8601("2024-03-05T14:02:11.123000+00:00")) == "2024-03-05T14:02:11Z");
  CHECK(util::format_rfc3339_ms(*util::parse_iso8601("2024-03-05T14:02:11.123000+00:00")) ==
        "2024-03-05T14:02:11.123Z");
  CHECK(rfc3339(util::parse_iso8601("2024-03-05T16:02:11+02:00")) == "2024-03-05T14:02:11Z");
}

TEST_CASE("Mastodon archive folder: posts, boosts and the owner; direct messages never",
          "[mastodon]") {
  const auto target = test::parse_fixture(fixture("mastodon/archive"));
  CHECK(target.units == 2); // actor.json, then outbox.json
  REQUIRE(target.accounts.size() == 1);
  const auto &owner = target.accounts.front();
  CHECK(owner.platform == Platform::mastodon);
  CHECK(owner.ref.native_id == "example_org@social.example");
  CHECK(owner.ref.handle == "example_org@social.example");
  CHECK(owner.display_name == "Example Org 🌐");
  CHECK(rfc3339(owner.created_at) == "2022-11-07T00:00:00Z");
  CHECK(owner.owner);

  // Items of both `orderedItems` keys: 9 activities; the direct one is dropped and the Create
  // with a string object is skipped; the boost adds its original as a reference.
  REQUIRE(target.posts.size() == 8);
  std::size_t primary = 0;
  for (const auto &post : target.posts) {
    primary += post.role == RecordRole::primary ? 1 : 0;
    CHECK(post.native_id.find("112090000000000001") == std::string::npos);
    CHECK(post.text.find("secret-direct") == std::string::npos);
    CHECK(post.raw.find("secret-direct") == std::string::npos);
  }
  CHECK(primary == 7);
  REQUIRE(target.diagnostics.size() == 1);
  const auto &skipped = target.diagnostics.front();
  CHECK(skipped.file == fixture("mastodon/archive/outbox.json"));
  CHECK(skipped.line == std::optional<std::int64_t>(15));
  CHECK(skipped.record_skipped);
  CHECK_THAT(skipped.message, Catch::Contains("112095000000000001/activity"));
  CHECK_THAT(skipped.message, Catch::Contains("URI string"));
}

TEST_CASE("Mastodon archive: a post's text, language, entities and counts", "[mastodon]") {
  const auto target = test::parse_fixture(fixture("mastodon/archive"));
  const auto &post = target.post_with_id(k_org + "112043447492487739");
  CHECK(post.platform == Platform::mastodon);
  CHECK(post.kind == PostKind::post);
  CHECK(post.role == RecordRole::primary);
  CHECK(post.text == k_launch_text);
  CHECK(post.text_norm == util::normalize_for_matching(k_launch_text));
  CHECK(post.lang == "fr");
  CHECK(post.visibility == Visibility::everyone);
  CHECK(post.url == "https://social.example/@example_org/112043447492487739");
  CHECK(post.author.native_id == "example_org@social.example");
  CHECK(rfc3339(post.created_at) == "2024-03-05T14:02:11Z");
  CHECK_FALSE(post.edited_at);
  REQUIRE(post.hashtags.size() == 1);
  CHECK(post.hashtags[0].text == "ExampleLaunch");
  CHECK(post.hashtags[0].normalized == "examplelaunch");
  CHECK(post.hashtags[0].start == std::optional<std::int32_t>(34)); // emoji count as code points
  CHECK(post.hashtags[0].end == std::optional<std::int32_t>(48));
  REQUIRE(post.mentions.size() == 1);
  CHECK(post.mentions[0].account.native_id == "example_partner@partner.example");
  CHECK(slice(post.text, post.mentions[0].start, post.mentions[0].end) == "@example_partner");
  REQUIRE(post.urls.size() == 1);
  CHECK(post.urls[0].expanded_url == "https://example.org/launch/2024/very-long-path");
  CHECK(post.urls[0].start == std::optional<std::int32_t>(77));
  CHECK(post.urls[0].end == std::optional<std::int32_t>(123));
  REQUIRE(post.metrics);
  CHECK(post.metrics->likes == std::optional<std::int64_t>(42));
  CHECK(post.metrics->reposts == std::optional<std::int64_t>(7));
  CHECK_FALSE(post.metrics->replies); // the archive has no reply counts: unknown, not 0
  CHECK(post.observed_at);
  CHECK(post.detail_rank == 1);
  REQUIRE(post.edges.size() == 1);
  CHECK(post.edges[0].kind == EdgeKind::mention);
  CHECK(post.edges[0].target.native_id == "example_partner@partner.example");
  // The activity as the store keeps it: the archive's JSON without its whitespace.
  CHECK_THAT(post.raw, Catch::StartsWith("{\"id\":\"" + k_org + "112043447492487739/activity\""));
  CHECK(post.raw.find('\n') == std::string::npos);
}

TEST_CASE("Mastodon archive: boost, reply, poll, visibility and edits", "[mastodon]") {
  const auto target = test::parse_fixture(fixture("mastodon/archive"));

  const auto &boost = target.post_with_id(k_org + "112043714150410811/activity");
  CHECK(boost.kind == PostKind::repost);
  CHECK(boost.shared_of_id == k_partner_post);
  CHECK(boost.author.native_id == "example_org@social.example");
  CHECK_FALSE(boost.metrics);
  REQUIRE(boost.edges.size() == 1);
  CHECK(boost.edges[0].kind == EdgeKind::repost);
  CHECK(boost.edges[0].target.native_id == "example_partner@partner.example");
  // The boosted post is gone from the archive: only a reference with its author remains.
  const auto &original = target.post_with_id(k_partner_post);
  CHECK(original.role == RecordRole::referenced);
  CHECK(original.state == PostState::unavailable);
  CHECK(original.author.native_id == "example_partner@partner.example");
  CHECK(original.text.empty());

  const auto &reply = target.post_with_id(k_org + "112050000000000001");
  CHECK(reply.kind == PostKind::reply);
  CHECK(reply.reply_to_id == k_partner_post);
  CHECK(reply.lang == "ar");
  CHECK(reply.text == "@example_partner شكرا جزيلا! #الماء_حياة");
  REQUIRE(reply.hashtags.size() == 1);
  CHECK(slice(reply.text, reply.hashtags[0].start, reply.hashtags[0].end) == "#الماء_حياة");
  CHECK(reply.hashtags[0].start == std::optional<std::int32_t>(29));
  REQUIRE(reply.edges.size() == 1); // the reply's own @mention is not a separate mention edge
  CHECK(reply.edges[0].kind == EdgeKind::reply);
  CHECK(reply.edges[0].target.native_id == "example_partner@partner.example");

  const auto &poll = target.post_with_id(k_org + "112060000000000001");
  CHECK(poll.kind == PostKind::post);
  CHECK(poll.text == "2025年的主题？Quel thème ?");
  CHECK(poll.lang == "zh"); // contentMap key `zhCn`

  CHECK(target.post_with_id(k_org + "112070000000000001").visibility == Visibility::unlisted);
  CHECK(target.post_with_id(k_org + "112080000000000001").visibility == Visibility::followers);

  const auto &edited = target.post_with_id(k_org + "112100000000000001");
  CHECK(rfc3339(edited.edited_at) == "2024-04-01T12:30:00Z");
  CHECK(rfc3339(edited.created_at) == "2024-04-01T10:00:00Z");
  CHECK(edited.text == "Version corrigée : rendez-vous le 12 avril.");
  CHECK(edited.metrics->likes == std::optional<std::int64_t>(5));
  CHECK(edited.metrics->reposts == std::optional<std::int64_t>(1));
}

TEST_CASE("Mastodon archive in a zip with a wrapper folder and in an older tar.gz", "[mastodon]") {
  auto zip = ingest::open_input(fixture(k_zip));
  CHECK(zip->format() == "mastodon-archive");
  CHECK(zip->platform() == Platform::mastodon);
  const auto zipped = test::parse_fixture(fixture(k_zip));
  CHECK(zipped.posts.size() == 8);
  REQUIRE(zipped.diagnostics.size() == 1);
  CHECK_THAT(zipped.diagnostics[0].file,
             Catch::EndsWith(".zip!archive-20240501080000-"
                             "0f1e2d3c4b5a69788796a5b4c3d2e1f0/outbox.json"));
  REQUIRE(zipped.accounts.size() == 1);
  CHECK(zipped.accounts[0].owner);

  const auto old = test::parse_fixture(fixture(k_tar));
  CHECK(old.diagnostics.empty());
  REQUIRE(old.posts.size() == 2);
  const auto &first = old.post_with_id(k_org + "111900000000000001");
  CHECK(first.text == "Premier message 🎉\nBienvenue !");
  CHECK(old.post_with_id(k_org + "112043447492487739").metrics->likes ==
        std::optional<std::int64_t>(30));
  CHECK(ingest::open_input(fixture(k_tar))->format() == "mastodon-archive");
}

TEST_CASE("A truncated outbox fails with its position; actor.json is still committed",
          "[mastodon]") {
  test::TempDir dir;
  const auto root = test::copy_fixture(dir, "mastodon/archive", "archive");
  const auto outbox = root + "/outbox.json";
  const auto content = test::read_file(outbox);
  const auto cut = content.find("112060000000000001") + 10; // inside the poll, line 11
  test::write_file(outbox, content.substr(0, cut));

  test::CollectingTarget target;
  const auto error = test::parse_error(root, target);
  CHECK(error.kind() == ErrorKind::input);
  CHECK_THAT(error.what(), Catch::StartsWith(outbox + ":11: truncated JSON"));
  CHECK_THAT(error.what(), Catch::Contains("(byte "));
  CHECK_THAT(error.what(), Catch::Contains(" of " + std::to_string(cut) + ")"));
  CHECK(target.units == 1);     // actor.json
  CHECK(target.abandoned == 1); // the outbox's items are dropped together
  CHECK(target.accounts.size() == 1);
}

TEST_CASE("A broken item of an outbox is skipped with its line; the others load", "[mastodon]") {
  test::TempDir dir;
  const auto root = test::copy_fixture(dir, "mastodon/archive", "archive");
  const auto outbox = root + "/outbox.json";
  auto content = test::read_file(outbox);
  content.replace(content.find("Réservé"), 2, "R\xff"); // invalid UTF-8 in the private post
  test::write_file(outbox, content);
  const auto target = test::parse_fixture(root);
  REQUIRE(target.diagnostics.size() == 2);
  CHECK(target.diagnostics[0].line == std::optional<std::int64_t>(13));
  CHECK_THAT(target.diagnostics[0].message, Catch::Contains("invalid UTF-8"));
  CHECK(target.posts.size() == 7);
}

TEST_CASE("A truncated tar.gz is rejected naming the file and the reason", "[mastodon]") {
  test::TempDir dir;
  const auto path = dir.file("archive.tar.gz");
  const auto content = test::read_file(fixture(k_tar));
  test::write_file(path, content.substr(0, content.size() / 2));
  try {
    auto input = ingest::open_input(path);
    FAIL("a truncated tar.gz must not open");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::input);
    CHECK_THAT(error.what(), Catch::StartsWith(path + ": "));
    CHECK_THAT(error.what(), Catch::Contains("tar.gz archive: "));
  }
}

TEST_CASE("Mastodon REST array: a boost wraps a reply", "[mastodon]") {
  const auto path = fixture("mastodon/rest/statuses.json");
  CHECK(ingest::open_input(path)->format() == "mastodon-api");
  const auto target = test::parse_fixture(path);
  CHECK(target.diagnostics.empty());
  CHECK(target.units == 1);
  REQUIRE(target.posts.size() == 4); // boost (+ its original), own post, edited; not the DM

  const auto &inner = target.post_with_id(k_partner_post);
  CHECK(inner.role == RecordRole::referenced);
  CHECK(inner.state == PostState::available);
  CHECK(inner.kind == PostKind::reply);
  CHECK(inner.author.native_id == "example_partner@partner.example");
  CHECK(inner.text == "@example_org مرحبا ! Bravo 🎉 你好 #ExampleLaunch");
  CHECK(inner.lang == "ar");
  CHECK(rfc3339(inner.edited_at) == "2024-03-04T08:05:00Z");
  // The parent's local ID plus its local author make its URI, the key archives use too.
  CHECK(inner.reply_to_id == k_org + "112030000000000001");
  REQUIRE(inner.hashtags.size() == 1);
  CHECK(inner.hashtags[0].text == "ExampleLaunch"); // as written; `tags[].name` is lower case
  CHECK(inner.hashtags[0].start == std::optional<std::int32_t>(32));
  CHECK(inner.hashtags[0].end == std::optional<std::int32_t>(46));
  REQUIRE(inner.metrics);
  CHECK(inner.metrics->replies == std::optional<std::int64_t>(2));
  CHECK(inner.metrics->reposts == std::optional<std::int64_t>(5));
  CHECK(inner.metrics->likes == std::optional<std::int64_t>(17));
  CHECK(inner.metrics->quotes == std::optional<std::int64_t>(0));
  CHECK(inner.detail_rank == 2);
  REQUIRE(inner.edges.size() == 1);
  CHECK(inner.edges[0].kind == EdgeKind::reply);
  CHECK(inner.edges[0].target.native_id == "example_org@social.example");

  const auto &boost = target.post_with_id(k_org + "112043714150410811/activity");
  CHECK(boost.kind == PostKind::repost);
  CHECK(boost.role == RecordRole::primary);
  CHECK(boost.shared_of_id == k_partner_post);
  CHECK_FALSE(boost.metrics); // the outer counts are always 0
  REQUIRE(boost.edges.size() == 1);
  CHECK(boost.edges[0].target.native_id == "example_partner@partner.example");

  const auto &own = target.post_with_id(k_org + "112043447492487739");
  CHECK(own.text == k_launch_text); // the same text as the archive gives
  CHECK(own.lang == "fr");
  CHECK(own.metrics->likes == std::optional<std::int64_t>(45));
  CHECK(own.metrics->reposts == std::optional<std::int64_t>(8));
  CHECK(own.metrics->replies == std::optional<std::int64_t>(3));
  CHECK(own.metrics->quotes == std::optional<std::int64_t>(1));
  CHECK(own.mentions.at(0).account.native_id == "example_partner@partner.example");

  const auto &edited = target.post_with_id(k_org + "112110000000000001");
  CHECK(edited.visibility == Visibility::unlisted);
  CHECK(edited.text == "Bilan du trimestre <Q1> : 3 projets");
  CHECK(rfc3339(edited.edited_at) == "2024-04-03T09:00:00Z");

  REQUIRE(target.accounts.size() == 2);
  CHECK(target.accounts[0].ref.native_id == "example_org@social.example");
  CHECK(target.accounts[0].followers == std::optional<std::int64_t>(1200));
  CHECK_FALSE(target.accounts[0].owner);
  CHECK(target.accounts[1].ref.native_id == "example_partner@partner.example");
}

TEST_CASE("Mastodon REST JSONL: statuses and arrays per line, a bad line is skipped",
          "[mastodon]") {
  const auto path = fixture("mastodon/rest/timeline.jsonl");
  const auto target = test::parse_fixture(path);
  REQUIRE(target.diagnostics.size() == 1);
  CHECK(target.diagnostics[0].file == path);
  CHECK(target.diagnostics[0].line == std::optional<std::int64_t>(3));
  CHECK_THAT(target.diagnostics[0].message, Catch::StartsWith("invalid JSON"));
  CHECK(target.diagnostics[0].record_skipped);
  REQUIRE(target.posts.size() == 4);
  const auto &chinese =
      target.post_with_id("https://remote.example/users/Lin/statuses/112200000000000001");
  CHECK(chinese.author.native_id == "lin@remote.example");
  CHECK(chinese.lang == "zh");
  CHECK(chinese.text == "水是生命 💧 #水");
  REQUIRE(chinese.hashtags.size() == 1);
  CHECK(chinese.hashtags[0].start == std::optional<std::int32_t>(7));
  CHECK(chinese.hashtags[0].end == std::optional<std::int32_t>(9));
  CHECK(target.post_with_id(k_org + "112200000000000002").text ==
        "Merci à tous\xC2\xA0! 🙏🏿");
  CHECK(target.post_with_id(k_org + "112200000000000004").text == "Après la ligne cassée");
}

TEST_CASE("kensanata/mastodon-archive backup: bare integer IDs, isoformat times", "[mastodon]") {
  const auto target =
      test::parse_fixture(fixture("mastodon/rest/social.example.user.example_org.json"));
  CHECK(target.diagnostics.empty());
  REQUIRE(target.posts.size() == 1); // favourites are other people's posts
  const auto &post = target.posts.front();
  CHECK(post.native_id == k_org + "112120000000000001");
  CHECK(util::format_rfc3339_ms(*post.created_at) == "2024-04-02T09:15:30.123Z");
  CHECK(post.kind == PostKind::reply);
  CHECK(post.reply_to_id == k_org + "112043447492487739"); // from integer in_reply_to_id
  CHECK(post.text == "Suite du fil 🧵");
  REQUIRE_FALSE(target.accounts.empty());
  CHECK(target.accounts.front().owner);
  CHECK(target.accounts.front().ref.native_id == "example_org@social.example");
  CHECK(target.accounts.front().followers == std::optional<std::int64_t>(1250));
  CHECK(rfc3339(target.accounts.front().created_at) == "2022-11-07T00:00:00Z");
}

TEST_CASE("A truncated REST document fails with its position", "[mastodon]") {
  test::TempDir dir;
  const auto path = dir.file("statuses.json");
  const auto content = test::read_file(fixture("mastodon/rest/statuses.json"));
  test::write_file(path, content.substr(0, content.size() - 40));
  test::CollectingTarget target;
  const auto error = test::parse_error(path, target);
  CHECK(error.kind() == ErrorKind::input);
  CHECK_THAT(error.what(), Catch::StartsWith(path + ":"));
  CHECK_THAT(error.what(), Catch::Contains("truncated JSON"));
  CHECK_THAT(error.what(), Catch::Contains("(byte "));
  CHECK(target.abandoned == 1);
}

TEST_CASE("Mastodon end to end: archive zip, tar.gz and REST make one row per post",
          "[mastodon][cli]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  const std::vector<std::string> inputs = {fixture(k_zip), fixture(k_tar),
                                           fixture("mastodon/rest/statuses.json")};
  auto args = std::vector<std::string>{"--db", db, "ingest", "--format", "csv"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  auto result = test::run_cli(args);
  CHECK(result.code == 0);
  // path,format,outcome,posts_new,posts_updated,posts_unchanged,referenced_posts_new,skipped…
  // zip: 7 primary posts, 1 referenced original, the string-object Create skipped;
  // tar.gz: 1 new post, and the launch post again (older counts go to a snapshot);
  // REST: 1 new post; the launch post and the boost again with the same content (unchanged);
  // the boosted original gains its content (a reference: not counted).
  CHECK_THAT(result.out, Catch::Contains(fixture(k_zip) + ",mastodon-archive,partial,7,0,0,1,1,"));
  CHECK_THAT(result.out, Catch::Contains(fixture(k_tar) + ",mastodon-archive,ok,1,"));
  CHECK_THAT(result.out, Catch::Contains(fixture("mastodon/rest/statuses.json") +
                                         ",mastodon-api,ok,1,0,2,0,0,0"));
  const auto count = [&](const std::string &sql) {
    return test::run_cli({"--db", db, "sql", sql, "--format", "csv"}).out;
  };
  CHECK(count("SELECT count(*) FROM posts WHERE native_id = '" + k_org + "112043447492487739'") ==
        "count(*)\r\n1\r\n");
  CHECK(count("SELECT count(*) FROM posts") == "count(*)\r\n10\r\n");
  CHECK(count("SELECT state, length(text) > 0 FROM posts WHERE native_id = '" + k_partner_post +
              "'") == "state,length(text) > 0\r\navailable,1\r\n");
  CHECK(count("SELECT count(*) FROM posts AS p LEFT JOIN post_raw AS r ON r.post_id = p.id "
              "WHERE r.raw LIKE '%secret-direct%' OR p.text LIKE '%secret-direct%'") ==
        "count(*)\r\n0\r\n");
  CHECK(count("SELECT count(*) FROM accounts WHERE platform = 'mastodon' AND native_id = "
              "'example_org@social.example'") == "count(*)\r\n1\r\n");

  result = test::run_cli(args);
  CHECK(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains(fixture(k_zip) + ",mastodon-archive,partial,0,0,7,0,1,"));
  CHECK_THAT(result.out, Catch::Contains(fixture(k_tar) + ",mastodon-archive,ok,0,0,2,0,0,"));
  CHECK_THAT(result.out, Catch::Contains(fixture("mastodon/rest/statuses.json") +
                                         ",mastodon-api,ok,0,0,3,0,0"));

  // The archive's bare reference to the boosted post never wipes the content the API gave.
  const auto db2 = dir.file("reversed.db");
  REQUIRE(test::run_cli({"--db", db2, "ingest", inputs[2], inputs[0]}).code == 0);
  CHECK(test::run_cli(
            {"--db", db2, "sql",
             "SELECT state, length(text) > 0 FROM posts WHERE native_id = '" + k_partner_post + "'",
             "--format", "csv"})
            .out == "state,length(text) > 0\r\navailable,1\r\n");
}

TEST_CASE("One file of a Mastodon archive is not the archive", "[mastodon]") {
  for (const auto *file : {"mastodon/archive/outbox.json", "mastodon/archive/actor.json"}) {
    try {
      (void)ingest::open_input(fixture(file));
      FAIL("a lone archive file is not accepted");
    } catch (const Error &error) {
      CHECK_THAT(error.what(), Catch::EndsWith(": unknown input format"));
      CHECK_THAT(error.hint(), Catch::Contains("one file of a Mastodon archive"));
    }
  }
  // A folder holding an archive folder among other files is a set of inputs, not an archive.
  const auto files = ingest::expand_path(fixture("mastodon")).inputs;
  CHECK(files.size() > 3);
}

TEST_CASE("A boost with its Note inlined keeps the original's content", "[mastodon]") {
  test::TempDir dir;
  const auto root = dir.path() / "archive";
  std::filesystem::create_directories(root);
  test::write_file((root / "outbox.json").string(),
                   R"({"id": "outbox.json", "type": "OrderedCollection", "orderedItems": [
{"id": "https://social.example/users/example_org/statuses/9/activity", "type": "Announce",
 "actor": "https://social.example/users/example_org", "published": "2024-03-05T15:10:00Z",
 "to": ["https://social.example/users/example_org/followers"], "cc": [],
 "object": {"id": "https://social.example/users/example_org/statuses/8", "type": "Note",
  "published": "2024-03-05T15:00:00Z", "attributedTo": "https://social.example/users/example_org",
  "to": ["https://social.example/users/example_org/followers"], "cc": [],
  "content": "<p>Abonnés seulement</p>", "contentMap": {"fr": "<p>Abonnés seulement</p>"}}}
]})");
  const auto target = test::parse_fixture(root.string());
  CHECK(target.diagnostics.empty());
  REQUIRE(target.posts.size() == 2);
  const auto &original = target.post_with_id(k_org + "8");
  CHECK(original.role == RecordRole::referenced);
  CHECK(original.state == PostState::available);
  CHECK(original.text == "Abonnés seulement");
  CHECK(original.visibility == Visibility::followers);
  const auto &boost = target.post_with_id(k_org + "9/activity");
  CHECK(boost.kind == PostKind::repost);
  CHECK(boost.shared_of_id == k_org + "8");
  CHECK(boost.visibility == Visibility::followers);
}

TEST_CASE("A bad status of a pretty-printed REST array is skipped with its line", "[mastodon]") {
  test::TempDir dir;
  const auto path = dir.file("statuses.json");
  auto content = test::read_file(fixture("mastodon/rest/statuses.json"));
  // Break the edited status (the last one): a missing comma inside it.
  const auto at = content.find("\"id\": \"112110000000000001\",");
  content.erase(at + std::string("\"id\": \"112110000000000001\"").size(), 1);
  test::write_file(path, content);
  const auto line =
      1 + std::count(content.begin(), content.begin() + static_cast<std::ptrdiff_t>(at), '\n');
  const auto target = test::parse_fixture(path);
  REQUIRE(target.diagnostics.size() == 1);
  CHECK(target.diagnostics[0].line == std::optional<std::int64_t>(line - 1)); // the `{` above
  CHECK_THAT(target.diagnostics[0].message, Catch::StartsWith("invalid JSON"));
  CHECK(target.diagnostics[0].record_skipped);
  CHECK(target.posts.size() == 3);
}
