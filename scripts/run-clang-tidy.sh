#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs clang-tidy with the repository's .clang-tidy over every source of src/ (and bench/) in
# BUILD_DIR's compile_commands.json; exits non-zero on any finding. Tests are left out: Catch2's
# macros expand to code the bugprone checks misread.
# Usage: scripts/run-clang-tidy.sh BUILD_DIR [JOBS]
set -euo pipefail
build_dir=${1:?usage: run-clang-tidy.sh BUILD_DIR [JOBS]}
jobs=${2:-$(nproc)}
root=$(cd "$(dirname "$0")/.." && pwd)
runner=$(command -v run-clang-tidy || command -v run-clang-tidy-14 || true)
if [[ -z $runner ]]; then
  echo "run-clang-tidy: not installed (scripts/install-deps.sh --lint installs clang-tidy)" >&2
  exit 1
fi
if [[ ! -f $build_dir/compile_commands.json ]]; then
  echo "run-clang-tidy: $build_dir/compile_commands.json missing (configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON)" >&2
  exit 1
fi
# run-clang-tidy takes regular expressions of the files to check; its progress lines are dropped.
set +e
"$runner" -quiet -extra-arg=-fno-color-diagnostics -p "$build_dir" -j "$jobs" "$root/(src|bench)/.*\\.cpp$" 2>&1 \
  | grep -v '^[0-9]* warnings\? generated\.$\|^Suppressed [0-9]* warnings\|^Use -header-filter\|^Running clang-tidy'
status=${PIPESTATUS[0]}
exit "$status"
