#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Crash consistency: an ingest killed with SIGKILL at increasing progress and then rerun ends
# with the same store as one clean run — same row counts and the same content in every table —
# and `PRAGMA integrity_check` is ok after every kill. No import row stays `running`: each killed
# run is marked `interrupted` by the run after it.
# Kill points are chosen by polling the store (the import rows, the committed post count), never
# by sleeping fixed times.
# Usage: kill_rerun.sh SOCIOMETER_BINARY SOURCE_DIR
set -euo pipefail
sociometer=$(realpath "$1")
source_dir=$(realpath "$2")
command -v python3 >/dev/null || {
  echo "skipped: python3 is needed to generate the capture and compare stores" >&2
  exit 77
}
work=$(mktemp -d)
pid=
cleanup() {
  if [[ -n $pid ]]; then kill -KILL "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
cd "$work"
# Several 20,000-record batches (see src/app/ingest_run.cpp).
python3 "$source_dir/scripts/make-sample-data.py" --bench "${KILL_RERUN_TWEETS:-60000}" input.jsonl \
  >/dev/null
kills=${KILL_RERUN_KILLS:-8}

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# Runs the value query `$2` on store `$1`; empty when the store cannot be read yet.
value() { "$sociometer" --db "$1" sql "$2" --format csv 2>/dev/null | tail -n +2 | tr -d '\r' || true; }

# Prints one line per table: its name, row count and a SHA-256 of its sorted rows. Columns that
# hold an import's id are replaced by that import's path and format: ids differ between a clean
# run and a killed-and-rerun one (each run adds an import row), the input they name does not.
# The imports table itself is left out here (its timestamps, outcomes and counters belong to
# each run) and checked apart.
checksums() {
  python3 - "$sociometer" "$1" <<'EOF'
import csv, hashlib, io, subprocess, sys
binary, db = sys.argv[1], sys.argv[2]
def query(sql):
    out = subprocess.run([binary, "--db", db, "sql", sql, "--format", "csv"],
                         check=True, capture_output=True, text=True).stdout
    rows = list(csv.reader(io.StringIO(out)))
    return rows[0], rows[1:]
_, tables = query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
_, imports = query("SELECT id, path || ' ' || format FROM imports")
source = dict(imports)
for (table,) in tables:
    if table == "imports":
        continue
    header, rows = query(f'SELECT * FROM "{table}"')
    mapped = [i for i, name in enumerate(header) if name == "import_id"]
    for row in rows:
        for i in mapped:
            row[i] = source.get(row[i], "?" + row[i])
    digest = hashlib.sha256()
    for row in sorted(rows):
        digest.update(repr(row).encode())
    print(table, len(rows), digest.hexdigest())
EOF
}

"$sociometer" --db reference.db init >/dev/null
"$sociometer" --db reference.db --no-progress ingest input.jsonl >/dev/null 2>reference.err ||
  fail "clean ingest: $(cat reference.err)"
checksums reference.db >reference.sums
total=$(value reference.db "SELECT count(*) FROM posts")
((total > 40000)) || fail "the capture gave only $total posts: too few batches to kill between"

db=killed.db
"$sociometer" --db "$db" init >/dev/null
reached=0
done_kills=0
for ((k = 0; k < kills; k++)); do
  "$sociometer" --db "$db" --no-progress ingest input.jsonl >"run$k.out" 2>"run$k.err" &
  pid=$!
  # Even kills land as soon as the run has recorded its import (before it commits anything, or
  # while it re-reads what earlier runs committed); odd kills once it has committed a batch
  # beyond what any earlier run reached, so the kills move through the input.
  for _ in $(seq 6000); do
    kill -0 "$pid" 2>/dev/null || break
    if ((k % 2 == 0)); then
      [[ $(value "$db" "SELECT count(*) FROM imports") == $((k + 1)) ]] && break
    else
      count=$(value "$db" "SELECT count(*) FROM posts")
      ((${count:-0} > reached)) && break
    fi
    sleep 0.02
  done
  if ! kill -KILL "$pid" 2>/dev/null; then
    wait "$pid" || fail "run $k failed: $(cat "run$k.err")"
    pid=
    echo "run $k finished the input before its kill point"
    break
  fi
  wait "$pid" 2>/dev/null || true
  pid=
  done_kills=$((done_kills + 1))
  [[ $(value "$db" "PRAGMA integrity_check") == ok ]] || fail "integrity check after kill $k"
  reached=$(value "$db" "SELECT count(*) FROM posts")
  echo "kill $k: $reached of $total posts committed"
done
((done_kills >= 6)) || fail "only $done_kills kills landed before the input was done"

"$sociometer" --db "$db" --no-progress ingest input.jsonl >final.out 2>final.err ||
  fail "rerun after the kills: $(cat final.err)"
[[ $(value "$db" "PRAGMA integrity_check") == ok ]] || fail "integrity check after the rerun"
checksums "$db" >killed.sums
diff -u reference.sums killed.sums >&2 || fail "the rerun store differs from a clean run's"
[[ $(value "$db" "SELECT count(*) FROM imports WHERE outcome = 'running'") == 0 ]] ||
  fail "an import row is left running"
last=$(value "$db" "SELECT max(id) FROM imports")
[[ $(value "$db" "SELECT outcome FROM imports WHERE id = $last") == ok ]] ||
  fail "the final rerun did not end ok"
outcomes=$(value "$db" "SELECT group_concat(DISTINCT outcome) FROM imports WHERE id < $last")
[[ $outcomes == interrupted ]] || fail "killed runs recorded as '$outcomes', not interrupted"
echo "after $done_kills kills and a rerun: $(wc -l <killed.sums) tables equal"
