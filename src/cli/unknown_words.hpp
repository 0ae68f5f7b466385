// SPDX-License-Identifier: Apache-2.0
// "Did you mean": the command line read against the command table after CLI11 refused it, so that
// a mistyped subcommand or flag is named with its closest spelling.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "sociometer/error.hpp"

namespace sociometer::cli {

// The first word of `args` (argv without the program name) that names no subcommand or flag of
// `app` where it stands, as Error(usage) with the closest names as its hint; none when every
// word is known (the parse failed for another reason, whose message CLI11 words best).
[[nodiscard]] std::optional<Error> unknown_word(CLI::App &app,
                                                const std::vector<std::string> &args);

} // namespace sociometer::cli
