#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs one golden case with the real binary: `setup` (optional; output discarded) and then `cmd`,
# whose stdout must equal `stdout.expected` byte for byte. UPDATE_GOLDEN=1 rewrites the file.
# Both scripts run in a fresh folder where `x` is tests/fixtures/x and `fixtures` is
# tests/fixtures, with $SOCIOMETER and
# SOCIOMETER_DB=golden.db, so every path in the output is relative and stable.
set -euo pipefail
binary=$(realpath "$1")
case_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOCIOMETER="$binary"
export SOCIOMETER_DB=golden.db
export SOURCE_DATE_EPOCH=1714608000 # 2024-05-02T00:00:00Z: reports are byte-stable
export TZ=UTC LC_ALL=C.UTF-8
fixtures=$(realpath "$(dirname "$0")/../fixtures")
cd "$work"
ln -s "$fixtures/x" x
ln -s "$fixtures" fixtures
if [[ -f "$case_dir/setup" ]]; then
  bash -e "$case_dir/setup" >/dev/null
fi
bash -e "$case_dir/cmd" >"$work/stdout.actual"
if [[ "${UPDATE_GOLDEN:-}" == 1 ]]; then
  cp "$work/stdout.actual" "$case_dir/stdout.expected"
  echo "updated $case_dir/stdout.expected"
  exit 0
fi
if ! diff -u "$case_dir/stdout.expected" "$work/stdout.actual"; then
  echo "golden mismatch in $case_dir (UPDATE_GOLDEN=1 ctest -L golden rewrites it; review the diff)" >&2
  exit 1
fi
