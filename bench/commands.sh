#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# `make bench-commands` (docs/performance.md, "Every command on the 1M store"): wall time and peak
# RSS (GNU time) of every read command, once each, on a copy of the 1,000,000-post store of
# `make bench` with two campaigns declared (so that `causes` and the report's campaign section
# have work). Writes bench/results-commands.md. Not part of the tests.
# Usage: bash bench/commands.sh PATH/TO/sociometer   (environment: STORE, the store to copy;
#   RESULTS, the file to write, default bench/results-commands.md)
# For a capture by many accounts (docs/performance.md, "A capture by 288,000 accounts"):
#   python3 scripts/make-sample-data.py --bench 1000000 many.jsonl --authors 300000
#   sociometer --db many.db ingest many.jsonl
#   STORE=many.db RESULTS=bench/results-commands-many.md bash bench/commands.sh sociometer
set -euo pipefail
[[ $# -eq 1 ]] || { echo "usage: bash bench/commands.sh PATH/TO/sociometer" >&2; exit 2; }
sociometer="$(realpath "$1")"
here="$(cd "$(dirname "$0")" && pwd)"
store="${STORE:-$here/out/bench-analysis-1000000.db}"
[[ -f $store ]] || { echo "no store at $store: run \`make bench\` first (it builds it)" >&2; exit 1; }
work="$here/out/commands"
mkdir -p "$work"
db="$work/commands.db"
rm -f "$db" "$db-wal" "$db-shm" "$db-lock"
cp "$store" "$db"
"$sociometer" --db "$db" -q init
"$sociometer" --db "$db" -q campaign add water --hashtag waterislife --hashtag cleanwaternow \
  --keyword "clean water"
"$sociometer" --db "$db" -q campaign add eau --hashtag eaupourtous --keyword "eau potable"
posts="$("$sociometer" --db "$db" --format csv --columns posts status | tail -1 | tr -d '\r')"  # CSV rows end in CRLF
results="${RESULTS:-$here/results-commands.md}"
{
  echo "# Every command on the 1M store — $(date -u +%Y-%m-%d)"
  echo
  echo "Binary: $("$sociometer" --version | head -1) ($(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo '?'));"
  echo "store: a copy of \`$(basename "$store")\` ($posts posts) with two campaigns; machine: $(nproc) cores,"
  echo "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo), load average at the start $(cut -d' ' -f1 /proc/loadavg)."
  echo "One run each; peak RSS is GNU time's maximum resident set size."
  echo
  echo "| command | exit | wall s | peak RSS MiB |"
  echo "|---|---:|---:|---:|"
} > "$results"
run() {
  local name="$1"
  shift
  local rc=0
  /usr/bin/time -f "%e %M" -o "$work/last.time" "$sociometer" --db "$db" --no-progress "$@" \
    > "$work/last.out" 2> "$work/last.err" || rc=$?
  local wall rss
  read -r wall rss < <(tail -1 "$work/last.time")
  printf '| `%s` | %s | %s | %d |\n' "$name" "$rc" "$wall" $((rss / 1024)) | tee -a "$results"
}
run "status" status
run "status --by account" status --by account
run "accounts" accounts
for by in platform account day week month hour weekday language kind; do
  run "engagement --by $by" engagement --by "$by" --format csv
done
run "engagement --by post --format csv" engagement --by post --format csv
run "engagement --by post --format json" engagement --by post --format json
run "engagement --by post --format xlsx" engagement --by post --format xlsx -o "$work/posts.xlsx"
run "top posts" top posts
run "top posts --by-rate" top posts --by-rate
run "top posts --limit 0 --format csv" top posts --limit 0 --format csv
for what in hashtags mentions domains languages; do
  run "top $what" top "$what"
done
run "besttime" besttime
run "causes" causes
run "causes --month 2024-03" causes --month 2024-03
run "influencers" influencers
run "influencers --communities" influencers --communities
for format in gexf graphml csv; do
  run "network export --format $format" network export --format "$format" -o "$work/graph.$format"
done
for format in md json html; do
  run "report --month 2024-04 --format $format" report --month 2024-04 --format "$format"
done
run "report --since 2024-01-01 --until 2024-04-30 --format json" \
  report --since 2024-01-01 --until 2024-04-30 --format json
run "sql 'SELECT * FROM posts' --format csv" --format csv sql "SELECT * FROM posts"
rm -f "$db" "$db-wal" "$db-shm" "$db-lock" "$work/posts.xlsx" "$work"/graph.* "$work/last.out"
echo "wrote $results"
