# SPDX-License-Identifier: Apache-2.0
# Each third-party library is wrapped by one layer (docs/architecture.md): its headers may be
# included only there. System headers cannot be hidden from the compiler, so this check reads the
# sources instead; src/CMakeLists.txt runs it in every build.
# Run by hand: cmake -DSOURCE_DIR=<repo>/src -P cmake/WrappedHeaders.cmake
# Each rule: "<include prefix>|<folder regex under src/ where it may appear>" (split at the first "|").
set(rules
  "utf8proc.h|util/"
  "sqlite3.h|store/"
  "libpq-fe.h|store/pg_"
  "curl/|net/"
  "CLI/|cli/"
  "spdlog/|cli/"
  "igraph|analysis/graph\\.cpp$"
  "archive.h|ingest/"
  "archive_entry.h|ingest/"
  "simdjson|ingest/"
  "cld2/|ingest/"
  "toml++/|(app/|report/i18n\\.cpp$)"
  "unicode/|report/locale_format\\.cpp$"
  "xlsxwriter|report/xlsx_renderer\\.cpp$")

file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/*.cpp" "${SOURCE_DIR}/*.hpp")
set(violations "")
foreach(source IN LISTS sources)
  file(STRINGS "${SOURCE_DIR}/${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*<")
  foreach(line IN LISTS includes)
    foreach(rule IN LISTS rules)
      # Split at the first "|" only: the folder regex may hold alternatives of its own.
      string(FIND "${rule}" "|" bar)
      string(SUBSTRING "${rule}" 0 ${bar} header)
      math(EXPR after "${bar} + 1")
      string(SUBSTRING "${rule}" ${after} -1 allowed)
      string(FIND "${line}" "<${header}" at)
      if(NOT at EQUAL -1 AND NOT source MATCHES "^${allowed}")
        string(APPEND violations "\n  src/${source}: ${line} (allowed only under src/${allowed})")
      endif()
    endforeach()
  endforeach()
endforeach()
if(violations)
  message(FATAL_ERROR "third-party headers outside their wrapping layer:${violations}")
endif()
