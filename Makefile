# Callboard's two commands: `make demo` and `make test`. Both do all the set-up a fresh
# Debian machine needs: system packages, build, the embedded PostgreSQL cluster under
# .callboard/ (unless CALLBOARD_DATABASE_URL points elsewhere), migrations.

SWIFT      ?= swift
CALLBOARD  := .build/debug/callboard
BENCH_PATH := .build-bench

.PHONY: all setup build database demo demo-full readme-examples test bench db-stop clean

all: build

setup:
	@bash deploy/install-system-packages.sh

build: setup
	$(SWIFT) build --product callboard

database: build
	@if [ -z "$$CALLBOARD_DATABASE_URL" ]; then $(CALLBOARD) db start; fi
	$(CALLBOARD) db migrate

# The small world (302 agents, a tenth of the full world's contacts, 9 weeks of history) loads in
# about a minute and a half in a debug build.
demo: database
	$(CALLBOARD) demo --scale small

# The full world (about 1,500 agents, two years of history, 1.6 million events) is loaded
# by a release build.
demo-full: database
	$(SWIFT) build -c release --product callboard
	.build/release/callboard demo --scale full

# Runs README's marked demo examples (`<!-- demo-examples -->`) as written, after `make demo`:
# stops at the first that fails (ReadmeExampleTests only parses them and checks their ids).
readme-examples:
	@awk '/<!-- demo-examples -->/{m=1;next} m&&/^```/{if(f)exit; f=1;next} f' README.md | \
	while IFS= read -r line; do echo "$$ $$line"; PATH="$(CURDIR)/.build/debug:$$PATH" bash -o pipefail -c "$$line" >/dev/null || { echo "failed: $$line"; exit 1; }; done

# The tests run under a deadline (CALLBOARD_TEST_DEADLINE, 45 minutes unless set): a hung test
# fails the run with every database session's state instead of running into CI's limit.
test: database
	$(SWIFT) build --build-tests
	SWIFT=$(SWIFT) bash .ci/swift-test-within-deadline

bench: setup
	CALLBOARD_BENCHMARKS=1 bash Benchmarks/run.sh

db-stop: build
	$(CALLBOARD) db stop

clean:
	rm -rf .build $(BENCH_PATH)
