// SPDX-License-Identifier: Apache-2.0
// `report --lang`: the report's language (labels, numbers, dates; Arabic right to left in HTML),
// kept apart from the post-language filter, which is `--post-lang` on report; the store's
// `init --report-lang` default; JSON stays untranslated.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace sociometer;
using test::fixture;
using test::run_cli;

namespace {

// "Test Org" in Europe/Zurich with the X archive of @test_org (posts in English and French).
struct Store {
  test::TempDir dir;
  std::string db = dir.file("s.db");

  explicit Store(const std::vector<std::string> &init_args = {}) {
    std::vector<std::string> args{"--db", db, "init", "--tz", "Europe/Zurich", "--org", "Test Org"};
    args.insert(args.end(), init_args.begin(), init_args.end());
    REQUIRE(run_cli(args).code == 0);
    REQUIRE(run_cli({"--db", db, "ingest", fixture("x/archive")}).code == 0);
  }

  [[nodiscard]] test::CliResult report(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--db", db, "report", "--month", "2024-03"});
    return run_cli(args);
  }
  [[nodiscard]] std::string ok(const std::vector<std::string> &args) const {
    const auto result = report(args);
    INFO(result.err);
    REQUIRE(result.code == 0);
    return result.out;
  }
};

bool has(const std::string &text, const std::string &part) {
  return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("report --lang writes the report in that language", "[cli][report][i18n]") {
  Store store;
  const auto fr = store.ok({"--lang", "fr"});
  CHECK(has(fr, "# Test Org — rapport sur les médias sociaux, mars 2024"));
  CHECK(has(fr, "Période : 1–31 mars 2024 (Europe/Zurich)"));
  CHECK(has(fr, "## Chiffres clés"));
  CHECK_FALSE(has(fr, "## Headline"));
  const auto en = store.ok({});
  CHECK(has(en, "# Test Org — social media report, March 2024"));
  CHECK(has(store.ok({"--lang", "zh"}), "2024年3月"));
  CHECK(has(store.ok({"--lang", "ru"}), "март 2024"));
  CHECK(has(store.ok({"--lang", "es"}), "marzo de 2024"));

  const auto unknown = store.report({"--lang", "de"});
  CHECK(unknown.code == 2);
  CHECK(has(unknown.err, "--lang de: the report has no such language"));
  CHECK(has(unknown.err, "en, ar, es, fr, ru, zh"));
}

TEST_CASE("report --lang ar --format html runs right to left with Arabic digits",
          "[cli][report][i18n]") {
  Store store;
  const auto html = store.ok({"--lang", "ar", "--format", "html"});
  CHECK(has(html, "<html lang=\"ar\" dir=\"rtl\">"));
  CHECK(has(html, "<h2>الأرقام الرئيسية</h2>"));
  CHECK(has(html, "مارس ٢٠٢٤")); // ICU's Arabic-Indic digits
  CHECK(has(store.ok({"--format", "html"}), "<html lang=\"en\" dir=\"ltr\">"));
}

TEST_CASE("report --format json names its language and keeps numbers as numbers",
          "[cli][report][i18n]") {
  Store store;
  const auto english = nlohmann::json::parse(store.ok({"--format", "json"}));
  const auto french = nlohmann::json::parse(store.ok({"--format", "json", "--lang", "fr"}));
  CHECK(french["report"]["language"] == "fr");
  CHECK(french["params"]["lang"] == "fr");
  CHECK(english["report"]["language"] == "en");
  // Only the language differs: no label or number of JSON is translated or formatted.
  auto same = french;
  same["report"]["language"] = "en";
  same["params"]["lang"] = "en";
  same["generated_at"] = english["generated_at"]; // the clock, not the language
  CHECK(same == english);
  CHECK(french["report"]["headline"]["posts"].is_number());
  CHECK(french["report"]["by_platform"][0]["likes"].is_number());
}

TEST_CASE("report --post-lang filters the posts by language; --lang does not",
          "[cli][report][i18n]") {
  Store store;
  const auto posts = [&](const std::vector<std::string> &args) {
    auto all = args;
    all.insert(all.end(), {"--format", "json"});
    return nlohmann::json::parse(store.ok(all))["report"]["headline"]["posts"].get<int>();
  };
  const auto every = posts({});
  CHECK(posts({"--lang", "fr"}) == every);
  const auto french_posts = posts({"--post-lang", "fr"});
  CHECK(french_posts > 0);
  CHECK(french_posts < every);
  const auto filtered = nlohmann::json::parse(store.ok({"--post-lang", "fr", "--format", "json"}));
  CHECK(filtered["params"]["post_lang"] == "fr");
  CHECK(filtered["report"]["filters"]["language"] == "fr");

  const auto typo = store.report({"--post-lang", "frr"});
  CHECK(typo.code == 2);
  CHECK(has(typo.err, "--post-lang frr: no stored post is in that language"));
}

TEST_CASE("init --report-lang sets the language of every report without --lang",
          "[cli][report][i18n]") {
  Store store({"--report-lang", "es"});
  CHECK(has(store.ok({}), "## Cifras clave"));
  CHECK(has(store.ok({"--lang", "en"}), "## Headline"));

  test::TempDir dir;
  const auto wrong = run_cli({"--db", dir.file("t.db"), "init", "--report-lang", "xx"});
  CHECK(wrong.code == 2);
  CHECK(has(wrong.err, "--report-lang xx: the report has no such language"));
}

TEST_CASE("report --lang translates the daily, campaign, best-time and coverage sections",
          "[cli][report][i18n]") {
  Store store;
  // The store starts inside the campaign's look-back: its new supporters are marked.
  REQUIRE(run_cli({"--db", store.db, "campaign", "add", "water", "--hashtag", "cleanwater",
                   "--from", "2024-03-01", "--to", "2024-03-31"})
              .code == 0);
  const std::vector<std::string> sections{"--sections", "daily,campaigns,best-time,coverage"};
  auto with = [&](const std::string &code) {
    auto args = sections;
    args.insert(args.end(), {"--lang", code});
    return store.ok(args);
  };
  const auto fr = with("fr");
  CHECK(has(fr, "## Campagnes et soutien aux causes"));
  CHECK(has(fr, "| Campagne | Publications | Participants |"));
  CHECK(has(fr, "(historique incomplet)"));
  CHECK(has(fr, "## Couverture des données"));
  CHECK(has(fr, "| Plateforme | Source | Première publication |"));
  CHECK(has(fr, "Publications prises en compte dans les chiffres : "));
  CHECK(has(fr, "| 1 mars 2024 | 0 |"));
  CHECK(has(fr, "| Jour | 0 h | 1 h |"));
  const auto ru = with("ru");
  CHECK(has(ru, "| День недели |"));
  CHECK(has(ru, "Дни без публикаций: "));
  CHECK(has(ru, " (25 дней)."));
  CHECK(has(ru, "показы — для 0 из 2 публикаций"));
  CHECK(has(with("zh"), "## 宣传活动与事业支持"));
  CHECK(has(with("ar"), "## الحملات ودعم القضايا"));
  // Nothing of these sections stays in English.
  for (const auto *code : {"fr", "es", "ru", "ar", "zh"}) {
    INFO(code);
    const auto text = with(code);
    for (const auto *english :
         {"Campaign", "Data coverage", "| Day |", "| Mon |", "per day", "(censored)", "of the ",
          "without a post", "Days without", "Known for", "per post"}) {
      INFO(english);
      CHECK_FALSE(has(text, english));
    }
  }
  const auto en = store.ok(sections);
  CHECK(has(en, "| water | "));
  CHECK(has(en, "(censored)"));
  CHECK(has(en, "Days without any post: 7–31 March 2024 (25 days)."));
  CHECK(has(en, "impressions for 0 of 2 posts"));
}

TEST_CASE("report --lang words the definitions, notes and reasons of the analysis too",
          "[cli][report][i18n]") {
  Store store;
  REQUIRE(
      run_cli({"--db", store.db, "account", "set", "test_org", "--platform", "x", "--role", "own"})
          .code == 0);
  REQUIRE(run_cli({"--db", store.db, "ingest", fixture("x/twarc/page-and-stream.jsonl")}).code ==
          0);
  // A threshold above the fixture's impressions coverage (50%): a rate is withheld, with reasons.
  const auto report = [&](const std::string &code, const std::string &format) {
    const auto result = run_cli({"--db", store.db, "--min-coverage", "0.9", "report", "--month",
                                 "2024-03", "--pseudonymize", "--lang", code, "--format", format});
    INFO(result.err);
    REQUIRE(result.code == 0);
    return result.out;
  };
  const auto en = report("en", "md");
  // The English report carries every sentence this test looks for in the others.
  for (const auto *english :
       {"too few accounts or interactions", "rows whose posts report different engagement",
        "primary posts published in the period", "publication cohort",
        "withheld (null): coverage < 90%", "stable pseudonyms", "per platform: the imports",
        "(with their _median): null (withheld)", "the organisation's own accounts (account set",
        "Generated by sociometer on ", ":", // local date and time (the clock is real here)
        "| Metric | March 2024 | February 2024 | Change |"}) {
    INFO(english);
    CHECK(has(en, english));
  }
  for (const auto *code : {"fr", "es", "ru", "ar", "zh"}) {
    for (const auto *format : {"md", "html"}) {
      INFO(code << " " << format);
      const auto text = report(code, format);
      for (const auto *english :
           {"too few accounts", "rows whose posts", "engagement components", "primary posts",
            "publication cohort", "withheld (", "stable pseudonyms", "per platform",
            "the organisation", "Generated", "likes+reposts", "2024-03 |", "2024-03<", "2024-02",
            "T00:00:00Z", "null when", "over the non-repost"}) {
        INFO(english);
        CHECK_FALSE(has(text, english));
      }
    }
  }
  CHECK(has(report("fr", "md"), "| Indicateur | mars 2024 | février 2024 | Variation |"));
  CHECK(has(report("fr", "md"), "Pas de classement : trop peu de comptes"));
  CHECK(has(report("zh", "html"), "（Europe/Zurich）。</footer>"));
}

TEST_CASE("report's English definitions are the JSON definitions, word for word",
          "[cli][report][i18n]") {
  Store store;
  REQUIRE(
      run_cli({"--db", store.db, "account", "set", "test_org", "--platform", "x", "--role", "own"})
          .code == 0);
  REQUIRE(run_cli({"--db", store.db, "campaign", "add", "water", "--hashtag", "cleanwater"}).code ==
          0);
  const auto document = nlohmann::json::parse(store.ok({"--pseudonymize", "--format", "json"}));
  const auto markdown = store.ok({"--pseudonymize"});
  REQUIRE(document["definitions"].size() > 15);
  for (const auto &[key, text] : document["definitions"].items()) {
    INFO(key);
    CHECK(has(markdown, "- **" + key + "**: " + text.get<std::string>() + "\n"));
  }
}
