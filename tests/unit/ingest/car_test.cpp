// SPDX-License-Identifier: Apache-2.0
// Bluesky repository exports (CARv1 of DAG-CBOR records): the fixture repositories of
// tests/fixtures/bluesky-car (generate.py says what they hold), the DAG-CBOR reader's bounds and
// hostile CAR files.
#include <catch2/catch.hpp>

#include <algorithm>

#include "ingest/dag_cbor.hpp"
#include "ingest/formats.hpp"
#include "sociometer/error.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::CollectingTarget;
using test::parse_fixture;

namespace {

const std::string k_owner = "did:plc:fixtureowner";
const std::string k_other = "did:plc:fixtureother";

std::string post_uri(const std::string &rkey) {
  return "at://" + k_owner + "/app.bsky.feed.post/" + rkey;
}

bool has_message(const CollectingTarget &target, const std::string &text) {
  return std::any_of(target.diagnostics.begin(), target.diagnostics.end(),
                     [&](const auto &d) { return d.message.find(text) != std::string::npos; });
}

// A CAR file of `header` (DAG-CBOR bytes) and raw `sections`, each given its varint length.
std::string car(const std::string &header, const std::vector<std::string> &sections) {
  std::string out(1, static_cast<char>(header.size()));
  out += header;
  for (const auto &section : sections) {
    out += static_cast<char>(section.size());
    out += section;
  }
  return out;
}

} // namespace

TEST_CASE("CAR: a repository's posts, reposts and profile; likes and follows counted",
          "[ingest][bluesky][car]") {
  const auto target = parse_fixture(test::fixture("bluesky-car/repo.car"));
  REQUIRE(target.posts.size() == 6);
  CHECK(std::all_of(target.posts.begin(), target.posts.end(), [](const PostRecord &post) {
    return post.platform == Platform::bluesky && post.author.native_id == k_owner &&
           post.role == RecordRole::primary;
  }));

  const auto &hello = target.post_with_id(post_uri("3kp0000000001"));
  CHECK(hello.kind == PostKind::post);
  CHECK(hello.text == "Hello #water from @friend.example see example.org");
  CHECK(hello.lang == "en");
  CHECK(test::rfc3339(hello.created_at) == "2024-03-01T10:00:00Z");
  CHECK(hello.url == "https://bsky.app/profile/" + k_owner + "/post/3kp0000000001");
  CHECK(hello.version_key.starts_with("bafyrei"));
  REQUIRE(hello.hashtags.size() == 1);
  CHECK(test::slice(hello.text, hello.hashtags[0].start, hello.hashtags[0].end) == "#water");
  REQUIRE(hello.mentions.size() == 1);
  CHECK(hello.mentions[0].account.native_id == "did:plc:fixturefriend");
  CHECK(hello.mentions[0].account.handle == "friend.example");
  REQUIRE(hello.urls.size() == 1);
  CHECK(hello.urls[0].expanded_url == "https://example.org/");

  const auto &reply = target.post_with_id(post_uri("3kp0000000002"));
  CHECK(reply.kind == PostKind::reply);
  CHECK(reply.reply_to_id == "at://" + k_other + "/app.bsky.feed.post/r1");
  const auto &quote = target.post_with_id(post_uri("3kp0000000003"));
  CHECK(quote.kind == PostKind::quote);
  CHECK(quote.lang == "de");
  CHECK(quote.quoted_id == "at://" + k_other + "/app.bsky.feed.post/q1");
  REQUIRE(quote.edges.size() == 1);
  CHECK(quote.edges[0].target.native_id == k_other);
  const auto &photo = target.post_with_id(post_uri("3kp0000000004"));
  CHECK(photo.text == "Photo day \xF0\x9F\x93\xB7");
  CHECK_THAT(photo.raw, Catch::Contains(R"("ref":{"$link":"bafkrei)")); // the blob's CID link

  const auto &repost =
      target.post_with_id("at://" + k_owner + "/app.bsky.feed.repost/3kr0000000001");
  CHECK(repost.kind == PostKind::repost);
  CHECK(repost.shared_of_id == "at://" + k_other + "/app.bsky.feed.post/o1");
  CHECK(test::rfc3339(repost.created_at) == "2024-03-03T08:00:00Z");
  REQUIRE(repost.edges.size() == 1);
  CHECK(repost.edges[0].target.native_id == k_other);

  REQUIRE(target.accounts.size() == 1);
  CHECK(target.accounts[0].ref.native_id == k_owner);
  CHECK(target.accounts[0].display_name == "Fixture Org");

  REQUIRE(target.diagnostics.size() == 2);
  CHECK(target.diagnostics[0].message ==
        "3 likes made (app.bsky.feed.like) not stored: the store keeps the likes a post received, "
        "not those an account gave");
  CHECK(target.diagnostics[1].message ==
        "records of other collections not read: app.bsky.graph.follow 2");
  CHECK_FALSE(target.diagnostics[0].record_skipped);
  // What every export holds and the store skips on purpose is informational, not a problem.
  CHECK(target.diagnostics[0].note);
  CHECK(target.diagnostics[1].note);
}

TEST_CASE("CAR: a damaged block is reported with its byte offset; the good records are kept",
          "[ingest][bluesky][car]") {
  const auto path = test::fixture("bluesky-car/damaged.car");
  const auto target = parse_fixture(path);
  CHECK(target.posts.size() == 4); // three posts and the first repost
  const auto bytes = test::read_file(path);
  const auto find = [&](const std::string &text) {
    return std::find_if(target.diagnostics.begin(), target.diagnostics.end(),
                        [&](const auto &d) { return d.message.find(text) != std::string::npos; });
  };
  const auto hash = find("does not match its hash; skipped");
  REQUIRE(hash != target.diagnostics.end());
  CHECK(hash->file == path);
  REQUIRE(hash->offset);
  CHECK(bytes.substr(static_cast<std::size_t>(*hash->offset)).find("Phone day") < 80);
  const auto cbor = find("indefinite length (not DAG-CBOR); skipped");
  REQUIRE(cbor != target.diagnostics.end());
  REQUIRE(cbor->offset);
  CHECK(static_cast<unsigned char>(bytes[static_cast<std::size_t>(*cbor->offset)]) == 0xBF);
  CHECK_THAT(cbor->message, Catch::StartsWith("at://" + k_owner + "/app.bsky.feed.repost/"));
  CHECK(has_message(target, "runs past the end of the file (9 bytes left); the rest is not read"));
  CHECK(has_message(target, "1 blocks the tree names are not in the file (first: " +
                                post_uri("3kp0000000004")));
  CHECK(ingest::format_diagnostic(*hash).starts_with(path + ": byte " +
                                                     std::to_string(*hash->offset) + ": "));
}

TEST_CASE("CAR: files that are not a readable repository are refused with their offset",
          "[ingest][bluesky][car]") {
  test::TempDir dir;
  const auto file = dir.file("x.car");
  // A header whose version is 2 (CARv2's pragma).
  test::write_file(file, car("\xA2\x65roots\x80\x67version\x02", {}));
  CHECK_THAT(test::parse_error(file).what(), Catch::Contains("only CARv1"));
  // A header without roots.
  test::write_file(file, car("\xA2\x65roots\x80\x67version\x01", {}));
  CHECK_THAT(test::parse_error(file).what(), Catch::Contains("without a root CID"));
  // A root that is not in the file.
  const std::string cid = "\x01\x71\x12\x20" + std::string(32, '\x07');
  test::write_file(file, car("\xA2\x65roots\x81\xD8\x2A\x58\x25" + std::string(1, '\0') + cid +
                                 "\x67version\x01",
                             {}));
  CHECK_THAT(test::parse_error(file).what(), Catch::Contains("is not in the file"));
}

TEST_CASE("DAG-CBOR: bounds on depth, lengths, counts and tags", "[ingest][cbor]") {
  using ingest::cbor::decode_all;
  using ingest::cbor::DecodeError;
  const auto offset_of = [](const std::string &bytes) -> std::size_t {
    try {
      (void)decode_all(bytes);
    } catch (const DecodeError &error) {
      return error.offset();
    }
    return SIZE_MAX;
  };
  CHECK(offset_of(std::string(100, '\x81') + "\x01") == 65); // nested too deep
  CHECK(offset_of("\x82\x01\x5A\xFF\xFF\xFF\xFF") == 2);     // a byte string longer than the data
  CHECK(offset_of("\x9B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF") == 0); // a count beyond the bytes left
  CHECK(offset_of("\xC1\x01") == 0);                             // a tag other than 42
  CHECK(offset_of("\xD8\x2A\x41\x01") == 2);                     // tag 42 without a CID
  CHECK(offset_of("\x5F\xFF") == 0);                             // indefinite length
  CHECK(offset_of("\xA1\x01\x02") == 1);                         // a map key that is not text
  CHECK(offset_of("\x62\xC3\x28") == 0);                         // invalid UTF-8
  CHECK(offset_of("\x01\x02") == 1);                             // bytes after the value
  CHECK(offset_of("\x3B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF") == 0); // below INT64_MIN
  const auto value = decode_all("\xA2\x61\x61\x20\x61\x62\xF5");
  CHECK(ingest::cbor::to_json(value) == R"({"a":-1,"b":true})");
  std::size_t pos = 0;
  CHECK(ingest::cbor::read_varint("\xAC\x02", pos) == 300);
  pos = 0;
  CHECK_FALSE(ingest::cbor::read_varint(std::string(10, '\x80'), pos));
  // sha2-256 DAG-CBOR CIDs read `bafyrei…` in base32 (36 bytes: 58 characters after the `b`).
  CHECK(ingest::cbor::cid_text("\x01\x71\x12\x20" + std::string(32, '\0')) ==
        "bafyreia" + std::string(51, 'a'));
}

TEST_CASE("CAR: `ingest FILE.car` stores the repository once; a second ingest changes nothing",
          "[cli][ingest][bluesky][car]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  const auto car = test::fixture("bluesky-car/repo.car");
  auto result = test::run_cli({"--db", db, "ingest", car, "--format", "csv"});
  INFO(result.err);
  REQUIRE(result.code == 0);
  CHECK_THAT(test::without_cr(result.out), Catch::Contains(",bluesky-car,ok,6,0,0,0,0,0\n"));
  CHECK(test::query_number(db, "SELECT count(*) FROM posts WHERE is_primary") == 6);
  CHECK(test::query_text(db, "SELECT display_name FROM accounts WHERE native_id = '" + k_owner +
                                 "'") == "Fixture Org");
  result = test::run_cli({"--db", db, "ingest", car, "--format", "csv"});
  REQUIRE(result.code == 0);
  CHECK_THAT(test::without_cr(result.out), Catch::Contains(",bluesky-car,ok,0,0,6,0,0,0\n"));
}

TEST_CASE("CAR: `ingest --strict` passes a normal export; likes made and other collections are "
          "notes at -v",
          "[cli][ingest][bluesky][car]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  const auto car = test::fixture("bluesky-car/repo.car");
  auto result = test::run_cli({"--db", db, "ingest", "--strict", car});
  INFO(result.err);
  CHECK(result.code == 0);
  CHECK(result.err.find("warning") == std::string::npos);
  CHECK(result.err.find("likes made") == std::string::npos); // quiet by default
  result = test::run_cli({"--db", dir.file("v.db"), "-v", "ingest", "--strict", car});
  CHECK(result.code == 0);
  CHECK_THAT(result.err,
             Catch::Contains("sociometer: info: " + car + ": 3 likes made (app.bsky.feed.like)"));
  CHECK_THAT(result.err, Catch::Contains("sociometer: info: " + car +
                                         ": records of other collections not read: "
                                         "app.bsky.graph.follow 2"));
  // A damaged export still fails --strict: its problems are diagnostics.
  result = test::run_cli(
      {"--db", dir.file("d.db"), "ingest", "--strict", test::fixture("bluesky-car/damaged.car")});
  CHECK(result.code == 1);
  CHECK_THAT(result.err, Catch::Contains("--strict: "));
}
