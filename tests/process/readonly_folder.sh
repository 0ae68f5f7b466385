#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A store in a folder its reader may not write can still be read (status, report, sql), and a
# writer is refused with a message that says why. The reader is another user: as root (where
# file modes do not bind), the commands run as `nobody` through setpriv; without setpriv as
# root the test is skipped (exit 77).
# Usage: readonly_folder.sh SOCIOMETER_BINARY SOURCE_DIR
set -euo pipefail
export SOURCE_DATE_EPOCH=1714608000 # the report prints when it was made
sociometer=$(realpath "$1")
source_dir=$(realpath "$2")
as_reader=()
if [[ $(id -u) == 0 ]]; then
  if ! command -v setpriv >/dev/null; then
    echo "SKIP: running as root without setpriv: cannot make a folder read-only" >&2
    exit 77
  fi
  as_reader=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
chmod 755 "$work"
mkdir "$work/store"
db=$work/store/s.db
"$sociometer" --db "$db" init --tz Europe/Zurich
"$sociometer" --db "$db" ingest "$source_dir/tests/fixtures/x/archive" \
  "$source_dir/tests/fixtures/x/twarc/page-and-stream.jsonl" >/dev/null
expected_status=$("$sociometer" --db "$db" status)
expected_report=$("$sociometer" --db "$db" report --month 2024-03)
expected_sql=$("$sociometer" --db "$db" sql "SELECT count(*), max(created_at) FROM posts")
chmod 644 "$db"

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
run() { "${as_reader[@]}" "$sociometer" --db "$db" "$@"; }

# Two states of a store at rest: as the owner's readers leave it (an empty -wal and a -shm the
# reader may not write), and closed by its last writer (neither file).
for state in after-readers closed; do
  chmod 755 "$work/store"
  if [[ $state == closed ]]; then
    rm -f "$db-wal" "$db-shm"
  else
    [[ -e $db-shm ]] || fail "expected the owner's readers to leave $db-shm"
  fi
  chmod 555 "$work/store"
  # The reader really cannot write there.
  if "${as_reader[@]}" touch "$work/store/probe" 2>/dev/null; then
    fail "the folder is writable for the reader"
  fi
  [[ $(run status) == "$expected_status" ]] || fail "$state: status differs"
  [[ $(run report --month 2024-03) == "$expected_report" ]] || fail "$state: report differs"
  [[ $(run sql "SELECT count(*), max(created_at) FROM posts") == "$expected_sql" ]] ||
    fail "$state: sql differs"
done

code=0
err=$(run account set someone --platform x --role peer 2>&1) || code=$?
[[ $code == 1 ]] || fail "a writer in a read-only folder exited $code"
grep -q "cannot create the writer lock" <<<"$err" || fail "writer message: $err"

# A store whose -wal holds changes cannot be read from the file alone: a clear refusal.
chmod 755 "$work/store"
cp "$db" "$work/store/copy.db"
python3 - "$work/store/copy.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("PRAGMA wal_autocheckpoint = 0")
c.execute("INSERT INTO settings (key, value) VALUES ('probe', '1')")
c.commit()
import os
os._exit(0)  # leaves the -wal and -shm as a crash would
PY
rm -f "$work/store/copy.db-shm"
chmod 644 "$work/store/copy.db-wal"
chmod 555 "$work/store"
code=0
err=$("${as_reader[@]}" "$sociometer" --db "$work/store/copy.db" status 2>&1) || code=$?
[[ $code == 1 ]] || fail "a store with changes in its -wal read from a read-only folder: exit $code"
grep -q "holds changes not yet in the store file" <<<"$err" || fail "-wal message: $err"
echo "read-only folder: status, report and sql read; writers refused"
