#!/bin/sh
# bench-compare.sh builds one generated corpus with brief and with Hugo and
# prints their times, peak memory and the ratio.
#
#	scripts/bench-compare.sh            # 10,000 briefs, 3 rounds
#	N=1000 RUNS=5 scripts/bench-compare.sh
#
# Hugo v0.165.0 is installed into .cache/bin with "go install" on first use.
# The corpora and outputs live under .cache/bench-compare (WORK to change).
# Not part of "make test": a run at 10,000 briefs takes minutes.
set -eu

N=${N:-10000}
RUNS=${RUNS:-3}
HUGO_VERSION=${HUGO_VERSION:-v0.165.0}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=$ROOT/.cache/bin
WORK=${WORK:-$ROOT/.cache/bench-compare}
mkdir -p "$BIN" "$WORK"
cd "$ROOT"

if ! "$BIN/hugo" version 2>/dev/null | grep -q "${HUGO_VERSION#v}"; then
	echo "installing Hugo $HUGO_VERSION into $BIN (takes a few minutes)..." >&2
	GOBIN=$BIN go install "github.com/gohugoio/hugo@$HUGO_VERSION"
fi
go build -o "$BIN/brief" ./cmd/brief
go build -o "$BIN/brief-peak" ./internal/corpus/peak

CORPUS=$WORK/corpus-$N
if [ ! -f "$CORPUS/complete" ]; then
	rm -rf "$CORPUS"
	go run ./internal/corpus/gen -n "$N" -o "$CORPUS" >&2
	touch "$CORPUS/complete"
fi
HUGOSITE=$WORK/hugo-$N
if [ ! -f "$HUGOSITE/complete" ]; then
	go run ./internal/corpus/hugosite -src "$CORPUS" -o "$HUGOSITE"
	touch "$HUGOSITE/complete"
fi

# measure NAME CMD...: runs CMD once with a fresh output folder $OUT and
# prints "NAME seconds peak_MB cpu_seconds", taken from the child's rusage.
measure() {
	name=$1
	shift
	rm -rf "$WORK/out-$name"
	OUT=$WORK/out-$name python3 - "$name" "$@" <<'PY'
import os, resource, subprocess, sys, time
name, cmd = sys.argv[1], [os.path.expandvars(a) for a in sys.argv[2:]]
start = time.monotonic()
p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
took = time.monotonic() - start
if p.returncode != 0:
    sys.stderr.write(p.stderr.decode())
    sys.exit("%s failed" % name)
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%s %.3f %.0f %.2f" % (name, took, ru.ru_maxrss / 1024, ru.ru_utime + ru.ru_stime))
PY
}

# The three take turns, round after round, so that a change in the
# machine's load falls on all of them alike.
echo "corpus: $N briefs ($(du -sh "$CORPUS/content/briefs" | cut -f1)); $(nproc) CPUs; $RUNS rounds of brief, the floor and Hugo in turn" >&2
{
	i=0
	while [ "$i" -lt "$RUNS" ]; do
		measure brief "$BIN/brief" build -quiet -src "$CORPUS" -out '$OUT'
		measure floor "$BIN/brief-peak" -floor -src "$CORPUS" -out '$OUT'
		measure hugo "$BIN/hugo" --quiet --source "$HUGOSITE" --destination '$OUT'
		i=$((i + 1))
	done
} | tee "$WORK/results-$N.txt" | awk '
	{ t[$1] += $2; n[$1]++; if ($3 > m[$1]) m[$1] = $3; c[$1] += $4 }
	END {
		printf "%-6s %10s %10s %10s\n", "", "seconds", "cpu-s", "peak-MB"
		for (k in t) printf "%-6s %10.2f %10.2f %10.0f\n", k, t[k]/n[k], c[k]/n[k], m[k]
		if (t["hugo"] > 0 && t["brief"] > 0)
			printf "Hugo takes %.1fx brief'"'"'s time; brief takes %.2fx the floor'"'"'s.\n", (t["hugo"]/n["hugo"])/(t["brief"]/n["brief"]), (t["brief"]/n["brief"])/(t["floor"]/n["floor"])
	}'
