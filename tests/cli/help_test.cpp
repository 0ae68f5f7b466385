// SPDX-License-Identifier: Apache-2.0
// Every help page ends with its formats and two or three examples (docs/cli.md is generated from
// them); `report` and `sql` point to what their users need.
#include <catch2/catch.hpp>
#include <regex>
#include <sstream>

#include "test_support.hpp"

using namespace sociometer;
using test::run_cli;

namespace {

// The subcommands a help page lists under "SUBCOMMANDS:" (CLI11's layout).
std::vector<std::string> subcommands_of(const std::string &help) {
  std::vector<std::string> names;
  std::istringstream lines(help);
  std::string line;
  bool in_list = false;
  const std::regex entry(R"(^  ([a-z]+))");
  std::smatch match;
  while (std::getline(lines, line)) {
    if (line == "SUBCOMMANDS:" || line == "Subcommands:") {
      in_list = true;
    } else if (in_list && std::regex_search(line, match, entry)) {
      names.push_back(match[1]);
    } else if (in_list && !line.empty() && line.front() != ' ') {
      in_list = false;
    }
  }
  return names;
}

// The help of `path` and of every command under it, checked; returns how many pages.
int check_help_tree(std::vector<std::string> path) {
  auto args = path;
  args.emplace_back("--help");
  const auto result = run_cli(args);
  INFO("sociometer " << [&] {
    std::string joined;
    for (const auto &word : path) {
      joined += word + " ";
    }
    return joined;
  }() << "--help");
  CHECK(result.code == 0);
  const auto examples = result.out.find("\nExamples:\n  sociometer ");
  REQUIRE(examples != std::string::npos);
  // Two or three, and they end the page.
  int count = 0;
  for (auto at = examples;
       (at = result.out.find("\n  sociometer ", at + 1)) != std::string::npos;) {
    ++count;
  }
  CHECK(count >= 2);
  CHECK(count <= 3);
  CHECK(result.out.find("\n", result.out.rfind("\n  sociometer ") + 1) + 2 >= result.out.size());
  int pages = 1;
  for (const auto &name : subcommands_of(result.out)) {
    auto deeper = path;
    deeper.push_back(name);
    pages += check_help_tree(deeper);
  }
  return pages;
}

} // namespace

TEST_CASE("help: every command's --help ends with examples", "[cli][help]") {
  CHECK(check_help_tree({}) >= 25);
}

TEST_CASE("help: formats and pointers", "[cli][help]") {
  const auto report = run_cli({"report", "--help"}).out;
  CHECK_THAT(report, Catch::Contains("--format md|html|json"));
  CHECK_THAT(report, Catch::Contains("-o FILE"));
  CHECK_THAT(run_cli({"engagement", "--help"}).out,
             Catch::Contains("Formats: --format table|json|ndjson|csv|xlsx (default table)"));
  CHECK_THAT(run_cli({"network", "export", "--help"}).out,
             Catch::Contains("--format gexf|graphml|csv"));
  CHECK_THAT(run_cli({"sql", "--help"}).out, Catch::Contains("docs/schema.md"));
  CHECK_THAT(run_cli({"ingest", "--help"}).out, Catch::Contains("--no-progress"));
}
