# Make targets for development. The two commands a fresh machine needs are
# in the README and use only Go; these are shortcuts and the long runs CI
# leaves out.

GO ?= go
SHARED ?= ../shared

.PHONY: all build run test test-short race proto lint bench clean clients breaking

all: build test

build:
	$(GO) build -o bin/ ./cmd/...

# The README's run command.
run:
	$(GO) run ./cmd/docanalysisd

# The README's test command.
test:
	$(GO) test ./...

test-short:
	$(GO) test -short ./...

race:
	$(GO) test -race -count=1 ./...

# Regenerate gen/ (Go code and the HTTP gateway) and server/openapi/ (the
# OpenAPI document) from proto/ after editing the API; commit them all.
proto:
	$(GO) tool buf lint
	$(GO) tool buf generate

lint:
	$(GO) vet ./...
	$(GO) tool buf lint

# The Python and Node clients' tests against the real server, as CI runs
# them (installs Debian's protoc and gRPC Python with apt-get when root).
clients:
	clients/test.sh

# Checks the API against BREAKING_AGAINST (a git revision) in buf's
# WIRE_JSON mode: what a client already built, in any language, relies on.
# The proto test checks the stricter FILE rules against earlier commits.
BREAKING_AGAINST ?= HEAD
breaking:
	@old=$$(mktemp -d) && trap 'rm -rf "$$old"' EXIT && \
	git archive $(BREAKING_AGAINST) proto/docanalysis | tar -x -C "$$old" && \
	cd proto && $(GO) tool buf breaking . --against "$$old/proto" --config '{"version":"v2","breaking":{"use":["WIRE_JSON"]}}' && \
	echo "breaking: no WIRE_JSON change against $(BREAKING_AGAINST)"

# One AnalyzeDocument on the seed article: the engine alone, over bufconn,
# and from a client over loopback TCP as gRPC and as HTTP/JSON.
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./server/ ./analysis/...

# The page (package page) on a 1 MiB article: Render against protojson,
# and in headless Chromium the file's load, the draw and the bare text.
# Needs Debian's chromium; says so and skips the browser part without it.
.PHONY: bench-page
bench-page:
	$(GO) test -count=1 -run '^$$' -bench . -benchtime 10x ./page/

# The whole pipeline's cost in instructions per article, this tree
# against BASE (a commit, default HEAD~1), counted by valgrind's
# cachegrind with the collector off, 300 iterations minus 100 of the
# server's BenchmarkEngineBBC so that loading the models cancels. Wall
# clock on a shared machine varies by a sixth; these counts repeat within
# about one per cent. Needs Debian's valgrind; says so and skips without.
.PHONY: bench-instructions
BASE ?= HEAD~1
bench-instructions:
	@if ! command -v valgrind >/dev/null; then echo "bench-instructions: skipped: valgrind not found (apt-get install valgrind)"; exit 0; fi; \
	set -e; tmp=$$(mktemp -d); trap 'git worktree remove --force $$tmp/base >/dev/null 2>&1; rm -rf $$tmp' EXIT; \
	git worktree add -q --detach $$tmp/base $(BASE); \
	(cd $$tmp/base && $(GO) test -c -o $$tmp/base.test ./server/); \
	$(GO) test -c -o $$tmp/this.test ./server/; \
	for b in base this; do \
	  for n in 100 300; do \
	    (cd server && GOGC=off valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null $$tmp/$$b.test \
	      -test.run '^$$' -test.bench EngineBBC -test.benchtime $${n}x -test.cpu 1 2>&1) | \
	      awk '/I *refs/ {gsub(",", "", $$NF); print $$NF}' > $$tmp/$$b.$$n; \
	  done; \
	done; \
	awk -v b1=$$(cat $$tmp/base.100) -v b3=$$(cat $$tmp/base.300) -v t1=$$(cat $$tmp/this.100) -v t3=$$(cat $$tmp/this.300) \
	  'BEGIN { b = (b3-b1)/200; t = (t3-t1)/200; printf "instructions per article: base %.3fM, this tree %.3fM, ratio %.3f\n", b/1e6, t/1e6, t/b }'

# The whole pipeline's wall clock on one core, this tree against BASE:
# the server's BenchmarkEngineBBC (-cpu 1, BENCH_N articles, B/op and
# allocs/op) from both test binaries, run alternately BENCH_ROUNDS times
# so that other work on the machine slows both alike, then the medians of
# articles/s and their ratio, with the load average before and after.
# Each process runs the benchmark twice and only the second run counts:
# older trees load the tagger inside the first run's timed loop, which
# would charge its loading (a third of a second) to their articles.
.PHONY: bench-compare
BENCH_N ?= 2000
BENCH_ROUNDS ?= 5
bench-compare:
	@if [ ! -d "$(SHARED)/corpora/bbc" ]; then echo "bench-compare: skipped: $(SHARED)/corpora/bbc not found (set SHARED=path/to/shared)"; exit 0; fi; \
	set -e; tmp=$$(mktemp -d); trap 'git worktree remove --force $$tmp/base >/dev/null 2>&1; rm -rf $$tmp' EXIT; \
	git worktree add -q --detach $$tmp/base $(BASE); \
	(cd $$tmp/base && $(GO) test -c -o $$tmp/base.test ./server/); \
	$(GO) test -c -o $$tmp/this.test ./server/; \
	echo "load average before: $$(cut -d' ' -f1-3 /proc/loadavg)"; \
	for r in $$(seq $(BENCH_ROUNDS)); do \
	  for b in base this; do \
	    (cd server && DOCANALYSIS_SHARED=$(abspath $(SHARED)) $$tmp/$$b.test -test.run '^$$' -test.bench EngineBBC \
	      -test.benchtime $(BENCH_N)x -test.cpu 1 -test.count 2 -test.benchmem) | grep '^BenchmarkEngineBBC' | tail -1 > $$tmp/line; \
	    if [ ! -s $$tmp/line ]; then echo "bench-compare: the $$b tree's benchmark printed no result" >&2; exit 1; fi; \
	    awk -v b=$$b -v r=$$r -v rates=$$tmp/$$b.rates '{ for (i = 1; i < NF; i++) { if ($$(i+1) == "articles/s") a = $$i; if ($$(i+1) == "B/op") m = $$i; if ($$(i+1) == "allocs/op") n = $$i } \
	      printf "round %d %-4s %8.1f articles/s %8d B/op %5d allocs/op\n", r, b, a, m, n; print a >> rates }' $$tmp/line; \
	  done; \
	done; \
	echo "load average after: $$(cut -d' ' -f1-3 /proc/loadavg)"; \
	median() { sort -n $$1 | awk '{ v[NR] = $$1 } END { print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2 }'; }; \
	b=$$(median $$tmp/base.rates); t=$$(median $$tmp/this.rates); \
	awk -v b=$$b -v t=$$t 'BEGIN { printf "median articles/s: base %.0f, this tree %.0f, ratio %.3f\n", b, t, t/b }'

clean:
	rm -rf bin out

# The named-entity tagger (analysis/ner). Each target needs the shared
# corpora and says so, without failing, when $(SHARED) is absent.
# ner-clusters relearns the Brown clusters (about 15 minutes on 2 cores),
# train-ner the model from them (about a minute), eval-ner scores the
# embedded model on CoNLL-2003 dev and test with conlleval.py and with the
# package's own scorer, into out/ner/.
.PHONY: ner-clusters train-ner eval-ner
NER_SHARED = $(abspath $(SHARED))

ner-clusters:
	@if [ ! -d "$(SHARED)/corpora/bbc" ]; then echo "ner-clusters: skipped: $(SHARED)/corpora not found (set SHARED=path/to/shared)"; exit 0; fi; \
	cd analysis/ner && $(GO) run gen_clusters.go -shared "$(NER_SHARED)" -out clusters.txt.gz

train-ner:
	@if [ ! -f "$(SHARED)/corpora/conll2003/train.txt" ]; then echo "train-ner: skipped: $(SHARED)/corpora/conll2003 not found (set SHARED=path/to/shared)"; exit 0; fi; \
	cd analysis/ner && $(GO) run train_model.go -shared "$(NER_SHARED)" -out model/ner.model.gz

eval-ner:
	@if [ ! -f "$(SHARED)/corpora/conll2003/test.txt" ]; then echo "eval-ner: skipped: $(SHARED)/corpora/conll2003 not found (set SHARED=path/to/shared)"; exit 0; fi; \
	mkdir -p out/ner && \
	(cd analysis/ner && $(GO) run eval_model.go -shared "$(NER_SHARED)" -out "$(abspath out/ner)") && \
	for f in dev test; do \
		echo "== conlleval.py out/ner/$$f.txt"; \
		python3 "$(SHARED)/eval/conlleval.py" out/ner/$$f.txt > out/ner/$$f.conlleval.txt && cat out/ner/$$f.conlleval.txt && \
		diff out/ner/$$f.go-score.txt out/ner/$$f.conlleval.txt && echo "== $$f: Go scorer and conlleval.py agree" || exit 1; \
	done && \
	$(GO) test -run '^$$' -bench 'AppendTags|AppendDocument' -benchtime 20x -cpu 1 ./analysis/ner/ | tee out/ner/bench.txt

# Quality evaluations (issues 5, 6 and 7), through the real gRPC service in
# memory, scored like ../shared/eval/score_analysis.py and rouge.py (see
# internal/evaluate). Each says so and succeeds when $(SHARED) or python3
# is absent. Predictions land in out/eval/. eval-actors and eval-disputes
# run the same analysis and print their own figures; the issues' targets
# are checked on gold/dev, the first -gold.
.PHONY: eval-actors eval-disputes eval-summary eval
EVAL = $(GO) run ./internal/cmd/evaluate
EVAL_GOLD = -gold $(SHARED)/gold/dev -gold $(SHARED)/seed

eval-actors:
	$(EVAL) analysis $(EVAL_GOLD) -shared $(SHARED) -out out/eval/analysis -metrics actors

eval-disputes:
	$(EVAL) analysis $(EVAL_GOLD) -shared $(SHARED) -out out/eval/analysis -metrics disputes

# eval-summary (issue 17): three key points against Lead-3 on the BBC test
# split, gold/train (5-fold cross-validated summaries, written by
# TestTrain -cv) and the CNN/DM sample, scored by rouge.py and the Go port
# in one table; then the stage's speed against the Lead-3 design in the
# same benchmark run (articles per CPU-second, one core).
eval-summary:
	@if [ ! -f "$(SHARED)/gold/train/README.md" ]; then echo "eval-summary: skipped: $(SHARED)/gold/train not found (set SHARED=path/to/shared)"; exit 0; fi; \
	$(GO) test -count=1 -run '^TestTrain$$' ./analysis/summary/ -args -cv -shared "$(abspath $(SHARED))" -out "$(abspath out/eval/summary-gold-cv-pred)" && \
	$(EVAL) summaries -shared $(SHARED) -gold-cv out/eval/summary-gold-cv-pred -out out/eval && \
	$(GO) test -run '^$$' -bench 'Stage' -benchtime 5x -cpu 1 ./analysis/summary/

# make eval: every figure on gold/dev (and the seed), then the same as a
# 5-fold cross-validation over gold/train by document, with the disputes
# model retrained on four folds for each fifth and a learning curve (25
# and 50 per cent of the training folds), then the summaries.
eval:
	$(EVAL) all -shared $(SHARED) -out out/eval
	$(EVAL) cv -shared $(SHARED) -gold $(SHARED)/gold/train -out out/eval/cv -curve 0.25,0.5

# The cross-validation alone (issue 13).
.PHONY: eval-cv
eval-cv:
	$(EVAL) cv -shared $(SHARED) -gold $(SHARED)/gold/train -out out/eval/cv -curve 0.25,0.5

# The actor filter (analysis/actors/filter.txt), which decides which of
# the actors the rules propose are kept, trained on every article of
# gold/train; deterministic.
.PHONY: train-actors
train-actors:
	$(EVAL) train-actors -shared $(SHARED) -gold $(SHARED)/gold/train -filter analysis/actors/filter.txt

# The disputes model (analysis/disputes/model.txt), trained on every
# article of gold/train; deterministic, so the same gold gives the same bytes. Says so, without
# failing, when $(SHARED) is absent.
.PHONY: train-disputes
train-disputes:
	$(EVAL) train-disputes -shared $(SHARED) -gold $(SHARED)/gold/train -model analysis/disputes/model.txt

# Fuzz targets (issue 8), each for FUZZTIME (default 30s). Their seed
# corpora under testdata/fuzz/ run in every plain `go test`; a crasher the
# fuzzer finds is written there too: commit it with the fix.
.PHONY: fuzz
FUZZTIME ?= 30s
FUZZ_TARGETS = ./analysis:FuzzAnalyze ./server:FuzzValidate ./analysis/text:FuzzOffsets ./analysis/text:FuzzSentences

fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "== $$name ($$pkg) for $(FUZZTIME)"; \
		$(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) $$pkg; \
	done

# Capacity (issue 8): builds docanalysisd, serves it on 127.0.0.1 only and
# drives it with ghz (go tool ghz) on the BBC articles in $(SHARED), unary
# and bidirectional streaming, at rising concurrency, then 64 concurrent
# 1 MiB documents, then the one-core engine benchmark; prints a table and
# writes it, with ghz's data files and JSON reports, under out/load/. Skips
# with a message when $(SHARED) is absent. LOAD_FLAGS passes options to
# internal/cmd/load (-h lists them).
.PHONY: load
LOAD_FLAGS ?=

load:
	$(GO) run ./internal/cmd/load -shared $(SHARED) -out out/load $(LOAD_FLAGS)

# The summary's sentence-scoring model (issues 6 and 17): retrains
# analysis/summary/model.txt on the BBC summary corpus's training split
# and gold/train's summary references, printing cross-validated figures
# first (see analysis/summary/train_test.go). Deterministic: the same
# corpora give the same file. Says so, without failing, when $(SHARED) is
# absent.
.PHONY: train-summary
train-summary:
	@if [ ! -f "$(SHARED)/corpora/bbc-summary/bbc-summary.jsonl" ]; then echo "train-summary: skipped: $(SHARED)/corpora/bbc-summary not found (set SHARED=path/to/shared)"; exit 0; fi; \
	$(GO) test -count=1 -v -run '^TestTrain$$' ./analysis/summary/ -args -train -cv -shared "$(abspath $(SHARED))"
