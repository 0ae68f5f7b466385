// SPDX-License-Identifier: Apache-2.0
// The store's key/value settings (its time zone and the like).
#include "store_state.hpp"

namespace sociometer::store {

std::optional<std::string> Store::setting(const std::string &key) const {
  return m_impl->db.guard("cannot read setting " + key, [&]() -> std::optional<std::string> {
    Statement query(m_impl->db, "SELECT value FROM settings WHERE key = :key");
    query.bind(":key", key);
    if (query.step()) {
      return query.string(0);
    }
    return std::nullopt;
  });
}

void Store::set_setting(const std::string &key, const std::string &value) {
  m_impl->db.guard("cannot write setting " + key, [&] {
    Statement statement(m_impl->db, "INSERT INTO settings (key, value) VALUES (:key, :value) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    statement.bind(":key", key);
    statement.bind(":value", value);
    statement.run();
  });
}

} // namespace sociometer::store
