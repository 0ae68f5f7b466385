// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>
#include <cmath>
#include <iostream>
#include <sstream>

#include "report/json_envelope.hpp"
#include "sociometer/analysis/network.hpp"
#include "sociometer/error.hpp"
#include "sociometer/report/renderer.hpp"
#include "sociometer/util/time.hpp"

using namespace sociometer;

namespace {
Table sample_table() {
  Table table;
  table.columns = {{"account", ColumnType::text},
                   {"post_id", ColumnType::id},
                   {"posts", ColumnType::integer},
                   {"rate", ColumnType::ratio}};
  table.rows = {
      {std::string("=HYPERLINK(\"x\")"), std::string("1767000000000000099"), std::int64_t{3}, 0.25},
      {std::string("plain, with comma"), std::string("2"), std::int64_t{-1}, Cell{Null{}}}};
  return table;
}
} // namespace

TEST_CASE("CSV is RFC 4180 with formulas neutralised and IDs as text", "[report][csv]") {
  std::ostringstream out;
  report::render_table(sample_table(), report::Envelope{}, report::Format::csv, out);
  CHECK(out.str() == "account,post_id,posts,rate\r\n"
                     "\"'=HYPERLINK(\"\"x\"\")\",1767000000000000099,3,0.25\r\n"
                     "\"plain, with comma\",2,-1,\r\n");
}

TEST_CASE("JSON rows keep nulls and IDs as strings inside the envelope", "[report][json]") {
  report::Envelope envelope;
  envelope.command = "test";
  envelope.params["by"] = std::string("month");
  envelope.definitions["rate"] = "a / b";
  std::ostringstream out;
  report::render_table(sample_table(), envelope, report::Format::json, out);
  const auto text = out.str();
  CHECK_THAT(text, Catch::Contains("\"schema_version\": 1"));
  CHECK_THAT(text, Catch::Contains("\"command\": \"test\""));
  CHECK_THAT(text, Catch::Contains("\"generated_at\": \"1970-01-01T00:00:00Z\""));
  CHECK_THAT(text, Catch::Contains("\"post_id\": \"1767000000000000099\""));
  CHECK_THAT(text, Catch::Contains("\"rate\": null"));
}

TEST_CASE("NDJSON is one object per row and no envelope", "[report][ndjson]") {
  std::ostringstream out;
  report::render_table(sample_table(), report::Envelope{}, report::Format::ndjson, out);
  CHECK(out.str() ==
        "{\"account\":\"=HYPERLINK(\\\"x\\\")\",\"post_id\":\"1767000000000000099\",\"posts\":3,"
        "\"rate\":0.25}\n"
        "{\"account\":\"plain, with comma\",\"post_id\":\"2\",\"posts\":-1,\"rate\":null}\n");
}

TEST_CASE("Tables align columns and show rates as percentages", "[report][table]") {
  report::Envelope envelope;
  envelope.definitions["rate"] = "a / b";
  std::ostringstream out;
  report::render_table(sample_table(), envelope, report::Format::table, out);
  CHECK(out.str() == "account            post_id              posts    rate\n"
                     "=HYPERLINK(\"x\")    1767000000000000099      3  25.00%\n"
                     "plain, with comma  2                       -1       -\n"
                     "(2 rows)\n"
                     "definitions:\n"
                     "  rate: a / b\n");
}

namespace {
// What a RowStream writes for `table`.
std::string streamed(const Table &table, const report::Envelope &envelope, report::Format format) {
  std::ostringstream out;
  const auto stream = report::stream_rows(envelope, format, out);
  stream->columns(table.columns);
  for (const auto &row : table.rows) {
    stream->row(row);
  }
  stream->finish();
  return out.str();
}
} // namespace

TEST_CASE("Streamed rows are the bytes render_table writes", "[report][stream]") {
  report::Envelope envelope;
  envelope.command = "test";
  envelope.params["query"] = std::string("q");
  envelope.definitions["rate"] = "a / b";
  envelope.sections.emplace_back("extra", sample_table());
  auto empty = sample_table();
  empty.rows.clear();
  for (const auto &table : {sample_table(), empty}) {
    for (const auto format : {report::Format::table, report::Format::json, report::Format::ndjson,
                              report::Format::csv}) {
      INFO(report::to_string(format) << " with " << table.rows.size() << " rows");
      std::ostringstream whole;
      report::render_table(table, envelope, format, whole);
      CHECK(streamed(table, envelope, format) == whole.str());
    }
  }
  CHECK_THROWS_AS(report::stream_rows(envelope, report::Format::md, std::cout), Error);
}

TEST_CASE("Streamed `table` aligns on the first rows, then prints as they come",
          "[report][stream]") {
  Table table;
  table.columns = {{"n", ColumnType::integer}, {"name", ColumnType::text}};
  for (std::size_t i = 0; i < report::k_table_sample_rows; ++i) {
    table.rows.push_back({std::int64_t{7}, std::string("ab")});
  }
  table.rows.push_back({std::int64_t{123456}, std::string("late")});
  const auto text = streamed(table, report::Envelope{}, report::Format::table);
  CHECK_THAT(text, Catch::StartsWith("n  name\n7  ab\n"));
  // The wide late cell pushes its own line only.
  CHECK_THAT(text, Catch::EndsWith("7  ab\n123,456  late\n(1001 rows)\n"));
}

TEST_CASE("A stream stops with an error once its output fails", "[report][stream]") {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  const report::Envelope envelope; // must outlive the stream (stream_rows' contract)
  const auto stream = report::stream_rows(envelope, report::Format::csv, out);
  stream->columns({{"x", ColumnType::integer}});
  CHECK_THROWS_AS(stream->row({std::int64_t{1}}), Error);
}

TEST_CASE("network export's CSV is the edge table render_table writes, row by row",
          "[report][network]") {
  // The CSV is streamed edge by edge (a table of every edge took more memory than the network);
  // the bytes must stay those of the whole table.
  analysis::Network network;
  network.nodes.resize(3);
  network.nodes[0].id = "x:1";
  network.nodes[1].id = "x:2";
  network.nodes[2].id = "=x:3";
  analysis::NetworkEdge timed{0, 1, 0.75, 1.5, 1, 0, 1, 0, std::nullopt, std::nullopt};
  timed.first_at = *util::parse_iso8601("2024-03-01T10:00:00Z");
  timed.last_at = *util::parse_iso8601("2024-03-02T11:30:00Z");
  network.edges = {timed, {1, 2, 0.25, 0.5, 0, 1, 0, 2, std::nullopt, std::nullopt}};
  Table table;
  table.columns = {{"source", ColumnType::id},          {"target", ColumnType::id},
                   {"weight", ColumnType::number},      {"raw_weight", ColumnType::number},
                   {"reposts", ColumnType::integer},    {"quotes", ColumnType::integer},
                   {"replies", ColumnType::integer},    {"mentions", ColumnType::integer},
                   {"first_at", ColumnType::timestamp}, {"last_at", ColumnType::timestamp}};
  for (const auto &edge : network.edges) {
    const auto time = [](const std::optional<TimePoint> &t) {
      return t ? Cell{util::format_rfc3339(*t)} : Cell{Null{}};
    };
    table.rows.push_back({network.source_id(edge), network.target_id(edge), edge.weight,
                          edge.raw_weight, edge.reposts, edge.quotes, edge.replies, edge.mentions,
                          time(edge.first_at), time(edge.last_at)});
  }
  const report::Envelope envelope;
  std::ostringstream whole;
  report::render_table(table, envelope, report::Format::csv, whole);
  std::ostringstream streamed;
  report::render_network(network, envelope, report::NetworkFormat::csv, streamed);
  CHECK(streamed.str() == whole.str());
  CHECK(streamed.str().find("2024-03-01T10:00:00Z") != std::string::npos);

  std::ostringstream empty_whole;
  table.rows.clear();
  report::render_table(table, envelope, report::Format::csv, empty_whole);
  std::ostringstream empty_streamed;
  report::render_network(analysis::Network{}, envelope, report::NetworkFormat::csv, empty_streamed);
  CHECK(empty_streamed.str() == empty_whole.str());
}

TEST_CASE("JSON rows written as text are the bytes nlohmann writes for the same object",
          "[report][json]") {
  // JsonRowText writes rows without an object per row; row_json + dump is the reference.
  Table table;
  table.columns = {{"text", ColumnType::text},     {"id", ColumnType::id},
                   {"n", ColumnType::integer},     {"rate", ColumnType::ratio},
                   {"tags", ColumnType::list},     {"languages", ColumnType::tally},
                   {"when", ColumnType::timestamp}};
  const std::vector<std::string> texts = {"plain",
                                          "quote \" and \\ backslash",
                                          "line\nbreak\ttab\r",
                                          "ünïcödé 清洁水 🌊 الماء",
                                          std::string("control \x01 and DEL \x7f"),
                                          ""};
  const std::vector<Cell> numbers = {Cell{0.1},   Cell{1e-7},        Cell{12345.678},
                                     Cell{-0.0},  Cell{Null{}},      Cell{1.0 / 3.0},
                                     Cell{1e300}, Cell{std::nan("")}};
  for (std::size_t i = 0; i < texts.size() * numbers.size(); ++i) {
    const auto &text = texts[i % texts.size()];
    table.rows.push_back({text, std::string("17670000000000000") + std::to_string(i % 10),
                          std::int64_t{-1} * static_cast<std::int64_t>(i) * 1000003,
                          numbers[i % numbers.size()],
                          i % 3 == 0 ? Cell{Null{}} : Cell{make_list_cell({"a", text, "b"})},
                          i % 4 == 0 ? Cell{std::string()}
                                     : make_tally_cell({{"en", 3}, {text.empty() ? "x" : text, 1}}),
                          std::string("2024-04-01T00:00:00Z")});
  }
  table.rows.push_back({}); // fewer cells than columns
  Table repeated = table;   // a repeated key: nlohmann keeps its first place, the last value
  repeated.columns[2].key = "text";
  Table none;
  none.rows.push_back({});
  for (const auto *t : {&table, &repeated, &none}) {
    const report::JsonRowText compact(t->columns, -1);
    const report::JsonRowText pretty(t->columns, 4);
    for (const auto &row : t->rows) {
      const auto object = report::row_json(*t, row);
      std::string line;
      compact.append(row, line);
      CHECK(line == object.dump());
      std::string expected = "    ";
      for (const char c : object.dump(2)) {
        expected += c;
        if (c == '\n') {
          expected += "    ";
        }
      }
      line.clear();
      pretty.append(row, line);
      CHECK(line == expected);
    }
  }
}
