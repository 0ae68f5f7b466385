#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Secrets and privacy: with a canary token in every secret the environment may carry, every
# command run at -vv (on success and on failure) never prints the canary on stdout or stderr and
# never writes it into the store. With python3, `fetch x` and `snapshot` run against a local X
# stand-in that accepts only the canary token: once from the environment, once from the tokens
# file (docs/secrets.md), and a group-readable tokens file is refused with the chmod to run. The X archive's e-mail address (account.js) and login IPs
# (ip-audit.js) are never stored either: neither in the store file's bytes nor in any column.
# Usage: secrets_canary.sh SOCIOMETER_BINARY SOURCE_DIR
set -euo pipefail
sociometer=$(realpath "$1")
source_dir=$(realpath "$2")
fixtures=$source_dir/tests/fixtures
work=$(mktemp -d)
x_pid=
cleanup() {
  if [[ -n $x_pid ]]; then kill "$x_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
cd "$work"

canary="canary-7f3c9a1e5b2d"
export SOCIOMETER_MASTODON_TOKEN=$canary-mastodon
export SOCIOMETER_X_BEARER_TOKEN=$canary-x
export SOCIOMETER_BLUESKY_TOKEN=$canary-bluesky
export PGPASSWORD=$canary-pg
export SOCIOMETER_DB=$work/store.db
# Personal data in tests/fixtures/x/archive that must never reach the store.
private=(secret@example.org 198.51.100.77 2001:db8::7a11)

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

n=0
# Runs one command at -vv; `!` first: the command is expected to fail. Its output is kept.
run() {
  local expect_ok=1
  if [[ $1 == '!' ]]; then
    expect_ok=0
    shift
  fi
  n=$((n + 1))
  local code=0
  "$sociometer" -vv --no-progress "$@" >"out.$n" 2>"err.$n" || code=$?
  if ((expect_ok)) && ((code != 0)); then fail "sociometer $* exited $code: $(cat "err.$n")"; fi
  if ((!expect_ok)) && ((code == 0)); then fail "sociometer $* succeeded; expected a failure"; fi
  echo "$*" >"cmd.$n"
}

run init --tz Europe/Berlin
run ingest "$fixtures/x/archive" --as test_org
run ingest "$fixtures/x/twarc/page-and-stream.jsonl"
run ingest "$fixtures/mastodon/archive"
run ingest "$fixtures/mastodon/rest"
run ingest "$fixtures/bluesky/author-feed.json"
run ingest "$fixtures/meta-csv/facebook-posts.csv"
run ingest "$fixtures/meta-dyi/fb-new"
run ingest "$fixtures/csv/linkedin-posts.csv" --map "$fixtures/csv/linkedin-map.txt"
run ! ingest "$fixtures/x/archive-truncated.zip"
run ! ingest does-not-exist.jsonl
run campaign import "$fixtures/campaigns.toml"
run campaign list
run status
status_run=$n
run accounts
run account set test_org --platform x --role own
for by in post account platform day month hour weekday language kind; do
  run engagement --by "$by" --since 2020-01-01 --until 2030-01-01
done
for what in posts hashtags mentions domains languages; do
  run top "$what" --since 2020-01-01 --until 2030-01-01
done
run besttime --since 2020-01-01 --until 2030-01-01
run causes --since 2020-01-01 --until 2030-01-01
run influencers --since 2020-01-01 --until 2030-01-01
run network export --since 2020-01-01 --until 2030-01-01
run network export --format csv --since 2020-01-01 --until 2030-01-01
run report --month latest
run report --month latest --format json
run sql "SELECT * FROM posts"
run ! sql "DELETE FROM posts"
run ! report --month 2024-13
run ! --db "$work/missing/store.db" status

# The X API and the tokens file (python3 serves the stand-in).
if command -v python3 >/dev/null; then
  python3 "$source_dir/tests/process/x_standin.py" 25 "$canary" >xport 2>x.log &
  x_pid=$!
  for _ in $(seq 100); do [[ -s xport ]] && break; sleep 0.1; done
  [[ -s xport ]] || fail "the X stand-in did not start"
  x_url="http://127.0.0.1:$(cat xport)"
  run fetch x --api-base "$x_url" --user org
  run account set org --platform x --role own
  run snapshot --platform x --api-base "$x_url"
  # The same from the tokens file, with no token in the environment.
  x_token=$SOCIOMETER_X_BEARER_TOKEN
  unset SOCIOMETER_X_BEARER_TOKEN
  export XDG_CONFIG_HOME=$work/config
  mkdir -p config/sociometer
  tokens=$work/config/sociometer/tokens.toml
  printf '[x]\nbearer_token = "%s-file"\n' "$canary" >"$tokens"
  chmod 600 "$tokens"
  run fetch x --api-base "$x_url" --query '#water'
  run snapshot --platform x --api-base "$x_url"
  chmod 640 "$tokens"
  run ! fetch x --api-base "$x_url" --query '#water'
  grep -qF "hint: run: chmod 600 $tokens" "err.$n" || fail "no chmod hint for a group-readable tokens file: $(cat "err.$n")"
  run ! snapshot --platform x --api-base "$x_url"
  chmod 600 "$tokens"
  export SOCIOMETER_X_BEARER_TOKEN=$x_token
  [[ $("$sociometer" sql "SELECT count(*) FROM posts WHERE platform = 'x' AND native_id GLOB '[0-9]*' AND CAST(native_id AS INTEGER) <= 25" --format csv |
    tail -n +2 | tr -d '\r') == 25 ]] || fail "fetch x did not store the stand-in's 25 tweets"
else
  echo "python3 missing: fetch x and the tokens file not covered" >&2
fi

for ((i = 1; i <= n; i++)); do
  for stream in out err; do
    ! grep -aqF "$canary" "$stream.$i" || fail "the canary is on std$stream of: $(cat "cmd.$i")"
  done
done
[[ -s out.$status_run ]] || fail "status printed nothing"

# The store's bytes (with its WAL, should one be left) hold neither secrets nor personal data.
for file in store.db store.db-wal; do
  [[ -e $file ]] || continue
  ! grep -aqF "$canary" "$file" || fail "the canary is in $file"
  for value in "${private[@]}"; do
    ! grep -aqF "$value" "$file" || fail "'$value' from the X archive is in $file"
  done
done

# Nor does any column: every table read back through `sql`, all columns as text.
tables=$("$sociometer" sql "SELECT name FROM sqlite_master WHERE type = 'table'" --format csv |
  tail -n +2 | tr -d '\r')
[[ -n $tables ]] || fail "no tables listed"
for table in $tables; do
  "$sociometer" sql "SELECT * FROM \"$table\"" --format csv >"table.$table"
  for value in "$canary" "${private[@]}"; do
    ! grep -aqF "$value" "table.$table" || fail "'$value' is in table $table"
  done
done
# The archive was read: its account is in the store (so the checks above had data to see).
[[ $("$sociometer" sql "SELECT count(*) FROM accounts WHERE handle = 'test_org'" --format csv |
  tail -n +2 | tr -d '\r') == 1 ]] || fail "the X archive's account is not in the store"
echo "$n commands at -vv: no canary in any output or the store; no e-mail or login IP stored"
