// SPDX-License-Identifier: Apache-2.0
// The campaign definitions file (JSON and TOML) and the normalisation shared with the flags of
// `campaign add`, without a store or the command line.
#include <catch2/catch.hpp>

#include "sociometer/app/campaign_file.hpp"
#include "sociometer/app/campaigns.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::fixture;

namespace {

// The error `read_campaign_file` throws for a file holding `text`; fails the test when none.
Error read_error(const test::TempDir &dir, const std::string &name, const std::string &text) {
  const auto path = dir.file(name);
  test::write_file(path, text);
  try {
    (void)app::read_campaign_file(path);
  } catch (const Error &error) {
    return error;
  }
  FAIL("no error for " << name);
  return Error(ErrorKind::internal, "unreachable");
}

} // namespace

TEST_CASE("campaign file: JSON and TOML of the same campaigns read identically",
          "[app][campaign_file]") {
  const auto json = app::read_campaign_file(fixture("campaigns.json"));
  const auto toml = app::read_campaign_file(fixture("campaigns.toml"));
  REQUIRE(json.size() == 2);
  REQUIRE(toml.size() == 2);
  for (std::size_t i = 0; i < json.size(); ++i) {
    CHECK(json[i].name == toml[i].name);
    CHECK(json[i].from == toml[i].from);
    CHECK(json[i].to == toml[i].to);
    CHECK(json[i].hashtags == toml[i].hashtags);
    CHECK(json[i].keywords == toml[i].keywords);
    CHECK(json[i].urls == toml[i].urls);
    CHECK(json[i].cta_urls == toml[i].cta_urls);
  }
  const auto &water = json[0];
  CHECK(water.name == "water");
  CHECK(water.from == "2024-03-01"); // a TOML date reads as the same text as a JSON string
  CHECK(water.to == "2024-04-30");
  CHECK(water.hashtags == std::vector<std::string>{"#WaterIsLife"});
  // Sorted by language (`*` before `fr`), phrases in file order.
  CHECK(water.keywords == std::vector<std::pair<std::string, std::string>>{
                              {"*", "water summit"}, {"*", "谢谢"}, {"fr", "merci"}});
  CHECK(json[0].where == fixture("campaigns.json") + ": campaigns[0]: ");
  CHECK(toml[1].where == fixture("campaigns.toml") + ":15: ");
}

TEST_CASE("campaign file: the extension decides, else the content", "[app][campaign_file]") {
  CHECK(app::campaign_file_format("a.TOML", "{") == app::CampaignFileFormat::toml);
  CHECK(app::campaign_file_format("a.json", "[[campaigns]]") == app::CampaignFileFormat::json);
  CHECK(app::campaign_file_format("dir.json/a", "\xEF\xBB\xBF  {\"campaigns\": []}") ==
        app::CampaignFileFormat::json);
  CHECK(app::campaign_file_format("a", "[[campaigns]]") == app::CampaignFileFormat::toml);
}

TEST_CASE("campaign file: errors name FILE:LINE (or the JSON entry)", "[app][campaign_file]") {
  test::TempDir dir;
  auto error = read_error(dir, "bad.toml",
                          "[[campaigns]]\nname = \"water\"\nhashtags = [\"#a\",\nurls = 3\n");
  CHECK(error.kind() == ErrorKind::input);
  CHECK_THAT(error.what(), Catch::StartsWith(dir.file("bad.toml") + ":4: TOML: "));

  error = read_error(dir, "bad.json",
                     "{\"campaigns\": [\n  {\"name\": \"water\",\n   \"hashtags\": [\"#a\"],,\n"
                     "  }\n]}\n");
  CHECK(error.kind() == ErrorKind::input);
  CHECK_THAT(error.what(), Catch::StartsWith(dir.file("bad.json") + ":3: JSON: "));

  // A number beyond double's range is nlohmann's out_of_range, not a parse_error (found by
  // fuzz/campaign_file_fuzzer.cpp): it is still a clear input error with the line.
  error = read_error(dir, "huge.json",
                     "{\"campaigns\": [\n  {\"name\": \"w\", \"hashtags\": [\"#a\"],\n"
                     "   \"x\": 1E400}]}\n");
  CHECK(error.kind() == ErrorKind::input);
  CHECK(std::string(error.what()) ==
        dir.file("huge.json") + ":3: JSON: number out of range: '1E400'");

  error = read_error(dir, "typo.toml", "[[campaigns]]\nname = \"water\"\n\nhashtag = [\"#a\"]\n");
  CHECK(std::string(error.what()) ==
        dir.file("typo.toml") + ":4: unknown key 'hashtag' (expected name, from, to, hashtags, "
                                "keywords, urls, cta_urls, description)");
  CHECK(error.hint() == "see the campaign file format in docs/output.md");

  error =
      read_error(dir, "date.json",
                 "{\"campaigns\": [{\"name\": \"w\", \"hashtags\": [\"a\"], \"to\": \"May\"}]}");
  CHECK(std::string(error.what()) ==
        dir.file("date.json") + ": campaigns[0]: to 'May': expected a date YYYY-MM-DD");

  error = read_error(dir, "missing.toml", "");
  CHECK_THAT(error.what(), Catch::Contains("expected [[campaigns]] tables"));
  try {
    (void)app::read_campaign_file(dir.file("absent.toml"));
    FAIL("no error for a missing file");
  } catch (const Error &absent) {
    CHECK(absent.kind() == ErrorKind::io);
  }
}

TEST_CASE("campaign definitions: flags and file entries normalise the same way",
          "[app][campaign_file]") {
  const util::TimeZone zurich("Europe/Zurich");
  app::CampaignSpec spec;
  spec.name = "water";
  spec.from = "2024-03-01";
  spec.to = "2024-04-30";
  spec.hashtags = {"#WaterIsLife", " #CleanWater", "ＷａｔｅｒＩｓＬｉｆｅ"};
  spec.keywords = {app::split_keyword("fr:Merci"), app::split_keyword("Water Summit"),
                   app::split_keyword("http://x")};
  const auto campaign = app::normalise_campaign(spec, zurich, app::DefinitionSource::flags);
  CHECK(campaign.hashtags == std::vector<std::string>{"waterislife", "cleanwater", "waterislife"});
  CHECK(campaign.keywords == std::vector<std::pair<std::string, std::string>>{
                                 {"fr", "merci"}, {"*", "water summit"}, {"*", "http://x"}});
  REQUIRE(campaign.starts_at);
  REQUIRE(campaign.ends_at);
  CHECK(util::format_rfc3339(*campaign.starts_at) == "2024-02-29T23:00:00Z");
  CHECK(util::format_rfc3339(*campaign.ends_at) == "2024-04-30T22:00:00Z"); // `to` is inclusive

  spec.to = "2024-02-01";
  spec.where = "c.toml:3: ";
  try {
    (void)app::normalise_campaign(spec, zurich, app::DefinitionSource::flags);
    FAIL("no error for a window that ends before it starts");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::usage);
    CHECK_THAT(error.what(), Catch::Contains("the campaign ends before it starts"));
  }
  spec.to.clear();
  spec.hashtags.clear();
  spec.keywords.clear();
  try {
    (void)app::normalise_campaign(spec, zurich, app::DefinitionSource::file);
    FAIL("no error for a campaign without terms");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::input);
    CHECK(std::string(error.what()) == "c.toml:3: campaign water has no hashtag, keyword or URL");
    CHECK(error.hint() == "add at least one of hashtags, keywords, urls or cta_urls");
  }
}
