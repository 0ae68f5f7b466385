// SPDX-License-Identifier: Apache-2.0
// Any bytes as a campaign definitions file of `campaign import`: the first byte picks a `.toml`
// or `.json` name (the format is told by the extension), the rest is the file.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "sociometer/app/campaign_file.hpp"
#include "sociometer/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace sociometer;
  if (size == 0) {
    return 0;
  }
  const auto path =
      fuzz::write_input_file(data + 1, size - 1, (data[0] & 1) != 0 ? ".json" : ".toml");
  try {
    (void)app::read_campaign_file(path);
  } catch (const Error &) {
    // A clear refusal of a bad input: expected.
  }
  return 0;
}
