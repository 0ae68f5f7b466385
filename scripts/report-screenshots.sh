#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Screenshots of the HTML report for people to look at (not part of `make test`): builds a store
# from the bundled sample data with its own account declared, writes the report of April 2024 and
# photographs it with headless Chromium.
# Usage: scripts/report-screenshots.sh [BINARY] [OUT_DIR]   (defaults: build/src/sociometer, build/screenshots)
set -euo pipefail
binary=${1:-build/src/sociometer}
out=${2:-build/screenshots}
browser=$(command -v chromium || command -v chromium-browser) || {
  echo "chromium is not installed (apt-get install chromium)" >&2
  exit 1
}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOCIOMETER_DB="$work/sample.db"
"$binary" -q init --tz Europe/Zurich --org "Unity Relief"
"$binary" -q ingest data/sample/x-archive data/sample/twarc >/dev/null
"$binary" -q account set unity_relief --platform x --role own
"$binary" -q report --month 2024-04 --format html -o "$out/report-2024-04.html"
for width in 1200 800; do
  "$browser" --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
    --user-data-dir="$work/profile" --window-size="$width,4200" \
    --screenshot="$out/report-2024-04-$width.png" "file://$(realpath "$out/report-2024-04.html")" \
    2>/dev/null
done
"$browser" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" \
  --no-pdf-header-footer --print-to-pdf="$out/report-2024-04.pdf" \
  "file://$(realpath "$out/report-2024-04.html")" 2>/dev/null
ls -1 "$out"
