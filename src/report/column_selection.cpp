// SPDX-License-Identifier: Apache-2.0
#include "column_selection.hpp"

#include <algorithm>
#include <string>

#include "sociometer/error.hpp"

namespace sociometer::report {
namespace {

// A column of a default set; free text is capped so that the set fits 120 columns.
struct DefaultColumn {
  std::string_view key;
  std::size_t max_width = 0;
};

// The default `table` columns of a command, when its table starts with `first_column` (empty:
// any). The first column (the row's key) is always kept, and capped when the set names it;
// absent keys are skipped.
struct DefaultSet {
  std::string_view command;
  std::string_view first_column;
  std::vector<DefaultColumn> columns;
};

// docs/output.md lists these sets; tests/cli/columns_test.cpp checks each fits 120 columns.
const std::vector<DefaultSet> &default_sets() {
  static const std::vector<DefaultSet> sets{
      DefaultSet{"engagement",
                 "post_id",
                 {{"post_id", 22},
                  {"account", 20},
                  {"created_at"},
                  {"kind"},
                  {"engagement"},
                  {"impressions"},
                  {"er_impressions"}}},
      DefaultSet{"engagement",
                 "",
                 {{"account", 28},
                  {"posts"},
                  {"engagement"},
                  {"impressions"},
                  {"er_impressions"},
                  {"er_followers"},
                  {"ctr"},
                  {"follower_growth"}}},
      DefaultSet{
          "top posts",
          "",
          {{"post_id", 22}, {"account", 16}, {"created_at"}, {"engagement"}, {"er"}, {"text", 30}}},
      DefaultSet{"causes",
                 "",
                 {{"campaign", 24},
                  {"posts"},
                  {"participants"},
                  {"engaged_supporters"},
                  {"new_supporters"},
                  {"potential_reach"},
                  {"engagement"},
                  {"cta_ctr"},
                  {"share_of_voice"}}},
      DefaultSet{"accounts",
                 "",
                 {{"handle", 24},
                  {"display_name", 24},
                  {"role"},
                  {"linked_as", 16},
                  {"posts"},
                  {"followers"}}},
      DefaultSet{"influencers",
                 "",
                 {{"account", 28},
                  {"platform"},
                  {"pr_index"},
                  {"amplified_by"},
                  {"reposts_received"},
                  {"followers"},
                  {"community"},
                  {"flags", 12}}},
      DefaultSet{
          "campaign list",
          "",
          {{"campaign", 24}, {"starts_at"}, {"ends_at"}, {"hashtags", 24}, {"keywords", 24}}},
      DefaultSet{"ingest",
                 "",
                 {{"path", 32},
                  {"format"},
                  {"outcome"},
                  {"posts_new"},
                  {"posts_unchanged"},
                  {"records_skipped"},
                  {"diagnostics"}}},
  };
  return sets;
}

const DefaultSet *default_set(const std::vector<Column> &columns, std::string_view command) {
  for (const auto &set : default_sets()) {
    if (set.command == command &&
        (set.first_column.empty() || (!columns.empty() && columns[0].key == set.first_column))) {
      return &set;
    }
  }
  return nullptr;
}

std::vector<ChosenColumn> every_column(const std::vector<Column> &columns) {
  std::vector<ChosenColumn> chosen;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    chosen.push_back({c, 0});
  }
  return chosen;
}

std::vector<ChosenColumn> default_columns(const std::vector<Column> &columns,
                                          std::string_view command) {
  const auto *set = default_set(columns, command);
  if (set == nullptr || columns.empty()) {
    return every_column(columns);
  }
  std::vector<ChosenColumn> chosen{{0, 0}};
  for (const auto &wanted : set->columns) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (columns[c].key == wanted.key) {
        if (c == 0) {
          chosen.front().max_width = wanted.max_width;
        } else {
          chosen.push_back({c, wanted.max_width});
        }
      }
    }
  }
  return chosen;
}

std::string column_names(const std::vector<Column> &columns) {
  std::string names;
  for (const auto &column : columns) {
    names += (names.empty() ? "" : ", ") + column.key;
  }
  return names;
}

std::vector<ChosenColumn> named_columns(const std::vector<Column> &columns, std::string_view spec) {
  std::vector<ChosenColumn> chosen;
  std::size_t start = 0;
  while (start <= spec.size()) {
    const auto comma = std::min(spec.find(',', start), spec.size());
    const auto name = spec.substr(start, comma - start);
    const auto found = std::find_if(columns.begin(), columns.end(),
                                    [&](const Column &column) { return column.key == name; });
    if (found == columns.end()) {
      throw Error(ErrorKind::usage,
                  "--columns: " + (name.empty() ? std::string("empty column name")
                                                : "unknown column '" + std::string(name) + "'"),
                  "use `all` or a comma list of: " + column_names(columns));
    }
    chosen.push_back({static_cast<std::size_t>(found - columns.begin()), 0});
    start = comma + 1;
  }
  return chosen;
}

} // namespace

std::vector<ChosenColumn> choose_columns(const std::vector<Column> &columns,
                                         std::string_view command, std::string_view spec,
                                         Format format) {
  if (spec == "all" || (spec.empty() && format != Format::table)) {
    return every_column(columns);
  }
  if (spec.empty()) {
    return default_columns(columns, command);
  }
  return named_columns(columns, spec);
}

Table project(const Table &table, const std::vector<ChosenColumn> &chosen) {
  Table result;
  for (const auto &column : chosen) {
    result.columns.push_back(table.columns[column.index]);
  }
  result.rows.reserve(table.rows.size());
  for (const auto &row : table.rows) {
    std::vector<Cell> cells;
    cells.reserve(chosen.size());
    for (const auto &column : chosen) {
      cells.push_back(column.index < row.size() ? row[column.index] : Cell{Null{}});
    }
    result.rows.push_back(std::move(cells));
  }
  return result;
}

} // namespace sociometer::report
