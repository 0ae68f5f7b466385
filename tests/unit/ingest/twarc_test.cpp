// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::fixture;

TEST_CASE("twarc2 page: data are primary, includes referenced, errors unavailable",
          "[ingest][twarc]") {
  const auto target = test::parse_fixture(fixture("x/twarc/page-and-stream.jsonl"));
  CHECK(target.diagnostics.empty());
  CHECK(target.boundaries == 2); // one per line

  const auto &original = target.post_with_id("1766900000000000001");
  CHECK(original.role == RecordRole::referenced);
  CHECK(original.author.handle == "partner_org");
  CHECK(original.metrics->likes == std::optional<std::int64_t>(88));

  const auto &missing = target.post_with_id("1764000000000000000");
  CHECK(missing.role == RecordRole::referenced);
  CHECK(missing.state == PostState::unavailable);

  const auto &post = target.post_with_id("1767000000000000001");
  CHECK(post.role == RecordRole::primary);
  CHECK(post.text == "Nouvelle étape 🎉 R&D @partner_org #CleanWater https://t.co/Zz9");
  const auto &tag = post.hashtags.at(0);
  const auto b = util::byte_offset_of_code_point(post.text, static_cast<std::size_t>(*tag.start));
  CHECK(post.text.substr(*b, 11) == "#CleanWater");
  CHECK(post.metrics->impressions == std::optional<std::int64_t>(1000));
  CHECK(post.metrics->replies == std::optional<std::int64_t>(2));
  CHECK(util::format_rfc3339(*post.observed_at) == "2024-03-12T10:00:00Z"); // __twarc.retrieved_at
  CHECK(post.detail_rank == 2);
}

TEST_CASE("twarc2 retweets point at the original and carry no counts of their own",
          "[ingest][twarc]") {
  const auto target = test::parse_fixture(fixture("x/twarc/page-and-stream.jsonl"));
  const auto &retweet = target.post_with_id("1767000000000000002");
  CHECK(retweet.kind == PostKind::repost);
  CHECK(retweet.shared_of_id == "1766900000000000001");
  CHECK_FALSE(retweet.metrics); // its retweet_count (12) is the original's
  REQUIRE(retweet.edges.size() == 1);
  CHECK(retweet.edges[0].kind == EdgeKind::repost);
  CHECK(retweet.edges[0].target.native_id == "1500000000000000002");
}

TEST_CASE("twarc2 reply with a quote of a deleted tweet", "[ingest][twarc]") {
  const auto target = test::parse_fixture(fixture("x/twarc/page-and-stream.jsonl"));
  const auto &reply = target.post_with_id("1767000000000000003");
  CHECK(reply.kind == PostKind::reply);
  CHECK(reply.reply_to_id == "1766900000000000001");
  CHECK(reply.quoted_id == "1764000000000000000");
  // The leading @partner_org @other_ngo are automatic reply mentions: only the reply edge remains.
  REQUIRE(reply.edges.size() == 1);
  CHECK(reply.edges[0].kind == EdgeKind::reply);
  CHECK(reply.edges[0].target.handle == "partner_org");
}

TEST_CASE("Stream lines keep bare numeric IDs above 2^53 exactly", "[ingest][twarc]") {
  const auto target = test::parse_fixture(fixture("x/twarc/page-and-stream.jsonl"));
  const auto &streamed = target.post_with_id("1767000000000000099");
  CHECK(streamed.text == "Stream <3 #CleanWater");
  CHECK(streamed.hashtags.at(0).start == std::optional<std::int32_t>(10));
}

TEST_CASE("A truncated last line is skipped and reported; the good lines stay", "[ingest][twarc]") {
  const auto target = test::parse_fixture(fixture("x/twarc/truncated.jsonl"));
  REQUIRE(target.posts.size() == 1);
  CHECK(target.posts[0].native_id == "1767000000000000050");
  CHECK(target.posts[0].author.handle == "partner_org"); // flattened: the author is inlined
  REQUIRE(target.diagnostics.size() == 1);
  CHECK(target.diagnostics[0].line == std::optional<std::int64_t>(2));
  CHECK(target.diagnostics[0].record_skipped);
  CHECK_THAT(target.diagnostics[0].message, Catch::StartsWith("truncated last line"));
}

TEST_CASE("Bad JSONL lines in the middle are skipped with their line numbers", "[ingest][twarc]") {
  test::TempDir dir;
  const auto good = test::read_file(fixture("x/twarc/page-and-stream.jsonl"));
  const auto first_line = good.substr(0, good.find('\n') + 1);
  test::write_file(dir.file("mixed.jsonl"), first_line + "{\"data\": [ broken\n" + "[1, 2]\n" +
                                                "{\"text\": \"caf\xe9\"}\n" + first_line);
  const auto target = test::parse_fixture(dir.file("mixed.jsonl"));
  REQUIRE(target.diagnostics.size() == 3);
  CHECK(target.diagnostics[0].line == std::optional<std::int64_t>(2));
  CHECK_THAT(target.diagnostics[0].message, Catch::StartsWith("invalid JSON"));
  CHECK(target.diagnostics[1].line == std::optional<std::int64_t>(3));
  CHECK(target.diagnostics[2].line == std::optional<std::int64_t>(4));
  CHECK_THAT(target.diagnostics[2].message, Catch::StartsWith("invalid UTF-8"));
  CHECK(target.posts.size() == 10); // lines 1 and 5, five posts each
}

TEST_CASE("Entity offsets that do not match the text are reported and found by search",
          "[ingest][twarc]") {
  test::TempDir dir;
  // UTF-16 offsets (as a Java or JS producer would write them): off by one after the astral emoji.
  test::write_file(
      dir.file("wrong.jsonl"),
      R"({"id": "1", "text": "Hi 🌍 #CleanWater", "created_at": "2024-03-01T00:00:00.000Z",)"
      R"( "entities": {"hashtags": [{"start": 6, "end": 17, "tag": "CleanWater"}]}})"
      "\n");
  const auto target = test::parse_fixture(dir.file("wrong.jsonl"));
  REQUIRE(target.posts.size() == 1);
  const auto &tag = target.posts[0].hashtags.at(0);
  CHECK(tag.start == std::optional<std::int32_t>(5)); // where "#CleanWater" really starts
  CHECK(tag.end == std::optional<std::int32_t>(16));
  REQUIRE(target.diagnostics.size() == 1);
  CHECK_FALSE(target.diagnostics[0].record_skipped);
  CHECK_THAT(target.diagnostics[0].message,
             Catch::Contains("entity offsets do not match the text"));
}

TEST_CASE("A twarc2 users lookup records accounts with follower counts and no posts",
          "[ingest][twarc][hostile]") {
  const auto target = test::parse_fixture(fixture("x/twarc/users.jsonl"));
  CHECK(target.posts.empty()); // not the users, not the pinned tweet in `includes`
  CHECK(target.diagnostics.empty());
  REQUIRE(target.accounts.size() == 3);
  const auto &partner = target.accounts[2];
  CHECK(partner.ref.native_id == "1500000000000000002");
  CHECK(partner.ref.handle == "partner_org");
  CHECK(partner.followers == std::optional<std::int64_t>(5000));
  CHECK(test::rfc3339(partner.created_at) == "2007-06-07T08:09:10Z");
  CHECK(test::rfc3339(partner.observed_at) == "2024-03-12T10:00:00Z");
}

TEST_CASE("twarc2 lists, counts and compliance outputs are refused with one message",
          "[ingest][twarc][hostile]") {
  const auto refusal = [](const std::string &name) {
    test::CollectingTarget target;
    const auto error = test::parse_error(fixture("x/twarc/" + name), target);
    CHECK(error.kind() == ErrorKind::input);
    CHECK(target.posts.empty());
    CHECK(target.accounts.empty());
    CHECK(target.diagnostics.empty());
    return std::string(error.what());
  };
  CHECK(refusal("counts.jsonl") == fixture("x/twarc/counts.jsonl") +
                                       ": twarc2 counts output: tweet counts, not tweets; "
                                       "nothing to import");
  CHECK(refusal("lists.jsonl") == fixture("x/twarc/lists.jsonl") +
                                      ": twarc2 lists output: list descriptions, not tweets; "
                                      "nothing to import");
  CHECK(refusal("compliance.jsonl") ==
        fixture("x/twarc/compliance.jsonl") +
            ": twarc2 compliance output: compliance events for tweet or user IDs, not tweets; "
            "nothing to import");
}

TEST_CASE("Count lines in a tweet capture are one diagnostic, and objects without text no post",
          "[ingest][twarc][hostile]") {
  test::TempDir dir;
  const auto path = dir.file("mixed.jsonl");
  test::write_file(path, test::read_file(fixture("x/twarc/page-and-stream.jsonl")) +
                             test::read_file(fixture("x/twarc/counts.jsonl")) +
                             R"({"data": [{"id": "1767000000000000077", "created_at": )"
                             R"("2024-03-12T08:00:00.000Z"}]})"
                             "\n");
  const auto target = test::parse_fixture(path);
  CHECK(target.posts.size() == 6); // page-and-stream.jsonl's, nothing more
  REQUIRE(target.diagnostics.size() == 2);
  CHECK(target.diagnostics[0].line == std::optional<std::int64_t>(3));
  CHECK(target.diagnostics[0].message ==
        "twarc2 counts output (tweet counts, not tweets): 3 lines skipped, the first here");
  CHECK_FALSE(target.diagnostics[0].record_skipped);
  CHECK(target.diagnostics[1].line == std::optional<std::int64_t>(6));
  CHECK_THAT(target.diagnostics[1].message, Catch::StartsWith("twarc2 output (objects without"));
}

TEST_CASE("twarc2 notices in place of a tweet and withheld stubs are placeholders without "
          "entities or counts",
          "[ingest][twarc]") {
  const auto target = test::parse_fixture(fixture("x/order/a-late.jsonl"));
  const auto &notice = target.post_with_id("1580000000000000005");
  CHECK(notice.placeholder);
  CHECK(notice.urls.empty()); // the notice's support.twitter.com link is not the author's
  CHECK_FALSE(notice.metrics.has_value());
  CHECK(util::format_rfc3339(*notice.retrieved_at) == "2022-10-25T12:00:00Z");
  const auto &stub = target.post_with_id("1580000000000000006");
  CHECK(stub.placeholder);
  const auto &real = target.post_with_id("1580000000000000004");
  CHECK_FALSE(real.placeholder);
  CHECK(real.urls.size() == 1);
  CHECK(real.hashtags.size() == 1);
  CHECK(util::format_rfc3339(*real.retrieved_at) == "2022-10-25T12:00:00Z");
}
