#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# CSV read back by Python's csv module (issue 13, part 2): RFC 4180 quoting, CRLF, the --bom, and
# cells a spreadsheet would run as formulas neutralised with a leading `'`; numbers untouched.
# Usage: csv_roundtrip.sh SOCIOMETER
set -euo pipefail
sociometer="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SOCIOMETER_DB="$work/s.db"
"$sociometer" init --tz UTC >/dev/null
query="select '=HYPERLINK(\"http://x\",\"a, b\")' as formula, '-5' as negative, '-x' as minus,
  '+41 79' as plus, '@SUM(A1)' as at, char(9) || 'tab' as tab, 'line' || char(13, 10) || 'two' as lines,
  'plain \"quoted\" 日本語 😀' as text, 6883665 as n, -0.25 as r"
"$sociometer" sql "$query" --format csv --bom -o "$work/out.csv"
python3 - "$work/out.csv" <<'PY'
import csv, sys
raw = open(sys.argv[1], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf"), "no BOM"
assert raw.count(b"\n") == raw.count(b"\r\n"), "a bare LF"
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f))
assert len(rows) == 2, rows
header, row = rows
assert header == ["formula", "negative", "minus", "plus", "at", "tab", "lines", "text", "n", "r"], header
cells = dict(zip(header, row))
expected = {
    "formula": "'=HYPERLINK(\"http://x\",\"a, b\")",
    "negative": "-5",
    "minus": "'-x",
    "plus": "'+41 79",
    "at": "'@SUM(A1)",
    "tab": "'\ttab",
    "lines": "line\r\ntwo",
    "text": "plain \"quoted\" 日本語 😀",
    "n": "6883665",
    "r": "-0.25",
}
for key, value in expected.items():
    assert cells[key] == value, (key, cells[key], value)
# Records end with CRLF (RFC 4180).
assert raw.endswith(b"\r\n")
print("csv round trip ok")
PY
