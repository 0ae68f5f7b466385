// SPDX-License-Identifier: Apache-2.0
// The `table` layout (display widths, separators, terminal fitting, colour), column choice and
// the CSV cell rules (issue 13, parts 1 and 2).
#include <catch2/catch.hpp>
#include <sstream>

#include "report/text_table.hpp"
#include "sociometer/error.hpp"
#include "sociometer/report/renderer.hpp"
#include "sociometer/util/display_width.hpp"

using namespace sociometer;

namespace {

std::vector<std::string> lines_of(const std::string &text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

std::string rendered(const Table &table, const report::RenderOptions &options,
                     const std::string &command = "test") {
  report::Envelope envelope;
  envelope.command = command;
  std::ostringstream out;
  report::render_table(table, envelope, options, out);
  return out.str();
}

// The display column at which `needle` starts in `line`.
std::size_t column_of(const std::string &line, const std::string &needle) {
  const auto at = line.find(needle);
  REQUIRE(at != std::string::npos);
  return util::display_width(line.substr(0, at));
}

Table names_table() {
  Table table;
  table.columns = {
      {"name", ColumnType::text}, {"posts", ColumnType::integer}, {"tag", ColumnType::text}};
  table.rows = {{std::string("ascii"), std::int64_t{1}, std::string("t1")},
                {std::string("日本語の名前"), std::int64_t{22}, std::string("t2")},
                {std::string("emoji 😀👩\u200d💻"), std::int64_t{333}, std::string("t3")},
                {std::string("Zu\u0308rich cafe\u0301"), std::int64_t{4444}, std::string("t4")},
                {std::string("שלום עולם"), std::int64_t{5}, std::string("t5")}};
  return table;
}

} // namespace

TEST_CASE("Table columns align by display width: CJK, emoji, combining marks, RTL",
          "[report][table][width]") {
  const auto lines = lines_of(rendered(names_table(), report::Format::table));
  REQUIRE(lines.size() >= 6);
  // Every row's last column starts where the header's does.
  const auto tag_column = column_of(lines[0], "tag");
  for (std::size_t row = 1; row <= 5; ++row) {
    INFO(lines[row]);
    CHECK(column_of(lines[row], "t" + std::to_string(row)) == tag_column);
  }
  CHECK(lines[2].starts_with("日本語の名前  "));
  // Right-to-left text is isolated (FSI … PDI) so it cannot reorder the cells beside it.
  CHECK(lines[5].starts_with("\u2068שלום עולם\u2069"));
  CHECK(lines[0].find("\u2068") == std::string::npos);
}

TEST_CASE("Integers get thousands separators in table only, rates are percentages there",
          "[report][table]") {
  Table table;
  table.columns = {{"posts", ColumnType::integer},
                   {"post_id", ColumnType::id},
                   {"rate", ColumnType::ratio},
                   {"mean", ColumnType::number}};
  table.rows = {{std::int64_t{6883665}, std::string("1767000000000000099"), 12.5, 1234.5},
                {std::int64_t{-1234}, std::string("2"), 0.0123, -0.5}};
  const auto text = rendered(table, report::Format::table);
  CHECK(text.find("6,883,665") != std::string::npos);
  CHECK(text.find("-1,234") != std::string::npos);
  CHECK(text.find("1,250.00%") != std::string::npos);
  CHECK(text.find("1.23%") != std::string::npos);
  CHECK(text.find("1,234.5000") != std::string::npos);
  CHECK(text.find("1767000000000000099") != std::string::npos); // IDs never grouped
  const auto csv = rendered(table, report::Format::csv);
  CHECK(csv == "posts,post_id,rate,mean\r\n"
               "6883665,1767000000000000099,12.5,1234.5\r\n"
               "-1234,2,0.0123,-0.5\r\n");
  const auto json = rendered(table, report::Format::json);
  CHECK(json.find("\"posts\": 6883665") != std::string::npos);
  CHECK(json.find("\"rate\": 0.0123") != std::string::npos);
  CHECK(json.find(',' + std::string("883")) == std::string::npos);
  CHECK(report::group_thousands("123") == "123");
  CHECK(report::group_thousands("-123456.75") == "-123,456.75");
}

TEST_CASE("Untyped columns (sql's) show numbers as stored in table", "[report][table]") {
  Table table;
  table.columns = {{"id", ColumnType::text}, {"value", ColumnType::text}};
  table.rows = {{std::int64_t{1770514123456}, 0.1}, {std::int64_t{-5}, 1234.5}};
  const auto text = rendered(table, report::Format::table);
  CHECK(text.find("1770514123456") != std::string::npos);
  CHECK(text.find("1234.5") != std::string::npos);
  CHECK(text.find("0.1") != std::string::npos);
  CHECK(text.find("0.1000") == std::string::npos);
  CHECK(text.find(',') == std::string::npos);
}

TEST_CASE("On a terminal lines are cut to its width with an ellipsis, colour unless off",
          "[report][table][terminal]") {
  Table table;
  table.columns = {{"rank", ColumnType::integer},
                   {"text", ColumnType::text},
                   {"engagement", ColumnType::integer}};
  table.rows = {{std::int64_t{1}, std::string(200, 'x'), std::int64_t{5}},
                {std::int64_t{2}, std::string("日本語") + std::string(100, 'y'), Cell{Null{}}}};
  report::RenderOptions options(report::Format::table);
  options.terminal = {40, false};
  const auto text = rendered(table, options);
  for (const auto &line : lines_of(text)) {
    INFO(line);
    CHECK(util::display_width(line) <= 40);
  }
  const auto lines = lines_of(text);
  CHECK(lines[1].find("…") != std::string::npos);
  CHECK(lines[1].ends_with("5")); // the numbers stay whole; the text gave way
  CHECK(text.find('\x1b') == std::string::npos);

  options.terminal = {80, true};
  const auto coloured = rendered(table, options);
  CHECK(coloured.starts_with("\x1b[1mrank\x1b[0m"));
  CHECK(coloured.find("\x1b[2m-\x1b[0m") != std::string::npos); // null, dim

  // Not a terminal: nothing is cut.
  CHECK(rendered(table, report::Format::table).find(std::string(200, 'x')) != std::string::npos);
}

TEST_CASE("Named columns apply to every format and an unknown one lists the valid ones",
          "[report][columns]") {
  report::RenderOptions options(report::Format::csv);
  options.columns = "tag,name";
  CHECK(rendered(names_table(), options).starts_with("tag,name\r\nt1,ascii\r\n"));
  options.format = report::Format::json;
  const auto json = rendered(names_table(), options);
  CHECK(json.find("\"posts\"") == std::string::npos);
  CHECK(json.find("\"tag\": \"t1\",\n      \"name\": \"ascii\"") != std::string::npos);
  options.format = report::Format::table;
  options.columns = "all";
  CHECK(rendered(names_table(), options).starts_with("name"));

  options.columns = "name,nosuch";
  try {
    (void)rendered(names_table(), options);
    FAIL("no error");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::usage);
    CHECK(std::string(error.what()) == "--columns: unknown column 'nosuch'");
    CHECK(error.hint() == "use `all` or a comma list of: name, posts, tag");
  }
  options.columns = "name,";
  CHECK_THROWS_AS(rendered(names_table(), options), Error);
}

TEST_CASE("A command's default set applies to table only", "[report][columns]") {
  Table table;
  table.columns = {{"period", ColumnType::text},
                   {"posts", ColumnType::integer},
                   {"likes", ColumnType::integer},
                   {"engagement", ColumnType::integer}};
  table.rows = {{std::string("2024-01"), std::int64_t{1}, std::int64_t{2}, std::int64_t{3}}};
  const auto text = rendered(table, report::Format::table, "engagement");
  CHECK(text.starts_with("period   posts  engagement\n"));
  CHECK(rendered(table, report::Format::csv, "engagement")
            .starts_with("period,posts,likes,engagement\r\n"));
}

TEST_CASE("CSV neutralises cells a spreadsheet would run as formulas", "[report][csv]") {
  CHECK(report::csv_field("=1+2") == "'=1+2");
  CHECK(report::csv_field("+41 79 000") == "'+41 79 000");
  CHECK(report::csv_field("@SUM(A1)") == "'@SUM(A1)");
  CHECK(report::csv_field("\tx") == "'\tx");
  CHECK(report::csv_field("\rx") == "\"'\rx\"");
  CHECK(report::csv_field("-x") == "'-x");
  CHECK(report::csv_field("-1+2") == "'-1+2"); // starts with a digit, but is a formula
  CHECK(report::csv_field("-5") == "-5");      // a negative number stays one
  CHECK(report::csv_field("-0.25") == "-0.25");
  CHECK(report::csv_field("a\"b") == "\"a\"\"b\"");
  CHECK(report::csv_field("=x", false) == "=x");

  report::RenderOptions options(report::Format::csv);
  options.bom = true;
  CHECK(rendered(names_table(), options).starts_with("\xEF\xBB\xBFname,posts,tag\r\n"));
}

TEST_CASE("XLSX refuses a terminal", "[report][xlsx]") {
  report::RenderOptions options(report::Format::xlsx);
  options.terminal = {80, false};
  CHECK_THROWS_AS(rendered(names_table(), options), Error);
  options.terminal = {};
  const auto bytes = rendered(names_table(), options);
  CHECK(bytes.starts_with("PK")); // a zip
}
