// SPDX-License-Identifier: Apache-2.0
// A bounded reader of DAG-CBOR (the CBOR subset AT Protocol records are stored in) and of the
// content identifiers (CIDs) and varints of CAR files (docs/formats.md, Bluesky repository). Our
// own, not a general CBOR library: the subset is small (definite lengths, string map keys, tag 42
// only), every length is checked against the bytes left, nesting and item counts are bounded,
// and each error names its byte offset.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace sociometer::ingest::cbor {

// Nesting levels a value may have; AT Protocol records stay far below it.
inline constexpr int k_max_depth = 64;
// Values one decode may produce (each costs memory however few bytes encode it).
inline constexpr std::size_t k_max_values = 200'000;

struct Entry;

struct Value {
  enum class Type { null, boolean, integer, floating, text, bytes, link, array, map };
  Type type = Type::null;
  bool boolean = false;
  std::int64_t integer = 0;
  double floating = 0;
  std::string string; // text (valid UTF-8), bytes, or a link's binary CID
  std::vector<Value> items;
  std::vector<Entry> entries; // in the encoded order

  // The entry `key` of a map; nullptr when absent or not a map.
  [[nodiscard]] const Value *find(std::string_view key) const;
  // The text of entry `key`, or empty.
  [[nodiscard]] std::string_view text(std::string_view key) const;
};

// One key and value of a map.
struct Entry {
  std::string key;
  Value value;
};

// Bytes that are not DAG-CBOR (or break a bound), at `offset` from the start of the decoded data.
class DecodeError : public std::runtime_error {
public:
  DecodeError(std::size_t offset, const std::string &what)
      : std::runtime_error(what), m_offset(offset) {}
  [[nodiscard]] std::size_t offset() const noexcept { return m_offset; }

private:
  std::size_t m_offset;
};

// Decodes the one value at `pos` of `data` and moves `pos` past it. Throws DecodeError.
[[nodiscard]] Value decode(std::string_view data, std::size_t &pos);
// Decodes `data`, which must hold exactly one value.
[[nodiscard]] Value decode_all(std::string_view data);

// An unsigned LEB128 varint at `pos` (at most 9 bytes, 63 bits), moving `pos` past it;
// std::nullopt when it is truncated or longer.
[[nodiscard]] std::optional<std::uint64_t> read_varint(std::string_view data, std::size_t &pos);

// The length of the binary CID that starts `data` (CIDv0: a bare sha2-256 multihash; CIDv1:
// version, codec and multihash varints), or std::nullopt when it is not one.
[[nodiscard]] std::optional<std::size_t> cid_length(std::string_view data);

// A binary CID as text: base32 multibase (`b…`), as AT Protocol writes CIDv1.
[[nodiscard]] std::string cid_text(std::string_view cid);

// `value` as DAG-JSON: links `{"$link":"b…"}`, bytes `{"$bytes":"<base64>"}`.
[[nodiscard]] std::string to_json(const Value &value);

} // namespace sociometer::ingest::cbor
