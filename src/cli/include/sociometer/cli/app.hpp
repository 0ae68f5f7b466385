// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <ostream>

namespace sociometer::cli {

// Runs the command line `argv` (argv[0] is the program name): data goes to `out`, logs and errors
// to `err`. Returns the exit code: 0, else that of the error (exit_code_for: usage 2, interrupted
// 130, anything else 1). Never throws; main and the tests both call it.
int run(int argc, const char *const *argv, std::ostream &out, std::ostream &err);

} // namespace sociometer::cli
