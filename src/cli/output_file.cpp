// SPDX-License-Identifier: Apache-2.0
#include "output_file.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <random>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

#include "sociometer/error.hpp"

namespace sociometer::cli {
namespace {

Error output_error(const std::string &path, const std::string &what, int code) {
  return {ErrorKind::io, path + ": " + what + ": " + std::strerror(code)};
}

// What FILE names once symbolic links are followed; FILE itself when it does not exist yet.
std::string resolved_target(const std::string &path) {
  std::error_code error;
  const auto canonical = std::filesystem::canonical(path, error);
  return error ? path : canonical.string();
}

// Creates a new file `.NAME.XXXXXX` beside `target` with `mode` (less the umask). Returns its
// descriptor and sets `name`.
int create_temporary(const std::string &target, mode_t mode, std::string &name) {
  const std::filesystem::path path(target);
  std::random_device seed;
  std::mt19937_64 random(seed());
  constexpr std::string_view k_letters = "abcdefghijklmnopqrstuvwxyz0123456789";
  int last_error = EEXIST;
  for (int attempt = 0; attempt < 100 && last_error == EEXIST; ++attempt) {
    std::string suffix(6, 'x');
    for (auto &letter : suffix) {
      letter = k_letters[random() % k_letters.size()];
    }
    name = (path.parent_path() / ("." + path.filename().string() + "." + suffix)).string();
    const int descriptor = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (descriptor >= 0) {
      return descriptor;
    }
    last_error = errno;
  }
  name.clear();
  errno = last_error;
  return -1;
}

} // namespace

OutputFile::OutputFile(std::string path)
    : m_path(std::move(path)), m_target(resolved_target(m_path)) {
  struct stat existing {};
  const bool exists = ::stat(m_target.c_str(), &existing) == 0;
  if (exists && !S_ISREG(existing.st_mode) && !S_ISDIR(existing.st_mode)) {
    // A device or FIFO cannot be replaced: write it as a stream.
    m_stream.open(m_target, std::ios::binary | std::ios::trunc);
    if (!m_stream) {
      throw output_error(m_path, "cannot write output file", errno);
    }
    return;
  }
  if (exists && S_ISDIR(existing.st_mode)) {
    throw output_error(m_path, "cannot write output file", EISDIR);
  }
  // A new file gets what the umask allows, as when written in place; a replaced one keeps its mode.
  const mode_t mode = exists ? (existing.st_mode & 07777) : 0666;
  m_descriptor = create_temporary(m_target, mode, m_temporary);
  if (m_descriptor < 0) {
    throw Error(ErrorKind::io, m_path + ": cannot write output file: " + std::strerror(errno),
                "-o writes a temporary file in the same folder and renames it; that folder must "
                "be writable");
  }
  if (exists) {
    (void)::fchmod(m_descriptor, mode); // the umask applied at creation
    // Keep the owner where allowed (root writing a user's report); failure changes nothing.
    (void)::fchown(m_descriptor, existing.st_uid, existing.st_gid);
  }
  m_stream.open(m_temporary, std::ios::binary | std::ios::trunc);
  if (!m_stream) {
    const int code = errno;
    ::close(m_descriptor);
    ::unlink(m_temporary.c_str());
    throw output_error(m_path, "cannot write output file", code);
  }
}

OutputFile::~OutputFile() {
  if (m_descriptor >= 0) {
    m_stream.close();
    ::close(m_descriptor);
    ::unlink(m_temporary.c_str());
  }
}

void OutputFile::commit() {
  m_stream.flush();
  const bool written = static_cast<bool>(m_stream);
  m_stream.close();
  if (m_descriptor < 0) {
    if (!written || m_stream.fail()) {
      throw Error(ErrorKind::io, m_path + ": write failed");
    }
    return;
  }
  // The data reaches the disk before the name does: a crash leaves the old FILE or the new one.
  if (!written || m_stream.fail() || ::fsync(m_descriptor) != 0) {
    throw Error(ErrorKind::io, m_path + ": write failed"); // the destructor removes the temporary
  }
  if (::rename(m_temporary.c_str(), m_target.c_str()) != 0) {
    throw output_error(m_path, "cannot replace output file", errno);
  }
  ::close(m_descriptor);
  m_descriptor = -1;
}

} // namespace sociometer::cli
