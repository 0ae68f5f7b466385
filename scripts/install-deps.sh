#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian 12 packages sociometer needs to build, test and benchmark.
# Idempotent: runs apt-get only when a package is missing. Uses sudo when not root.
set -euo pipefail

build_packages=(
  build-essential cmake pkg-config
  libcli11-dev nlohmann-json3-dev libcurl4-openssl-dev
  libsqlite3-dev libspdlog-dev libfmt-dev catch2
  libigraph-dev libarchive-dev libsimdjson-dev libutf8proc-dev
  libhowardhinnant-date-dev libcld2-dev libtomlplusplus-dev tzdata libpq-dev
  libcpp-httplib-dev libxlsxwriter-dev libicu-dev libcbor-dev
)
# Tools used by the tests (zip for archive fixtures), by `make bench`, by `make tidy` (--lint) and
# by `make fuzz` (--fuzz: clang and libclang-rt-14-dev, which ships libFuzzer and the sanitizers'
# runtimes for clang; never needed by `make test`). The tests also use python3-openpyxl (reads the
# XLSX output back), headless chromium with Noto fonts (renders the HTML report, CJK and Arabic)
# and a PostgreSQL server with pg_virtualenv (tests/pg starts a throwaway cluster of its own).
tool_packages=(zip python3 time python3-openpyxl chromium fonts-noto-core fonts-noto-cjk
  postgresql postgresql-common)
case "${1:-}" in
  --bench) tool_packages+=(jq sqlite-utils python3-networkx python3-numpy python3-scipy hyperfine) ;;
  --lint) tool_packages+=(clang-tidy clang-format) ;;
  --fuzz) tool_packages+=(clang libclang-rt-14-dev) ;;
esac

missing=()
for pkg in "${build_packages[@]}" "${tool_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
