// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <fstream>

#include "sociometer/app/secrets.hpp"
#include "sociometer/error.hpp"
#include "test_support.hpp"

using namespace sociometer;
using test::ScopedEnv;

namespace {

void write_file(const std::string &path, const std::string &text, mode_t mode) {
  std::ofstream(path, std::ios::binary) << text;
  REQUIRE(::chmod(path.c_str(), mode) == 0);
}

} // namespace

TEST_CASE("secrets: the environment first, then the owner-only tokens file", "[app][secrets]") {
  test::TempDir dir;
  const auto file = dir.file("tokens.toml");
  const ScopedEnv path("SOCIOMETER_TOKENS_FILE", file);
  ::unsetenv("SOCIOMETER_X_BEARER_TOKEN");
  // No file, no variable: no token.
  CHECK(app::secret(app::Secret::x_bearer_token).empty());

  write_file(file, "[x]\nbearer_token = \"from-file\"\n[mastodon]\ntoken = \"m-file\"\n", 0600);
  CHECK(app::secret(app::Secret::x_bearer_token) == "from-file");
  CHECK(app::secret(app::Secret::mastodon_token) == "m-file");
  CHECK(app::secret(app::Secret::bluesky_token).empty());
  {
    const ScopedEnv variable("SOCIOMETER_X_BEARER_TOKEN", "from-env");
    CHECK(app::secret(app::Secret::x_bearer_token) == "from-env");
  }
}

TEST_CASE("secrets: a tokens file others can read is refused, naming it and the chmod",
          "[app][secrets]") {
  test::TempDir dir;
  const auto file = dir.file("tokens.toml");
  const ScopedEnv path("SOCIOMETER_TOKENS_FILE", file);
  write_file(file, "[x]\nbearer_token = \"CANARY-file-0644\"\n", 0644);
  try {
    (void)app::secret(app::Secret::x_bearer_token);
    FAIL("no error");
  } catch (const Error &error) {
    CHECK(error.kind() == ErrorKind::usage);
    CHECK(std::string(error.what()) ==
          file + " is open to its group or others (mode 0644); a tokens file must be readable "
                 "by its owner alone");
    CHECK(error.hint() == "run: chmod 600 " + file);
  }
  REQUIRE(::chmod(file.c_str(), 0640) == 0); // group-readable is refused too
  CHECK_THROWS_AS(app::secret(app::Secret::x_bearer_token), Error);
}

TEST_CASE("secrets: a broken tokens file is named with its line, never quoted", "[app][secrets]") {
  test::TempDir dir;
  const auto file = dir.file("tokens.toml");
  const ScopedEnv path("SOCIOMETER_TOKENS_FILE", file);
  write_file(file, "[x]\nbearer_token = CANARY-unquoted\n", 0600);
  try {
    (void)app::secret(app::Secret::x_bearer_token);
    FAIL("no error");
  } catch (const Error &error) {
    CHECK(std::string(error.what()) == file + ":2: not valid TOML");
  }
  write_file(file, "[x]\nbearer_token = 12\n", 0600);
  CHECK_THROWS_WITH(app::secret(app::Secret::x_bearer_token),
                    file + ":2: x.bearer_token must be a string");
}
