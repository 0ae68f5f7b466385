// SPDX-License-Identifier: Apache-2.0
#include "meta_mojibake.hpp"

#include "sociometer/util/text.hpp"

namespace sociometer::ingest {

std::string repair_meta_mojibake(std::string_view text) {
  std::string bytes;
  bytes.reserve(text.size());
  bool high = false;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto decoded = util::decode_code_point(text, i);
    if (!decoded || decoded->value > 0xFF) {
      return std::string(text); // not mojibake (or not UTF-8 at all): leave it
    }
    high = high || decoded->value >= 0x80;
    bytes.push_back(static_cast<char>(static_cast<unsigned char>(decoded->value)));
    i += decoded->length;
  }
  if (!high || !util::is_valid_utf8(bytes)) {
    return std::string(text); // pure ASCII, or genuine Latin-1 text
  }
  return bytes;
}

} // namespace sociometer::ingest
