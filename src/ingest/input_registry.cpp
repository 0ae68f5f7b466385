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
      "supported: X/Twitter archive (zip or folder with data/manifest.js), twarc2 JSONL, "
      "Facebook/Instagram Download Your Information JSON (zip, folder or posts file); see "
      "docs/formats.md";
  if (head.find("window.YTD.") != std::string_view::npos ||
      head.find("window.__THAR_CONFIG") != std::string_view::npos) {
    hint = "this is one file of an X archive: pass the whole archive (its zip or folder)";
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
  if (!fs::is_directory(status)) {
    return {path};
  }
  // A folder that is one export is one input.
  if (const auto folder = open_directory(path);
      is_x_archive(*folder) || is_meta_dyi(*folder) || is_meta_dyi_html(*folder)) {
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
    if (is_meta_dyi(*container)) {
      return make_meta_dyi_input(path, std::move(container), options);
    }
    if (is_meta_dyi_html(*container)) {
      reject_meta_dyi_html(path);
    }
    throw Error(ErrorKind::input,
                path + ": folder is not a recognised export (no X data/manifest.js, no "
                       "Facebook/Instagram posts JSON)");
  }
  auto source = std::make_unique<ByteSource>(path);
  const auto head = source->peek(k_peek_bytes);
  if (head.empty()) {
    throw Error(ErrorKind::input, source->path() + ": empty file");
  }
  if (is_zip(head)) {
    if (path == "-") {
      throw Error(ErrorKind::input, "<stdin>: zip archives cannot be read from stdin",
                  "pass the archive's path instead of -");
    }
    source.reset();
    auto container = open_zip(path);
    if (is_x_archive(*container)) {
      return make_x_archive_input(path, std::move(container));
    }
    if (is_meta_dyi(*container)) {
      return make_meta_dyi_input(path, std::move(container), options);
    }
    if (is_meta_dyi_html(*container)) {
      reject_meta_dyi_html(path);
    }
    throw Error(ErrorKind::input, path + ": zip archive without a recognised export",
                "an X archive holds data/manifest.js, a Facebook/Instagram export "
                "your_posts_N.json or content/posts_N.json; see docs/formats.md");
  }
  if (is_twarc_jsonl(head)) {
    return make_twarc_input(std::move(source));
  }
  if (const auto platform = meta_dyi_file_platform(head)) {
    return make_meta_dyi_file_input(std::move(source), *platform, options);
  }
  unknown_format(source->path(), head);
}

void request_interrupt() noexcept { g_interrupted.store(true); }
bool interrupt_requested() noexcept { return g_interrupted.load(); }

} // namespace sociometer::ingest
