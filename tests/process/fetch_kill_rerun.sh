#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A fetch killed with SIGKILL between (and during) pages and started again ends with every item
# once: no gap, no duplicate, the cursor at the newest, integrity_check ok after every kill, and no
# import left `running`. First the first run's walk back is killed six times; then newer items are
# published and the walk forward to them is killed three times. The server is a stand-in of the
# platform (tests/process/<platform>_standin.py) on 127.0.0.1; kill points are chosen by polling
# the store's committed post count, never by sleeping fixed times.
# Usage: fetch_kill_rerun.sh SOCIOMETER_BINARY SOURCE_DIR [mastodon|bluesky]
set -euo pipefail
sociometer=$(realpath "$1")
source_dir=$(realpath "$2")
platform=${3:-mastodon}
command -v python3 >/dev/null || {
  echo "skipped: python3 is needed for the $platform stand-in" >&2
  exit 77
}
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
case $platform in
mastodon)
  items=${FETCH_KILL_ITEMS:-1200} # 30 pages of 40
  first_kills=(40 120 240 400 600 800)
  ;;
bluesky)
  items=${FETCH_KILL_ITEMS:-1500} # 15 pages of 100
  first_kills=(100 300 500 800 1100 1300)
  ;;
*) fail "unknown platform $platform" ;;
esac
published=900 # newer items for the forward pass
# (The server's stderr is kept apart: a killed client leaves it a broken pipe to complain about.)
python3 "$source_dir/tests/process/${platform}_standin.py" "$items" 0.05 > port 2> server.log &
server_pid=$!
for _ in $(seq 100); do [[ -s port ]] && break; sleep 0.1; done
[[ -s port ]] || fail "the stand-in server did not start"
url="http://127.0.0.1:$(cat port)"
db=s.db
case $platform in
mastodon)
  args=(fetch mastodon --instance "$url" --account @org)
  number="CAST(substr(native_id, length('$url/users/org/statuses/') + 1) AS INTEGER)"
  newest="newest_id"
  ;;
bluesky)
  args=(fetch bluesky --service "$url" --actor org.example)
  number="CAST(substr(native_id, length('at://did:plc:orgexample/app.bsky.feed.post/p') + 1) AS INTEGER)"
  newest="CAST(substr(newest_id, instr(newest_id, '/p') + 2) AS INTEGER)"
  ;;
esac
value() { "$sociometer" --db "$db" sql "$1" --format csv 2>/dev/null | tail -n +2 | tr -d '\r' || true; }
fetch() { "$sociometer" -q --db "$db" "${args[@]}"; }

# Kills the fetch once the store holds at least each of the given numbers of posts.
kill_at() {
  for target in "$@"; do
    before=$(value "SELECT count(*) FROM posts")
    before=${before:-0}
    # The binary itself in the background (not a function: $! would be a subshell's pid).
    "$sociometer" -q --db "$db" "${args[@]}" > /dev/null 2>&1 &
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
    echo "killed at ${stored} posts (was ${before})" >&2
  done
}

# After a complete run: posts 1..$1 once each, the cursor at $1, nothing running.
check_complete() {
  local expected=$1
  stored=$(value "SELECT count(*) FROM posts")
  distinct=$(value "SELECT count(DISTINCT native_id) FROM posts")
  [[ $stored == "$expected" && $distinct == "$expected" ]] ||
    fail "after the rerun: $stored rows, $distinct distinct, expected $expected"
  [[ $(value "SELECT min($number) || ' ' || max($number) FROM posts") == "1 $expected" ]] ||
    fail "posts $(value "SELECT min($number) || '..' || max($number) FROM posts"), not 1..$expected: a gap"
  [[ $(value "SELECT $newest || ' ' || backfill_done FROM fetch_cursors") == "$expected 1" ]] ||
    fail "cursor: $(value "SELECT newest_id || ' ' || backfill_done FROM fetch_cursors")"
  [[ $(value "SELECT count(*) FROM imports WHERE outcome = 'running'") == 0 ]] ||
    fail "an import is still running"
}

kill_at "${first_kills[@]}"
fetch > out.txt || fail "the rerun failed"
check_complete "$items"

# Newer items: the walk forward to them killed three times, then completed.
python3 -c "import urllib.request, sys; urllib.request.urlopen(sys.argv[1]).read()" \
  "$url/publish?n=$published"
kill_at $((items + 100)) $((items + 400)) $((items + 700))
fetch > out.txt || fail "the rerun after the new items failed"
check_complete $((items + published))

# A further run asks for newer items only and stores nothing.
fetch > /dev/null || fail "the incremental run failed"
[[ $(value "SELECT count(*) FROM posts") == $((items + published)) ]] || fail "the incremental run added posts"
echo "ok: $((items + published)) $platform items once each after 9 kills" >&2
