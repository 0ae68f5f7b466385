// SPDX-License-Identifier: Apache-2.0
// Multi-file inputs read in place: an extracted export folder, a zip archive or a gzipped tar
// (libarchive; never extracted to disk). Entry names are relative, with `/` separators.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "sociometer/ingest/ingest.hpp"
#include "sociometer/util/sha256.hpp"

namespace sociometer::ingest {

class Container {
public:
  virtual ~Container() = default;
  // Regular-file entries, sorted.
  [[nodiscard]] virtual const std::vector<std::string> &entries() const = 0;
  // The whole entry (one archive part at a time is the most ever held). Throws Error(input).
  [[nodiscard]] virtual std::string read(const std::string &entry) = 0;
  // How diagnostics name an entry: `folder/data/tweets.js` or `archive.zip!data/tweets.js`.
  [[nodiscard]] virtual std::string display_path(const std::string &entry) const = 0;
  // SHA-256 identifying the input: of the zip file's bytes, or of the entries read from a folder.
  [[nodiscard]] virtual std::string sha256() = 0;

  // The entry whose name is `suffix` or ends with `/` + `suffix` (a wrapper folder is allowed).
  [[nodiscard]] std::string find_by_suffix(const std::string &suffix) const;

  // An archive entry that is not a regular file: a symbolic or hard link, a device.
  struct Ignored {
    std::string entry;
    std::string kind; // `symbolic link`, `hard link`, ...
  };
  // Such entries are never read and never stand in for a regular entry of the same name.
  [[nodiscard]] const std::vector<Ignored> &ignored() const noexcept { return m_ignored; }

protected:
  std::vector<Ignored> m_ignored;
};

// A folder's regular files (symbolic links to files included, linked folders not entered) as
// paths relative to it with `/`, sorted; and each entry that could not be read (a folder without
// permission, a dangling link), as its full path and the reason.
struct FolderListing {
  std::vector<std::string> files;
  std::vector<UnreadableEntry> unreadable;
};
[[nodiscard]] FolderListing list_folder(const std::string &root);

// Opens a folder; entries list_folder cannot read are left out (ingest reports them). Throws
// Error(input) if the folder itself cannot be listed.
[[nodiscard]] std::unique_ptr<Container> open_directory(const std::string &path);
// Opens a zip archive and reads its directory. Throws Error(input) for a truncated or damaged
// archive, with libarchive's reason.
[[nodiscard]] std::unique_ptr<Container> open_zip(const std::string &path);
// Opens a gzipped tar archive (older Mastodon archives) and reads its directory, which means
// decompressing it once. Throws Error(input) for a truncated or damaged archive, with the reason.
[[nodiscard]] std::unique_ptr<Container> open_tar_gz(const std::string &path);

} // namespace sociometer::ingest
