// SPDX-License-Identifier: Apache-2.0
// The report's languages: every data/i18n file has exactly the keys and placeholders of en.toml
// (a translator's missing key fails here, not in a user's report), and numbers and dates come out
// in each language's format.
#include <catch2/catch.hpp>

#include "report/i18n.hpp"
#include "sociometer/report/renderer.hpp"

using namespace sociometer;
using report::catalog_problems;
using report::Language;

namespace {

std::string_view english() {
  for (const auto &catalog : report::embedded_catalogs()) {
    if (catalog.code == "en") {
      return catalog.text;
    }
  }
  FAIL("no en.toml embedded");
  return {};
}

std::string joined(const std::vector<std::string> &problems) {
  std::string text;
  for (const auto &problem : problems) {
    text += problem + "\n";
  }
  return text;
}

constexpr std::string_view k_reference = R"(
[section]
headline = "Headline"
[others]
summary = "{posts} by {accounts}"
posts.one = "{count} post"
posts.other = "{count} posts"
)";

} // namespace

TEST_CASE("every report language has exactly the texts of en.toml", "[report][i18n]") {
  std::vector<std::string> codes;
  for (const auto &catalog : report::embedded_catalogs()) {
    codes.emplace_back(catalog.code);
    INFO(catalog.code);
    const auto problems = catalog_problems(english(), catalog.text, catalog.code);
    INFO(joined(problems));
    CHECK(problems.empty());
  }
  // The UN's six official languages.
  CHECK(codes == std::vector<std::string>{"ar", "en", "es", "fr", "ru", "zh"});
  CHECK(report::report_languages() == std::vector<std::string>{"en", "ar", "es", "fr", "ru", "zh"});
}

TEST_CASE("catalog_problems names missing and extra keys and wrong placeholders",
          "[report][i18n]") {
  CHECK(catalog_problems(k_reference, k_reference, "fr").empty());
  const auto missing = catalog_problems(k_reference, R"(
[others]
summary = "{posts} de {accounts}"
posts.one = "{count} publication"
posts.other = "{count} publications"
)",
                                        "fr");
  CHECK(missing == std::vector<std::string>{"section.headline: missing"});
  const auto extra_and_placeholder = catalog_problems(k_reference, R"(
[section]
headline = "Chiffres clés"
footer = "Pied"
[others]
summary = "{posts} de {account}"
posts.one = "{count} publication"
posts.other = "{count} publications"
)",
                                                      "fr");
  CHECK(extra_and_placeholder ==
        std::vector<std::string>{
            "others.summary: placeholders {account}, {posts}, English has {accounts}, {posts}",
            "section.footer: not in en.toml"});
}

TEST_CASE("catalog_problems asks for the plural forms the language's rules use", "[report][i18n]") {
  // Russian counts need one (1, 21), few (2–4) and many (5–20): "few" is missing here.
  const auto russian = catalog_problems(k_reference, R"(
[section]
headline = "Основные показатели"
[others]
summary = "{posts} от {accounts}"
posts.one = "{count} публикация"
posts.many = "{count} публикаций"
posts.other = "{count} публикации"
)",
                                        "ru");
  CHECK(russian == std::vector<std::string>{"others.posts: the plural form \"few\" is missing"});
  // Chinese has one form; a "one" form is a mistake, and a single text where English has plural
  // forms too.
  const auto chinese = catalog_problems(k_reference, R"(
[section]
headline = "主要数据"
[others]
summary = "{accounts}的{posts}"
posts = "{count} 条帖子"
)",
                                        "zh");
  CHECK(chinese == std::vector<std::string>{"others.posts: a plural text in English, single here"});
  CHECK(catalog_problems(k_reference, "[section\nheadline =", "fr").size() >= 1);
}

TEST_CASE("a report language picks plural forms and formats numbers and dates its way",
          "[report][i18n]") {
  using std::chrono::March;
  const auto day = [](int d) {
    return std::chrono::year_month_day(std::chrono::year(2024), March,
                                       std::chrono::day(static_cast<unsigned>(d)));
  };
  const Language en("en");
  CHECK(en.number(1100) == "1,100");
  CHECK(en.percent(0.3821, 2) == "38.21%");
  CHECK(en.signed_percent(0.125, 1) == "+12.5%");
  CHECK(en.period(day(1), day(31)) == "1–31 March 2024");
  CHECK(en.month_year(day(1)) == "March 2024");
  CHECK(en.plural("others.posts", 1) == "1 post");
  CHECK(en.plural("others.posts", 1200) == "1,200 posts");
  CHECK(en.text("section.headline") == "Headline");

  const Language fr("fr");
  CHECK(fr.number(1100) == "1\u202f100"); // narrow no-break space
  CHECK(fr.percent(0.3821, 2) == "38,21\u00a0%");
  CHECK(fr.period(day(1), day(31)) == "1–31 mars 2024");

  const Language ru("ru");
  CHECK(ru.plural("others.posts", 1) == "1 публикация");
  CHECK(ru.plural("others.posts", 3) == "3 публикации");
  CHECK(ru.plural("others.posts", 5) == "5 публикаций");
  CHECK(ru.plural("others.posts", 21) == "21 публикация");

  // ICU's default for "ar" writes Arabic-Indic digits.
  const Language ar("ar");
  CHECK(ar.right_to_left());
  CHECK(ar.number(1100) == "١٬١٠٠");
  CHECK(ar.plural("others.posts", 2) == "منشوران");
  CHECK(ar.plural("others.posts", 5) == "٥ منشورات");

  const Language zh("zh");
  CHECK(zh.period(day(1), day(31)) == "2024年3月1日至31日");
  CHECK_FALSE(zh.right_to_left());

  CHECK_THROWS_WITH(Language("de"), Catch::Contains("--lang de"));
}
