// SPDX-License-Identifier: Apache-2.0
#include "sociometer/app/secrets.hpp"

#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <toml++/toml.h>

#include "sociometer/error.hpp"

namespace sociometer::app {
namespace {

std::string env(const char *name) {
  const char *value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

// Where `secret` sits in the tokens file: table and key.
std::pair<const char *, const char *> file_key(Secret secret) noexcept {
  switch (secret) {
  case Secret::mastodon_token:
    return {"mastodon", "token"};
  case Secret::x_bearer_token:
    return {"x", "bearer_token"};
  case Secret::bluesky_token:
    return {"bluesky", "token"};
  }
  return {"", ""};
}

// The mode as `chmod` writes it: 0644.
std::string octal_mode(mode_t mode) {
  std::ostringstream out;
  out << '0' << std::oct << (mode & 0777);
  return out.str();
}

// The file's text, after checking that only its owner can read or write it.
std::string read_private_file(const std::string &path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) {
    return {};
  }
  if ((status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
    throw Error(ErrorKind::usage,
                path + " is open to its group or others (mode " + octal_mode(status.st_mode) +
                    "); a tokens file must be readable by its owner alone",
                "run: chmod 600 " + path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(ErrorKind::io, path + ": cannot read the tokens file");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace

const char *secret_variable(Secret secret) noexcept {
  switch (secret) {
  case Secret::mastodon_token:
    return "SOCIOMETER_MASTODON_TOKEN";
  case Secret::x_bearer_token:
    return "SOCIOMETER_X_BEARER_TOKEN";
  case Secret::bluesky_token:
    return "SOCIOMETER_BLUESKY_TOKEN";
  }
  return "";
}

std::string tokens_file_path() {
  if (auto path = env("SOCIOMETER_TOKENS_FILE"); !path.empty()) {
    return path;
  }
  if (const auto config = env("XDG_CONFIG_HOME"); !config.empty()) {
    return config + "/sociometer/tokens.toml";
  }
  if (const auto home = env("HOME"); !home.empty()) {
    return home + "/.config/sociometer/tokens.toml";
  }
  return {};
}

std::string secret(Secret secret) {
  if (auto value = env(secret_variable(secret)); !value.empty()) {
    return value;
  }
  const auto path = tokens_file_path();
  if (path.empty()) {
    return {};
  }
  const auto text = read_private_file(path);
  if (text.empty()) {
    return {};
  }
  toml::table document;
  try {
    document = toml::parse(text, path);
  } catch (const toml::parse_error &error) {
    // Only the position: the parser's description may quote the file, tokens and all.
    throw Error(ErrorKind::input,
                path + ":" + std::to_string(error.source().begin.line) + ": not valid TOML");
  }
  const auto [table, key] = file_key(secret);
  const auto *node = document.at_path(std::string(table) + "." + key).node();
  if (node == nullptr) {
    return {};
  }
  const auto *value = node->as_string();
  if (value == nullptr) {
    throw Error(ErrorKind::input, path + ":" + std::to_string(node->source().begin.line) + ": " +
                                      table + "." + key + " must be a string");
  }
  return value->get();
}

} // namespace sociometer::app
