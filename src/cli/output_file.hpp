// SPDX-License-Identifier: Apache-2.0
// `-o FILE`, written atomically: the data goes to a temporary file beside FILE, renamed over it
// only when the command completes, so a command that fails leaves FILE as it was (docs/output.md).
#pragma once

#include <fstream>
#include <ostream>
#include <string>

namespace sociometer::cli {

class OutputFile {
public:
  // Opens the temporary file `.NAME.XXXXXX` in FILE's folder (FILE's target for a symbolic link)
  // with the permissions FILE has, or would get when new. A FILE that exists and is not a regular
  // file (/dev/null, a FIFO) is written directly. Throws Error(io) when it cannot be opened.
  explicit OutputFile(std::string path);
  // Removes the temporary file unless commit() ran.
  ~OutputFile();
  OutputFile(const OutputFile &) = delete;
  OutputFile &operator=(const OutputFile &) = delete;

  [[nodiscard]] std::ostream &stream() noexcept { return m_stream; }
  // Flushes the data to disk and renames the temporary file over FILE. Throws Error(io) naming
  // FILE when a write failed or the rename does not succeed (the temporary file is removed).
  void commit();

private:
  std::string m_path;      // FILE as given, for messages
  std::string m_target;    // what is replaced: FILE, or the file its link points to
  std::string m_temporary; // empty when writing FILE directly
  int m_descriptor = -1;
  std::ofstream m_stream;
};

} // namespace sociometer::cli
