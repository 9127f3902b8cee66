#!/usr/bin/env bash
# Two commands timed in turn, A B A B …, after one warm-up run of each: each one's median wall and
# CPU (user + sys) seconds and peak memory, and the median, least and greatest of the ratios A/B
# taken pair by pair. On a shared machine the speed drifts from one minute to the next; a pair runs
# within seconds, so its ratio holds when two separate medians would not.
#   Benchmarks/paired.sh [-n RUNS] 'COMMAND A' 'COMMAND B'     (RUNS default 5; each a shell line)
set -euo pipefail
runs=5
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
[ $# -eq 2 ] || { echo "usage: $0 [-n RUNS] 'COMMAND A' 'COMMAND B'" >&2; exit 64; }
times=$(mktemp)
trap 'rm -f "$times" "$times.one"' EXIT
# one LABEL COMMAND: runs COMMAND once, appending "LABEL wall cpu peak-KB" to the times file.
one() {
  /usr/bin/time -o "$times.one" -f "%e %U %S %M" sh -c "$2" >/dev/null 2>&1 || true
  read -r wall user sys peak < <(tail -n 1 "$times.one")
  echo "$1 $wall $(python3 -c "print($user + $sys)") $peak" >> "$times"
}
one warmup "$1"; one warmup "$2"
for _ in $(seq "$runs"); do one A "$1"; one B "$2"; done
python3 - "$times" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
a = [tuple(map(float, r[1:])) for r in rows if r[0] == "A"]
b = [tuple(map(float, r[1:])) for r in rows if r[0] == "B"]
for name, side in (("A", a), ("B", b)):
    wall, cpu, peak = (statistics.median(x[i] for x in side) for i in range(3))
    print(f"{name}: wall {wall:.3f} s, cpu {cpu:.3f} s, peak {peak / 1024:.1f} MB (median of {len(side)})")
for label, i in (("wall", 0), ("cpu ", 1)):
    ratios = [x[i] / y[i] for x, y in zip(a, b) if y[i] > 0]
    if ratios:
        print(f"A/B {label}: median {statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f})")
PY
