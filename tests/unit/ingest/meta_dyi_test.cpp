// SPDX-License-Identifier: Apache-2.0
// Facebook and Instagram "Download Your Information" JSON exports (docs/formats.md). The
// fixtures are written by tests/fixtures/meta-dyi/make_fixtures.py with Meta's mojibake; the
// expected keys below were computed by that script's own implementation of the recipe.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "ingest/meta_mojibake.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::copy_fixture;
using test::fixture;
using test::rfc3339;
using test::slice;

namespace {

const PostRecord &post_with_text(const test::CollectingTarget &target, const std::string &text) {
  for (const auto &post : target.posts) {
    if (post.text == text) {
      return post;
    }
  }
  FAIL("no post with text " << text);
  return target.posts.front();
}

constexpr auto k_fb_text = "Journée portes ouvertes ☀️ مرحبا 你好 #ExampleLaunch 🎉";
constexpr auto k_ig_caption = "Café & croissants ☕ مرحبا 你好 #ExampleLaunch 🥐";

} // namespace

TEST_CASE("Meta mojibake: UTF-8 bytes posing as code points are repaired, Latin-1 stays",
          "[meta-dyi][text]") {
  // "é" written by Meta as \u00c3\u00a9 decodes to the two code points U+00C3 U+00A9.
  CHECK(ingest::repair_meta_mojibake("Journ\u00c3\u00a9e") == "Journée");
  CHECK(ingest::repair_meta_mojibake(
            "\u00d9\u0085\u00d8\u00b1\u00d8\u00ad\u00d8\u00a8\u00d8\u00a7") == "مرحبا");
  CHECK(ingest::repair_meta_mojibake("\u00e4\u00bd\u00a0\u00e5\u00a5\u00bd") == "你好");
  CHECK(ingest::repair_meta_mojibake("\u00f0\u009f\u008e\u0089") == "🎉");
  // Genuine Latin-1: the byte E9 alone is not UTF-8, so the text is left alone.
  CHECK(ingest::repair_meta_mojibake("café") == "café");
  CHECK(ingest::repair_meta_mojibake("Ça été") == "Ça été");
  // Anything above U+00FF is not mojibake; ASCII has nothing to repair.
  CHECK(ingest::repair_meta_mojibake("Ã© and ☀") == "Ã© and ☀");
  CHECK(ingest::repair_meta_mojibake("plain ascii #tag") == "plain ascii #tag");
  CHECK(ingest::repair_meta_mojibake("").empty());
  // Idempotent: repairing a repaired string changes nothing.
  const auto once = ingest::repair_meta_mojibake("Caf\u00c3\u00a9 \u00e2\u0098\u0095");
  CHECK(once == "Café ☕");
  CHECK(ingest::repair_meta_mojibake(once) == once);
  // Invalid UTF-8 input is returned as it is.
  CHECK(ingest::repair_meta_mojibake("\xff") == "\xff");
}

TEST_CASE("Hashtags are found in any script with code-point offsets", "[meta-dyi][text]") {
  const std::string text =
      "☀️ #ExampleLaunch, #الماء_حياة #新品发布 x#no #123 #Réussite! &#39; #";
  const auto tags = util::find_hashtags(text);
  REQUIRE(tags.size() == 4);
  CHECK(tags[0].text == "ExampleLaunch");
  CHECK(tags[0].start == 3); // ☀ + VS16 + space
  CHECK(tags[0].end == 17);
  CHECK(tags[1].text == "الماء_حياة");
  CHECK(tags[1].start == 19);
  CHECK(tags[1].end == 30);
  CHECK(tags[2].text == "新品发布");
  CHECK(tags[2].start == 31);
  CHECK(tags[2].end == 36);
  CHECK(tags[3].text == "Réussite");
  for (const auto &tag : tags) {
    CHECK(slice(text, tag.start, tag.end) == "#" + tag.text);
  }
  CHECK(util::find_hashtags("no tags here").empty());
}

TEST_CASE("Facebook DYI, older layout: a sample post decoded exactly, owner from the profile",
          "[meta-dyi][ingest]") {
  const auto target = test::parse_fixture(fixture("meta-dyi/fb-old"));
  CHECK(target.diagnostics.empty());
  REQUIRE(target.posts.size() == 2);
  CHECK(target.units == 2); // owner, then the one posts file
  REQUIRE(target.accounts.size() == 1);
  CHECK(target.accounts[0].platform == Platform::facebook);
  CHECK(target.accounts[0].ref.handle == "Example Org");
  CHECK(target.accounts[0].ref.native_id.empty());
  CHECK(target.accounts[0].display_name == "Example Org");
  CHECK(target.accounts[0].owner);

  const auto &post = target.post_with_id("fbdyi:b3b4276d13f3921129dba7ce3e3a34b7");
  CHECK(post.platform == Platform::facebook);
  CHECK(post.text == k_fb_text);
  CHECK(post.text_norm == util::normalize_for_matching(k_fb_text));
  CHECK(rfc3339(post.created_at) == "2024-03-05T14:02:11Z");
  CHECK(rfc3339(post.edited_at) == "2024-03-05T14:03:20Z");
  CHECK(post.kind == PostKind::post);
  CHECK(post.author.handle == "Example Org");
  CHECK(post.lang.empty());
  CHECK_FALSE(post.metrics);
  CHECK(post.synthetic_id);
  CHECK(post.join_on_content);
  CHECK(post.detail_rank == 1);
  REQUIRE(post.hashtags.size() == 1);
  CHECK(post.hashtags[0].text == "ExampleLaunch");
  CHECK(post.hashtags[0].normalized == "examplelaunch");
  CHECK(post.hashtags[0].start == 36);
  CHECK(post.hashtags[0].end == 50);
  REQUIRE(post.urls.size() == 1);
  CHECK(post.urls[0].expanded_url == "https://example.org/launch");
  CHECK(post.raw.starts_with("{\"timestamp\":1709647331,"));
  CHECK(post.raw.ends_with("}"));

  // A shared link without text and without attachments is still a post.
  const auto &shared = target.post_with_id("fbdyi:3e6ea26685b6036a4b31a7388aad2c27");
  CHECK(shared.text.empty());
  CHECK(rfc3339(shared.created_at) == "2024-03-04T14:00:00Z");
  CHECK_FALSE(shared.edited_at);
}

TEST_CASE("Facebook DYI, mid layout: scripts, emoji, genuine Latin-1, text-less link post",
          "[meta-dyi][ingest]") {
  ingest::InputOptions options;
  options.owner_handle = "@exampleorg";
  const auto target = test::parse_fixture(fixture("meta-dyi/fb-mid"), options);
  CHECK(target.diagnostics.empty());
  REQUIRE(target.posts.size() == 6);
  REQUIRE(target.accounts.size() == 1);
  CHECK(target.accounts[0].ref.handle == "exampleorg");
  CHECK(target.accounts[0].owner);

  const auto &arabic = post_with_text(target, "يوم الماء العالمي #الماء_حياة");
  REQUIRE(arabic.hashtags.size() == 1);
  CHECK(arabic.hashtags[0].text == "الماء_حياة");
  CHECK(slice(arabic.text, arabic.hashtags[0].start, arabic.hashtags[0].end) == "#الماء_حياة");
  CHECK(arabic.author.handle == "exampleorg");

  const auto &chinese = post_with_text(target, "今天发布新产品 #新品发布 欢迎参观");
  REQUIRE(chinese.hashtags.size() == 1);
  CHECK(chinese.hashtags[0].text == "新品发布");
  CHECK(chinese.hashtags[0].start == 8);
  CHECK(chinese.hashtags[0].end == 13);

  const auto &latin = post_with_text(target, "Ça a été très réussi ! Merci à tous #Réussite");
  REQUIRE(latin.hashtags.size() == 1);
  CHECK(latin.hashtags[0].normalized == "réussite");

  const auto &emoji =
      post_with_text(target, "Family day 👨‍👩‍👧‍👦 high five 👋🏽 #FamilyDay");
  REQUIRE(emoji.hashtags.size() == 1);
  // 11 + family (7 code points) + " high five " (11) + wave and skin tone (2) + space.
  CHECK(emoji.hashtags[0].start == 32);
  CHECK(slice(emoji.text, emoji.hashtags[0].start, emoji.hashtags[0].end) == "#FamilyDay");

  // Written as a plain \u00e9 escape: genuine Latin-1, not mojibake.
  CHECK(post_with_text(target, "Rendez-vous au café").hashtags.empty());

  const auto &link = target.post_with_id("fbdyi:25ca916e9fb350b2eaad94c0c0ae8394");
  CHECK(link.text.empty());
  REQUIRE(link.urls.size() == 1);
  CHECK(link.urls[0].url == "https://example.org/report");
}

TEST_CASE("Facebook DYI: links in the post text are links; a shared link's card is not doubled",
          "[meta-dyi][ingest]") {
  const auto target = test::parse_fixture(fixture("meta-dyi/fb-links"));
  REQUIRE(target.posts.size() == 2);

  // The card's URL is also in the text: one entity, placed on the text (after the emoji, 1 code
  // point: "Notre rapport 👉 " is 16 code points).
  const auto &card =
      post_with_text(target, "Notre rapport 👉 https://example.org/rapport-2024 merci !");
  REQUIRE(card.urls.size() == 1);
  CHECK(card.urls[0].url == "https://example.org/rapport-2024");
  CHECK(card.urls[0].start == 16);
  CHECK(slice(card.text, card.urls[0].start, card.urls[0].end) ==
        "https://example.org/rapport-2024");

  // Two links in the text only; the closing parenthesis and full stop are not part of the second.
  const auto &text =
      post_with_text(target, "Lisez www.example.org/blog et (https://news.example.com/a?b=1).");
  REQUIRE(text.urls.size() == 2);
  CHECK(text.urls[0].url == "www.example.org/blog");
  CHECK(text.urls[0].expanded_url == "https://www.example.org/blog");
  CHECK(text.urls[0].start == 6);
  CHECK(text.urls[1].url == "https://news.example.com/a?b=1");
  CHECK(text.urls[1].expanded_url == "https://news.example.com/a?b=1");
  CHECK(slice(text.text, text.urls[1].start, text.urls[1].end) == "https://news.example.com/a?b=1");
}

TEST_CASE("Facebook DYI without a profile or --as: posts by `owner`, with a hint",
          "[meta-dyi][ingest]") {
  const auto target = test::parse_fixture(fixture("meta-dyi/fb-mid"));
  REQUIRE(target.posts.size() == 6);
  CHECK(target.posts[0].author.handle == "owner");
  REQUIRE(target.diagnostics.size() == 1);
  CHECK_FALSE(target.diagnostics[0].record_skipped);
  CHECK_THAT(target.diagnostics[0].message, Catch::Contains("pass --as HANDLE"));
}

TEST_CASE("Facebook DYI, newer layout: a truncated posts file is dropped with its byte offset",
          "[meta-dyi][ingest]") {
  const auto target = test::parse_fixture(fixture("meta-dyi/fb-new"));
  // The good file's two posts, then the truncated file's complete first post, which its
  // abandoned unit takes back (the CLI test below checks that the store keeps two).
  REQUIRE(target.posts.size() == 3);
  CHECK(post_with_text(target, "Nouvelle saison 🌱").author.handle == "association.etoile");
  REQUIRE(target.accounts.size() == 1);
  CHECK(target.accounts[0].display_name == "Association Étoile");
  CHECK(target.units == 2);     // owner, first file
  CHECK(target.abandoned == 1); // second file
  REQUIRE(target.diagnostics.size() == 1);
  const auto &diagnostic = target.diagnostics[0];
  CHECK(diagnostic.file == fixture("meta-dyi/fb-new") +
                               "/your_facebook_activity/posts/"
                               "your_posts__check_ins__photos_and_videos_2.json");
  CHECK(diagnostic.offset == std::optional<std::int64_t>(81)); // the second, unclosed post
  CHECK(diagnostic.record_skipped);
  CHECK_THAT(ingest::format_diagnostic(diagnostic),
             Catch::Contains("_2.json: byte 81: truncated JSON"));
}

TEST_CASE("Instagram DYI: captions, carousel time, reels, mentions, owner username",
          "[meta-dyi][ingest]") {
  const auto target = test::parse_fixture(fixture("meta-dyi/ig"));
  CHECK(target.diagnostics.empty());
  REQUIRE(target.posts.size() == 4);
  REQUIRE(target.accounts.size() == 1);
  CHECK(target.accounts[0].platform == Platform::instagram);
  CHECK(target.accounts[0].ref.handle == "example.org");
  CHECK(target.accounts[0].display_name == "Example Org Café");

  const auto &single = target.post_with_id("igdyi:4154d36ce728a2609b04799f51451c64");
  CHECK(single.platform == Platform::instagram);
  CHECK(single.text == k_ig_caption);
  CHECK(rfc3339(single.created_at) == "2024-03-05T14:02:11Z");
  CHECK(single.author.handle == "example.org");
  REQUIRE(single.hashtags.size() == 1);
  CHECK(single.hashtags[0].start == 29);
  CHECK(single.hashtags[0].end == 43);
  CHECK(single.synthetic_id);
  CHECK(single.join_on_content);

  // The carousel's caption and time are on the post, not on its media.
  const auto &carousel = target.post_with_id("igdyi:6f1bc6d77aa594613516730601b0d518");
  CHECK(carousel.text == "Carrousel du lancement 🎉 #ExampleLaunch");
  CHECK(rfc3339(carousel.created_at) == "2024-03-06T15:55:31Z");
  REQUIRE(carousel.hashtags.size() == 1);
  CHECK(carousel.hashtags[0].normalized == "examplelaunch");

  const auto &mentions =
      post_with_text(target, "Merci @partner.org et @ami_2 ! (écrire à contact@example.org)");
  REQUIRE(mentions.mentions.size() == 2);
  CHECK(mentions.mentions[0].account.handle == "partner.org");
  CHECK(mentions.mentions[0].start == 6);
  CHECK(mentions.mentions[0].end == 18);
  CHECK(mentions.mentions[1].account.handle == "ami_2");
  CHECK(slice(mentions.text, mentions.mentions[1].start, mentions.mentions[1].end) == "@ami_2");
  REQUIRE(mentions.edges.size() == 2);
  CHECK(mentions.edges[0].kind == EdgeKind::mention);
  CHECK(mentions.edges[0].target.handle == "partner.org");

  // reels.json wraps its list in an object.
  const auto &reel = post_with_text(target, "Reel 🎬 #Coulisses");
  CHECK(rfc3339(reel.created_at) == "2024-03-08T12:13:20Z");
}

TEST_CASE("Meta DYI posts files passed directly are recognised from their content",
          "[meta-dyi][ingest]") {
  auto target = test::parse_fixture(fixture("meta-dyi/single/facebook_posts.json"));
  CHECK(target.posts.size() == 2);
  CHECK(target.post_with_id("fbdyi:b3b4276d13f3921129dba7ce3e3a34b7").text == k_fb_text);
  CHECK(target.posts[0].author.handle == "owner");

  ingest::InputOptions options;
  options.owner_handle = "example.org";
  target = test::parse_fixture(fixture("meta-dyi/single/instagram_posts.json"), options);
  CHECK(target.diagnostics.empty());
  REQUIRE(target.posts.size() == 2);
  CHECK(target.post_with_id("igdyi:4154d36ce728a2609b04799f51451c64").text == k_ig_caption);
  CHECK(target.posts[0].author.handle == "example.org");
  const auto input = ingest::open_input(fixture("meta-dyi/single/instagram_posts.json"));
  CHECK(input->format() == "instagram-dyi");
  CHECK(input->platform() == Platform::instagram);
}

TEST_CASE("Meta DYI: bad items are skipped with their byte offsets, good ones kept",
          "[meta-dyi][ingest]") {
  ingest::InputOptions options;
  options.owner_handle = "exampleorg";
  const auto target =
      test::parse_fixture(fixture("meta-dyi/single/facebook_bad_items.json"), options);
  REQUIRE(target.posts.size() == 1);
  CHECK(target.posts[0].text == "good");
  REQUIRE(target.diagnostics.size() == 2);
  CHECK(target.diagnostics[0].offset == std::optional<std::int64_t>(61));
  CHECK(target.diagnostics[0].message == "post without a timestamp; skipped");
  CHECK(target.diagnostics[0].record_skipped);
  CHECK(target.diagnostics[1].offset == std::optional<std::int64_t>(96));
  CHECK(target.diagnostics[1].message == "not a post object; skipped");
}

TEST_CASE("Meta DYI: invalid UTF-8 drops that file only", "[meta-dyi][ingest]") {
  test::TempDir dir;
  const auto root = copy_fixture(dir, "meta-dyi/fb-old", "export");
  test::write_file(root + "/posts/your_posts_2.json",
                   "[{\"timestamp\": 1, \"data\": [{\"post\": \"bad \xff byte\"}]}]");
  const auto target = test::parse_fixture(root);
  CHECK(target.posts.size() == 2);
  REQUIRE(target.diagnostics.size() == 1);
  CHECK(target.diagnostics[0].offset == std::optional<std::int64_t>(41));
  CHECK_THAT(target.diagnostics[0].message, Catch::StartsWith("invalid UTF-8"));
}

TEST_CASE("Meta DYI zip with a wrapper folder; the folder is one input", "[meta-dyi][ingest]") {
  test::TempDir dir;
  copy_fixture(dir, "meta-dyi/fb-old", "facebook-exampleorg-2024-03-10-Ab12Cd34");
  const auto zip = dir.file("facebook-exampleorg-2024-03-10-Ab12Cd34.zip");
  const auto command = "cd '" + dir.path().string() +
                       "' && zip -qr facebook-exampleorg-2024-03-10-Ab12Cd34.zip "
                       "facebook-exampleorg-2024-03-10-Ab12Cd34";
  REQUIRE(std::system(command.c_str()) == 0);
  const auto target = test::parse_fixture(zip);
  CHECK(target.diagnostics.empty());
  REQUIRE(target.posts.size() == 2);
  CHECK(target.post_with_id("fbdyi:b3b4276d13f3921129dba7ce3e3a34b7").text == k_fb_text);
  CHECK(target.accounts.at(0).ref.handle == "Example Org");
  const auto input = ingest::open_input(zip);
  CHECK(input->format() == "facebook-dyi");

  // A DYI folder is one input, not the files inside it.
  CHECK(ingest::expand_path(fixture("meta-dyi/fb-mid")).inputs ==
        std::vector<std::string>{fixture("meta-dyi/fb-mid")});
}

TEST_CASE("Meta DYI requested as HTML is rejected with a hint to request JSON",
          "[meta-dyi][ingest]") {
  const auto path = fixture("meta-dyi/html-export");
  CHECK(ingest::expand_path(path).inputs == std::vector<std::string>{path});
  try {
    (void)ingest::open_input(path);
    FAIL("an HTML export was accepted");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::input);
    CHECK_THAT(std::string(error.what()), Catch::Contains("HTML format"));
    CHECK_THAT(error.hint(), Catch::Contains("Format: JSON"));
  }
}

TEST_CASE("ingest a DYI folder through the CLI; re-ingest changes nothing; --as names the owner",
          "[meta-dyi][cli]") {
  test::TempDir dir;
  const auto db = dir.file("s.db");
  const auto folder = fixture("meta-dyi/fb-mid");
  auto result =
      test::run_cli({"--db", db, "ingest", folder, "--as", "exampleorg", "--format", "json"});
  CHECK(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains("\"format\": \"facebook-dyi\""));
  CHECK_THAT(result.out, Catch::Contains("\"posts_new\": 6"));
  CHECK_THAT(result.out, Catch::Contains("\"outcome\": \"ok\""));
  CHECK_THAT(result.err, !Catch::Contains("no such account"));

  result = test::run_cli({"--db", db, "ingest", folder, "--as", "exampleorg", "--format", "csv"});
  CHECK(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains(",facebook-dyi,ok,0,0,6,0,0,"));

  const auto accounts =
      test::run_cli({"--db", db, "sql", "SELECT platform, handle, role FROM accounts ORDER BY id",
                     "--format", "csv"});
  CHECK(accounts.out == "platform,handle,role\r\nfacebook,exampleorg,own\r\n");
  const auto posts = test::run_cli(
      {"--db", db, "sql",
       "SELECT count(*), count(DISTINCT account_id), min(created_at) FROM posts WHERE "
       "platform = 'facebook' AND native_id LIKE 'fbdyi:%'",
       "--format", "csv"});
  CHECK_THAT(posts.out, Catch::Contains("6,1,2024-03-09T16:00:00"));

  // A truncated posts file is rolled back; the other file's posts are kept.
  result = test::run_cli({"--db", db, "ingest", fixture("meta-dyi/fb-new"), "--format", "csv"});
  CHECK(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains(",facebook-dyi,partial,2,0,0,0,1,"));
  CHECK_THAT(result.err, Catch::Contains("_2.json: byte 81: truncated JSON"));

  // Instagram folder: owner from personal information.
  result = test::run_cli({"--db", db, "ingest", fixture("meta-dyi/ig"), "--format", "csv"});
  CHECK(result.code == 0);
  CHECK_THAT(result.out, Catch::Contains(",instagram-dyi,ok,4,0,0,0,0,"));
  const auto owners = test::run_cli(
      {"--db", db, "sql", "SELECT handle, role FROM accounts WHERE platform = 'instagram'",
       "--format", "csv"});
  CHECK_THAT(owners.out, Catch::Contains("example.org,own"));
}
