#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs each libFuzzer target of fuzz/ for SECONDS, seeded from tests/fixtures (copied into
# BUILD_DIR/fuzz-seeds at every run: the fixtures stay the one copy in git) and from the inputs
# that once crashed it (tests/fixtures/fuzz-regressions/TARGET). Keeps each target's growing
# corpus in BUILD_DIR/fuzz-corpus and writes crashing inputs to BUILD_DIR/fuzz-crashes.
# Exits 1 when any target found a crash, a leak, a timeout or ran out of memory (docs/testing.md).
# Usage: scripts/run-fuzzers.sh BUILD_DIR SECONDS [TARGET...]
set -euo pipefail
build_dir=$(realpath "$1")
seconds=$2
shift 2
cd "$(dirname "$0")/.."
fixtures=tests/fixtures
targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(ingest twarc stream_format csv_reader campaign_file car)
fi
max_len=${FUZZ_MAX_LEN:-65536}

# copy_seeds DEST PREFIX_BYTE FILE...: each FILE into DEST, named by its fixture path; the octal
# PREFIX_BYTE (empty for none) first, for targets whose first byte picks their options.
copy_seeds() {
  local dest=$1 prefix=$2
  shift 2
  local file
  for file in "$@"; do
    local name=${file#"$fixtures"/}
    name=${name//\//_}
    if [[ -n $prefix ]]; then
      { printf "\\$prefix"; cat "$file"; } > "$dest/$name"
    else
      cp "$file" "$dest/$name"
    fi
  done
}

seed_target() {
  local target=$1 dest=$2
  rm -rf "$dest"
  mkdir -p "$dest"
  case $target in
    ingest)
      mapfile -t files < <(find "$fixtures" -type f ! -name '*.py' -size -"${max_len}"c | sort)
      copy_seeds "$dest" "" "${files[@]}" ;;
    twarc)
      mapfile -t files < <(find "$fixtures" -type f -name '*.jsonl' | sort)
      copy_seeds "$dest" "" "${files[@]}" ;;
    stream_format)
      # Every text fixture once per parser: the first byte (octal 000-007) picks the parser.
      mapfile -t files < <(find "$fixtures" -type f \( -name '*.json' -o -name '*.jsonl' \
                              -o -name '*.csv' \) -size -"${max_len}"c | sort)
      local index
      for index in 0 1 2 3 4 5 6 7; do
        mkdir -p "$dest/$index"
        copy_seeds "$dest/$index" "00$index" "${files[@]}"
      done ;;
    csv_reader)
      # 007: the delimiter detected, 8-byte chunks; 027: backslash escapes too.
      mapfile -t files < <(find "$fixtures" -type f \( -name '*.csv' -o -name '*.txt' \) | sort)
      copy_seeds "$dest" 007 "${files[@]}"
      local file
      for file in "$fixtures"/csv/*.csv; do
        { printf '\027'; cat "$file"; } > "$dest/escapes_$(basename "$file")"
      done ;;
    car)
      mapfile -t files < <(find "$fixtures" -type f -name '*.car' | sort)
      copy_seeds "$dest" "" "${files[@]}" ;;
    campaign_file)
      # Odd first byte: the rest is named .json; even: .toml.
      mapfile -t files < <(find "$fixtures" -type f -name 'campaigns.json' | sort)
      copy_seeds "$dest" 001 "${files[@]}"
      mapfile -t files < <(find "$fixtures" -type f -name 'campaigns.toml' | sort)
      copy_seeds "$dest" 000 "${files[@]}" ;;
    *) echo "run-fuzzers: unknown target $target" >&2; return 2 ;;
  esac
  # Inputs that once crashed the target are replayed at every run, as they are (prefix included).
  if [[ -d $fixtures/fuzz-regressions/$target ]]; then
    cp "$fixtures/fuzz-regressions/$target"/* "$dest/"
  fi
}

failed=()
for target in "${targets[@]}"; do
  binary="$build_dir/fuzz/sociometer_fuzz_$target"
  seeds="$build_dir/fuzz-seeds/$target"
  corpus="$build_dir/fuzz-corpus/$target"
  crashes="$build_dir/fuzz-crashes/$target"
  seed_target "$target" "$seeds"
  mkdir -p "$corpus" "$crashes"
  echo "run-fuzzers: $target for ${seconds}s ($(find "$seeds" -type f | wc -l) seeds)" >&2
  # -timeout: one input taking this long is a finding (the parsers are linear).
  if ! (cd "$crashes" && "$binary" -max_total_time="$seconds" -max_len="$max_len" \
          -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 -artifact_prefix="$crashes/" \
          "$corpus" "$seeds" 2> "$build_dir/fuzz-$target.log"); then
    tail -n 60 "$build_dir/fuzz-$target.log" >&2
    echo "run-fuzzers: $target FAILED; inputs in $crashes, log $build_dir/fuzz-$target.log" >&2
    failed+=("$target")
  else
    grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$build_dir/fuzz-$target.log" >&2 || true
  fi
done
if ((${#failed[@]} > 0)); then
  echo "run-fuzzers: crashes in ${failed[*]}" >&2
  exit 1
fi
echo "run-fuzzers: no crash in ${targets[*]}" >&2
