// SPDX-License-Identifier: Apache-2.0
// The JSON scanner shared by the X archive, DYI and Mastodon inputs: value ends and array splits
// by byte position, without a DOM.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/json_scan.hpp"

using namespace sociometer::ingest;

namespace {

constexpr auto k_npos = std::string_view::npos;

// The elements of the array at the start of `text`, as text.
std::vector<std::string> elements(std::string_view text, json::Separators separators) {
  std::vector<std::string> out;
  (void)json::split_array(text, 0, separators, [&](std::size_t begin, std::size_t end) {
    out.emplace_back(text.substr(begin, end - begin));
  });
  return out;
}

json::ArrayError split_error(std::string_view text, json::Separators separators) {
  try {
    (void)json::split_array(text, 0, separators, [](std::size_t, std::size_t) {});
  } catch (const json::ArrayError &error) {
    return error;
  }
  FAIL("expected an ArrayError for " << text);
  return {};
}

} // namespace

TEST_CASE("JSON value end: strings, escapes and brackets inside strings", "[ingest][json]") {
  CHECK(json::value_end(R"("abc" ,)", 0) == 5);
  // An escaped quote does not close the string; an escaped backslash before a quote does.
  CHECK(json::value_end(R"("a\"b" x)", 0) == 6);
  CHECK(json::value_end(R"("a\\" x)", 0) == 5);
  // Brackets and braces inside strings are text, not structure.
  const std::string_view object = R"({"k": "}]{[", "q": "say \"}\""} tail)";
  CHECK(json::value_end(object, 0) == object.find(" tail"));
  CHECK(json::value_end(R"(["]", "\"]"], 1)", 0) == 12);
}

TEST_CASE("JSON value end: nested arrays and objects, scalars", "[ingest][json]") {
  const std::string_view nested = R"([{"a": [1, {"b": [[], {}]}]}, 2] , 3)";
  CHECK(json::value_end(nested, 0) == nested.find(" , 3"));
  CHECK(json::value_end(nested, 1) == nested.find(", 2]"));
  CHECK(json::value_end("12.5e3, 1", 0) == 6);
  CHECK(json::value_end("true}", 0) == 4);
  CHECK(json::value_end("null\n", 0) == 4);
  CHECK(json::value_end("  x", 2) == 3);
  // No value starts at a delimiter: its end is where it starts.
  CHECK(json::value_end("], 1", 0) == 0);
  CHECK(json::skip_space(" \t\r\n x", 0) == 5);
  CHECK(json::skip_space("   ", 1) == 3);
}

TEST_CASE("JSON value end: truncated input is npos", "[ingest][json]") {
  CHECK(json::value_end(R"({"a": [1, 2])", 0) == k_npos);
  CHECK(json::value_end(R"([{"a": "}]")", 0) == k_npos); // that `}]` is inside a string
  CHECK(json::value_end(R"("never closed)", 0) == k_npos);
  CHECK(json::value_end(R"("ends in an escape\)", 0) == k_npos);
  CHECK(json::value_end("", 0) == k_npos);
  CHECK(json::value_end("[]", 2) == k_npos);
}

TEST_CASE("JSON array split: element ranges with both separator rules", "[ingest][json]") {
  const std::string_view text = R"([ {"t": "a,]"} ,[1,[2]], "s\"]" , 7 ,null])";
  const std::vector<std::string> expected = {R"({"t": "a,]"})", "[1,[2]]", R"("s\"]")", "7",
                                             "null"};
  CHECK(elements(text, json::Separators::json) == expected);
  CHECK(elements(text, json::Separators::any) == expected);
  CHECK(elements("[]", json::Separators::json).empty());
  CHECK(elements("[ \n ]", json::Separators::any).empty());

  SECTION("the position after `]` is returned") {
    CHECK(json::split_array("[1, 2] x", 0, json::Separators::json,
                            [](std::size_t, std::size_t) {}) == 6);
  }
  SECTION("json: a trailing comma is tolerated, a stray one is an empty element") {
    CHECK(elements("[1, 2,]", json::Separators::json) == std::vector<std::string>{"1", "2"});
    CHECK(elements("[,1]", json::Separators::json) == std::vector<std::string>{"", "1"});
  }
  SECTION("any: holes, trailing commas and elements without a comma, as in JavaScript") {
    CHECK(elements("[,{},,{}{} ,]", json::Separators::any) ==
          std::vector<std::string>{"{}", "{}", "{}"});
    CHECK(elements("[{}\v,\f{}]", json::Separators::any) == std::vector<std::string>{"{}", "{}"});
  }
}

TEST_CASE("JSON array split: truncated and broken arrays say where and why", "[ingest][json]") {
  for (const auto separators : {json::Separators::json, json::Separators::any}) {
    auto error = split_error(R"({"a": 1})", separators);
    CHECK(error.problem == json::ArrayProblem::not_an_array);
    CHECK(error.offset == 0);
    error = split_error(R"([{"a": 1}, )", separators);
    CHECK(error.problem == json::ArrayProblem::not_closed);
    CHECK(error.offset == 11);
    error = split_error(R"([{"a": 1}, {"b": "]}"}, {"c": [)", separators);
    CHECK(error.problem == json::ArrayProblem::element_not_closed);
    CHECK(error.offset == 24);
    error = split_error(R"([1, "open)", separators);
    CHECK(error.problem == json::ArrayProblem::element_not_closed);
    CHECK(error.offset == 4);
  }
  auto error = split_error("[{} {}]", json::Separators::json);
  CHECK(error.problem == json::ArrayProblem::missing_separator);
  CHECK(error.offset == 4);
  // A stray `}` is handed over as an empty element; when that passes, the split stops there.
  error = split_error("[1, }]", json::Separators::any);
  CHECK(error.problem == json::ArrayProblem::missing_separator);
  CHECK(error.offset == 4);
  error = split_error("[1, }]", json::Separators::json);
  CHECK(error.problem == json::ArrayProblem::missing_separator);
  CHECK(error.offset == 4);
}
