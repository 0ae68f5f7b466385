// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "sociometer/util/display_width.hpp"

using sociometer::util::display_width;
using sociometer::util::has_right_to_left;
using sociometer::util::truncate_display_width;

TEST_CASE("Display width counts terminal columns, not bytes or code points", "[util][width]") {
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("Zürich") == 6);           // precomposed ü
  CHECK(display_width("Zu\u0308rich") == 6);     // u + combining diaeresis
  CHECK(display_width("e\u0301\u0301") == 1);    // two combining marks on one letter
  CHECK(display_width("日本語") == 6);           // CJK: wide
  CHECK(display_width("ｗｉｄｅ") == 8);         // fullwidth Latin
  CHECK(display_width("한국어") == 6);           // Hangul syllables
  CHECK(display_width("😀") == 2);                // emoji
  CHECK(display_width("👍🏽") == 2);         // emoji with a skin tone modifier
  CHECK(display_width("👩\u200d💻") == 2);         // ZWJ sequence: one emoji
  CHECK(display_width("🇨🇭") == 2);               // flag: two regional indicators
  CHECK(display_width("\u2764\uFE0F") == 2);     // text heart in emoji presentation
  CHECK(display_width("שלום") == 4);             // Hebrew: narrow
  CHECK(display_width("\u2068שלום\u2069") == 4); // bidi isolates take no column
  CHECK(display_width("\xff") == 1);             // malformed byte
}

TEST_CASE("Truncation cuts whole characters and ends with an ellipsis", "[util][width]") {
  CHECK(truncate_display_width("abcdef", 6) == "abcdef");
  CHECK(truncate_display_width("abcdefg", 6) == "abcde…");
  CHECK(truncate_display_width("日本語テキスト", 6) == "日本…"); // never half a wide character
  CHECK(display_width(truncate_display_width("日本語テキスト", 6)) == 5);
  CHECK(truncate_display_width("e\u0301e\u0301e\u0301", 2) == "e\u0301…"); // mark kept
  CHECK(truncate_display_width("👩\u200d💻👩\u200d💻", 3) == "👩\u200d💻…");
  CHECK(truncate_display_width("abc", 0).empty());
}

TEST_CASE("Right-to-left text is recognised by its strong characters", "[util][width]") {
  CHECK(has_right_to_left("שלום"));
  CHECK(has_right_to_left("مرحبا world"));
  CHECK_FALSE(has_right_to_left("hello 123"));
  CHECK_FALSE(has_right_to_left("日本語"));
}
