// SPDX-License-Identifier: Apache-2.0
// One `ingest` run: the paths the user named, expanded to inputs, each detected, parsed and
// written to the store in batches, with its import recorded. One input's failure never costs
// another input's records.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sociometer/error.hpp"
#include "sociometer/ingest/ingest.hpp"
#include "sociometer/model/import_summary.hpp"
#include "sociometer/model/vocabulary.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::app {

// What to import and how; every field already parsed and checked.
struct IngestRequest {
  std::string store_path;           // created and migrated when it does not exist
  std::vector<std::string> paths;   // files, folders, zip archives, `-` for stdin
  std::optional<Platform> platform; // the expected platform; a mismatch fails that input
  std::string owner_handle;         // the organisation's handle, without `@`, or empty
  std::string column_map;           // `--map`, or empty
  // The zone of local times without an offset when the user named one; else the store's zone,
  // else UTC.
  std::optional<util::TimeZone> source_zone;
  bool dry_run = false; // parse and count, write nothing
};

// What happens during a run, as it happens (the caller logs it).
class IngestObserver {
public:
  virtual ~IngestObserver() = default;
  // The store did not exist and was created at `path`.
  virtual void store_created(const std::string &path) = 0;
  // A problem with one record or position of an input; parsing went on.
  virtual void diagnostic(const ingest::Diagnostic &diagnostic) = 0;
  // An input that could not be opened or recognised; its hint (if any) says what would work.
  virtual void input_unrecognised(const Error &error) = 0;
  // A path that does not exist, or an input that could not be read to the end.
  virtual void input_failed(const Error &error) = 0;
  // `owner_handle` matched no account on `platform` (the first of the platforms looked at).
  virtual void owner_not_found(const std::string &handle, Platform platform) = 0;

  // For a progress display (no-ops by default). Input `index` (from 0) of `count` starts;
  // `share_done` is the share of all the inputs' bytes in the inputs before it (0 to 1, 0 when
  // their sizes are unknown, e.g. stdin).
  virtual void input_started(const std::string & /*path*/, std::size_t /*index*/,
                             std::size_t /*count*/, double /*share_done*/) {}
  // Records (posts, accounts, page metrics) read from the current input so far; reported every
  // k_progress_records records.
  virtual void records_read(std::int64_t /*records*/) {}
};

// How often IngestObserver::records_read is called.
inline constexpr std::int64_t k_progress_records = 1000;

// The outcome: one summary per input, in order, and their totals.
struct IngestRun {
  std::vector<ImportSummary> summaries;
  ImportSummary total;          // posts_new/updated/unchanged and records_skipped summed
  std::int64_t diagnostics = 0; // over all inputs
  bool any_failed = false;      // some input's outcome is `failed`
};

// Runs the import. Inputs that cannot be read end as `failed` summaries; store errors and an
// interrupt throw (the import in progress is recorded as failed first).
[[nodiscard]] IngestRun run_ingest(const IngestRequest &request, IngestObserver &observer);

} // namespace sociometer::app
