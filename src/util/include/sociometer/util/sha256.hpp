// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace sociometer::util {

// Incremental SHA-256 (libcrypto), so an input is hashed while it streams past, never read twice.
class Sha256 {
public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256 &) = delete;
  Sha256 &operator=(const Sha256 &) = delete;
  void update(std::string_view bytes);
  // Lower-case hex digest; the object must not be updated afterwards.
  [[nodiscard]] std::string hex_digest();

private:
  struct State;
  std::unique_ptr<State> m_state;
};

} // namespace sociometer::util
