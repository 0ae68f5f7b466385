// SPDX-License-Identifier: Apache-2.0
#include "dag_cbor.hpp"

#include <bit>
#include <cmath>
#include <cstring>

#include "sociometer/util/text.hpp"

namespace sociometer::ingest::cbor {
namespace {

class Decoder {
public:
  explicit Decoder(std::string_view data) : m_data(data) {}

  Value value(std::size_t &pos, int depth) {
    if (depth > k_max_depth) {
      throw DecodeError(pos, "nested deeper than " + std::to_string(k_max_depth) + " levels");
    }
    if (++m_values > k_max_values) {
      throw DecodeError(pos, "more than " + std::to_string(k_max_values) + " values");
    }
    const auto start = pos;
    const auto initial = byte(pos);
    const auto major = initial >> 5U;
    const auto info = static_cast<unsigned>(initial & 0x1FU);
    if (major == 7) {
      return simple(start, pos, info);
    }
    const auto argument = this->argument(start, pos, info);
    Value result;
    switch (major) {
    case 0:
    case 1:
      if (argument > static_cast<std::uint64_t>(INT64_MAX)) {
        throw DecodeError(start, "integer out of the 64-bit signed range");
      }
      result.type = Value::Type::integer;
      result.integer = major == 0 ? static_cast<std::int64_t>(argument)
                                  : -1 - static_cast<std::int64_t>(argument);
      return result;
    case 2:
    case 3:
      result.type = major == 2 ? Value::Type::bytes : Value::Type::text;
      result.string = std::string(take(start, pos, argument));
      if (major == 3 && util::find_invalid_utf8(result.string)) {
        throw DecodeError(start, "text string is not valid UTF-8");
      }
      return result;
    case 4:
      result.type = Value::Type::array;
      check_count(start, pos, argument);
      result.items.reserve(static_cast<std::size_t>(argument));
      for (std::uint64_t i = 0; i < argument; ++i) {
        result.items.push_back(value(pos, depth + 1));
      }
      return result;
    case 5:
      result.type = Value::Type::map;
      check_count(start, pos, argument);
      for (std::uint64_t i = 0; i < argument; ++i) {
        const auto key_at = pos;
        auto key = value(pos, depth + 1);
        if (key.type != Value::Type::text) {
          throw DecodeError(key_at, "map key is not a text string");
        }
        result.entries.push_back(Entry{std::move(key.string), value(pos, depth + 1)});
      }
      return result;
    default: // 6: a tag; DAG-CBOR has only tag 42, a CID link
      return link(start, pos, argument, depth);
    }
  }

private:
  unsigned char byte(std::size_t &pos) const {
    if (pos >= m_data.size()) {
      throw DecodeError(pos, "truncated: the data ends inside a value");
    }
    return static_cast<unsigned char>(m_data[pos++]);
  }

  std::uint64_t argument(std::size_t start, std::size_t &pos, unsigned info) const {
    if (info < 24) {
      return info;
    }
    if (info > 27) {
      throw DecodeError(start, info == 31
                                   ? "indefinite length (not DAG-CBOR)"
                                   : "reserved additional information " + std::to_string(info));
    }
    const auto width = std::size_t{1} << (info - 24);
    std::uint64_t result = 0;
    for (std::size_t i = 0; i < width; ++i) {
      result = (result << 8U) | byte(pos);
    }
    return result;
  }

  std::string_view take(std::size_t start, std::size_t &pos, std::uint64_t length) const {
    if (length > m_data.size() - pos) {
      throw DecodeError(start, "length " + std::to_string(length) + " runs past the data (" +
                                   std::to_string(m_data.size() - pos) + " bytes left)");
    }
    const auto piece = m_data.substr(pos, static_cast<std::size_t>(length));
    pos += static_cast<std::size_t>(length);
    return piece;
  }

  // Each item takes at least one byte: a count beyond the bytes left is a lie.
  void check_count(std::size_t start, std::size_t pos, std::uint64_t count) const {
    if (count > m_data.size() - pos) {
      throw DecodeError(start, "count " + std::to_string(count) + " exceeds the bytes left (" +
                                   std::to_string(m_data.size() - pos) + ")");
    }
  }

  Value simple(std::size_t start, std::size_t &pos, unsigned info) const {
    Value result;
    switch (info) {
    case 20:
    case 21:
      result.type = Value::Type::boolean;
      result.boolean = info == 21;
      return result;
    case 22:
      return result; // null
    case 26:
    case 27: {
      const auto bits = argument(start, pos, info);
      result.type = Value::Type::floating;
      if (info == 26) {
        result.floating = std::bit_cast<float>(static_cast<std::uint32_t>(bits));
      } else {
        result.floating = std::bit_cast<double>(bits);
      }
      if (!std::isfinite(result.floating)) {
        throw DecodeError(start, "NaN or infinity (not DAG-CBOR)");
      }
      return result;
    }
    default:
      throw DecodeError(start, "simple value " + std::to_string(info) + " (not DAG-CBOR)");
    }
  }

  Value link(std::size_t start, std::size_t &pos, std::uint64_t tag, int depth) {
    if (tag != 42) {
      throw DecodeError(start, "tag " + std::to_string(tag) + " (DAG-CBOR has only tag 42)");
    }
    const auto inner_at = pos;
    auto inner = value(pos, depth + 1);
    // A CID link: a byte string of the multibase identity prefix 0x00 and a binary CID.
    if (inner.type != Value::Type::bytes || inner.string.empty() || inner.string[0] != '\0' ||
        cid_length(std::string_view(inner.string).substr(1)) != inner.string.size() - 1) {
      throw DecodeError(inner_at, "tag 42 without a CID");
    }
    Value result;
    result.type = Value::Type::link;
    result.string = inner.string.substr(1);
    return result;
  }

  std::string_view m_data;
  std::size_t m_values = 0;
};

void append_json_string(std::string &out, std::string_view text) {
  static constexpr char k_hex[] = "0123456789abcdef";
  out += '"';
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20) {
      out += "\\u00";
      out += k_hex[byte >> 4U];
      out += k_hex[byte & 15U];
    } else {
      out += c;
    }
  }
  out += '"';
}

std::string base64(std::string_view bytes) {
  static constexpr char k_alphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const auto n = (static_cast<unsigned>(static_cast<unsigned char>(bytes[i])) << 16U) |
                   (static_cast<unsigned>(static_cast<unsigned char>(bytes[i + 1])) << 8U) |
                   static_cast<unsigned char>(bytes[i + 2]);
    for (int shift = 18; shift >= 0; shift -= 6) {
      out += k_alphabet[(n >> static_cast<unsigned>(shift)) & 63U];
    }
  }
  if (i < bytes.size()) {
    unsigned n = static_cast<unsigned>(static_cast<unsigned char>(bytes[i])) << 16U;
    if (i + 1 < bytes.size()) {
      n |= static_cast<unsigned>(static_cast<unsigned char>(bytes[i + 1])) << 8U;
    }
    out += k_alphabet[(n >> 18U) & 63U];
    out += k_alphabet[(n >> 12U) & 63U];
    out += i + 1 < bytes.size() ? k_alphabet[(n >> 6U) & 63U] : '=';
    out += '=';
  }
  return out;
}

void append_json(std::string &out, const Value &value) {
  switch (value.type) {
  case Value::Type::null:
    out += "null";
    return;
  case Value::Type::boolean:
    out += value.boolean ? "true" : "false";
    return;
  case Value::Type::integer:
    out += std::to_string(value.integer);
    return;
  case Value::Type::floating: {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", value.floating);
    out += buffer;
    return;
  }
  case Value::Type::text:
    append_json_string(out, value.string);
    return;
  case Value::Type::bytes:
    out += "{\"$bytes\":\"" + base64(value.string) + "\"}";
    return;
  case Value::Type::link:
    out += "{\"$link\":\"" + cid_text(value.string) + "\"}";
    return;
  case Value::Type::array:
    out += '[';
    for (std::size_t i = 0; i < value.items.size(); ++i) {
      out += i == 0 ? "" : ",";
      append_json(out, value.items[i]);
    }
    out += ']';
    return;
  case Value::Type::map:
    out += '{';
    for (std::size_t i = 0; i < value.entries.size(); ++i) {
      out += i == 0 ? "" : ",";
      append_json_string(out, value.entries[i].key);
      out += ':';
      append_json(out, value.entries[i].value);
    }
    out += '}';
    return;
  }
}

} // namespace

const Value *Value::find(std::string_view key) const {
  for (const auto &[name, value] : entries) {
    if (name == key) {
      return &value;
    }
  }
  return nullptr;
}

std::string_view Value::text(std::string_view key) const {
  const auto *value = find(key);
  return value != nullptr && value->type == Type::text ? std::string_view(value->string)
                                                       : std::string_view();
}

Value decode(std::string_view data, std::size_t &pos) {
  Decoder decoder(data);
  return decoder.value(pos, 0);
}

Value decode_all(std::string_view data) {
  std::size_t pos = 0;
  auto value = decode(data, pos);
  if (pos != data.size()) {
    throw DecodeError(pos, std::to_string(data.size() - pos) + " bytes after the value");
  }
  return value;
}

std::optional<std::uint64_t> read_varint(std::string_view data, std::size_t &pos) {
  std::uint64_t result = 0;
  for (unsigned shift = 0; shift < 63; shift += 7) {
    if (pos >= data.size()) {
      return std::nullopt;
    }
    const auto byte = static_cast<unsigned char>(data[pos++]);
    result |= static_cast<std::uint64_t>(byte & 0x7FU) << shift;
    if ((byte & 0x80U) == 0) {
      return result;
    }
  }
  return std::nullopt;
}

std::optional<std::size_t> cid_length(std::string_view data) {
  // CIDv0: sha2-256 (0x12), 32 bytes.
  if (data.size() >= 34 && data[0] == '\x12' && data[1] == '\x20') {
    return 34;
  }
  std::size_t pos = 0;
  const auto version = read_varint(data, pos);
  if (version != 1 || !read_varint(data, pos) || !read_varint(data, pos)) { // version, codec, hash
    return std::nullopt;
  }
  const auto digest = read_varint(data, pos);
  if (!digest || *digest > data.size() - pos) {
    return std::nullopt;
  }
  return pos + static_cast<std::size_t>(*digest);
}

std::string cid_text(std::string_view cid) {
  static constexpr char k_alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
  std::string out = "b";
  unsigned buffer = 0;
  unsigned bits = 0;
  for (const char c : cid) {
    buffer = (buffer << 8U) | static_cast<unsigned char>(c);
    bits += 8;
    while (bits >= 5) {
      out += k_alphabet[(buffer >> (bits - 5)) & 31U];
      bits -= 5;
    }
    buffer &= (1U << bits) - 1U;
  }
  if (bits > 0) {
    out += k_alphabet[(buffer << (5 - bits)) & 31U];
  }
  return out;
}

std::string to_json(const Value &value) {
  std::string out;
  append_json(out, value);
  return out;
}

} // namespace sociometer::ingest::cbor
