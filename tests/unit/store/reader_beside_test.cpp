// SPDX-License-Identifier: Apache-2.0
// Store::reader_beside: a second read-only connection at the first one's snapshot, had only when
// no sociometer writer can commit between the two snapshots.
#include <catch2/catch.hpp>

#include "sociometer/store/store.hpp"
#include "test_support.hpp"

using namespace sociometer;

namespace {

// A migrated store whose `org` setting is `org`.
std::string store_with_org(test::TempDir &dir, const std::string &org) {
  auto path = dir.file("s.db");
  store::Store created(path, store::OpenMode::read_write_create);
  created.migrate();
  created.set_setting("org", org);
  return path;
}

} // namespace

TEST_CASE("a reader beside sees its reader's snapshot, not a later commit", "[store][beside]") {
  test::TempDir dir;
  const auto path = store_with_org(dir, "before");
  const store::Store reader(path, store::OpenMode::read_only, store::k_default_busy_timeout,
                            store::ReaderBeside::wanted);
  const auto *beside = reader.reader_beside();
  REQUIRE(beside != nullptr);
  CHECK(beside->reader_beside() == nullptr); // one level only
  {
    store::Store writer(path, store::OpenMode::read_write);
    writer.set_setting("org", "after");
  }
  // Both took their snapshot when the reader was opened: the commit since is seen by neither,
  // though the reader beside has not read a row until now.
  CHECK(beside->setting("org") == "before");
  CHECK(reader.setting("org") == "before");
  const store::Store later(path, store::OpenMode::read_only);
  CHECK(later.setting("org") == "after");
}

TEST_CASE("no reader beside while a writer runs, unless wanted, or for a writer",
          "[store][beside]") {
  test::TempDir dir;
  const auto path = store_with_org(dir, "org");
  SECTION("a writer holds the store: it could commit between the two snapshots") {
    const store::Store writer(path, store::OpenMode::read_write);
    const store::Store reader(path, store::OpenMode::read_only, store::k_default_busy_timeout,
                              store::ReaderBeside::wanted);
    CHECK(reader.reader_beside() == nullptr);
    CHECK(reader.setting("org") == "org"); // the reader itself reads as ever
  }
  SECTION("the writer gone, the reader beside is there again") {
    { const store::Store writer(path, store::OpenMode::read_write); }
    const store::Store reader(path, store::OpenMode::read_only, store::k_default_busy_timeout,
                              store::ReaderBeside::wanted);
    CHECK(reader.reader_beside() != nullptr);
  }
  SECTION("not wanted") {
    const store::Store reader(path, store::OpenMode::read_only);
    CHECK(reader.reader_beside() == nullptr);
  }
  SECTION("a writer has none") {
    const store::Store writer(path, store::OpenMode::read_write, store::k_default_busy_timeout,
                              store::ReaderBeside::wanted);
    CHECK(writer.reader_beside() == nullptr);
  }
}
