// SPDX-License-Identifier: Apache-2.0
// Any bytes as twarc2 JSONL, whatever the recogniser would say: every line through the twarc2
// parser (pages, stream lines, flattened tweets, compliance and count lines).
#include <cstddef>
#include <cstdint>
#include <memory>

#include "fuzz_support.hpp"
#include "ingest/formats.hpp"
#include "sociometer/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace sociometer;
  const auto path = fuzz::write_input_file(data, size);
  try {
    auto input = ingest::make_twarc_input(std::make_unique<ingest::ByteSource>(path));
    fuzz::DiscardTarget target;
    input->parse(target);
  } catch (const Error &) {
    // A clear refusal of a bad input: expected.
  }
  return 0;
}
