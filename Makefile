# SPDX-License-Identifier: Apache-2.0
# The two set-up commands of README.md. Each installs what is missing, configures and builds.
BUILD_DIR ?= build
ASAN_BUILD_DIR ?= build-asan
FUZZ_BUILD_DIR ?= build-fuzz
# Seconds each fuzz target runs in `make fuzz` (docs/testing.md).
FUZZ_SECONDS ?= 60
JOBS ?= $(shell nproc)
DEMO_DB ?= $(BUILD_DIR)/demo.db
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSOCIOMETER_WARNINGS_AS_ERRORS=ON

.PHONY: all deps configure build binary test test-asan fuzz demo bench bench-scale bench-commands bench-ingest bench-influence format check-format tidy cli-doc clean

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Only the sociometer binary (no tests): what the demo needs.
binary: configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target sociometer

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# The same suite built with AddressSanitizer and UndefinedBehaviorSanitizer, except the
# kill-and-rerun test: 100 MB of input under ASan would take minutes and prove nothing more.
test-asan: deps
	cmake -S . -B $(ASAN_BUILD_DIR) -DCMAKE_BUILD_TYPE=Debug -DSOCIOMETER_WARNINGS_AS_ERRORS=ON \
	  -DSOCIOMETER_SANITIZERS="address;undefined"
	cmake --build $(ASAN_BUILD_DIR) -j $(JOBS)
	cd $(ASAN_BUILD_DIR) && UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure -j $(JOBS) -E '^process/kill_rerun$$'

# The libFuzzer targets of fuzz/ (clang, ASan+UBSan), each run for FUZZ_SECONDS seeded from
# tests/fixtures; fails on any crash (scripts/run-fuzzers.sh, docs/testing.md). Warnings are the
# gcc build's concern (`make test`), so clang's own do not stop this one.
FUZZ_TARGETS = sociometer_fuzz_ingest sociometer_fuzz_twarc sociometer_fuzz_stream_format \
  sociometer_fuzz_csv_reader sociometer_fuzz_campaign_file sociometer_fuzz_car
fuzz: deps
	@bash scripts/install-deps.sh --fuzz
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DSOCIOMETER_BUILD_TESTS=OFF -DSOCIOMETER_BUILD_FUZZERS=ON \
	  -DSOCIOMETER_SANITIZERS="address;undefined"
	cmake --build $(FUZZ_BUILD_DIR) -j $(JOBS) --target $(FUZZ_TARGETS)
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  bash scripts/run-fuzzers.sh $(FUZZ_BUILD_DIR) $(FUZZ_SECONDS)

# Ingests the bundled sample data into a fresh store, declares the sample organisation's own
# account (the report is about it) and prints the newest month's report.
demo: binary
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BUILD_DIR)/src/sociometer --db $(DEMO_DB) init --tz Europe/Zurich --org "Unity Relief"
	$(BUILD_DIR)/src/sociometer --db $(DEMO_DB) ingest data/sample/x-archive data/sample/twarc
	$(BUILD_DIR)/src/sociometer --db $(DEMO_DB) account set unity_relief --platform x --role own
	$(BUILD_DIR)/src/sociometer --db $(DEMO_DB) report --month latest --format md

# The side-by-side benchmark (docs/performance.md): ingest against jq | sqlite-utils and DuckDB,
# PageRank against NetworkX and python-igraph, analyses on a 1M-post store; writes
# bench/results.md. Installs its tools; not part of the tests. N, ANALYSIS_N, RUNS: bench/run.sh.
bench: configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target sociometer sociometer_graph_bench
	bash bench/run.sh $(BUILD_DIR)/src/sociometer

# A 10,000,000-post store on this machine (docs/performance.md, "10,000,000 posts"): the capture
# generated on every core (~17 GB under bench/out), one ingest, then report, engagement, top,
# influencers and network export, each timed once; writes bench/results-scale.md. N, PARTS.
bench-scale: binary
	@bash scripts/install-deps.sh --bench
	python3 bench/scale.py $(BUILD_DIR)/src/sociometer

# Wall time and peak RSS of every read command on a copy of `make bench`'s 1M-post store, with
# two campaigns; writes bench/results-commands.md (docs/performance.md).
bench-commands: binary
	bash bench/commands.sh $(BUILD_DIR)/src/sociometer

# The older ingest-only benchmark against jq | sqlite-utils (docs/performance.md).
bench-ingest: binary
	@bash scripts/install-deps.sh --bench
	bash bench/ingest_bench.sh $(BUILD_DIR)/src/sociometer

# Influence ranking and monthly report on a 1M-post store against NetworkX (docs/performance.md).
# Generates ~1.4 GB of input and a ~2 GB store under bench/out on first run (~10 minutes).
bench-influence: configure
	@bash scripts/install-deps.sh --bench
	cmake --build $(BUILD_DIR) -j $(JOBS) --target sociometer sociometer_graph_bench
	bash bench/influence_bench.sh $(BUILD_DIR)/src/sociometer 1000000

# clang-tidy with the agreed checks of .clang-tidy over src/ and bench/; any finding fails.
tidy: build
	@bash scripts/install-deps.sh --lint
	bash scripts/run-clang-tidy.sh $(BUILD_DIR) $(JOBS)

# Regenerates docs/cli.md from the binary's --help (the test cli_doc checks it is current).
cli-doc: binary
	bash scripts/gen-cli-doc.sh $(BUILD_DIR)/src/sociometer > docs/cli.md

format:
	find src tests bench fuzz -name '*.cpp' -o -name '*.hpp' | xargs clang-format -i

check-format:
	find src tests bench fuzz -name '*.cpp' -o -name '*.hpp' | xargs clang-format --dry-run -Werror

clean:
	rm -rf $(BUILD_DIR) $(ASAN_BUILD_DIR) $(FUZZ_BUILD_DIR)
