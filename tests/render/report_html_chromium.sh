#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Opens `report --format html` in headless Chromium (Debian's `chromium`), in English and in Arabic
# (right to left), and checks what the browser built: the page rendered, and it has the four charts
# with their titles. Skips (exit 77, with a notice) only when chromium is not installed.
# Usage: report_html_chromium.sh SOCIOMETER_BINARY PROJECT_DIR
set -euo pipefail
binary=$1
project=$2
browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$browser" ]]; then
  echo "SKIPPED: chromium is not installed (apt-get install chromium); the HTML render test did not run" >&2
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOCIOMETER_DB="$work/render.db" SOURCE_DATE_EPOCH=1714608000 TZ=UTC LC_ALL=C.UTF-8
"$binary" -q init --tz Europe/Zurich --org "Test Org"
"$binary" -q ingest "$project/tests/fixtures/x/archive" \
  "$project/tests/fixtures/x/twarc/page-and-stream.jsonl" >/dev/null
"$binary" -q account set test_org --platform x --role own
# render LANG H1: renders the report in LANG and checks the DOM Chromium built from it.
render() {
  local lang=$1 h1=$2 dom="$work/dom-$1.html"
  "$binary" -q report --month 2024-03 --format html --lang "$lang" -o "$work/report-$lang.html"
  # --dump-dom prints the DOM after parsing and layout: what a reader's browser shows.
  if ! timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
    --user-data-dir="$work/profile" --dump-dom "file://$work/report-$lang.html" \
    >"$dom" 2>"$work/chromium.log"; then
    echo "chromium failed to render the $lang report:" >&2
    cat "$work/chromium.log" >&2
    exit 1
  fi
  local fail=0
  check() { # PATTERN WHAT
    if ! grep -q -- "$1" "$dom"; then
      echo "the rendered $lang page has no $2 ($1)" >&2
      fail=1
    fi
  }
  check '</html>' "end of document"
  check "<h1>$h1</h1>" "title"
  for chart in chart-daily chart-platforms chart-languages chart-besttime; do
    check "<svg[^>]*id=\"$chart\"" "chart $chart"
    check "<title id=\"$chart-title\">" "title of $chart"
    check "<desc id=\"$chart-desc\">" "description of $chart"
  done
  check '<rect' "chart shapes"
  if [[ $lang == ar ]]; then
    check '<html lang="ar" dir="rtl">' "right-to-left direction"
  fi
  # Self-contained: nothing to run, nothing fetched.
  if grep -Eq '<script|<link|<img|<iframe|@import|url\(' "$dom"; then
    echo "the $lang page loads or runs something: it must be self-contained" >&2
    fail=1
  fi
  if [[ $fail -ne 0 ]]; then
    echo "--- DOM (first 40 lines) ---" >&2
    head -40 "$dom" >&2
    exit 1
  fi
}
render en 'Test Org — social media report, March 2024'
render ar 'Test Org — تقرير وسائل التواصل الاجتماعي، مارس ٢٠٢٤'
echo "report HTML rendered by $("$browser" --version 2>/dev/null || echo chromium): 4 charts, en and ar (right to left)"
