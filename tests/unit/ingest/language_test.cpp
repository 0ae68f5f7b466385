// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "ingest/language.hpp"

using sociometer::ingest::detect_language;

TEST_CASE("Language detection: clear texts get their language and a confidence",
          "[ingest][language]") {
  const auto french = detect_language("Bonjour à tous, nous lançons aujourd'hui notre campagne "
                                      "pour l'eau potable dans les villages #WaterIsLife");
  CHECK(french.code == "fr");
  CHECK(french.confidence >= 0.8);
  CHECK(detect_language("مرحبا بكم جميعا في حملتنا الجديدة من أجل المياه النظيفة").code == "ar");
  CHECK(detect_language("我们今天启动了清洁饮水运动，感谢所有合作伙伴的支持。").code == "zh");
  CHECK(detect_language("We are launching our clean water campaign today with all our partners "
                        "https://example.org/launch @partner")
            .code == "en");
}

TEST_CASE("Language detection: short, tag-only or mixed texts are und, never a guess",
          "[ingest][language]") {
  CHECK(detect_language("Merci 🎉").code == "und");
  CHECK(detect_language("").code == "und");
  CHECK(detect_language("#ExampleLaunch #WaterIsLife #ClimateAction https://example.org/x").code ==
        "und");
  const auto mixed = detect_language("Hello world this is an English sentence with Bonjour le "
                                     "monde ceci est une phrase française");
  CHECK(mixed.code == "und");
  CHECK(mixed.confidence == 0.0);
  CHECK(detect_language(std::string("caf\xC3", 4) + " au lait et croissants du matin").code ==
        "und"); // invalid UTF-8
}
