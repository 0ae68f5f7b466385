// SPDX-License-Identifier: Apache-2.0
// The mojibake of Facebook/Instagram "Download Your Information" JSON exports, undone.
#pragma once

#include <string>
#include <string_view>

namespace sociometer::ingest {

// Meta writes each UTF-8 byte as a `\u00XX` escape, so decoded JSON strings hold one
// U+0080..U+00FF code point per byte. When no code point exceeds U+00FF and the code points, taken
// as bytes, are valid UTF-8 with at least one byte >= 0x80, returns those bytes; otherwise returns
// `text` unchanged (genuine Latin-1 such as a correctly written `café` stays). Idempotent.
[[nodiscard]] std::string repair_meta_mojibake(std::string_view text);

} // namespace sociometer::ingest
