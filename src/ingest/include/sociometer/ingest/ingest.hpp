// SPDX-License-Identifier: Apache-2.0
// Input detection and parsing: turns files, folders, zip archives and stdin into normalised
// records (model.hpp) plus diagnostics. Knows nothing about the store; the caller supplies the
// IngestTarget that receives records and decides when to commit.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sociometer/model/records.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::ingest {

// A problem with one record or position of an input. Parsing goes on after it.
struct Diagnostic {
  std::string file; // display path, `archive.zip!data/tweets.js` inside archives
  std::optional<std::int64_t> line;
  std::optional<std::int64_t> offset; // byte offset, where a line number is not meaningful
  std::string message;
  bool record_skipped = false; // true when a record was dropped because of it
  // Informational: what an input holds and is by design not stored (a Bluesky repository's likes
  // made, follows...). Not a problem with the input: shown at -v, not counted by --strict.
  bool note = false;
};

// `FILE[:LINE]: message` (or `FILE: byte N: message`), as printed on stderr.
[[nodiscard]] std::string format_diagnostic(const Diagnostic &diagnostic);

// Where a parser delivers its output. Records arrive through the RecordSink methods.
class IngestTarget : public RecordSink {
public:
  // A safe point between independent records (a JSONL line): the target may commit a batch.
  virtual void record_boundary() = 0;
  // Everything since the last unit is complete and must be kept together (an archive part).
  virtual void commit_unit() = 0;
  // Everything since the last commit must be dropped (a part that turned out to be truncated).
  virtual void abandon_unit() = 0;
  virtual void diagnose(Diagnostic diagnostic) = 0;
};

// What the user said about the inputs, for formats that cannot tell by themselves.
struct InputOptions {
  // `ingest --platform`: the expected platform; also the platform of mapped CSV rows.
  std::optional<Platform> platform;
  // `ingest --map`: a column mapping (`col=field,...` or a file of such lines); when set, CSV
  // inputs are read through it instead of being detected.
  std::string column_map;
  // Zone of local times without an offset (Meta CSV `Publish time`), resolved by the caller:
  // `--source-tz`, else the global `--tz`, else the store's report zone, else UTC.
  util::TimeZone source_time_zone = util::TimeZone::utc();
  // `ingest --as`: the organisation's handle, the author of exports that do not name one
  // (Meta page-level CSVs, DYI files without profile information).
  std::string owner_handle;
};

// One input the user named, opened and identified but not yet parsed.
class Input {
public:
  virtual ~Input() = default;
  [[nodiscard]] virtual const std::string &path() const = 0;
  // Detected format name (`x-archive`, `twarc2`).
  [[nodiscard]] virtual const std::string &format() const = 0;
  [[nodiscard]] virtual Platform platform() const = 0;
  // Parses everything into `target`. Throws Error(input) when the input cannot be read at all
  // (after abandoning the unit in progress); records before that point stay committed.
  virtual void parse(IngestTarget &target) = 0;
  // SHA-256 of the bytes read (call after parse()).
  [[nodiscard]] virtual std::string sha256() = 0;
};

// Something inside a folder that could not be read: its full path and why.
struct UnreadableEntry {
  std::string path;
  std::string reason;
};

// The inputs a user-given path stands for: a folder that is not an export archive expands to the
// regular files inside it (recursively, sorted, hidden files skipped); anything else is itself.
// `unreadable`: the entries of a folder that could not be read (a subfolder without permission,
// a dangling link), for the caller to report while the rest is ingested.
struct PathInputs {
  std::vector<std::string> inputs;
  std::vector<UnreadableEntry> unreadable;
};
// Throws Error(input) when `path` does not exist, or is a folder holding nothing at all to read.
[[nodiscard]] PathInputs expand_path(const std::string &path);

// Opens `path` (a file, an archive folder, a zip archive, or `-` for stdin) and detects its
// format from its content, not its name. Throws Error(input) for an empty or unrecognised input
// or a damaged container, naming the path.
[[nodiscard]] std::unique_ptr<Input> open_input(const std::string &path,
                                                const InputOptions &options = {});

// The shape of a page an API returned, as `fetch` asks for it.
enum class FetchedFormat {
  mastodon_statuses, // a JSON array of Mastodon Status objects
  bluesky_page,      // a getAuthorFeed or searchPosts response (a JSON object)
  twarc_page,        // an X API v2 response page with `__twarc`: one line of a twarc2 capture
};

// A page an API returned, parsed exactly like a file of the same shape: `display_name` (the
// redacted URL) names it in diagnostics; its counts are observed now.
[[nodiscard]] std::unique_ptr<Input> open_fetched_page(std::string display_name, std::string body,
                                                       FetchedFormat format);

// Wraps `input` so every available, non-repost post without a platform language leaves with one
// detected from its text (libcld2, with its confidence; `und` when too short or mixed).
[[nodiscard]] std::unique_ptr<Input> with_language_detection(std::unique_ptr<Input> input);

// Runs `input.parse()` on a second thread and delivers everything it emits to `target` on the
// calling thread, in order: parsing overlaps with the target's work (the store's writes). Rethrows
// the parser's exception after delivering what came before it; if `target` throws, parsing stops.
void parse_in_background(Input &input, IngestTarget &target);

// Set asynchronously (SIGINT); parsers check it between records and throw Error(interrupted).
void request_interrupt() noexcept;
[[nodiscard]] bool interrupt_requested() noexcept;

} // namespace sociometer::ingest
