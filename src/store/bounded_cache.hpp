// SPDX-License-Identifier: Apache-2.0
// A map that forgets, for caches whose misses cost a statement that asks the store: at most
// twice `generation` entries, in two generations. A hit in the older generation moves the entry
// to the newer; when the newer is full it becomes the older and the older is dropped. Entries in
// use stay, so a capture that names the same accounts on every page keeps them, while one that
// names millions of accounts holds no more than the limit (docs/performance.md, "A capture by
// 288,000 accounts").
#pragma once

#include <cstddef>
#include <unordered_map>
#include <utility>

namespace sociometer::store {

template <class Key, class Value> class BoundedCache {
public:
  explicit BoundedCache(std::size_t generation) : m_generation(generation) {}

  // The value cached for `key`, or nullptr; valid until the next put(), erase() or clear().
  [[nodiscard]] Value *find(const Key &key) {
    if (const auto it = m_newer.find(key); it != m_newer.end()) {
      return &it->second;
    }
    const auto old = m_older.find(key);
    if (old == m_older.end()) {
      return nullptr;
    }
    auto value = std::move(old->second);
    m_older.erase(old);
    return &put(key, std::move(value));
  }

  // Caches `value` for `key`, replacing what was cached; returns the cached value.
  Value &put(const Key &key, Value value) {
    m_older.erase(key);
    if (m_newer.size() >= m_generation && m_newer.find(key) == m_newer.end()) {
      m_dropped = m_dropped || !m_older.empty();
      m_older = std::move(m_newer);
      m_newer = {};
    }
    return m_newer.insert_or_assign(key, std::move(value)).first->second;
  }

  void erase(const Key &key) {
    m_newer.erase(key);
    m_older.erase(key);
  }

  // Forgets everything, and that anything was dropped.
  void clear() {
    m_newer = {};
    m_older = {};
    m_dropped = false;
  }

  [[nodiscard]] std::size_t size() const noexcept { return m_newer.size() + m_older.size(); }
  // Whether a generation full of entries was dropped since construction or clear(): until then a
  // miss means the key was never put.
  [[nodiscard]] bool dropped() const noexcept { return m_dropped; }

private:
  std::size_t m_generation;
  std::unordered_map<Key, Value> m_newer;
  std::unordered_map<Key, Value> m_older;
  bool m_dropped = false;
};

} // namespace sociometer::store
