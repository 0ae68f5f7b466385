// SPDX-License-Identifier: Apache-2.0
// The one list of recognised inputs: which container or content means which format.
#include <atomic>
#include <filesystem>

#include "formats.hpp"
#include "sociometer/error.hpp"

namespace sociometer::ingest {
namespace {

namespace fs = std::filesystem;

std::atomic<bool> g_interrupted{false};

constexpr std::size_t k_peek_bytes = 64 * 1024;

bool is_zip(std::string_view head) {
  return head.substr(0, 4) == std::string_view("PK\x03\x04", 4);
}

bool is_gzip(std::string_view head) { return head.substr(0, 2) == std::string_view("\x1F\x8B", 2); }

// A folder that is one export, not a set of inputs. (A Mastodon archive folder has outbox.json at
// its root: a folder holding an archive folder among other files stays a set of inputs.)
bool is_export_folder(const Container &container) {
  return is_x_archive(container) || is_mastodon_archive(container, false) ||
         is_meta_dyi(container) || is_meta_dyi_html(container);
}

bool is_hidden(const fs::path &path) {
  for (const auto &part : path) {
    const auto name = part.string();
    if (name.size() > 1 && name[0] == '.' && name != "..") {
      return true;
    }
  }
  return false;
}

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

} // namespace

std::string format_diagnostic(const Diagnostic &diagnostic) {
  std::string text = diagnostic.file;
  if (diagnostic.line) {
    text += ":" + std::to_string(*diagnostic.line);
  } else if (diagnostic.offset) {
    text += ": byte " + std::to_string(*diagnostic.offset);
  }
  return text + ": " + diagnostic.message;
}

std::vector<std::string> expand_path(const std::string &path) {
  if (path == "-") {
    return {path};
  }
  std::error_code error;
  const auto status = fs::status(path, error);
  if (error || !fs::exists(status)) {
    throw Error(ErrorKind::input, path + ": no such file or folder");
  }
  if (!fs::is_directory(status) || is_export_folder(*open_directory(path))) {
    return {path};
  }
  std::vector<std::string> files;
  for (fs::recursive_directory_iterator it(path, error), end; !error && it != end;
       it.increment(error)) {
    if (it->is_regular_file(error) && !is_hidden(fs::relative(it->path(), path, error))) {
      files.push_back(it->path().string());
    }
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    throw Error(ErrorKind::input, path + ": folder contains no files to ingest");
  }
  return files;
}

std::unique_ptr<Input> open_input(const std::string &path, const InputOptions &options) {
  if (path != "-" && fs::is_directory(path)) {
    auto container = open_directory(path);
    if (is_x_archive(*container)) {
      return make_x_archive_input(path, std::move(container));
    }
    if (is_mastodon_archive(*container, false)) {
      return make_mastodon_archive_input(path, std::move(container));
    }
    if (is_meta_dyi(*container)) {
      return make_meta_dyi_input(path, std::move(container), options);
    }
    if (is_meta_dyi_html(*container)) {
      reject_meta_dyi_html(path);
    }
    throw Error(ErrorKind::input,
                path + ": folder is not a recognised export (no X data/manifest.js, no Mastodon "
                       "outbox.json, no Facebook/Instagram posts JSON)");
  }
  auto source = std::make_unique<ByteSource>(path);
  const auto head = source->peek(k_peek_bytes);
  if (head.empty()) {
    throw Error(ErrorKind::input, source->path() + ": empty file");
  }
  // A column map applies to every CSV-looking input, before any detection.
  if (!options.column_map.empty() && !is_zip(head) && !is_gzip(head) && is_csv_like(head)) {
    return make_mapped_csv_input(std::move(source), options);
  }
  if (is_zip(head) || is_gzip(head)) {
    const std::string kind = is_zip(head) ? "zip" : "tar.gz";
    if (path == "-") {
      throw Error(ErrorKind::input, "<stdin>: " + kind + " archives cannot be read from stdin",
                  "pass the archive's path instead of -");
    }
    source.reset();
    auto container = kind == "zip" ? open_zip(path) : open_tar_gz(path);
    if (is_x_archive(*container)) {
      return make_x_archive_input(path, std::move(container));
    }
    if (is_mastodon_archive(*container)) {
      return make_mastodon_archive_input(path, std::move(container));
    }
    if (is_meta_dyi(*container)) {
      return make_meta_dyi_input(path, std::move(container), options);
    }
    if (is_meta_dyi_html(*container)) {
      reject_meta_dyi_html(path);
    }
    throw Error(ErrorKind::input, path + ": " + kind + " archive without a recognised export",
                "an X archive holds data/manifest.js, a Mastodon archive outbox.json, a "
                "Facebook/Instagram export your_posts_N.json or content/posts_N.json; see "
                "docs/formats.md");
  }
  // Before twarc: a Status line can also have `id` and `text`.
  if (is_mastodon_rest(head)) {
    return make_mastodon_rest_input(std::move(source));
  }
  if (is_bluesky_json(head)) {
    return make_bluesky_input(std::move(source));
  }
  if (is_twarc_jsonl(head)) {
    return make_twarc_input(std::move(source));
  }
  if (const auto platform = meta_dyi_file_platform(head)) {
    return make_meta_dyi_file_input(std::move(source), *platform, options);
  }
  switch (const auto meta = sniff_meta_csv(head); meta.kind) {
  case MetaCsvSniff::Kind::posts:
    return make_meta_post_csv_input(std::move(source), meta.platform, options);
  case MetaCsvSniff::Kind::page_daily:
    return make_meta_page_csv_input(std::move(source), meta.platform, options);
  case MetaCsvSniff::Kind::one_cell_per_row:
    throw Error(ErrorKind::input,
                source->path() + ": a Meta Business Suite export re-saved by a spreadsheet with "
                                 "each line as one quoted cell; its columns cannot be read",
                "use the CSV as exported by Meta Business Suite, or save the sheet again as CSV "
                "with comma-separated columns");
  case MetaCsvSniff::Kind::none:
    break;
  }
  unknown_format(source->path(), head);
}

void request_interrupt() noexcept { g_interrupted.store(true); }
bool interrupt_requested() noexcept { return g_interrupted.load(); }

} // namespace sociometer::ingest
