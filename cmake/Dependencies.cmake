# SPDX-License-Identifier: Apache-2.0
# Every dependency comes from Debian 12 packages (scripts/install-deps.sh); nothing is downloaded.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)

find_package(CLI11 2.1 CONFIG REQUIRED)            # libcli11-dev
find_package(nlohmann_json 3.10 CONFIG REQUIRED)   # nlohmann-json3-dev
find_package(spdlog CONFIG REQUIRED)               # libspdlog-dev
find_package(simdjson CONFIG REQUIRED)             # libsimdjson-dev
find_package(date CONFIG REQUIRED)                 # libhowardhinnant-date-dev (date-tz, OS tzdb)
find_package(SQLite3 REQUIRED)                     # libsqlite3-dev
find_package(tomlplusplus 3 CONFIG REQUIRED)       # libtomlplusplus-dev (campaign files)
find_package(CURL 7.85 REQUIRED)                   # libcurl4-openssl-dev (net/: the API feeds)
find_package(PostgreSQL REQUIRED)                  # libpq-dev (store/: the PostgreSQL backend)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n)   # libicu-dev (report/: numbers, dates, plurals)

pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)   # libutf8proc-dev
pkg_check_modules(LIBARCHIVE REQUIRED IMPORTED_TARGET libarchive)  # libarchive-dev
pkg_check_modules(LIBCRYPTO REQUIRED IMPORTED_TARGET libcrypto)    # libssl-dev (SHA-256)
# Debian's igraph CMake config needs extra -dev packages to link; pkg-config works.
pkg_check_modules(IGRAPH REQUIRED IMPORTED_TARGET igraph>=0.10)    # libigraph-dev
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)  # libxlsxwriter-dev (--format xlsx)
# libcld2-dev ships neither a CMake config nor a .pc file.
find_path(CLD2_INCLUDE_DIR cld2/public/compact_lang_det.h REQUIRED)
find_library(CLD2_LIBRARY cld2 REQUIRED)
add_library(sociometer_cld2 INTERFACE)
target_include_directories(sociometer_cld2 SYSTEM INTERFACE "${CLD2_INCLUDE_DIR}")
target_link_libraries(sociometer_cld2 INTERFACE "${CLD2_LIBRARY}")

if(SOCIOMETER_BUILD_TESTS)
  find_package(Catch2 2 CONFIG REQUIRED)            # catch2 (v2.13 in Debian 12)
  # libcpp-httplib-dev: the loopback servers the net/ and fetch tests talk to.
  pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
endif()

message(STATUS "sociometer dependencies:")
message(STATUS "  CLI11 ${CLI11_VERSION}, nlohmann_json ${nlohmann_json_VERSION}")
message(STATUS "  SQLite ${SQLite3_VERSION}, spdlog ${spdlog_VERSION}, simdjson ${simdjson_VERSION}, date ${date_VERSION}")
message(STATUS "  utf8proc ${UTF8PROC_VERSION}, libarchive ${LIBARCHIVE_VERSION}, libcrypto ${LIBCRYPTO_VERSION}, igraph ${IGRAPH_VERSION}")
message(STATUS "  toml++ ${tomlplusplus_VERSION}, libxlsxwriter ${XLSXWRITER_VERSION}, libpq ${PostgreSQL_VERSION_STRING}, ICU ${ICU_VERSION}")
