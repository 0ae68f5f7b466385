#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A line far longer than the line limit, on stdin between two good twarc2 lines: it is skipped by
# number in bounded memory (read past, never held), both good lines are stored, and the import
# ends `partial`, never `running`. The limit is made small (SOCIOMETER_MAX_LINE_BYTES) so that a
# 64 MiB line stands for the gigabytes of the real case.
# Usage: long_line_stdin.sh SOCIOMETER_BINARY SOURCE_DIR
set -euo pipefail
sociometer=$(realpath "$1")
source_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/s.db
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
good=$(head -n 1 "$source_dir/tests/fixtures/x/twarc/page-and-stream.jsonl")
other=$(sed -n 2p "$source_dir/tests/fixtures/x/twarc/page-and-stream.jsonl")
long_bytes=$((64 * 1024 * 1024))
{
  printf '%s\n' "$good"
  head -c "$long_bytes" /dev/zero | tr '\0' 'x'
  printf '\n%s\n' "$other"
} | SOCIOMETER_MAX_LINE_BYTES=1048576 "$sociometer" --db "$db" ingest - --format csv \
  >"$work/out" 2>"$work/err" || true

grep -qF "<stdin>:2: line of $long_bytes bytes is longer than the limit of 1048576 bytes (SOCIOMETER_MAX_LINE_BYTES); skipped" \
  "$work/err" || fail "no warning naming the long line: $(cat "$work/err")"
outcome=$("$sociometer" --db "$db" sql "SELECT outcome FROM imports" --format csv | tail -n 1 | tr -d '\r')
[[ $outcome == partial ]] || fail "import ended '$outcome', not partial"
expected=$(printf '%s\n%s\n' "$good" "$other" >"$work/good.jsonl" &&
  "$sociometer" --db "$work/good.db" ingest "$work/good.jsonl" >/dev/null &&
  "$sociometer" --db "$work/good.db" sql "SELECT native_id FROM posts ORDER BY native_id" --format csv)
stored=$("$sociometer" --db "$db" sql "SELECT native_id FROM posts ORDER BY native_id" --format csv)
[[ $stored == "$expected" ]] || fail "posts of the good lines not all stored: $stored"
echo "ok: long line skipped, good lines stored, import partial"
