// SPDX-License-Identifier: Apache-2.0
// The command table, global flags, the one try/catch and exit codes: every error, from any layer,
// is printed here once and mapped to its exit code.
#include "sociometer/cli/app.hpp"

#include <charconv>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <poll.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <string>
#include <sys/ioctl.h>
#include <unistd.h>
#include <utility>
#include <vector>

#include "common.hpp"
#include "output_file.hpp"
#include "sociometer/error.hpp"
#include "sociometer/ingest/ingest.hpp"
#include "unknown_words.hpp"

#ifndef SOCIOMETER_VERSION
#define SOCIOMETER_VERSION "0.0.0"
#endif

namespace sociometer::cli {
namespace {

// The last of SIGINT, SIGTERM and SIGHUP received: all three stop a run the same way (the
// import in progress rolled back to its last batch and recorded `interrupted`), and the exit
// code says which one it was, as a shell would (128 + its number).
volatile std::sig_atomic_t g_signal = 0;

// A second signal stops at once (the default action): for a run that does not stop soon enough.
extern "C" void on_interrupt(int signal) {
  if (g_signal != 0) {
    std::signal(signal, SIG_DFL);
    std::raise(signal);
    return;
  }
  g_signal = signal;
  ingest::request_interrupt();
}

constexpr int k_stop_signals[] = {SIGINT, SIGTERM, SIGHUP};

// While it lives, SIGINT, SIGTERM and SIGHUP ask a running ingest to stop cleanly. Only ingest
// checks (between records): any other command is left to the signals' default action, which
// stops it at once, and SQLite's journal undoes a transaction cut short.
class StopSignals {
public:
  explicit StopSignals(bool ingest) {
    g_signal = 0;
    if (ingest) {
      for (const int signal : k_stop_signals) {
        m_previous.emplace_back(signal, std::signal(signal, on_interrupt));
      }
    }
  }
  ~StopSignals() {
    for (const auto &[signal, handler] : m_previous) {
      std::signal(signal, handler);
    }
  }
  StopSignals(const StopSignals &) = delete;
  StopSignals &operator=(const StopSignals &) = delete;

private:
  std::vector<std::pair<int, void (*)(int)>> m_previous;
};

const char *signal_name(int signal) {
  switch (signal) {
  case SIGTERM:
    return "SIGTERM";
  case SIGHUP:
    return "SIGHUP";
  default:
    return "SIGINT";
  }
}

std::shared_ptr<spdlog::logger> make_logger(std::ostream &err, const GlobalOptions &globals) {
  auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(err, true);
  auto logger = std::make_shared<spdlog::logger>("sociometer", sink);
  logger->set_pattern("sociometer: %l: %v");
  if (globals.quiet) {
    logger->set_level(spdlog::level::err);
  } else if (globals.verbose >= 2) {
    logger->set_level(spdlog::level::debug);
  } else if (globals.verbose == 1) {
    logger->set_level(spdlog::level::info);
  } else {
    logger->set_level(spdlog::level::warn);
  }
  return logger;
}

void add_global_options(CLI::App &app, GlobalOptions &globals) {
  app.add_option("--db", globals.db, "store file (default: $SOCIOMETER_DB, else ./sociometer.db)");
  app.add_option("--format", globals.format,
                 "output format: table, json, ndjson, csv, xlsx (md, json for report); xlsx needs "
                 "-o FILE or a stdout that is not a terminal");
  app.add_option("--columns", globals.columns,
                 "columns of row commands: `all` or a comma list (default: all, except that "
                 "`table` shows a set that fits 120 columns)")
      ->type_name("all|A,B,...");
  app.add_flag("--bom", globals.bom, "csv: start with a UTF-8 byte order mark (for Excel)");
  app.add_option("-o,--output", globals.output, "write the output to FILE instead of stdout");
  app.add_option("--tz", globals.tz,
                 "IANA time zone for periods and local times (default: store's, else UTC); "
                 "`init --tz` stores it as the store's zone");
  app.add_option("--min-coverage", globals.min_coverage,
                 "rates (er_impressions, er_followers, ctr, cta_ctr) measured on a smaller share "
                 "of their posts are withheld: null, the reason in definitions (0 to 1; "
                 "default 0.5; 0 shows every rate)")
      ->type_name("FRACTION");
  app.add_flag("-q,--quiet", globals.quiet, "only print errors on stderr");
  app.add_flag("-v,--verbose", globals.verbose, "more detail on stderr (-vv for debug)");
  app.add_flag("--no-progress", globals.no_progress, "never show progress on stderr");
  app.set_version_flag("--version", std::string("sociometer ") + SOCIOMETER_VERSION);
}

// Whether `out` is this process's stdout and that is a pipe or socket whose reader has gone
// (`sociometer sql … | head` with SIGPIPE ignored): the reader wanted no more, so the run ends
// without a message. Asked of the descriptor, as errno is long overwritten by the clean-up.
bool reader_gone(const std::ostream &out) noexcept {
  if (out.rdbuf() != std::cout.rdbuf()) {
    return false;
  }
  pollfd descriptor{STDOUT_FILENO, POLLOUT, 0};
  return ::poll(&descriptor, 1, 0) == 1 && (descriptor.revents & POLLERR) != 0;
}

void print_error(const Error &error, std::ostream &err) {
  err << "sociometer: error: " << error.what() << '\n';
  if (!error.hint().empty()) {
    err << "hint: " << error.hint() << '\n';
  }
}

// The terminal stdout is, for `table` format: its width from $COLUMNS, else the terminal's, else
// 80; colour unless $NO_COLOR is set and not empty. None when `out` is not a terminal's stdout.
report::Terminal terminal_of(const std::ostream &out) {
  report::Terminal terminal;
  if (out.rdbuf() != std::cout.rdbuf() || ::isatty(STDOUT_FILENO) == 0) {
    return terminal;
  }
  terminal.width = 80;
  winsize size{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    terminal.width = size.ws_col;
  }
  if (const char *columns = std::getenv("COLUMNS"); columns != nullptr) {
    const std::string_view text(columns);
    std::size_t width = 0;
    const auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), width);
    if (problem == std::errc() && end == text.data() + text.size() && width > 0) {
      terminal.width = width;
    }
  }
  const char *no_colour = std::getenv("NO_COLOR");
  terminal.colour = no_colour == nullptr || *no_colour == '\0';
  return terminal;
}

// Runs the parsed command with its data going to `out` or to --output, and maps any error to its
// message and exit code. --output replaces its file only when the command finished its output.
int run_parsed(const Commands &commands, const GlobalOptions &globals, std::ostream &out,
               std::ostream &err, const std::shared_ptr<spdlog::logger> &log) {
  const bool to_file = !globals.output.empty() && globals.output != "-";
  std::optional<OutputFile> file;
  std::ostream *data = &out;
  try {
    if (to_file) {
      data = &file.emplace(globals.output).stream();
    }
    int code = 0;
    for (const auto &command : commands) {
      if (command.parser->parsed()) {
        auto invocation = resolve_invocation(globals, command.formats);
        if (!to_file) {
          invocation.terminal = terminal_of(out);
        }
        Context context{invocation, *data, err, log};
        code = command.run(context);
        break;
      }
    }
    if (file) {
      file->commit();
    } else if (!data->flush()) {
      throw Error(ErrorKind::io, "stdout: write failed");
    }
    return code;
  } catch (const Error &error) {
    if (!to_file && !*data && reader_gone(out)) {
      return exit_code_for(ErrorKind::io);
    }
    const int signal = g_signal;
    if (error.kind() == ErrorKind::interrupted && signal != 0) {
      // Stopped by a signal: say which, and exit as a shell reports it (128 + its number).
      print_error(Error(error.kind(), std::string(error.what()) + " (" + signal_name(signal) + ")",
                        error.hint()),
                  err);
      return 128 + signal;
    }
    if (!*data && error.kind() == ErrorKind::io) {
      print_error(Error(ErrorKind::io, (to_file ? globals.output : "stdout") + ": write failed"),
                  err);
    } else {
      print_error(error, err);
    }
    return exit_code_for(error.kind());
  } catch (const std::exception &error) {
    err << "sociometer: error: internal error: " << error.what() << '\n';
    return exit_code_for(ErrorKind::internal);
  }
}

} // namespace

int run(int argc, const char *const *argv, std::ostream &out, std::ostream &err) {
  GlobalOptions globals;
  CLI::App app("sociometer — social media analytics for communication teams", "sociometer");
  app.fallthrough(); // global flags are accepted after the subcommand too
  app.require_subcommand(1);
  add_global_options(app, globals);

  // The single list of commands, each with the output formats it offers.
  Commands commands;
  for (const auto add :
       {add_init_command, add_status_command, add_account_command, add_accounts_command,
        add_ingest_command, add_fetch_command, add_snapshot_command, add_engagement_command,
        add_top_command, add_besttime_command, add_campaign_command, add_causes_command,
        add_influencers_command, add_network_command, add_report_command, add_sql_command,
        add_store_command}) {
    add(app, commands);
  }
  add_help_footers(app, commands);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp &) {
    out << app.help(); // CLI11 delegates to the subcommand being parsed
    return 0;
  } catch (const CLI::CallForAllHelp &) {
    out << app.help("", CLI::AppFormatMode::All);
    return 0;
  } catch (const CLI::CallForVersion &) {
    out << "sociometer " << SOCIOMETER_VERSION << '\n';
    return 0;
  } catch (const CLI::ParseError &error) {
    if (const auto unknown = unknown_word(app, std::vector<std::string>(argv + 1, argv + argc))) {
      print_error(*unknown, err);
      return exit_code_for(ErrorKind::usage);
    }
    err << "sociometer: error: " << error.what() << '\n';
    err << "hint: run `sociometer --help` or `sociometer COMMAND --help`\n";
    return exit_code_for(ErrorKind::usage);
  }
  auto log = make_logger(err, globals);
  // ingest stops between records, fetch between pages and while waiting, snapshot between
  // accounts, sql between rows; other commands stop at once.
  const StopSignals stop_signals(app.got_subcommand("ingest") || app.got_subcommand("fetch") ||
                                 app.got_subcommand("snapshot") || app.got_subcommand("sql"));
  return run_parsed(commands, globals, out, err, log);
}

} // namespace sociometer::cli
