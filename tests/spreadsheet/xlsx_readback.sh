#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# `--format xlsx` read back by openpyxl (issue 13, part 2): numbers are numbers, IDs are strings,
# a frozen header row, the definitions on the second sheet. Skipped (77) without openpyxl.
# Usage: xlsx_readback.sh SOCIOMETER REPO
set -euo pipefail
sociometer="$1"
repo="$2"
# Debian's python3-openpyxl lives in the system Python, which a pyenv or venv python3 may hide.
python=""
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import openpyxl' 2>/dev/null; then python="$candidate"; break; fi
done
[ -n "$python" ] || { echo "python3-openpyxl is not installed"; exit 77; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SOCIOMETER_DB="$work/s.db" SOURCE_DATE_EPOCH=1714608000
"$sociometer" init --tz UTC >/dev/null
"$sociometer" -q ingest "$repo/tests/fixtures/x/archive" >/dev/null
"$sociometer" engagement --by post --format xlsx -o "$work/posts.xlsx"
"$sociometer" engagement --by month --format xlsx > "$work/months.xlsx"
"$python" - "$work/posts.xlsx" "$work/months.xlsx" <<'PY'
import sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
assert book.sheetnames[:3] == ["engagement", "definitions", "params"], book.sheetnames
sheet = book["engagement"]
assert sheet.freeze_panes == "A2", sheet.freeze_panes
header = [cell.value for cell in sheet[1]]
assert header[:3] == ["post_id", "platform", "account"], header
assert sheet.cell(1, 1).font.b, "header not bold"
column = {name: i + 1 for i, name in enumerate(header)}
rows = list(sheet.iter_rows(min_row=2, values_only=True))
assert rows, "no rows"
for row in rows:
    post_id = row[column["post_id"] - 1]
    assert isinstance(post_id, str) and post_id.isdigit(), repr(post_id)
    assert isinstance(row[column["posts"] - 1], (int, float)), row
    engagement = row[column["engagement"] - 1]
    assert engagement is None or isinstance(engagement, (int, float)), row
    assert isinstance(row[column["created_at"] - 1], str)
assert any(len(row[column["post_id"] - 1]) >= 18 for row in rows), "no long ID kept whole"
# Widths and the filter are set after the rows (constant-memory mode): both must survive.
last = openpyxl.utils.get_column_letter(len(header))
assert sheet.auto_filter.ref == "A1:%s%d" % (last, len(rows) + 1), sheet.auto_filter.ref
text_width = sheet.column_dimensions[openpyxl.utils.get_column_letter(column["post_id"])].width
assert text_width >= 21, text_width  # a 19-digit ID + 2
ratio = column["er_followers_coverage"]
assert sheet.cell(2, ratio).number_format == "0.00%", sheet.cell(2, ratio).number_format
definitions = {r[0]: r[1] for r in book["definitions"].iter_rows(min_row=2, values_only=True)}
assert "engagement" in definitions and definitions["engagement"].startswith("likes"), definitions
params = {r[0]: r[1] for r in book["params"].iter_rows(min_row=2, values_only=True)}
assert params["command"] == "engagement" and params["generated_at"] == "2024-05-02T00:00:00Z"
months = openpyxl.load_workbook(sys.argv[2])["engagement"]
assert [c.value for c in months[1]][0] == "period"
assert isinstance(months.cell(2, 2).value, (int, float))
print("xlsx read back ok:", len(rows), "rows")
PY
