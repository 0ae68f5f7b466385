// SPDX-License-Identifier: Apache-2.0
// Shared by the libFuzzer targets: a target that keeps nothing, and the input bytes as a file
// (the ingest API opens inputs by path, as the CLI does).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

#include "sociometer/ingest/ingest.hpp"

namespace sociometer::fuzz {

// Receives everything a parser emits and drops it.
class DiscardTarget final : public ingest::IngestTarget {
public:
  void account(const AccountRecord & /*record*/) override {}
  void post(const PostRecord & /*record*/) override {}
  void page_metric(const PageMetricRecord & /*record*/) override {}
  void record_boundary() override {}
  void commit_unit() override {}
  void abandon_unit() override {}
  void diagnose(ingest::Diagnostic /*diagnostic*/) override {}
};

// Writes `data` to a file of this process (overwritten on every call) and returns its path.
// `suffix` matters where a format is told by the name (campaign files).
inline std::string write_input_file(const std::uint8_t *data, std::size_t size,
                                    const std::string &suffix = ".input") {
  const char *tmp = std::getenv("TMPDIR");
  const std::string path = std::string(tmp != nullptr ? tmp : "/tmp") + "/sociometer-fuzz-" +
                           std::to_string(getpid()) + suffix;
  std::FILE *file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) {
    std::perror(path.c_str());
    std::abort();
  }
  if (size > 0 && std::fwrite(data, 1, size, file) != size) {
    std::perror(path.c_str());
    std::abort();
  }
  std::fclose(file);
  return path;
}

} // namespace sociometer::fuzz
