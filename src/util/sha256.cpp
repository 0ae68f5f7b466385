// SPDX-License-Identifier: Apache-2.0
#include "sociometer/util/sha256.hpp"

#include <openssl/evp.h>

#include "sociometer/error.hpp"

namespace sociometer::util {

struct Sha256::State {
  EVP_MD_CTX *context = nullptr;
};

Sha256::Sha256() : m_state(std::make_unique<State>()) {
  m_state->context = EVP_MD_CTX_new();
  if (m_state->context == nullptr ||
      EVP_DigestInit_ex(m_state->context, EVP_sha256(), nullptr) != 1) {
    throw Error(ErrorKind::internal, "cannot initialise SHA-256");
  }
}

Sha256::~Sha256() { EVP_MD_CTX_free(m_state->context); }

void Sha256::update(std::string_view bytes) {
  EVP_DigestUpdate(m_state->context, bytes.data(), bytes.size());
}

std::string Sha256::hex_digest() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_DigestFinal_ex(m_state->context, digest, &length);
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(std::size_t{length} * 2);
  for (unsigned int i = 0; i < length; ++i) {
    hex.push_back(k_hex[digest[i] >> 4]);
    hex.push_back(k_hex[digest[i] & 0x0F]);
  }
  return hex;
}

} // namespace sociometer::util
