#!/usr/bin/env bash
# The benchmark: whole commands timed several times with /usr/bin/time, median wall time and peak RSS.
#   Benchmarks/run.sh            full run (release build; shipped, medium 12x20,000 and large 12x150,000)
#   Benchmarks/run.sh --smoke    a tiny scale with whatever binaries are built (the tests run this)
# Environment: RUNS (default 5), BIN (folder of the prosperity binaries, default .build/release),
# DATA (where synthetic inputs are cached, default .build/bench-data).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
BIN=${BIN:-.build/release}
DATA=${DATA:-.build/bench-data}
SMOKE=0
[ "${1:-}" = "--smoke" ] && SMOKE=1 && RUNS=1

if [ "$SMOKE" = 0 ]; then
  swift build -c release --product prosperity >/dev/null
  swift build -c release --product prosperity-bench >/dev/null
fi
cc -O2 -o "$DATA/floor" Benchmarks/floor/floor.c $(pkg-config --cflags --libs xlsxwriter) 2>/dev/null \
  || { mkdir -p "$DATA" && cc -O2 -o "$DATA/floor" Benchmarks/floor/floor.c $(pkg-config --cflags --libs xlsxwriter); }

# time_command LABEL COMMAND...: RUNS runs, then "LABEL  median-wall-s  median-peak-MB".
time_command() {
  local label=$1; shift
  local walls=() peaks=()
  for _ in $(seq "$RUNS"); do
    local out
    /usr/bin/time -o "$reports/.time" -f "%e %M" "$@" >/dev/null 2>&1 || true
    out=$(tail -n 1 "$reports/.time")
    walls+=("${out% *}"); peaks+=("${out#* }")
  done
  local wall peak
  wall=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  peak=$(printf '%s\n' "${peaks[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1024}')
  printf '%-44s %8s s %9s MB\n' "$label" "$wall" "$peak"
}

scale() {  # scale NAME QUARTERS ACTIVITIES
  local folder="$DATA/$1"
  if [ ! -f "$folder/.complete-$2-$3" ]; then
    rm -rf "$folder"
    "$BIN/prosperity-bench" generate --quarters "$2" --activities "$3" --out "$folder"
    touch "$folder/.complete-$2-$3"
  fi
  echo "$folder"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r); runs: $RUNS"
reports=$(mktemp -d)
trap 'rm -rf "$reports"' EXIT
if [ "$SMOKE" = 1 ]; then
  small=$(scale smoke 5 200)
  time_command "smoke: run --force" "$BIN/prosperity" run --force --inputs "$small" --reports "$reports"
  time_command "smoke: workbook 2025-Q1" "$BIN/prosperity" workbook 2025-Q1 --inputs "$small" --reports "$reports"
  time_command "smoke: floor (libxlsxwriter alone)" "$DATA/floor" "$small" 2025-Q1 "$reports/floor.xlsx"
  "$BIN/prosperity-bench" hash "$small/2025-Q1/tourism-activities.csv" --repeats 1
  exit 0
fi
time_command "shipped: run --force" "$BIN/prosperity" run --force --reports "$reports"
time_command "shipped: workbook 2026-Q3" "$BIN/prosperity" workbook 2026-Q3 --reports "$reports"
for spec in "medium 12 20000" "large 12 150000"; do
  set -- $spec
  folder=$(scale "$1" "$2" "$3")
  # A first run reads every earlier quarter; later runs (cron's case) find the digests of the
  # unchanged earlier quarters' activity files in Reports/.cache and read only the quarter itself.
  time_command "$1: workbook 2026-Q4, first run" sh -c \
    "rm -rf '$reports/first' && exec '$BIN/prosperity' workbook 2026-Q4 --inputs '$folder' --reports '$reports/first'"
  "$BIN/prosperity" workbook 2026-Q4 --inputs "$folder" --reports "$reports" >/dev/null 2>&1 || true
  time_command "$1: workbook 2026-Q4, digests kept" "$BIN/prosperity" workbook 2026-Q4 --inputs "$folder" --reports "$reports"
  time_command "$1: floor (libxlsxwriter alone)" "$DATA/floor" "$folder" 2026-Q4 "$reports/floor.xlsx"
  if python3 -c "import pandas, xlsxwriter" 2>/dev/null; then
    time_command "$1: pandas + XlsxWriter" python3 Benchmarks/pandas_job.py "$folder" 2026-Q4 "$reports/pandas.xlsx"
  else
    echo "$1: pandas + XlsxWriter skipped (pip install pandas xlsxwriter)"
  fi
done
big="$DATA/csv-100mb.csv"
if [ ! -f "$big" ]; then
  large=$(scale large 12 150000)
  head -n 1 "$large/2026-Q4/media-activities.csv" > "$big"
  for file in "$large"/202[56]-Q*/*-activities.csv; do
    tail -n +2 "$file" >> "$big"
    [ "$(stat -c %s "$big")" -gt 100000000 ] && break
  done
fi
echo "CSV reading (decode + parse, best of 5): $("$BIN/prosperity-bench" read-csv "$big" --repeats 5)"
echo "SHA-256 (best of 5):"
"$BIN/prosperity-bench" hash "$big" --repeats 5
