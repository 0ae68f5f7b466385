// SPDX-License-Identifier: Apache-2.0
// API tokens: from the environment, else from the tokens file (docs/secrets.md), which must be
// readable by its owner alone. A token is handed to the request that needs it and nowhere else:
// never to the store, a message, a log or a report.
#pragma once

#include <string>

namespace sociometer::app {

enum class Secret {
  mastodon_token, // $SOCIOMETER_MASTODON_TOKEN, [mastodon] token
  x_bearer_token, // $SOCIOMETER_X_BEARER_TOKEN, [x] bearer_token
  bluesky_token,  // $SOCIOMETER_BLUESKY_TOKEN, [bluesky] token
};

// The environment variable that holds `secret`.
[[nodiscard]] const char *secret_variable(Secret secret) noexcept;

// The tokens file: $SOCIOMETER_TOKENS_FILE, else $XDG_CONFIG_HOME/sociometer/tokens.toml, else
// ~/.config/sociometer/tokens.toml; empty when none of these can be named.
[[nodiscard]] std::string tokens_file_path();

// `secret` from its environment variable when set and not empty, else from the tokens file when
// it exists; empty when neither has it. Throws Error(usage) naming the file when it can be read
// by its group or others (with the chmod that fixes it), and Error(input) naming the file and
// line (never its content) when it is not valid TOML or the value is not a string.
[[nodiscard]] std::string secret(Secret secret);

} // namespace sociometer::app
