#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SIGTERM and SIGHUP stop an ingest the way SIGINT does: exit 128 + the signal's number, one
# "interrupted (SIG…)" line on stderr, and the import recorded `interrupted`, not left `running`.
# Deterministic: the input comes through a FIFO that the test keeps open, so the ingest is
# still reading it when the signal arrives; more lines follow the signal so that the parser
# reaches its next check. Waits poll with generous limits and never decide the outcome.
# Usage: sigterm_ingest.sh SOCIOMETER_BINARY SOURCE_DIR
set -euo pipefail
sociometer=$(realpath "$1")
source_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
python3 "$source_dir/scripts/make-sample-data.py" --bench 3000 input.jsonl >/dev/null
head -n 10 input.jsonl >first.jsonl
tail -n +11 input.jsonl >rest.jsonl

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# Runs the value query `$2` on store `$1`; empty when the store cannot be read yet.
value() { "$sociometer" --db "$1" sql "$2" --format csv 2>/dev/null | tail -n +2 | tr -d '\r' || true; }

for signal in TERM HUP INT; do
  db=$signal.db
  mkfifo "$signal.fifo"
  "$sociometer" --db "$db" --no-progress ingest - <"$signal.fifo" >"$signal.out" 2>"$signal.err" &
  pid=$!
  exec 3>"$signal.fifo"
  cat first.jsonl >&3
  # The import is recorded (`running`) once its format is detected: then the run is under way.
  for _ in $(seq 1200); do
    [[ $(value "$db" "SELECT count(*) FROM imports WHERE outcome = 'running'") == 1 ]] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  [[ $(value "$db" "SELECT count(*) FROM imports WHERE outcome = 'running'") == 1 ]] ||
    fail "SIG$signal: the import never started: $(cat "$signal.err")"
  kill -s "$signal" "$pid"
  cat rest.jsonl >&3 || true # the ingest may stop reading before the end
  exec 3>&-
  code=0
  wait "$pid" || code=$?
  case $signal in TERM) expected=143 ;; HUP) expected=129 ;; INT) expected=130 ;; esac
  [[ $code == "$expected" ]] || fail "SIG$signal: exit $code, expected $expected"
  grep -qx "sociometer: error: interrupted (SIG$signal)" "$signal.err" ||
    fail "SIG$signal: stderr was: $(cat "$signal.err")"
  outcomes=$(value "$db" "SELECT group_concat(outcome) FROM imports")
  [[ $outcomes == interrupted ]] || fail "SIG$signal: import outcomes '$outcomes'"
  status=$("$sociometer" --db "$db" status)
  grep -q "unfinished_imports:" <<<"$status" || fail "SIG$signal: status shows no unfinished import"
  [[ $(value "$db" "PRAGMA integrity_check") == ok ]] || fail "SIG$signal: integrity check"
  echo "SIG$signal: exit $code, import interrupted"
done
