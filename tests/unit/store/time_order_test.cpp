// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "store/time_order.hpp"

using namespace sociometer;

namespace {
TimePoint minute(int m) { return TimePoint{std::chrono::minutes{m}}; }

struct Row {
  TimePoint at;
  std::int64_t id;
  std::string name;
};

std::vector<std::string> names_in_time_order(std::vector<Row> rows) {
  const auto order = store::time_order(
      rows.size(), [&](std::size_t i) { return rows[i].at; },
      [&](std::size_t i) { return rows[i].id; });
  if (!order.empty()) {
    store::apply_order(rows, order);
  }
  std::vector<std::string> names;
  for (const auto &row : rows) {
    names.push_back(row.name);
  }
  return names;
}
} // namespace

TEST_CASE("time_order: nothing to do for rows already in (time, ID) order", "[store][order]") {
  const std::vector<Row> rows = {{minute(1), 5, "a"}, {minute(1), 7, "b"}, {minute(2), 1, "c"}};
  CHECK(store::time_order(
            rows.size(), [&](std::size_t i) { return rows[i].at; },
            [&](std::size_t i) { return rows[i].id; })
            .empty());
}

TEST_CASE("time_order: ties out of ID order in time-ordered rows are sorted within their run",
          "[store][order]") {
  CHECK(names_in_time_order({{minute(1), 9, "b"},
                             {minute(1), 3, "a"},
                             {minute(2), 1, "c"},
                             {minute(3), 8, "e"},
                             {minute(3), 4, "d"}}) ==
        std::vector<std::string>{"a", "b", "c", "d", "e"});
}

TEST_CASE("time_order: rows in no order are sorted by time, then ID", "[store][order]") {
  CHECK(names_in_time_order({{minute(5), 2, "e"},
                             {minute(1), 9, "b"},
                             {minute(3), 1, "d"},
                             {minute(1), 3, "a"},
                             {minute(2), 7, "c"}}) ==
        std::vector<std::string>{"a", "b", "c", "d", "e"});
}

TEST_CASE("apply_order: cycles and fixed points", "[store][order]") {
  // new[i] = old[order[i]]: one 3-cycle (0 → 2 → 4), a swap (1, 3) and a fixed point (5).
  std::vector<std::string> items = {"p", "q", "r", "s", "t", "u"};
  store::apply_order(items, {2, 3, 4, 1, 0, 5});
  CHECK(items == std::vector<std::string>{"r", "s", "t", "q", "p", "u"});
}
