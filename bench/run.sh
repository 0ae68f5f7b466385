#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# `make bench` (docs/performance.md): sociometer measured side by side with the tools users would
# otherwise pick, on the same generated input, and bench/results.md written from the run.
#   ingest      sociometer ingest  vs  jq -c '.data[]' | sqlite-utils insert
#                                  vs  DuckDB read_json into a DuckDB file + one GROUP BY month
#   influence   the same exported edge list read + weighted PageRank: sociometer's graph code
#               (sociometer_graph_bench) vs NetworkX vs python-igraph
#   analyses    engagement, top, report and influencers on a store of ANALYSIS_N posts
# Medians of RUNS interleaved runs (A B C A B C ...), peak RSS from GNU time.
#
# Usage: bash bench/run.sh PATH/TO/sociometer
# Environment (optional): N=100000 (ingest input), ANALYSIS_N=1000000 (analysis store),
#   RUNS=3, ANALYSIS_RUNS=RUNS (analyses and influence), RESULTS=bench/results.md,
#   BENCH_NOTE (a sentence for results.md, e.g. that other builds shared the machine).
# Installs what is missing: Debian jq, sqlite-utils, python3-networkx, python3-igraph, nodejs,
# npm, time; npm @duckdb/node-api into bench/node_modules (bench/package.json, gitignored).
# Inputs and stores are kept under bench/out/ (gitignored) and reused by later runs.
set -euo pipefail

die() { echo "bench: $*" >&2; exit 2; }
[[ $# -eq 1 ]] || die "usage: bash bench/run.sh PATH/TO/sociometer"
SOCIOMETER=$(realpath "$1")
[[ -x $SOCIOMETER ]] || die "not an executable: $1"
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(jq sqlite-utils python3-networkx python3-igraph python3-numpy python3-scipy time)
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]} > 0)); then
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  echo "bench: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
if [[ ! -d bench/node_modules/@duckdb/node-api ]]; then
  echo "bench: npm install @duckdb/node-api into bench/node_modules" >&2
  (cd bench && npm ci --no-audit --no-fund >&2)
fi

exec /usr/bin/python3 bench/run.py "$SOCIOMETER"
