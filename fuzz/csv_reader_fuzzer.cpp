// SPDX-License-Identifier: Apache-2.0
// Any bytes through the streaming CSV reader (BOMs, UTF-16, `sep=` lines, quotes, recovery), fed
// in small chunks so records and code points straddle chunk ends. The first byte picks the
// options and the chunk size.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/csv_reader.hpp"
#include "sociometer/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace sociometer;
  if (size == 0) {
    return 0;
  }
  const std::uint8_t control = data[0];
  std::string_view rest(reinterpret_cast<const char *>(data + 1), size - 1);
  const std::size_t chunk_size = 1 + (control & 0x0f);
  ingest::CsvOptions options;
  options.backslash_escapes = (control & 0x10) != 0;
  static constexpr char delimiters[] = {0, ',', ';', '\t'};
  options.delimiter = delimiters[(control >> 5) & 0x03];
  ingest::CsvReader reader(
      [&rest, chunk_size](std::string_view &chunk) {
        if (rest.empty()) {
          return false;
        }
        chunk = rest.substr(0, std::min(chunk_size, rest.size()));
        rest.remove_prefix(chunk.size());
        return true;
      },
      options);
  try {
    ingest::CsvRecord record;
    while (reader.next(record)) {
    }
  } catch (const Error &) {
    // A clear refusal of a bad input: expected.
  }
  return 0;
}
