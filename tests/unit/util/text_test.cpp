// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "sociometer/util/sha256.hpp"
#include "sociometer/util/text.hpp"

using namespace sociometer;

TEST_CASE("Unescaping HTML keeps a code-point map from escaped to stored text", "[util][text]") {
  const auto result = util::html_unescape_with_map("a&amp;b 🌍 &lt;3 &#233;");
  CHECK(result.text == "a&b 🌍 <3 é");
  // escaped code points: a & a m p ; b ...
  CHECK(result.code_point_map[0] == 0); // a
  CHECK(result.code_point_map[1] == 1); // &amp; starts
  CHECK(result.code_point_map[5] == 1); // …and all five of its code points map to the one '&'
  CHECK(result.code_point_map[6] == 2); // b
  CHECK(result.code_point_map[8] == 4); // 🌍 is one code point
  CHECK(result.code_point_map.back() ==
        static_cast<std::int32_t>(util::code_point_count(result.text)));
  CHECK(util::html_unescape("no entities & stray") == "no entities & stray");
}

TEST_CASE("Matching keys are NFKC + case folded in every script", "[util][text]") {
  CHECK(util::normalize_for_matching("ＷａｔｅｒＩｓＬｉｆｅ") == "waterislife");
  CHECK(util::normalize_for_matching("WATERISLIFE") == "waterislife");
  CHECK(util::normalize_for_matching("EauPourTous") == "eaupourtous");
  CHECK(util::normalize_for_matching("ВодаДляВсех") == "водадлявсех");
  CHECK(util::normalize_for_matching("الماء_حياة") == "الماء_حياة");
  CHECK(util::normalize_for_matching("Straße") == "strasse");
  CHECK(util::normalize_for_matching("\xff\xfe").empty()); // invalid UTF-8
}

TEST_CASE("UTF-8 validation finds the first bad byte", "[util][text]") {
  CHECK_FALSE(util::find_invalid_utf8("héllo 🌍"));
  CHECK(util::find_invalid_utf8("ok\xc3") == std::optional<std::size_t>(2));
  CHECK(util::find_invalid_utf8("ab\xff"
                                "cd") == std::optional<std::size_t>(2));
}

TEST_CASE("Code point offsets walk lead bytes", "[util][text]") {
  const std::string text = "a🌍b";
  CHECK(util::code_point_count(text) == 3);
  CHECK(util::byte_offset_of_code_point(text, 1) == std::optional<std::size_t>(1));
  CHECK(util::byte_offset_of_code_point(text, 2) == std::optional<std::size_t>(5));
  CHECK(util::byte_offset_of_code_point(text, 3) == std::optional<std::size_t>(6));
  CHECK_FALSE(util::byte_offset_of_code_point(text, 4));
  CHECK(util::truncate_code_points("héllo", 2) == "hé…");
  CHECK(util::truncate_code_points("hé", 2) == "hé");
}

TEST_CASE("SHA-256 matches the standard test vector", "[util][sha256]") {
  util::Sha256 hash;
  hash.update("a");
  hash.update("bc");
  CHECK(hash.hex_digest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("URL domains drop scheme, user info, port and www", "[util][text]") {
  CHECK(util::url_domain("https://WWW.Example.org:8443/path?q=1") == "example.org");
  CHECK(util::url_domain("http://user@news.example.net/") == "news.example.net");
  CHECK(util::url_domain("example.org/no-scheme").empty());
}

TEST_CASE("Code points decode with their length; malformed bytes do not", "[util][text]") {
  const std::string text = "aé🎉\xff";
  const auto a = util::decode_code_point(text, 0);
  REQUIRE(a);
  CHECK(a->value == U'a');
  CHECK(a->length == 1);
  const auto e = util::decode_code_point(text, 1);
  REQUIRE(e);
  CHECK(e->value == U'é');
  CHECK(e->length == 2);
  const auto party = util::decode_code_point(text, 3);
  REQUIRE(party);
  CHECK(party->value == U'🎉');
  CHECK(party->length == 4);
  CHECK_FALSE(util::decode_code_point(text, 2));           // a continuation byte
  CHECK_FALSE(util::decode_code_point(text, 7));           // 0xFF
  CHECK_FALSE(util::decode_code_point(text, 8));           // the end
  CHECK_FALSE(util::decode_code_point("\xed\xa0\x80", 0)); // a surrogate
}

TEST_CASE("Letters and word characters in any script", "[util][text]") {
  for (const char32_t letter : {U'a', U'Z', U'é', U'你', U'ب', U'ǅ', U'ʰ'}) {
    CHECK(util::is_letter(letter));
    CHECK(util::is_word_character(letter));
  }
  for (const char32_t other : {U'\u0301', U'٣', U'Ⅻ', U'½', U'_'}) { // marks, numbers, `_`
    CHECK_FALSE(util::is_letter(other));
    CHECK(util::is_word_character(other));
  }
  for (const char32_t neither : {U' ', U'#', U'@', U'-', U'🎉', U'\u200d', char32_t{0}}) {
    CHECK_FALSE(util::is_letter(neither));
    CHECK_FALSE(util::is_word_character(neither));
  }
}

TEST_CASE("A handle's leading @ is stripped once", "[util][text]") {
  CHECK(util::strip_handle_prefix("@example_org") == "example_org");
  CHECK(util::strip_handle_prefix("example_org") == "example_org");
  CHECK(util::strip_handle_prefix("@@example_org") == "@example_org");
  CHECK(util::strip_handle_prefix("@").empty());
  CHECK(util::strip_handle_prefix("").empty());
  CHECK(util::strip_handle_prefix("user@host") == "user@host");
}

TEST_CASE("Links in plain text: scheme or www., not inside a word, without sentence punctuation",
          "[util][text]") {
  const auto urls = util::find_urls(
      "Voir https://example.org/a_(b), HTTP://Example.org/x?y=1&z=2! et www.example.org/été… "
      "(https://example.org/c) 📷https://example.org/d🎉 fin");
  REQUIRE(urls.size() == 5);
  CHECK(urls[0].text == "https://example.org/a_(b)");
  CHECK(urls[0].start == 5);
  CHECK(urls[0].end == 30);
  CHECK(urls[1].text == "HTTP://Example.org/x?y=1&z=2");
  CHECK(urls[2].text == "www.example.org/été");
  CHECK(urls[3].text == "https://example.org/c");
  CHECK(urls[4].text == "https://example.org/d");

  // A bare scheme, a link inside a word or an address, and an e-mail address are not links.
  CHECK(util::find_urls("https:// and www. and xhttps://example.org and me@www.example.org "
                        "and https:///path")
            .empty());
  CHECK(util::find_urls("\xff https://example.org").empty()); // invalid UTF-8: no offsets
}
