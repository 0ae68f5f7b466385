// SPDX-License-Identifier: Apache-2.0
// Any bytes through the public ingest API, as `sociometer ingest FILE` reads them: detection of
// the format (and of zip/tar containers), then the detected parser with language detection, into
// a target that discards records. Error is how bad input is refused; anything else is a finding.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "sociometer/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace sociometer;
  const auto path = fuzz::write_input_file(data, size);
  ingest::InputOptions options;
  options.owner_handle = "fuzz_org"; // so Meta page-level CSVs are parsed, not refused
  try {
    auto input = ingest::with_language_detection(ingest::open_input(path, options));
    fuzz::DiscardTarget target;
    input->parse(target);
    (void)input->sha256();
  } catch (const Error &) {
    // A clear refusal of a bad input: expected.
  }
  return 0;
}
