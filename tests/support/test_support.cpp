// SPDX-License-Identifier: Apache-2.0
#include "test_support.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <grp.h>
#include <random>
#include <sqlite3.h>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

#include "sociometer/cli/app.hpp"
#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"
#include "store/sqlite.hpp"

namespace sociometer::test {

std::string query_text(const std::string &db, const std::string &sql) {
  store::Connection connection(db, SQLITE_OPEN_READONLY);
  store::Statement statement(connection, sql);
  REQUIRE(statement.step());
  return statement.string(0);
}

std::int64_t query_number(const std::string &db, const std::string &sql) {
  return std::stoll(query_text(db, sql));
}

std::string without_cr(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
  return text;
}

TempDir::TempDir() {
  std::random_device random;
  for (;;) {
    m_path =
        std::filesystem::temp_directory_path() / ("sociometer-test-" + std::to_string(random()));
    if (std::filesystem::create_directory(m_path)) {
      break;
    }
  }
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(m_path, ignored);
}

std::string fixture(const std::string &relative) {
  return std::string(SOCIOMETER_FIXTURES_DIR) + "/" + relative;
}

std::string copy_fixture(const TempDir &dir, const std::string &relative, const std::string &name) {
  const auto target = dir.path() / name;
  std::filesystem::copy(fixture(relative), target, std::filesystem::copy_options::recursive);
  return target.string();
}

CliResult run_cli(const std::vector<std::string> &args) {
  std::vector<const char *> argv{"sociometer"};
  for (const auto &arg : args) {
    argv.push_back(arg.c_str());
  }
  std::ostringstream out;
  std::ostringstream err;
  CliResult result;
  result.code = cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
  result.out = out.str();
  result.err = err.str();
  return result;
}

std::optional<std::string> run_unprivileged(const std::function<std::string()> &body) {
  constexpr int k_cannot_drop = 125;
  int pipe_ends[2];
  REQUIRE(::pipe(pipe_ends) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::close(pipe_ends[0]);
    constexpr uid_t k_nobody = 65534;
    if (::geteuid() == 0 &&
        (::setgroups(0, nullptr) != 0 || ::setgid(k_nobody) != 0 || ::setuid(k_nobody) != 0)) {
      ::_exit(k_cannot_drop);
    }
    std::string text;
    try {
      text = body();
    } catch (const std::exception &error) {
      text = std::string("exception: ") + error.what();
    }
    for (std::size_t done = 0; done < text.size();) {
      const auto wrote = ::write(pipe_ends[1], text.data() + done, text.size() - done);
      if (wrote <= 0) {
        break;
      }
      done += static_cast<std::size_t>(wrote);
    }
    ::_exit(0);
  }
  ::close(pipe_ends[1]);
  std::string text;
  char buffer[4096];
  for (ssize_t got = 0; (got = ::read(pipe_ends[0], buffer, sizeof buffer)) > 0;) {
    text.append(buffer, static_cast<std::size_t>(got));
  }
  ::close(pipe_ends[0]);
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  if (WIFEXITED(status) && WEXITSTATUS(status) == k_cannot_drop) {
    return std::nullopt;
  }
  REQUIRE(WIFEXITED(status));
  return text;
}

void write_file(const std::string &path, const std::string &content) {
  std::ofstream stream(path, std::ios::binary | std::ios::trunc);
  stream << content;
}

std::string read_file(const std::string &path) {
  std::ifstream stream(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
}

const PostRecord &CollectingTarget::post_with_id(const std::string &native_id) const {
  for (const auto &post : posts) {
    if (post.native_id == native_id) {
      return post;
    }
  }
  FAIL("no post " << native_id);
  throw std::logic_error("unreachable");
}

CollectingTarget parse_fixture(const std::string &path, const ingest::InputOptions &options) {
  CollectingTarget target;
  ingest::open_input(path, options)->parse(target);
  return target;
}

Error parse_error(const std::string &path, CollectingTarget &target,
                  const ingest::InputOptions &options) {
  try {
    ingest::open_input(path, options)->parse(target);
  } catch (const Error &error) {
    return error;
  }
  FAIL("expected an error from " << path);
  throw std::logic_error("unreachable");
}

Error parse_error(const std::string &path, const ingest::InputOptions &options) {
  CollectingTarget target;
  return parse_error(path, target, options);
}

std::string slice(const std::string &text, std::optional<std::int32_t> start,
                  std::optional<std::int32_t> end) {
  REQUIRE(start);
  REQUIRE(end);
  const auto b = util::byte_offset_of_code_point(text, static_cast<std::size_t>(*start));
  const auto e = util::byte_offset_of_code_point(text, static_cast<std::size_t>(*end));
  REQUIRE(b);
  REQUIRE(e);
  return text.substr(*b, *e - *b);
}

std::string rfc3339(const std::optional<TimePoint> &time) {
  REQUIRE(time);
  return util::format_rfc3339(*time);
}

} // namespace sociometer::test
