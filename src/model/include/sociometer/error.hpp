// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace sociometer {

// What went wrong, coarsely: decides the exit code and the wording of the top-level message.
enum class ErrorKind { usage, input, io, store, network, interrupted, internal };

// The one exception type that aborts a command. Library code throws it; only cli::run catches it.
class Error : public std::runtime_error {
public:
  // `message` is the full human sentence (it already names the file, table or URL);
  // `hint` is an optional "how to fix it" line printed after it.
  Error(ErrorKind kind, const std::string &message, std::string hint = {})
      : std::runtime_error(message), m_kind(kind), m_hint(std::move(hint)) {}

  [[nodiscard]] ErrorKind kind() const noexcept { return m_kind; }
  [[nodiscard]] const std::string &hint() const noexcept { return m_hint; }

private:
  ErrorKind m_kind;
  std::string m_hint;
};

// Exit code for an error kind (the exit codes of docs/output.md): usage → 2, interrupted → 130,
// everything else → 1.
[[nodiscard]] constexpr int exit_code_for(ErrorKind kind) noexcept {
  switch (kind) {
  case ErrorKind::usage:
    return 2;
  case ErrorKind::interrupted:
    return 130;
  default:
    return 1;
  }
}

} // namespace sociometer
