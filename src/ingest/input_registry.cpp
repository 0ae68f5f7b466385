// SPDX-License-Identifier: Apache-2.0
// The one list of recognised inputs: which container or content means which format. Adding a
// format means adding its row to `k_recognisers` (and naming it, for people, in the `supported:`
// hint of unknown_format, which lists formats in reading order rather than detection order).
#include <algorithm>
#include <array>
#include <atomic>
#include <filesystem>

#include "formats.hpp"
#include "sociometer/error.hpp"

namespace sociometer::ingest {
namespace {

namespace fs = std::filesystem;

std::atomic<bool> g_interrupted{false};

constexpr std::size_t k_peek_bytes = std::size_t{64} * 1024;

bool is_container(const Probe &probe) { return probe.shape != Probe::Shape::stream; }
bool is_stream(const Probe &probe) { return probe.shape == Probe::Shape::stream; }

// One sniff for the three kinds of Meta Business Suite CSV, told apart by the same look at the
// head.
template <MetaCsvSniff::Kind kind> bool is_meta_csv(const Probe &probe) {
  return is_stream(probe) && sniff_meta_csv(probe.head).kind == kind;
}

// Detection order matters only among rows of the same shape: containers (folders and archives)
// and streams never compete. Among streams, a column map comes first (it applies to every
// CSV-looking input, before any detection), and Mastodon statuses before twarc (a Status line
// can also have `id` and `text`).
constexpr std::array k_recognisers = {
    Recogniser{
        "x-archive",
        [](const Probe &p) { return is_container(p) && is_x_archive(*p.container); },
        [](Probe &p) { return make_x_archive_input(p.path, std::move(p.container)); },
    },
    Recogniser{
        "mastodon-archive",
        // An archive may wrap its files in one folder; a folder holding an archive folder among
        // other files stays a set of inputs.
        [](const Probe &p) {
          return is_container(p) &&
                 is_mastodon_archive(*p.container, p.shape == Probe::Shape::archive);
        },
        [](Probe &p) { return make_mastodon_archive_input(p.path, std::move(p.container)); },
    },
    Recogniser{
        "meta-dyi",
        [](const Probe &p) { return is_container(p) && is_meta_dyi(*p.container); },
        [](Probe &p) { return make_meta_dyi_input(p.path, std::move(p.container), p.options); },
    },
    Recogniser{
        "meta-dyi-html",
        [](const Probe &p) { return is_container(p) && is_meta_dyi_html(*p.container); },
        [](Probe &p) -> std::unique_ptr<Input> { reject_meta_dyi_html(p.path); },
    },
    Recogniser{
        "mapped-csv",
        [](const Probe &p) {
          return is_stream(p) && !p.options.column_map.empty() && is_csv_like(p.head);
        },
        [](Probe &p) { return make_mapped_csv_input(std::move(p.source), p.options); },
    },
    Recogniser{
        "mastodon-api",
        [](const Probe &p) { return is_stream(p) && is_mastodon_rest(p.head); },
        [](Probe &p) { return make_mastodon_rest_input(std::move(p.source)); },
    },
    Recogniser{
        "bluesky-car",
        [](const Probe &p) { return is_stream(p) && is_bluesky_car(p.head); },
        [](Probe &p) { return make_car_input(std::move(p.source)); },
    },
    Recogniser{
        "bluesky",
        [](const Probe &p) { return is_stream(p) && is_bluesky_json(p.head); },
        [](Probe &p) { return make_bluesky_input(std::move(p.source)); },
    },
    Recogniser{
        "twarc2",
        [](const Probe &p) { return is_stream(p) && is_twarc_jsonl(p.head); },
        [](Probe &p) { return make_twarc_input(std::move(p.source)); },
    },
    Recogniser{
        "meta-dyi-file",
        [](const Probe &p) { return is_stream(p) && meta_dyi_file_platform(p.head).has_value(); },
        [](Probe &p) {
          const auto platform = *meta_dyi_file_platform(p.head);
          return make_meta_dyi_file_input(std::move(p.source), platform, p.options);
        },
    },
    Recogniser{
        "meta-post-csv",
        is_meta_csv<MetaCsvSniff::Kind::posts>,
        [](Probe &p) {
          const auto platform = sniff_meta_csv(p.head).platform;
          return make_meta_post_csv_input(std::move(p.source), platform, p.options);
        },
    },
    Recogniser{
        "meta-page-csv",
        is_meta_csv<MetaCsvSniff::Kind::page_daily>,
        [](Probe &p) {
          const auto platform = sniff_meta_csv(p.head).platform;
          return make_meta_page_csv_input(std::move(p.source), platform, p.options);
        },
    },
    Recogniser{
        "meta-csv-one-cell-per-row",
        is_meta_csv<MetaCsvSniff::Kind::one_cell_per_row>,
        [](Probe &p) -> std::unique_ptr<Input> {
          throw Error(ErrorKind::input,
                      p.source->path() +
                          ": a Meta Business Suite export re-saved by a spreadsheet with "
                          "each line as one quoted cell; its columns cannot be read",
                      "use the CSV as exported by Meta Business Suite, or save the sheet again as "
                      "CSV with comma-separated columns");
        },
    },
};

bool is_zip(std::string_view head) {
  return head.substr(0, 4) == std::string_view("PK\x03\x04", 4);
}

bool is_gzip(std::string_view head) { return head.substr(0, 2) == std::string_view("\x1F\x8B", 2); }

bool is_hidden(const fs::path &path) {
  for (const auto &part : path) {
    const auto name = part.string();
    if (name.size() > 1 && name[0] == '.' && name != "..") {
      return true;
    }
  }
  return false;
}

// The error for a byte stream no recogniser claims, with a hint for the near misses.
[[noreturn]] void unknown_format(const std::string &path, std::string_view head) {
  std::string hint =
      "supported: X/Twitter archive (zip or folder with data/manifest.js), twarc2 JSONL, Mastodon "
      "archive (zip, tar.gz or folder with outbox.json), Mastodon API statuses (JSON, JSONL), "
      "Bluesky AppView JSON (getAuthorFeed, searchPosts, getPostThread pages), Facebook/Instagram "
      "Download Your Information JSON (zip, folder or posts file), Meta Business Suite CSV "
      "exports; see docs/formats.md";
  if (is_csv_like(head) && head.find_first_of(",;\t") != std::string_view::npos) {
    hint = "a CSV that is not a Meta Business Suite export: read it with --map "
           "'COLUMN=id,COLUMN=created_at,...' (see docs/formats.md, mapped CSV)";
  }
  if (head.find("window.YTD.") != std::string_view::npos ||
      head.find("window.__THAR_CONFIG") != std::string_view::npos) {
    hint = "this is one file of an X archive: pass the whole archive (its zip or folder)";
  } else if (head.find("\"OrderedCollection\"") != std::string_view::npos ||
             head.find("\"preferredUsername\"") != std::string_view::npos) {
    hint = "this is one file of a Mastodon archive: pass the whole archive (its zip, tar.gz or "
           "the folder holding outbox.json)";
  }
  throw Error(ErrorKind::input, path + ": unknown input format", hint);
}

[[noreturn]] void throw_unrecognised(const Probe &probe) {
  switch (probe.shape) {
  case Probe::Shape::folder:
    throw Error(ErrorKind::input,
                probe.path + ": folder is not a recognised export (no X data/manifest.js, no "
                             "Mastodon outbox.json, no Facebook/Instagram posts JSON)");
  case Probe::Shape::archive:
    throw Error(ErrorKind::input,
                probe.path + ": " + std::string(probe.archive_kind) +
                    " archive without a recognised export",
                "an X archive holds data/manifest.js, a Mastodon archive outbox.json, a "
                "Facebook/Instagram export your_posts_N.json or content/posts_N.json; see "
                "docs/formats.md");
  case Probe::Shape::stream:
    break;
  }
  unknown_format(probe.source->path(), probe.head);
}

} // namespace

std::span<const Recogniser> recognisers() { return k_recognisers; }

Probe probe_input(const std::string &path, const InputOptions &options) {
  Probe probe;
  probe.path = path;
  probe.options = options;
  if (path != "-" && fs::is_directory(path)) {
    probe.shape = Probe::Shape::folder;
    probe.container = open_directory(path);
    return probe;
  }
  auto source = std::make_unique<ByteSource>(path);
  const auto head = source->peek(k_peek_bytes);
  if (head.empty()) {
    throw Error(ErrorKind::input, source->path() + ": empty file");
  }
  if (!is_zip(head) && !is_gzip(head)) {
    probe.shape = Probe::Shape::stream;
    probe.source = std::move(source);
    probe.head = head;
    return probe;
  }
  probe.shape = Probe::Shape::archive;
  probe.archive_kind = is_zip(head) ? "zip" : "tar.gz";
  if (path == "-") {
    throw Error(ErrorKind::input,
                "<stdin>: " + std::string(probe.archive_kind) +
                    " archives cannot be read from stdin",
                "pass the archive's path instead of -");
  }
  source.reset();
  probe.container = probe.archive_kind == "zip" ? open_zip(path) : open_tar_gz(path);
  return probe;
}

const Recogniser *recognise(const Probe &probe) {
  const auto found = std::find_if(k_recognisers.begin(), k_recognisers.end(),
                                  [&](const Recogniser &row) { return row.sniff(probe); });
  return found == k_recognisers.end() ? nullptr : &*found;
}

std::string format_diagnostic(const Diagnostic &diagnostic) {
  std::string text = diagnostic.file;
  if (diagnostic.line) {
    text += ":" + std::to_string(*diagnostic.line);
  } else if (diagnostic.offset) {
    text += ": byte " + std::to_string(*diagnostic.offset);
  }
  return text + ": " + diagnostic.message;
}

PathInputs expand_path(const std::string &path) {
  if (path == "-") {
    return {{path}, {}};
  }
  std::error_code error;
  const auto status = fs::status(path, error);
  if (error || !fs::exists(status)) {
    throw Error(ErrorKind::input, path + ": no such file or folder");
  }
  if (!fs::is_directory(status)) {
    return {{path}, {}};
  }
  auto listing = list_folder(path);
  PathInputs result;
  result.unreadable = std::move(listing.unreadable);
  // A folder that is one export (a recogniser claims it) is one input, not a set of inputs.
  if (recognise(probe_input(path, {})) != nullptr) {
    result.inputs = {path};
    return result;
  }
  for (const auto &file : listing.files) {
    if (!is_hidden(fs::path(file))) {
      result.inputs.push_back((fs::path(path) / file).string());
    }
  }
  if (result.inputs.empty() && result.unreadable.empty()) {
    throw Error(ErrorKind::input, path + ": folder contains no files to ingest");
  }
  return result;
}

std::unique_ptr<Input> open_input(const std::string &path, const InputOptions &options) {
  auto probe = probe_input(path, options);
  if (const auto *recogniser = recognise(probe)) {
    return recogniser->open(probe);
  }
  throw_unrecognised(probe);
}

std::unique_ptr<Input> open_fetched_page(std::string display_name, std::string body,
                                         FetchedFormat format) {
  auto source = std::make_unique<ByteSource>(std::move(display_name), std::move(body));
  switch (format) {
  case FetchedFormat::mastodon_statuses:
    return make_mastodon_rest_input(std::move(source));
  case FetchedFormat::bluesky_page:
    return make_bluesky_input(std::move(source));
  case FetchedFormat::twarc_page:
    return make_twarc_input(std::move(source));
  }
  throw Error(ErrorKind::internal, "unknown fetched page format");
}

void report_ignored_entries(const Container &container, IngestTarget &target) {
  for (const auto &ignored : container.ignored()) {
    target.diagnose({container.display_path(ignored.entry), std::nullopt, std::nullopt,
                     ignored.kind + " in the archive; ignored", false});
  }
}

void request_interrupt() noexcept { g_interrupted.store(true); }
bool interrupt_requested() noexcept { return g_interrupted.load(); }

} // namespace sociometer::ingest
