// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "ingest/html_text.hpp"

using sociometer::ingest::html_to_text;

TEST_CASE("HTML content: paragraphs, line breaks and stripped tags", "[mastodon][html]") {
  CHECK(html_to_text("<p>a<br>b</p><p>c</p>").text == "a\nb\n\nc");
  CHECK(html_to_text("Hello<br/>World<br />!").text == "Hello\nWorld\n!");
  CHECK(html_to_text("<p>  a \n  b </p>\n<p>c</p>").text == "a b\n\nc");
  CHECK(html_to_text("<P>Upper<BR>case</P>").text == "Upper\ncase");
  CHECK(html_to_text("<ul><li>one</li><li>two</li></ul><p>after</p>").text == "one\ntwo\n\nafter");
  CHECK(html_to_text("").text.empty());
  CHECK(html_to_text("<p></p>").text.empty());
}

TEST_CASE("HTML content: entities are unescaped last", "[mastodon][html]") {
  // Escaped markup stays text; a double escape is undone once only.
  CHECK(html_to_text("<p>&lt;b&gt;bold&lt;/b&gt; &amp;amp; R&amp;D</p>").text ==
        "<b>bold</b> &amp; R&D");
  CHECK(html_to_text("a&nbsp;b &#39;q&#39; &quot;d&quot;").text == "a\xC2\xA0"
                                                                   "b 'q' \"d\"");
}

TEST_CASE("HTML content: comments, scripts and malformed markup", "[mastodon][html]") {
  CHECK(
      html_to_text("<p>x<!-- hidden --><script>evil('<p>')</script><style>p{}</style>y</p>").text ==
      "xy");
  CHECK(html_to_text("a < b <p").text == "a < b");
  CHECK(html_to_text("<p>open <a href=\"https://e.org\">never closed").text == "open never closed");
}

TEST_CASE("HTML content: split long links join back, links are placed in code points",
          "[mastodon][html]") {
  const auto result = html_to_text(
      "<p>🌍 <a href=\"https://social.example/tags/Eau\" class=\"mention hashtag\" "
      "rel=\"tag\">#<span>Eau</span></a> <span class=\"h-card\"><a "
      "href=\"https://partner.example/@p\" class=\"u-url mention\">@<span>p</span></a></span> "
      "<a href=\"https://example.org/a/very/long/path?x=1&amp;y=2\" rel=\"nofollow\"><span "
      "class=\"invisible\">https://</span><span "
      "class=\"ellipsis\">example.org/a/very/lo</span><span "
      "class=\"invisible\">ng/path?x=1&amp;y=2</span></a></p>");
  CHECK(result.text == "🌍 #Eau @p https://example.org/a/very/long/path?x=1&y=2");
  REQUIRE(result.links.size() == 3);
  CHECK(result.links[0].hashtag);
  CHECK(result.links[0].text == "#Eau");
  CHECK(result.links[0].start == 2); // the globe is one code point
  CHECK(result.links[0].end == 6);
  CHECK(result.links[1].mention);
  CHECK_FALSE(result.links[1].hashtag);
  CHECK(result.links[1].start == 7);
  CHECK(result.links[1].end == 9);
  CHECK_FALSE(result.links[2].mention);
  CHECK(result.links[2].href == "https://example.org/a/very/long/path?x=1&y=2");
  CHECK(result.links[2].text == "https://example.org/a/very/long/path?x=1&y=2");
  CHECK(result.links[2].start == 10); // after unescaping `&amp;` in the text before it: none
  CHECK(result.links[2].end == 54);
}

TEST_CASE("HTML content: offsets after entities count the unescaped characters",
          "[mastodon][html]") {
  const auto result = html_to_text("<p>R&amp;D &lt;3 <a href=\"https://e.org/\">e.org</a></p>");
  CHECK(result.text == "R&D <3 e.org");
  REQUIRE(result.links.size() == 1);
  CHECK(result.links[0].start == 7);
  CHECK(result.links[0].end == 12);
  CHECK(result.links[0].text == "e.org");
}
