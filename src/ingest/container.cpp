// SPDX-License-Identifier: Apache-2.0
#include "container.hpp"

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "limits.hpp"
#include "sociometer/error.hpp"

namespace sociometer::ingest {
namespace {

namespace fs = std::filesystem;

// The refusal of an entry larger than max_input_bytes(), whatever its compression ratio.
[[noreturn]] void entry_too_large(const std::string &display) {
  throw Error(ErrorKind::input, display + ": " + input_limit_text() + "; not read",
              input_limit_hint());
}

class DirectoryContainer final : public Container {
public:
  explicit DirectoryContainer(const std::string &path) : m_root(path) {
    auto listing = list_folder(path);
    if (!listing.unreadable.empty() && listing.unreadable.front().path == path) {
      throw Error(ErrorKind::input, path + ": " + listing.unreadable.front().reason);
    }
    m_entries = std::move(listing.files);
  }

  [[nodiscard]] const std::vector<std::string> &entries() const override { return m_entries; }

  [[nodiscard]] std::string read(const std::string &entry) override {
    const auto full = (m_root / entry).string();
    std::ifstream stream(full, std::ios::binary);
    if (!stream) {
      throw Error(ErrorKind::input, full + ": cannot open: " + std::strerror(errno));
    }
    std::error_code error;
    const auto size = fs::file_size(full, error);
    if (!error && size > max_input_bytes()) {
      entry_too_large(full);
    }
    std::string content;
    content.reserve(error ? 0 : static_cast<std::size_t>(size));
    char buffer[1 << 16];
    while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
      if (content.size() + static_cast<std::size_t>(stream.gcount()) > max_input_bytes()) {
        entry_too_large(full); // it grew while being read
      }
      content.append(buffer, static_cast<std::size_t>(stream.gcount()));
    }
    if (stream.bad()) {
      throw Error(ErrorKind::io, full + ": read error");
    }
    m_hash.update(entry);
    m_hash.update(std::string_view("\0", 1));
    m_hash.update(content);
    return content;
  }

  [[nodiscard]] std::string display_path(const std::string &entry) const override {
    return (m_root / entry).string();
  }

  [[nodiscard]] std::string sha256() override { return m_hash.hex_digest(); }

private:
  fs::path m_root;
  std::vector<std::string> m_entries;
  util::Sha256 m_hash;
};

// What a non-regular archive entry is, for the message that it was ignored; empty for folders,
// which are simply not files.
std::string irregular_kind(archive_entry *entry) {
  if (archive_entry_hardlink(entry) != nullptr) {
    return "hard link";
  }
  switch (archive_entry_filetype(entry)) {
  case AE_IFREG:
  case AE_IFDIR:
    return {};
  case AE_IFLNK:
    return "symbolic link";
  default:
    return "device or special file";
  }
}

bool is_regular(archive_entry *entry) {
  return archive_entry_filetype(entry) == AE_IFREG && archive_entry_hardlink(entry) == nullptr;
}

struct ArchiveDeleter {
  void operator()(archive *a) const noexcept { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

// A zip or a gzipped tar, read through libarchive; `kind` names it in messages.
class ZipContainer final : public Container {
public:
  ZipContainer(const std::string &path, std::string kind) : m_path(path), m_kind(std::move(kind)) {
    auto reader = open_reader();
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK) {
      if (is_regular(entry)) {
        m_entries.emplace_back(archive_entry_pathname(entry));
      } else if (auto what = irregular_kind(entry); !what.empty()) {
        m_ignored.push_back({archive_entry_pathname(entry), std::move(what)});
      }
      if (archive_read_data_skip(reader.get()) != ARCHIVE_OK) {
        fail(reader.get(), "damaged " + m_kind + " archive");
      }
    }
    if (status != ARCHIVE_EOF) {
      fail(reader.get(), "truncated or damaged " + m_kind + " archive");
    }
    std::sort(m_entries.begin(), m_entries.end());
  }

  [[nodiscard]] const std::vector<std::string> &entries() const override { return m_entries; }

  [[nodiscard]] std::string read(const std::string &wanted) override {
    auto reader = open_reader();
    archive_entry *entry = nullptr;
    while (archive_read_next_header(reader.get(), &entry) == ARCHIVE_OK) {
      if (!is_regular(entry) || wanted != archive_entry_pathname(entry)) {
        continue; // a link of the same name never stands in for the file
      }
      // The declared size is checked first, and the bytes as they come: a zip bomb's header may
      // understate what it decompresses to.
      const auto limit = max_input_bytes();
      const bool size_known = archive_entry_size_is_set(entry) != 0;
      if (size_known && static_cast<std::uint64_t>(archive_entry_size(entry)) > limit) {
        entry_too_large(display_path(wanted));
      }
      std::string content;
      if (size_known) {
        content.reserve(static_cast<std::size_t>(archive_entry_size(entry)));
      }
      char buffer[1 << 16];
      for (;;) {
        const auto got = archive_read_data(reader.get(), buffer, sizeof buffer);
        if (got < 0) {
          fail(reader.get(), "cannot read " + wanted);
        }
        if (got == 0) {
          break;
        }
        if (content.size() + static_cast<std::size_t>(got) > limit) {
          entry_too_large(display_path(wanted));
        }
        content.append(buffer, static_cast<std::size_t>(got));
      }
      return content;
    }
    throw Error(ErrorKind::input, display_path(wanted) + ": entry not found");
  }

  [[nodiscard]] std::string display_path(const std::string &entry) const override {
    return m_path + "!" + entry;
  }

  [[nodiscard]] std::string sha256() override {
    std::FILE *file = std::fopen(m_path.c_str(), "rb");
    if (file == nullptr) {
      throw Error(ErrorKind::input, m_path + ": cannot open: " + std::strerror(errno));
    }
    util::Sha256 hash;
    char buffer[1 << 16];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
      hash.update(std::string_view(buffer, got));
    }
    std::fclose(file);
    return hash.hex_digest();
  }

private:
  ArchivePtr open_reader() const {
    ArchivePtr reader(archive_read_new());
    if (m_kind == "zip") {
      archive_read_support_format_zip(reader.get());
    } else {
      archive_read_support_filter_gzip(reader.get());
      archive_read_support_format_tar(reader.get());
    }
    if (archive_read_open_filename(reader.get(), m_path.c_str(), 1 << 16) != ARCHIVE_OK) {
      fail(reader.get(), "cannot open " + m_kind + " archive");
    }
    return reader;
  }

  [[noreturn]] void fail(archive *reader, const std::string &what) const {
    const char *reason = archive_error_string(reader);
    throw Error(ErrorKind::input,
                m_path + ": " + what + (reason != nullptr ? std::string(": ") + reason : ""),
                m_kind == "zip"
                    ? "re-download the archive; an interrupted download cuts off the zip directory"
                    : "re-download the archive; an interrupted download cuts off its end");
  }

  std::string m_path;
  std::string m_kind;
  std::vector<std::string> m_entries;
};

} // namespace

std::string Container::find_by_suffix(const std::string &suffix) const {
  for (const auto &entry : entries()) {
    if (entry == suffix ||
        (entry.size() > suffix.size() &&
         entry.compare(entry.size() - suffix.size(), suffix.size(), suffix) == 0 &&
         entry[entry.size() - suffix.size() - 1] == '/')) {
      return entry;
    }
  }
  return {};
}

FolderListing list_folder(const std::string &root) {
  // A walk of our own: recursive_directory_iterator ends at the first entry it cannot read.
  FolderListing listing;
  std::vector<fs::path> pending{fs::path(root)};
  while (!pending.empty()) {
    const auto folder = pending.back();
    pending.pop_back();
    std::error_code error;
    fs::directory_iterator it(folder, error);
    for (const fs::directory_iterator end; !error && it != end; it.increment(error)) {
      std::error_code entry_error;
      const auto status = it->status(entry_error);
      if (!entry_error && status.type() == fs::file_type::not_found) {
        entry_error = std::make_error_code(std::errc::no_such_file_or_directory); // dangling link
      }
      if (entry_error) {
        listing.unreadable.push_back(
            {it->path().string(), "cannot read: " + entry_error.message()});
      } else if (fs::is_directory(status) && !it->is_symlink(entry_error)) {
        pending.push_back(it->path());
      } else if (fs::is_regular_file(status)) {
        listing.files.push_back(it->path().lexically_relative(root).generic_string());
      }
    }
    if (error) {
      listing.unreadable.push_back({folder.string(), "cannot list folder: " + error.message()});
    }
  }
  std::sort(listing.files.begin(), listing.files.end());
  std::sort(listing.unreadable.begin(), listing.unreadable.end(),
            [](const auto &a, const auto &b) { return a.path < b.path; });
  return listing;
}

std::unique_ptr<Container> open_directory(const std::string &path) {
  return std::make_unique<DirectoryContainer>(path);
}

std::unique_ptr<Container> open_zip(const std::string &path) {
  return std::make_unique<ZipContainer>(path, "zip");
}

std::unique_ptr<Container> open_tar_gz(const std::string &path) {
  return std::make_unique<ZipContainer>(path, "tar.gz");
}

} // namespace sociometer::ingest
