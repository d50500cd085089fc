# The one list of brief's commands. A new user needs only `make site` and
# `make test`; CI runs `make test` through .ci/run.

GO      ?= go
PKGS    := ./...
BENCH   ?= .
BIN     := bin/brief
BRIEF_FLAGS ?=

.PHONY: all site build test test-short lint fmt-check vet tidy-check bench bench-large bench-compare fuzz clean axe

all: lint test site

## site: build the shipped briefing into public/ (BRIEF_FLAGS adds build flags)
site:
	$(GO) run ./cmd/brief build $(BRIEF_FLAGS)

## build: compile the brief command into bin/brief
build:
	$(GO) build -o $(BIN) ./cmd/brief

## test: lint, then every test with the race detector (browser tests need chromium)
test: lint axe
	$(GO) test -race -count=1 -timeout 45m $(PKGS)

## test-short: the tests without the race detector or the browser
test-short:
	$(GO) test -short $(PKGS)

# axe-core, the accessibility checker the browser tests run inside pages,
# from the npm registry into a cache. Without npm the tests say they skip it.
AXE_VERSION := 4.14.1
AXE := .cache/axe/node_modules/axe-core/axe.min.js
axe: $(AXE)
$(AXE):
	@if command -v npm >/dev/null 2>&1; then \
	  npm install --prefix .cache/axe --no-save --no-audit --no-fund --loglevel=error axe-core@$(AXE_VERSION); \
	else echo "npm not found: the accessibility checks will be skipped"; fi

## lint: formatting, vet and a tidy go.mod
lint: fmt-check vet tidy-check

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet $(PKGS)

tidy-check:
	$(GO) mod tidy -diff

## bench: benchmarks of every phase, the whole build and the floor at 1,000 briefs,
## and serve's rebuild after a one-line edit (a few minutes)
bench:
	$(GO) test -run '^$$' -bench '$(BENCH)' -benchmem -timeout 30m $(PKGS)

## bench-large: the same at 10,000 briefs, with peak memory (tens of minutes)
bench-large:
	BRIEF_BENCH_LARGE=1 $(GO) test -run '^$$' -bench '$(BENCH)' -benchmem -timeout 60m ./internal/build
	$(GO) test -run '^$$' -bench RebuildOneLineEdit ./internal/serve -args -briefs 1000,10000

## bench-compare: brief, the floor and Hugo v0.165.0 on one corpus, side by side
bench-compare:
	sh scripts/bench-compare.sh

## fuzz: run each fuzz target for a short while
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "$$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime 20s -fuzzminimizetime 20x $$pkg || exit 1; \
	  done; \
	done

clean:
	rm -rf public bin
