#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs one golden case (tests/golden/<command>/<case>/) with the real binary; README.md in this
# folder describes the layout. The shared setup the case names in `setup` (optional; its stdout is
# discarded) runs first, then `cmd`, whose stdout and stderr must equal `stdout.expected` and
# `stderr.expected` byte for byte. UPDATE_GOLDEN=1 rewrites both files.
# Both scripts run in a fresh folder where `x` is tests/fixtures/x and `fixtures` is
# tests/fixtures, with $SOCIOMETER and SOCIOMETER_DB=golden.db, so every path in the output is
# relative and stable.
set -euo pipefail
binary=$(realpath "$1")
case_dir=$(realpath "$2")
golden_dir=$(realpath "$(dirname "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOCIOMETER="$binary"
export SOCIOMETER_DB=golden.db
export SOURCE_DATE_EPOCH=1714608000 # 2024-05-02T00:00:00Z: reports are byte-stable
export TZ=UTC LC_ALL=C.UTF-8
fixtures=$(realpath "$golden_dir/../fixtures")
cd "$work"
ln -s "$fixtures/x" x
ln -s "$fixtures" fixtures
if [[ -f "$case_dir/setup" ]]; then
  setup_name=$(<"$case_dir/setup")
  setup_script="$golden_dir/setups/$setup_name.sh"
  if [[ ! -f "$setup_script" ]]; then
    echo "$case_dir/setup names '$setup_name', but there is no $setup_script" >&2
    exit 1
  fi
  bash -e "$setup_script" >/dev/null
fi
if ! bash -e "$case_dir/cmd" >"$work/stdout.actual" 2>"$work/stderr.actual"; then
  cat "$work/stderr.actual" >&2
  echo "golden case $case_dir: cmd failed" >&2
  exit 1
fi
if [[ "${UPDATE_GOLDEN:-}" == 1 ]]; then
  cp "$work/stdout.actual" "$case_dir/stdout.expected"
  cp "$work/stderr.actual" "$case_dir/stderr.expected"
  echo "updated $case_dir/stdout.expected and stderr.expected"
  exit 0
fi
status=0
for stream in stdout stderr; do
  if ! diff -u "$case_dir/$stream.expected" "$work/$stream.actual"; then
    echo "golden $stream mismatch in $case_dir (UPDATE_GOLDEN=1 ctest -L golden rewrites it; review the diff)" >&2
    status=1
  fi
done
exit "$status"
