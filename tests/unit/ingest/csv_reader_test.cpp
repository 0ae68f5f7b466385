// SPDX-License-Identifier: Apache-2.0
// The streaming CSV reader on its own, and the helpers the CSV inputs share.
#include <catch2/catch.hpp>

#include "ingest/csv_reader.hpp"
#include "ingest/formats.hpp"
#include "sociometer/util/time.hpp"

using namespace sociometer;
using ingest::CsvOptions;
using ingest::CsvReader;
using ingest::CsvRecord;

namespace {

// Reads all of `bytes`, handed to the reader `chunk` bytes at a time.
std::vector<CsvRecord> read_all(const std::string &bytes, std::size_t chunk = 1 << 20,
                                CsvOptions options = {}) {
  std::size_t pos = 0;
  std::string piece;
  CsvReader reader(
      [&](std::string_view &next) {
        if (pos >= bytes.size()) {
          return false;
        }
        piece = bytes.substr(pos, chunk);
        pos += piece.size();
        next = piece;
        return true;
      },
      options);
  std::vector<CsvRecord> records;
  CsvRecord record;
  while (reader.next(record)) {
    records.push_back(record);
  }
  return records;
}

std::string utf16(const std::u16string &text, bool little) {
  std::string out = little ? "\xFF\xFE" : "\xFE\xFF";
  for (const char16_t unit : text) {
    const auto lo = static_cast<char>(unit & 0xFF);
    const auto hi = static_cast<char>(unit >> 8);
    out += little ? lo : hi;
    out += little ? hi : lo;
  }
  return out;
}

using Fields = std::vector<std::string>;

} // namespace

TEST_CASE("CSV: RFC 4180 quoting, doubled quotes, multi-line fields, CRLF and LF", "[csv]") {
  const std::string text = "a,b,c\r\n"
                           "1,\"x, y\",\"say \"\"hi\"\"\"\n"
                           "2,\"line one\r\nline two\",\n"
                           "\n"
                           "3,,\"\"\r\n"
                           "4,last";
  for (const std::size_t chunk : {std::size_t{1}, std::size_t{3}, std::size_t{1000}}) {
    const auto records = read_all(text, chunk);
    REQUIRE(records.size() == 5);
    CHECK(records[0].fields == Fields{"a", "b", "c"});
    CHECK(records[1].fields == Fields{"1", "x, y", "say \"hi\""});
    CHECK(records[1].line == 2);
    CHECK(records[2].fields == Fields{"2", "line one\r\nline two", ""});
    CHECK(records[2].line == 3);
    CHECK(records[3].fields == Fields{"3", "", ""});
    CHECK(records[3].line == 6); // line 5 is blank
    CHECK(records[4].fields == Fields{"4", "last"});
    CHECK(records[4].line == 7);
    for (const auto &record : records) {
      CHECK(record.error.empty());
    }
  }
}

TEST_CASE("CSV: UTF-8 BOM is stripped; UTF-16 LE and BE are decoded, surrogates included",
          "[csv]") {
  auto records = read_all("\xEF\xBB\xBFPost ID,x\n1,2\n");
  REQUIRE(records.size() == 2);
  CHECK(records[0].fields[0] == "Post ID");

  // `sep=,` / title / header / row with an emoji (a surrogate pair) and Arabic.
  const std::u16string text = u"sep=,\r\n\"Facebook Page views\"\r\n\"Date\",\"Primary\"\r\n"
                              u"\"2025-08-01T00:00:00\",\"67753 🎉 مرحبا\"\r\n";
  for (const bool little : {true, false}) {
    for (const std::size_t chunk : {std::size_t{1}, std::size_t{7}, std::size_t{4096}}) {
      records = read_all(utf16(text, little), chunk);
      REQUIRE(records.size() == 3);
      CHECK(records[0].fields == Fields{"Facebook Page views"});
      CHECK(records[0].line == 2); // line 1 is `sep=,`
      CHECK(records[1].fields == Fields{"Date", "Primary"});
      CHECK(records[2].fields == Fields{"2025-08-01T00:00:00", "67753 🎉 مرحبا"});
      CHECK(records[2].line == 4);
      CHECK(records[2].error.empty());
    }
  }
}

TEST_CASE("CSV: a lone UTF-16 surrogate or invalid UTF-8 fails only its record", "[csv]") {
  std::u16string text = u"a,b\n1,x\n2,y\n";
  text[10] = 0xD800; // the `y` becomes a lone high surrogate
  auto records = read_all(utf16(text, true));
  REQUIRE(records.size() == 3);
  CHECK(records[1].error.empty());
  CHECK_THAT(records[2].error, Catch::StartsWith("invalid UTF-16 in field 2"));

  records = read_all("a,b\n1,ok\n2,bad\xC3(\n3,fine\n");
  REQUIRE(records.size() == 4);
  CHECK(records[2].error == "invalid UTF-8 in field 2 at byte 4");
  CHECK(records[2].line == 3);
  CHECK(records[3].fields == Fields{"3", "fine"});
}

TEST_CASE("CSV: `sep=` line, `;` and tab detection, quoted commas do not count", "[csv]") {
  auto records = read_all("sep=;\nx;y\n1;2,5\n");
  REQUIRE(records.size() == 2);
  CHECK(records[1].fields == Fields{"1", "2,5"});

  std::size_t pos = 0;
  const std::string semicolons = "Post ID;\"Reactions, Comments and Shares\";Reach\n1;2;3\n";
  CsvReader reader([&](std::string_view &chunk) {
    if (pos > 0) {
      return false;
    }
    pos = 1;
    chunk = semicolons;
    return true;
  });
  CsvRecord record;
  REQUIRE(reader.next(record));
  CHECK(reader.delimiter() == ';');
  CHECK(record.fields == Fields{"Post ID", "Reactions, Comments and Shares", "Reach"});

  records = read_all("a\tb\tc\n1\t2\t3\n");
  REQUIRE(records.size() == 2);
  CHECK(records[1].fields == Fields{"1", "2", "3"});
  records = read_all("single\nvalue\n");
  CHECK(records[1].fields == Fields{"value"});
}

TEST_CASE("CSV: an unterminated quote fails its record; the lines after it are read again",
          "[csv]") {
  // In the middle: record 2 opens a quote that nothing closes.
  auto records = read_all("a,b\n1,\"open\n2,fine\n3,end\n");
  REQUIRE(records.size() == 4);
  CHECK(records[1].line == 2);
  CHECK_THAT(records[1].error, Catch::StartsWith("unterminated quoted field"));
  CHECK(records[2].fields == Fields{"2", "fine"});
  CHECK(records[2].line == 3);
  CHECK(records[3].fields == Fields{"3", "end"});
  CHECK(records[3].line == 4);

  // At the end of the input.
  records = read_all("a,b\n1,x\n2,\"never closed");
  REQUIRE(records.size() == 3);
  CHECK(records[1].error.empty());
  CHECK(records[2].line == 3);
  CHECK_THAT(records[2].error, Catch::Contains("line 3 is never closed"));
}

TEST_CASE("CSV: text after a closing quote fails the record; backslash escapes are an option",
          "[csv]") {
  const std::string text = "d,m\n1,\"He said \\\"hi\\\" 🙂\"\n2,\"ok\"\n";
  auto records = read_all(text);
  REQUIRE(records.size() == 3);
  CHECK_THAT(records[1].error,
             Catch::StartsWith("unexpected text after a closing quote in field 2"));
  CHECK(records[2].fields == Fields{"2", "ok"});
  CHECK(records[2].line == 3);

  records = read_all(text, 5, CsvOptions{0, true});
  REQUIRE(records.size() == 3);
  CHECK(records[1].error.empty());
  CHECK(records[1].fields == Fields{"1", "He said \"hi\" 🙂"});
}

TEST_CASE("CSV counts: thousands separators strictly, blank is unknown", "[csv]") {
  bool ok = true;
  CHECK(ingest::parse_count("1,234", ok) == std::optional<std::int64_t>(1234));
  CHECK(ok);
  CHECK(ingest::parse_count("1 234 567", ok) == std::optional<std::int64_t>(1234567));
  CHECK(ingest::parse_count("12\xC2\xA0"
                            "500",
                            ok) == std::optional<std::int64_t>(12500));
  CHECK(ingest::parse_count(" 0 ", ok) == std::optional<std::int64_t>(0));
  CHECK(ok);
  CHECK_FALSE(ingest::parse_count("", ok));
  CHECK(ok);
  CHECK_FALSE(ingest::parse_count("   ", ok));
  CHECK(ok);
  for (const char *bad : {"12a", "1.5", "12,34", "1,2345", ",123", "1,234 567", "-3", "1,"}) {
    CHECK_FALSE(ingest::parse_count(bad, ok));
    CHECK_FALSE(ok);
  }
}

TEST_CASE("CSV times: month-first and local times, placed in a zone across DST", "[csv]") {
  const util::TimeZone stockholm("Europe/Stockholm");
  const auto at = [&](std::string_view text) {
    auto local = util::parse_month_first_datetime(text);
    if (!local) {
      local = util::parse_local_datetime(text);
    }
    REQUIRE(local);
    return util::format_rfc3339(stockholm.from_local(*local));
  };
  CHECK(at("03/05/2024 06:02") == "2024-03-05T05:02:00Z");
  CHECK(at("3/5/2024 6:02:09") == "2024-03-05T05:02:09Z");
  CHECK(at("2024-07-01 12:00") == "2024-07-01T10:00:00Z");
  CHECK(at("2024-07-01") == "2024-06-30T22:00:00Z");
  // Spring forward (02:00 → 03:00): 02:30 never happened; the offset before the change applies.
  CHECK(at("03/31/2024 02:30") == "2024-03-31T01:30:00Z");
  // Fall back (03:00 → 02:00): 02:30 happened twice; the first occurrence.
  CHECK(at("10/27/2024 02:30") == "2024-10-27T00:30:00Z");
  CHECK_FALSE(util::parse_month_first_datetime("13/05/2024 06:02"));
  CHECK_FALSE(util::parse_month_first_datetime("03/05/24 06:02"));
  CHECK_FALSE(util::parse_month_first_datetime("03/05/2024 24:00"));
  CHECK_FALSE(util::parse_local_datetime("2024-02-30 10:00"));
}

TEST_CASE("CSV helpers: raw row JSON and hashtags found in plain text", "[csv]") {
  CHECK(ingest::row_json({"a", "b \"q\""}, {"x\ny", "\\", "extra"}, {{"_k", "v"}}) ==
        R"({"a":"x\ny","b \"q\"":"\\","_column_3":"extra","_k":"v"})");

  PostRecord post;
  post.text = "Café #Merci! مرحبا #أهلا 你好#no #公益 a#b #_x";
  ingest::add_text_hashtags(post);
  REQUIRE(post.hashtags.size() == 4);
  CHECK(post.hashtags[0].text == "Merci");
  CHECK(post.hashtags[0].start == std::optional<std::int32_t>(5));
  CHECK(post.hashtags[0].end == std::optional<std::int32_t>(11));
  CHECK(post.hashtags[0].normalized == "merci");
  CHECK(post.hashtags[1].text == "أهلا");
  CHECK(post.hashtags[1].start == std::optional<std::int32_t>(19));
  CHECK(post.hashtags[2].text == "公益");
  CHECK(post.hashtags[3].text == "_x");
}
