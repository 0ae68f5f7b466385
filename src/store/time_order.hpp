// SPDX-License-Identifier: Apache-2.0
// Putting loaded rows in (created_at, id) order cheaply: analyses need posts in time order, and
// rows read through the time index are already nearly in it (post_selection.cpp; unit-tested
// directly).
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "sociometer/model/vocabulary.hpp"

namespace sociometer::store {

// Positions of `count` items in (created_at, id) order; empty when they are in that order already.
// Rows read through the time index arrive ordered by time, with ties in index order: then only
// the runs of equal times are sorted.
template <class TimeOf, class IdOf>
std::vector<std::uint32_t> time_order(std::size_t count, TimeOf time_of, IdOf id_of) {
  struct TimeKey {
    TimePoint created_at;
    std::int64_t id;
    std::uint32_t position;
  };
  std::vector<TimeKey> keys;
  keys.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    keys.push_back({time_of(i), id_of(i), static_cast<std::uint32_t>(i)});
  }
  const auto earlier = [](const TimeKey &a, const TimeKey &b) {
    return a.created_at != b.created_at ? a.created_at < b.created_at : a.id < b.id;
  };
  if (std::is_sorted(keys.begin(), keys.end(), earlier)) {
    return {};
  }
  const auto earlier_time = [](const TimeKey &a, const TimeKey &b) {
    return a.created_at < b.created_at;
  };
  if (std::is_sorted(keys.begin(), keys.end(), earlier_time)) {
    for (auto run = keys.begin(); run != keys.end();) {
      const auto end = std::find_if(
          run, keys.end(), [&](const TimeKey &key) { return key.created_at != run->created_at; });
      std::sort(run, end, earlier);
      run = end;
    }
  } else {
    std::sort(keys.begin(), keys.end(), earlier);
  }
  std::vector<std::uint32_t> order;
  order.reserve(count);
  for (const auto &key : keys) {
    order.push_back(key.position);
  }
  return order;
}

// Rearranges `items` so that items[i] is the former items[order[i]], moving only the items that
// change place (a cycle at a time), so nearly ordered rows cost little.
template <class T>
void apply_order(std::vector<T> &items, const std::vector<std::uint32_t> &order) {
  std::vector<bool> placed(order.size(), false);
  for (std::size_t start = 0; start < order.size(); ++start) {
    if (placed[start] || order[start] == start) {
      continue;
    }
    T held = std::move(items[start]);
    std::size_t at = start;
    while (order[at] != start) {
      items[at] = std::move(items[order[at]]);
      placed[at] = true;
      at = order[at];
    }
    items[at] = std::move(held);
    placed[at] = true;
  }
}

} // namespace sociometer::store
