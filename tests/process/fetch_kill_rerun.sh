#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A fetch killed with SIGKILL between (and during) pages and started again ends with every status
# once: no gap, no duplicate, the cursor at the newest, integrity_check ok after every kill, and no
# import left `running`. The server is tests/process/mastodon_standin.py on 127.0.0.1; kill points
# are chosen by polling the store's committed status count, never by sleeping fixed times.
# Usage: fetch_kill_rerun.sh SOCIOMETER_BINARY SOURCE_DIR
set -euo pipefail
sociometer=$(realpath "$1")
source_dir=$(realpath "$2")
command -v python3 >/dev/null || {
  echo "skipped: python3 is needed for the Mastodon stand-in" >&2
  exit 77
}
statuses=${FETCH_KILL_STATUSES:-1200} # 30 pages of 40
work=$(mktemp -d)
server_pid=
pid=
cleanup() {
  if [[ -n $pid ]]; then kill -KILL "$pid" 2>/dev/null || true; fi
  if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
cd "$work"
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
# (The server's stderr is kept apart: a killed client leaves it a broken pipe to complain about.)
python3 "$source_dir/tests/process/mastodon_standin.py" "$statuses" 0.05 > port 2> server.log &
server_pid=$!
for _ in $(seq 100); do [[ -s port ]] && break; sleep 0.1; done
[[ -s port ]] || fail "the stand-in server did not start"
url="http://127.0.0.1:$(cat port)"
db=s.db
value() { "$sociometer" --db "$db" sql "$1" --format csv 2>/dev/null | tail -n +2 | tr -d '\r' || true; }
fetch() { "$sociometer" -q --db "$db" fetch mastodon --instance "$url" --account @org; }

# Kill at increasing progress: after 1, 3, 6 … pages have been committed.
for target in 40 120 240 400 600 800; do
  before=$(value "SELECT count(*) FROM posts")
  before=${before:-0}
  # The binary itself in the background (not a function: $! would be a subshell's pid).
  "$sociometer" -q --db "$db" fetch mastodon --instance "$url" --account @org > /dev/null 2>&1 &
  pid=$!
  for _ in $(seq 600); do
    now=$(value "SELECT count(*) FROM posts")
    if [[ ${now:-0} -ge $target ]] || ! kill -0 "$pid" 2>/dev/null; then break; fi
    sleep 0.05
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=
  [[ $(value "PRAGMA integrity_check") == ok ]] || fail "integrity_check after the kill at $target"
  stored=$(value "SELECT count(*) FROM posts")
  distinct=$(value "SELECT count(DISTINCT native_id) FROM posts")
  [[ $stored == "$distinct" ]] || fail "duplicates after the kill at $target: $stored rows, $distinct distinct"
  echo "killed at ${stored} of $statuses statuses (was ${before})" >&2
done
fetch > out.txt || fail "the rerun failed"
stored=$(value "SELECT count(*) FROM posts")
distinct=$(value "SELECT count(DISTINCT native_id) FROM posts")
low=$(value "SELECT min(CAST(substr(native_id, length('$url/users/org/statuses/') + 1) AS INTEGER)) FROM posts")
[[ $stored == "$statuses" && $distinct == "$statuses" ]] ||
  fail "after the rerun: $stored rows, $distinct distinct, expected $statuses"
[[ $low == 1 ]] || fail "the oldest status stored is $low, not 1: a gap"
[[ $(value "SELECT newest_id || ' ' || backfill_done FROM fetch_cursors") == "$statuses 1" ]] ||
  fail "cursor: $(value "SELECT newest_id || ' ' || backfill_done FROM fetch_cursors")"
[[ $(value "SELECT count(*) FROM imports WHERE outcome = 'running'") == 0 ]] ||
  fail "an import is still running"
# A further run asks for newer statuses only and stores nothing.
fetch > /dev/null || fail "the incremental run failed"
[[ $(value "SELECT count(*) FROM posts") == "$statuses" ]] || fail "the incremental run added posts"
echo "ok: $statuses statuses once each after 6 kills" >&2
