// SPDX-License-Identifier: Apache-2.0
// The items with the most engagement met so far, held in memory bounded by how many are shown:
// the top posts of `top posts` and of the monthly report.
#pragma once

#include <algorithm>
#include <cstdint>
#include <deque>
#include <optional>
#include <utility>

namespace sociometer::analysis {

// The first `limit` items by engagement and every item tied with the last of them (a tie is
// broken later, by native ID, which is read only for these): about twice `limit` items are held,
// more only while more tie (every item, when fewer than `limit` have more engagement than the
// rest). A limit of 0 keeps every item. A deque: growing never holds the old and a new block.
template <typename Item> class TopByEngagement {
public:
  using Entry = std::pair<std::int64_t, Item>; // engagement, item

  explicit TopByEngagement(std::size_t limit) : m_limit(limit), m_prune_at(2 * limit + 64) {}

  // Copies `item` only when it may rank.
  void add(std::int64_t engagement, const Item &item) {
    if (m_floor && engagement < *m_floor) {
      return;
    }
    m_items.emplace_back(engagement, item);
    if (m_limit > 0 && m_items.size() >= m_prune_at) {
      prune();
    }
  }
  // The entries, in no order: the first `limit` by engagement and every one tied with the last.
  [[nodiscard]] std::deque<Entry> take() {
    if (m_limit > 0) {
      prune();
    }
    return std::move(m_items);
  }
  [[nodiscard]] std::size_t limit() const noexcept { return m_limit; }

private:
  void prune() {
    if (m_items.size() <= m_limit) {
      return;
    }
    const auto by_engagement = [](const Entry &a, const Entry &b) { return a.first > b.first; };
    const auto last = m_items.begin() + static_cast<std::ptrdiff_t>(m_limit - 1);
    std::nth_element(m_items.begin(), last, m_items.end(), by_engagement);
    m_floor = last->first;
    m_items.erase(std::partition(m_items.begin(), m_items.end(),
                                 [&](const Entry &item) { return item.first >= *m_floor; }),
                  m_items.end());
    m_prune_at = std::max(m_prune_at, 2 * m_items.size()); // many ties: prune less often
  }

  std::size_t m_limit;
  std::size_t m_prune_at;
  std::optional<std::int64_t> m_floor;
  std::deque<Entry> m_items;
};

} // namespace sociometer::analysis
