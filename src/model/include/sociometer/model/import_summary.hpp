// SPDX-License-Identifier: Apache-2.0
// What ingesting one input did (app → report): one row of `ingest --format json`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sociometer {

// What ingesting one input did (one row of `ingest --format json`).
struct ImportSummary {
  struct Note {
    std::optional<std::int64_t> line;
    std::optional<std::int64_t> offset;
    std::string message;
  };
  std::string path;
  std::string format;
  std::string outcome; // ok, partial (records skipped), failed (input unreadable), dry-run
  std::int64_t posts_new = 0;
  std::int64_t posts_updated = 0;
  std::int64_t posts_unchanged = 0;
  std::int64_t referenced_new = 0;
  std::int64_t records_skipped = 0;
  std::string sha256;
  std::string error; // why the input could not be read, when outcome is failed
  std::vector<Note> diagnostics;
};

} // namespace sociometer
