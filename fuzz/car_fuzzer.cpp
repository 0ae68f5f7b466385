// SPDX-License-Identifier: Apache-2.0
// Any bytes as a Bluesky repository export (CARv1 of DAG-CBOR blocks), whatever the recogniser
// would say: header, sections, CIDs, the commit, the tree walk and every record through the
// DAG-CBOR reader. Random bytes rarely pass the header, so seeds are the CAR fixtures.
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
    auto input = ingest::make_car_input(std::make_unique<ingest::ByteSource>(path));
    fuzz::DiscardTarget target;
    input->parse(target);
  } catch (const Error &) {
    // A clear refusal of a bad input: expected.
  }
  return 0;
}
