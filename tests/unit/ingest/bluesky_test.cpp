// SPDX-License-Identifier: Apache-2.0
// Bluesky AppView JSON pages (docs/formats.md, Bluesky). Expected values are worked out by hand
// from the fixtures in tests/fixtures/bluesky (see generate.py there).
#include <catch2/catch.hpp>

#include "sociometer/error.hpp"
#include "sociometer/ingest/ingest.hpp"
#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::slice;

namespace {

const std::string k_org = "did:plc:exampleorgaaaaaaaaaaaaaa";
const std::string k_partner = "did:plc:examplepartneraaaaaaaaaa";
const std::string k_arabic = "did:plc:examplearabicaaaaaaaaaaa";
const std::string k_chinese = "did:plc:examplechineseaaaaaaaaaa";
const std::string k_blocker = "did:plc:exampleblockeraaaaaaaaaa";
const std::string k_gone = "did:plc:examplegoneaaaaaaaaaaaaa";

std::string post_uri(const std::string &did, const std::string &rkey) {
  return "at://" + did + "/app.bsky.feed.post/" + rkey;
}

const std::string k_launch = post_uri(k_org, "3kmxd6xtrxn2l");
const std::string k_partner_post = post_uri(k_partner, "3kmvgpup65v2l");

std::string at(const std::optional<TimePoint> &t) {
  return t ? util::format_rfc3339_ms(*t) : std::string("none");
}

std::size_t count_id(const test::CollectingTarget &target, const std::string &id) {
  std::size_t n = 0;
  for (const auto &post : target.posts) {
    n += post.native_id == id ? 1 : 0;
  }
  return n;
}

} // namespace

TEST_CASE("Bluesky pages are recognised from content, not from twarc or Mastodon look-alikes",
          "[ingest][bluesky]") {
  for (const auto *name : {"bluesky/author-feed.json", "bluesky/feed-mixed.json",
                           "bluesky/search.json", "bluesky/thread.json", "bluesky/pages.jsonl"}) {
    INFO(name);
    CHECK(ingest::open_input(fixture(name))->format() == "bluesky");
  }
  CHECK(ingest::open_input(fixture("x/twarc/page-and-stream.jsonl"))->format() == "twarc2");
  test::TempDir dir;
  // An ActivityPub outbox quoting an AT-URI, and a JSON object whose `posts` is not a page.
  test::write_file(dir.file("outbox.json"),
                   R"({"@context": "https://www.w3.org/ns/activitystreams", "orderedItems": [)"
                   R"({"content": "at://did:plc:x/app.bsky.feed.post/1", "posts": []}]})");
  CHECK_THROWS_AS(ingest::open_input(dir.file("outbox.json")), Error);
  test::write_file(dir.file("other.json"), R"({"posts": "at://did:plc:x"})");
  CHECK_THROWS_AS(ingest::open_input(dir.file("other.json")), Error);
}

TEST_CASE("Bluesky author feed: byte facets become code points", "[ingest][bluesky]") {
  const auto target = test::parse_fixture(fixture("bluesky/author-feed.json"));
  CHECK(target.diagnostics.empty());
  REQUIRE(target.posts.size() == 3); // the post, the reposted original, the repost event

  const auto &post = target.post_with_id(k_launch);
  CHECK(post.platform == Platform::bluesky);
  CHECK(post.role == RecordRole::primary);
  CHECK(post.kind == PostKind::post);
  CHECK(post.version_key == "bafyreiexampleexampleexampleexampleexampleexampleexampleaa");
  CHECK(post.author.native_id == k_org);
  CHECK(post.author.handle == "example-org.bsky.social");
  CHECK(post.lang == "fr");
  CHECK(post.url == "https://bsky.app/profile/" + k_org + "/post/3kmxd6xtrxn2l");
  // sortAt: createdAt 14:02:11.123 is earlier than indexedAt 14:02:12.345.
  CHECK(at(post.created_at) == "2024-03-05T14:02:11.123Z");
  REQUIRE(post.hashtags.size() == 1);
  CHECK(post.hashtags[0].text == "ExampleLaunch");
  CHECK(post.hashtags[0].normalized == "examplelaunch");
  // Bytes [31,45] are code points [19,33] (UTF-16 would be [20,34]).
  CHECK(post.hashtags[0].start == std::optional<std::int32_t>(19));
  CHECK(post.hashtags[0].end == std::optional<std::int32_t>(33));
  CHECK(slice(post.text, 19, 33) == "#ExampleLaunch");
  REQUIRE(post.mentions.size() == 1);
  CHECK(post.mentions[0].account.native_id == k_partner);
  CHECK(post.mentions[0].account.handle == "example-partner.bsky.social");
  CHECK(post.mentions[0].start == std::optional<std::int32_t>(39));
  CHECK(post.mentions[0].end == std::optional<std::int32_t>(67));
  // The link facet and the external card name the same link: one entity, with the facet's span.
  REQUIRE(post.urls.size() == 1);
  CHECK(post.urls[0].expanded_url == "https://example.org/launch");
  CHECK(post.urls[0].start == std::optional<std::int32_t>(68));
  CHECK(post.urls[0].end == std::optional<std::int32_t>(94));
  REQUIRE(post.metrics);
  CHECK(post.metrics->replies == std::optional<std::int64_t>(1));
  CHECK(post.metrics->reposts == std::optional<std::int64_t>(7));
  CHECK(post.metrics->likes == std::optional<std::int64_t>(42));
  CHECK(post.metrics->quotes == std::optional<std::int64_t>(0));
  CHECK_FALSE(post.metrics->bookmarks); // not reported, not zero
  CHECK(post.observed_at);              // the file's modification time
  CHECK(post.detail_rank == 2);
  CHECK_THAT(post.raw, Catch::Contains("\"createdAt\":\"2024-03-05T14:02:11.123Z\""));
  REQUIRE(post.edges.size() == 1);
  CHECK(post.edges[0].kind == EdgeKind::mention);
  CHECK(post.edges[0].target.native_id == k_partner);

  const auto &original = target.post_with_id(k_partner_post);
  CHECK(original.role == RecordRole::referenced);
  CHECK(original.state == PostState::available);
  CHECK(original.text == "Lancement réussi 🚀 #ExampleLaunch 你好");
  CHECK(original.hashtags.at(0).start == std::optional<std::int32_t>(19)); // bytes [23,37]
  CHECK(original.hashtags.at(0).end == std::optional<std::int32_t>(33));
  CHECK(original.metrics->likes == std::optional<std::int64_t>(88));

  const auto &repost = target.post_with_id("at://" + k_org + "/app.bsky.feed.repost/3kmxlz7xzbv2l");
  CHECK(repost.role == RecordRole::primary);
  CHECK(repost.kind == PostKind::repost);
  CHECK(repost.author.native_id == k_org);
  CHECK(repost.shared_of_id == k_partner_post);
  CHECK(at(repost.created_at) == "2024-03-05T16:40:02.412Z");
  CHECK(repost.version_key == "bafyreirepostrepostrepostrepostrepostrepostrepostrepostaa");
  CHECK_FALSE(repost.metrics); // the counts are the original's
  REQUIRE(repost.edges.size() == 1);
  CHECK(repost.edges[0].kind == EdgeKind::repost);
  CHECK(repost.edges[0].target.native_id == k_partner);

  bool org_with_creation = false;
  for (const auto &account : target.accounts) {
    CHECK(account.platform == Platform::bluesky);
    if (account.ref.native_id == k_org && account.created_at) {
      org_with_creation = at(account.created_at) == "2023-09-01T10:00:00.000Z" &&
                          account.display_name == "Example Org 🌐" && !account.followers;
    }
  }
  CHECK(org_with_creation);
}

TEST_CASE("Bluesky reply: parent from the record, reply edge to the parent's author",
          "[ingest][bluesky]") {
  const auto target = test::parse_fixture(fixture("bluesky/feed-mixed.json"));
  const auto &reply = target.post_with_id(post_uri(k_org, "3kmyreply0001"));
  CHECK(reply.kind == PostKind::reply);
  CHECK(reply.reply_to_id == k_partner_post);
  CHECK(reply.text == "@example-partner.bsky.social Merci ! شكرا 谢谢 😊");
  REQUIRE(reply.mentions.size() == 1);
  CHECK(reply.mentions[0].account.handle == "example-partner.bsky.social");
  CHECK(reply.mentions[0].start == std::optional<std::int32_t>(0));
  CHECK(reply.mentions[0].end == std::optional<std::int32_t>(28));
  // Mentioning the account replied to adds no mention edge of its own (the reply edge says it).
  REQUIRE(reply.edges.size() == 1);
  CHECK(reply.edges[0].kind == EdgeKind::reply);
  CHECK(reply.edges[0].target.native_id == k_partner);
  // The DID of the parent's AT-URI alone, whatever else the file says about the account.
  CHECK(reply.edges[0].target.handle.empty());
  CHECK(reply.metrics->likes == std::optional<std::int64_t>(3));
  CHECK_FALSE(reply.metrics->quotes);
  // The parent (also the root) came along in the reply view: stored once, as a reference.
  CHECK(count_id(target, k_partner_post) == 1);
  CHECK(target.post_with_id(k_partner_post).role == RecordRole::referenced);
}

TEST_CASE("Bluesky quote of a deleted post and reply to a blocked one keep the references",
          "[ingest][bluesky]") {
  const auto target = test::parse_fixture(fixture("bluesky/feed-mixed.json"));
  const auto gone = post_uri(k_gone, "3kgone00000aa");
  const auto &quote = target.post_with_id(post_uri(k_org, "3kmyquote0001"));
  CHECK(quote.kind == PostKind::quote);
  CHECK(quote.quoted_id == gone);
  REQUIRE(quote.edges.size() == 1);
  CHECK(quote.edges[0].kind == EdgeKind::quote);
  CHECK(quote.edges[0].target.native_id == k_gone); // the DID in the AT-URI
  const auto &missing = target.post_with_id(gone);
  CHECK(missing.role == RecordRole::referenced);
  CHECK(missing.state == PostState::unavailable);
  CHECK(missing.author.native_id == k_gone);

  const auto blocked = post_uri(k_blocker, "3kblock00000a");
  const auto &reply = target.post_with_id(post_uri(k_org, "3kmyfrreply01"));
  CHECK(reply.kind == PostKind::reply);
  CHECK(reply.reply_to_id == blocked);
  REQUIRE(reply.edges.size() == 1);
  CHECK(reply.edges[0].target.native_id == k_blocker);
  // `#Éducation`: code points [43,53], bytes [50,62] after seven 2-byte accented letters.
  REQUIRE(reply.hashtags.size() == 1);
  CHECK(reply.hashtags[0].start == std::optional<std::int32_t>(43));
  CHECK(reply.hashtags[0].end == std::optional<std::int32_t>(53));
  CHECK(reply.hashtags[0].normalized == "éducation");
  for (const auto &uri : {blocked, post_uri(k_blocker, "3kroot000000a")}) {
    const auto &reference = target.post_with_id(uri);
    CHECK(reference.state == PostState::unavailable);
    CHECK(reference.author.native_id == k_blocker);
  }
}

TEST_CASE("Bluesky facets after ZWJ emoji and skin tones; record.tags add hashtags",
          "[ingest][bluesky]") {
  const auto target = test::parse_fixture(fixture("bluesky/feed-mixed.json"));
  const auto &post = target.post_with_id(post_uri(k_org, "3kmyemoji0001"));
  // The ZWJ family emoji is 7 code points, 25 bytes, 11 UTF-16 units; the thumbs-up with a
  // skin tone is 2, 8 and 4. The tag is at bytes [52,64], code points [28,39], UTF-16 [34,45].
  REQUIRE(post.hashtags.size() == 2);
  CHECK(post.hashtags[0].text == "Solidarité");
  CHECK(post.hashtags[0].start == std::optional<std::int32_t>(28));
  CHECK(post.hashtags[0].end == std::optional<std::int32_t>(39));
  CHECK(slice(post.text, 28, 39) == "#Solidarité");
  // `tags` = ["FamilyFirst", "solidarité"]: the second is the facet's tag again.
  CHECK(post.hashtags[1].text == "FamilyFirst");
  CHECK(post.hashtags[1].normalized == "familyfirst");
  CHECK_FALSE(post.hashtags[1].start);
  REQUIRE(post.mentions.size() == 1);
  CHECK(post.mentions[0].account.native_id == k_chinese);
  CHECK(post.mentions[0].account.handle == "example-cn.bsky.social");
  CHECK(post.mentions[0].start == std::optional<std::int32_t>(40));
  CHECK(post.mentions[0].end == std::optional<std::int32_t>(63));
  CHECK(post.metrics->bookmarks == std::optional<std::int64_t>(4));
  REQUIRE(post.edges.size() == 1);
  CHECK(post.edges[0].kind == EdgeKind::mention);
}

TEST_CASE("Bluesky repost without a repost URI, of an Arabic post by a handle.invalid author",
          "[ingest][bluesky]") {
  const auto target = test::parse_fixture(fixture("bluesky/feed-mixed.json"));
  const auto arabic_uri = post_uri(k_arabic, "3karabic0000a");
  const auto &original = target.post_with_id(arabic_uri);
  CHECK(original.role == RecordRole::referenced);
  CHECK(original.author.native_id == k_arabic);
  CHECK(original.author.handle.empty()); // handle.invalid is no handle
  CHECK(original.lang == "ar");
  REQUIRE(original.hashtags.size() == 1);
  CHECK(original.hashtags[0].text == "الماء_حياة");
  CHECK(original.hashtags[0].start == std::optional<std::int32_t>(25)); // bytes [46,66]
  CHECK(original.hashtags[0].end == std::optional<std::int32_t>(36));

  const auto &repost = target.post_with_id(k_org + "/repost/" + arabic_uri);
  CHECK(repost.kind == PostKind::repost);
  CHECK(repost.author.native_id == k_org);
  CHECK(repost.shared_of_id == arabic_uri);
  CHECK(at(repost.created_at) == "2024-03-06T09:00:00.000Z");
  REQUIRE(repost.edges.size() == 1);
  CHECK(repost.edges[0].target.native_id == k_arabic);

  bool arabic_account = false;
  for (const auto &account : target.accounts) {
    if (account.ref.native_id == k_arabic) {
      arabic_account = account.ref.handle.empty() && account.display_name == "جمعية المياه" &&
                       at(account.created_at) == "2023-11-02T08:30:00.000Z";
    }
  }
  CHECK(arabic_account);
}

TEST_CASE("Bluesky pinned post with empty text and only an image", "[ingest][bluesky]") {
  const auto target = test::parse_fixture(fixture("bluesky/feed-mixed.json"));
  const auto &post = target.post_with_id(post_uri(k_org, "3kmyimage0001"));
  CHECK(post.role == RecordRole::primary);
  CHECK(post.kind == PostKind::post);
  CHECK(post.state == PostState::available);
  CHECK(post.text.empty());
  CHECK(post.lang.empty()); // no langs: left to detection
  CHECK(post.urls.empty());
  CHECK_FALSE(post.metrics); // no counts in the view at all
  CHECK(at(post.created_at) == "2024-03-01T12:00:00.000Z");
}

TEST_CASE("Bluesky malformed facets are repaired or dropped and reported; the post is kept",
          "[ingest][bluesky]") {
  const auto target = test::parse_fixture(fixture("bluesky/feed-mixed.json"));
  const auto uri = post_uri(k_org, "3kmymalformed");
  const auto &post = target.post_with_id(uri);
  CHECK(post.text == "Café ☕ #Test fin");
  REQUIRE(post.hashtags.size() == 2);
  // Bytes [10,40] run past the 19-byte text and then cover `#Test fin`: found by search instead.
  CHECK(post.hashtags[0].text == "Test");
  CHECK(post.hashtags[0].start == std::optional<std::int32_t>(7));
  CHECK(post.hashtags[0].end == std::optional<std::int32_t>(12));
  // Bytes [50,55] are outside the text: the tag stays, without offsets.
  CHECK(post.hashtags[1].text == "Oops");
  CHECK_FALSE(post.hashtags[1].start);
  // Bytes [4,8] split `é` and `☕`: widened to `é ☕`, which is no @handle, so no offsets.
  REQUIRE(post.mentions.size() == 1);
  CHECK(post.mentions[0].account.native_id == k_partner);
  CHECK(post.mentions[0].account.handle.empty());
  CHECK_FALSE(post.mentions[0].start);

  REQUIRE(target.diagnostics.size() == 1);
  const auto &diagnostic = target.diagnostics[0];
  CHECK(diagnostic.file == fixture("bluesky/feed-mixed.json"));
  CHECK_FALSE(diagnostic.record_skipped);
  CHECK_THAT(diagnostic.message, Catch::StartsWith("post " + uri +
                                                   ": facet 1: byte end 40 is "
                                                   "past the text (19 bytes)"));
  CHECK_THAT(diagnostic.message,
             Catch::Contains("facet 2: byte range [4,8) splits a character; widened to [3,9)"));
  CHECK_THAT(diagnostic.message, Catch::Contains("facet 3: byte range [50,55) is outside"));
}

TEST_CASE("Bluesky feed page: roles and counts of everything emitted", "[ingest][bluesky]") {
  const auto target = test::parse_fixture(fixture("bluesky/feed-mixed.json"));
  std::size_t primary = 0;
  std::size_t referenced_available = 0;
  std::size_t unavailable = 0;
  for (const auto &post : target.posts) {
    if (post.role == RecordRole::primary) {
      ++primary;
    } else if (post.state == PostState::available) {
      ++referenced_available;
    } else {
      ++unavailable;
    }
  }
  CHECK(primary == 7); // image, reply, quote, French reply, emoji post, repost, malformed post
  CHECK(referenced_available == 2); // the partner's post (reply parent), the reposted Arabic post
  CHECK(unavailable == 3);          // deleted quote, blocked parent, missing root
}

TEST_CASE("Bluesky searchPosts page: quote with media, sortAt for a future createdAt",
          "[ingest][bluesky]") {
  const auto target = test::parse_fixture(fixture("bluesky/search.json"));
  CHECK(target.diagnostics.empty());
  const auto &post = target.post_with_id(post_uri(k_chinese, "3kcnquote0001"));
  CHECK(post.role == RecordRole::primary);
  CHECK(post.kind == PostKind::quote);
  CHECK(post.quoted_id == k_partner_post);
  CHECK(post.lang == "zh");
  // createdAt `2024-03-07T09:00:00.123456+01:00` is a day after indexedAt: indexedAt wins.
  CHECK(at(post.created_at) == "2024-03-06T08:00:00.000Z");
  REQUIRE(post.hashtags.size() == 1);
  CHECK(post.hashtags[0].text == "清洁水");
  CHECK(post.hashtags[0].start == std::optional<std::int32_t>(7));
  CHECK(post.hashtags[0].end == std::optional<std::int32_t>(11));
  REQUIRE(post.urls.size() == 1);
  CHECK(post.urls[0].url == "example.org/zh…"); // as shown; the facet holds the full link
  CHECK(post.urls[0].expanded_url == "https://example.org/zh/water-is-life");
  CHECK(post.urls[0].start == std::optional<std::int32_t>(15));
  CHECK(post.urls[0].end == std::optional<std::int32_t>(30));
  REQUIRE(post.edges.size() == 1);
  CHECK(post.edges[0].kind == EdgeKind::quote);
  CHECK(post.edges[0].target.native_id == k_partner);
  CHECK(post.edges[0].target.handle == "example-partner.bsky.social");

  // The quoted post came first as an embedded view, then as a search hit of its own.
  REQUIRE(count_id(target, k_partner_post) == 2);
  CHECK(target.posts.back().native_id == k_partner_post);
  CHECK(target.posts.back().role == RecordRole::primary);
  CHECK(target.posts.size() == 3);
}

TEST_CASE("Bluesky getPostThread: parents and replies walked, missing ones kept as references",
          "[ingest][bluesky]") {
  const auto target = test::parse_fixture(fixture("bluesky/thread.json"));
  CHECK(target.diagnostics.empty());
  REQUIRE(target.posts.size() == 5);
  const auto focus = post_uri(k_partner, "3kthread00002");
  CHECK(target.post_with_id(focus).role == RecordRole::primary);
  CHECK(target.post_with_id(focus).reply_to_id == k_partner_post);
  CHECK(target.post_with_id(k_partner_post).role == RecordRole::primary);
  const auto &answer = target.post_with_id(post_uri(k_chinese, "3kthread00003"));
  CHECK(answer.text == "好的 👍");
  CHECK(answer.reply_to_id == focus);
  REQUIRE(answer.edges.size() == 1);
  CHECK(answer.edges[0].target.native_id == k_partner);
  CHECK(target.post_with_id(post_uri(k_chinese, "3kthread00004")).state == PostState::unavailable);
  const auto &blocked = target.post_with_id(post_uri(k_blocker, "3kthread00005"));
  CHECK(blocked.state == PostState::unavailable);
  CHECK(blocked.author.native_id == k_blocker);
}

TEST_CASE("Bluesky JSONL: one page per line, a post on two pages emitted once",
          "[ingest][bluesky]") {
  const auto target = test::parse_fixture(fixture("bluesky/pages.jsonl"));
  CHECK(target.diagnostics.empty());
  CHECK(target.boundaries == 2);
  REQUIRE(target.posts.size() == 2);
  CHECK(count_id(target, k_launch) == 1);
  CHECK(target.post_with_id(k_partner_post).role == RecordRole::primary);
}

TEST_CASE("Bluesky JSONL with a bad line: reported with its line number, the others kept",
          "[ingest][bluesky]") {
  const auto target = test::parse_fixture(fixture("bluesky/bad-line.jsonl"));
  REQUIRE(target.diagnostics.size() == 1);
  CHECK(target.diagnostics[0].line == std::optional<std::int64_t>(2));
  CHECK(target.diagnostics[0].record_skipped);
  CHECK_THAT(target.diagnostics[0].message,
             Catch::StartsWith("invalid JSON at column 121: truncated: the input ends inside"));
  REQUIRE(target.posts.size() == 2);
  CHECK(target.posts[0].native_id == k_launch);
  CHECK(target.posts[1].native_id == post_uri(k_chinese, "3kthread00003"));

  // Invalid UTF-8 on one line of a page-per-line file: that line only.
  test::TempDir dir;
  const auto lines = test::read_file(fixture("bluesky/pages.jsonl"));
  const auto first = lines.substr(0, lines.find('\n') + 1);
  test::write_file(dir.file("utf8.jsonl"),
                   first +
                       R"({"posts": [{"uri": "at://did:plc:x/app.bsky.feed.post/1", "x": "caf)" +
                       std::string("\xe9") + "\"}]}\n" + first);
  const auto mixed = test::parse_fixture(dir.file("utf8.jsonl"));
  REQUIRE(mixed.diagnostics.size() == 1);
  CHECK(mixed.diagnostics[0].line == std::optional<std::int64_t>(2));
  CHECK(mixed.diagnostics[0].message == "invalid UTF-8 at column 68; line skipped");
  CHECK(mixed.posts.size() == 1); // line 3 repeats line 1
}

TEST_CASE("Bluesky single page that is truncated or not UTF-8 fails with its byte offset",
          "[ingest][bluesky]") {
  const auto path = fixture("bluesky/truncated.json");
  test::CollectingTarget target;
  auto input = ingest::open_input(path);
  CHECK(input->format() == "bluesky");
  // 1500 bytes, cut inside the first post's record: line 21.
  CHECK_THROWS_WITH(input->parse(target),
                    path + ":21: invalid JSON: truncated: the input ends inside an object "
                           "(byte 1500)");
  CHECK(target.posts.empty());

  test::TempDir dir;
  auto page = test::read_file(fixture("bluesky/author-feed.json"));
  const auto at_text = page.find("Bonjour");
  page[at_text + 1] = '\xff';
  test::write_file(dir.file("bad.json"), page);
  auto bad = ingest::open_input(dir.file("bad.json"));
  CHECK_THROWS_WITH(bad->parse(target), dir.file("bad.json") + ":11: invalid UTF-8 (byte " +
                                            std::to_string(at_text + 1) + ")");
}

TEST_CASE("Bluesky end to end: the store keeps each post once; re-ingest is a no-op",
          "[ingest][bluesky][cli]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  std::vector<std::string> args = {"--db", db, "ingest", "--format", "csv"};
  for (const auto *name : {"bluesky/author-feed.json", "bluesky/feed-mixed.json",
                           "bluesky/search.json", "bluesky/thread.json", "bluesky/pages.jsonl"}) {
    args.push_back(fixture(name));
  }
  auto result = test::run_cli(args);
  CHECK(result.code == 0);
  // path, format, outcome, posts_new, posts_updated, posts_unchanged, referenced_new, skipped, …
  CHECK_THAT(result.out, Catch::Contains("author-feed.json,bluesky,ok,2,0,0,1,0"));
  CHECK_THAT(result.out, Catch::Contains("feed-mixed.json,bluesky,ok,7,0,0,4,0"));
  // The partner's post, a reference so far, becomes a search hit: new as a post.
  CHECK_THAT(result.out, Catch::Contains("search.json,bluesky,ok,2,0,0,0,0"));
  CHECK_THAT(result.out, Catch::Contains("thread.json,bluesky,ok,2,0,1,2,0"));
  CHECK_THAT(result.out, Catch::Contains("pages.jsonl,bluesky,ok,0,0,2,0,0"));

  const auto status = test::run_cli({"--db", db, "status", "--format", "csv"});
  CHECK_THAT(status.out, Catch::Contains("\r\nbluesky,13,6,6,"));
  const auto once =
      test::run_cli({"--db", db, "sql",
                     "SELECT count(*) AS n FROM posts WHERE native_id = '" + k_partner_post + "'",
                     "--format", "csv"});
  CHECK(once.out == "n\r\n1\r\n");

  result = test::run_cli(args);
  CHECK(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("author-feed.json,bluesky,ok,0,0,2,0,0"));
  CHECK_THAT(result.out, Catch::Contains("feed-mixed.json,bluesky,ok,0,0,7,0,0"));
  CHECK_THAT(result.out, Catch::Contains("search.json,bluesky,ok,0,0,2,0,0"));
  CHECK_THAT(result.out, Catch::Contains("thread.json,bluesky,ok,0,0,3,0,0"));
  CHECK_THAT(result.out, Catch::Contains("pages.jsonl,bluesky,ok,0,0,2,0,0"));

  // The same posts with less context around them (and a bad line) change nothing.
  result =
      test::run_cli({"--db", db, "ingest", "--format", "csv", fixture("bluesky/bad-line.jsonl")});
  CHECK(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("bad-line.jsonl,bluesky,partial,0,0,2,0,1,1"));
}

TEST_CASE("Bluesky thread: a missing focus is a reference; very deep chains stop with a note",
          "[ingest][bluesky]") {
  test::TempDir dir;
  const auto gone = post_uri(k_gone, "3kgone00000aa");
  test::write_file(dir.file("gone.json"),
                   R"({"thread": {"$type": "app.bsky.feed.defs#notFoundPost", "uri": ")" + gone +
                       R"(", "notFound": true}})");
  const auto missing = test::parse_fixture(dir.file("gone.json"));
  REQUIRE(missing.posts.size() == 1);
  CHECK(missing.posts[0].state == PostState::unavailable);
  CHECK(missing.posts[0].author.native_id == k_gone);

  // 250 nested parents: the first 201 levels (0…200) are read, then one diagnostic.
  std::string page = R"({"thread": )";
  for (int n = 0; n < 250; ++n) {
    page += R"({"post": {"uri": ")" + post_uri(k_org, "3kdeep" + std::to_string(1000 + n)) +
            R"(", "record": {"text": "x", "createdAt": "2024-03-01T00:00:00Z"}}, "parent": )";
  }
  page += "{}";
  for (int n = 0; n < 250; ++n) {
    page += "}";
  }
  page += "}\n";
  test::write_file(dir.file("deep.json"), page);
  const auto deep = test::parse_fixture(dir.file("deep.json"));
  CHECK(deep.posts.size() == 201);
  REQUIRE(deep.diagnostics.size() == 1);
  CHECK(deep.diagnostics[0].message == "thread deeper than 200 levels; the rest is skipped");
}
