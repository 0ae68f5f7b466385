// SPDX-License-Identifier: Apache-2.0
#include "unknown_words.hpp"

#include <algorithm>

#include "sociometer/util/text.hpp"

namespace sociometer::cli {
namespace {

// The option of `command` or of a command above it (global flags fall through) named `name`.
const CLI::Option *find_option(const CLI::App *command, const std::string &name) {
  for (; command != nullptr; command = command->get_parent()) {
    if (const auto *option = command->get_option_no_throw(name)) {
      return option;
    }
  }
  return nullptr;
}

// Every flag spelling valid in `command` (`--name` and `-n`), its own first.
std::vector<std::string> flag_names(const CLI::App *command) {
  std::vector<std::string> names;
  for (; command != nullptr; command = command->get_parent()) {
    for (const auto *option : command->get_options()) {
      for (const auto &name : option->get_lnames()) {
        names.push_back("--" + name);
      }
      for (const auto &name : option->get_snames()) {
        names.push_back("-" + name);
      }
    }
  }
  return names;
}

std::vector<std::string> subcommand_names(CLI::App *command) {
  std::vector<std::string> names;
  for (const auto *sub : command->get_subcommands([](CLI::App *) { return true; })) {
    names.push_back(sub->get_name());
  }
  return names;
}

std::string path_of(const CLI::App *command) {
  std::string path;
  for (; command != nullptr && command->get_parent() != nullptr; command = command->get_parent()) {
    path = command->get_name() + (path.empty() ? "" : " " + path);
  }
  return path.empty() ? "sociometer" : "sociometer " + path;
}

std::string did_you_mean(const std::string &given, const std::vector<std::string> &known,
                         const std::string &otherwise) {
  const auto closest = util::closest_names(given, known);
  return closest.empty() ? otherwise : "did you mean " + util::join_alternatives(closest) + "?";
}

bool has_positionals(const CLI::App *command) {
  const auto options = command->get_options();
  return std::any_of(options.begin(), options.end(),
                     [](const CLI::Option *option) { return option->get_positional(); });
}

} // namespace

std::optional<Error> unknown_word(CLI::App &app, const std::vector<std::string> &args) {
  CLI::App *command = &app;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto &word = args[i];
    if (word == "--") {
      break; // the rest are positionals
    }
    if (word.size() > 1 && word.front() == '-') {
      const auto name = word.substr(0, word.find('='));
      // `-vv` and `-q` stack single-letter flags: judge the first letter.
      const auto judged = name.size() > 2 && name[1] != '-' ? name.substr(0, 2) : name;
      const auto *option = find_option(command, judged);
      if (option == nullptr) {
        return Error(ErrorKind::usage, "unknown flag " + name + " for `" + path_of(command) + "`",
                     did_you_mean(name, flag_names(command),
                                  "run `" + path_of(command) + " --help` for its flags"));
      }
      if (option->get_type_size_max() > 0 && name == word && name == judged) {
        ++i; // its value
      }
      continue;
    }
    const auto subcommands = subcommand_names(command);
    if (std::find(subcommands.begin(), subcommands.end(), word) != subcommands.end()) {
      command = command->get_subcommand(word);
      continue;
    }
    if (!subcommands.empty() && !has_positionals(command)) {
      return Error(ErrorKind::usage,
                   "unknown command `" + word + "` for `" + path_of(command) + "`",
                   did_you_mean(word, subcommands,
                                "run `" + path_of(command) + " --help` for its commands"));
    }
  }
  return std::nullopt;
}

} // namespace sociometer::cli
