#!/usr/bin/env bash
# The benchmark: whole commands timed several times with /usr/bin/time, median wall time and peak RSS.
#   Benchmarks/run.sh            full run (release build; shipped, medium 12x20,000 and large 12x150,000)
#   Benchmarks/run.sh --smoke    a tiny scale with whatever binaries are built (the tests run this),
#                                and the checks that the realistic inputs are valid and read alike
#                                by prosperity (as the clean ones) and by the pandas script
# Each synthetic scale is timed on the realistic mix (each engine's files as its manager's
# spreadsheet saves them: see prosperity-bench generate --help), each line followed by the same
# command on the clean mix (the same data in UTF-8, LF and plain numbers). The floor reads the clean
# files: it parses nothing, and writes the cells prosperity writes for either mix.
# Environment: RUNS (default 5), BIN (folder of the prosperity binaries, default .build/release),
# DATA (where synthetic inputs are cached, default .build/bench-data), MIXES (default
# "realistic clean"), SCALES (default "medium:12:20000 large:12:150000": name, quarters, activities
# per engine per quarter; the CSV reading is timed on files of the last).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
BIN=${BIN:-.build/release}
DATA=${DATA:-.build/bench-data}
MIXES=${MIXES:-realistic clean}
SCALES=${SCALES:-medium:12:20000 large:12:150000}
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
  printf '%-52s %8s s %9s MB\n' "$label" "$wall" "$peak"
}

scale() {  # scale NAME QUARTERS ACTIVITIES MIX
  local folder="$DATA/$1-$4"
  if [ ! -f "$folder/.complete-$2-$3" ]; then
    rm -rf "$folder"
    "$BIN/prosperity-bench" generate --quarters "$2" --activities "$3" --mix "$4" --out "$folder"
    touch "$folder/.complete-$2-$3"
  fi
  echo "$folder"
}

# check_totals QUARTER REALISTIC CLEAN: prosperity reads the realistic files as the clean ones
# (every line of the clean set's totals, which lacks the realistic catalog's two extra measures),
# and the pandas script reads the realistic files as prosperity does; exits at a difference.
check_totals() {
  local tool="$reports/.totals-$1" clean="$reports/.totals-clean-$1" pandas="$reports/.totals-pandas-$1"
  "$BIN/prosperity-bench" totals "$2" "$1" > "$tool"
  "$BIN/prosperity-bench" totals "$3" "$1" > "$clean"
  if grep -qvxF -f "$tool" "$clean"; then
    echo "check: $1: prosperity reads the realistic files otherwise than the clean ones:"
    diff "$clean" "$tool" || true
    exit 1
  fi
  echo "check: $1: prosperity reads the realistic files as the clean ones ($(wc -l < "$tool") totals)"
  if python3 -c "import pandas" 2>/dev/null; then
    python3 Benchmarks/pandas_job.py --totals "$2" "$1" > "$pandas"
    if ! diff "$tool" "$pandas" >/dev/null; then
      echo "check: $1: the pandas script reads the realistic files otherwise than prosperity:"
      diff "$tool" "$pandas" || true
      exit 1
    fi
    echo "check: $1: the pandas script reads the realistic files as prosperity does"
  else
    echo "check: $1: pandas totals skipped (pip install pandas xlsxwriter)"
  fi
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r); runs: $RUNS"
reports=$(mktemp -d)
trap 'rm -rf "$reports"' EXIT
if [ "$SMOKE" = 1 ]; then
  small=$(scale smoke 5 200 realistic)
  time_command "smoke: run --force" "$BIN/prosperity" run --force --inputs "$small" --reports "$reports"
  time_command "smoke: workbook 2025-Q1" "$BIN/prosperity" workbook 2025-Q1 --inputs "$small" --reports "$reports"
  clean=$(scale smoke 5 200 clean)
  time_command "smoke: floor (libxlsxwriter alone)" "$DATA/floor" "$clean" 2025-Q1 "$reports/floor.xlsx"
  # The mix must not make the inputs wrong: no error (its only warnings are the values it leaves
  # not reported on purpose).
  "$BIN/prosperity" validate --inputs "$small" --reports "$reports/validate" --quiet \
    || { echo "check: the realistic inputs have errors"; exit 1; }
  echo "check: the realistic inputs are valid"
  # Every field of the realistic inputs is read from its bytes: none is left to the String rules.
  fallbacks=$("$BIN/prosperity-bench" fallbacks "$small" --require-none) \
    || { echo "check: the realistic inputs fell back to the String rules: ${fallbacks}"; exit 1; }
  echo "check: the realistic inputs are read from their bytes (${fallbacks})"
  # The quarters that hold the KPI values the mix leaves not reported.
  for quarter in 2024-Q1 2024-Q2; do check_totals "$quarter" "$small" "$clean"; done
  "$BIN/prosperity-bench" hash "$small/2025-Q1/tourism-activities.csv" --repeats 1
  exit 0
fi
# label SCALE MIX WHAT: the realistic line is the scale's own, the clean one says so.
label() { if [ "$2" = realistic ]; then echo "$1: $3"; else echo "$1, $2: $3"; fi; }

time_command "shipped: run --force" "$BIN/prosperity" run --force --reports "$reports"
time_command "shipped: workbook 2026-Q3" "$BIN/prosperity" workbook 2026-Q3 --reports "$reports"
# Cron's nightly case: nothing changed since the last run, answered from the manifest (the
# workbook above rewrote 2026-Q3 by hand, so one run first brings it up to date).
"$BIN/prosperity" run --reports "$reports" >/dev/null 2>&1 || true
time_command "shipped: run with nothing to do" "$BIN/prosperity" run --reports "$reports"
for spec in $SCALES; do
  IFS=: read -r -a parts <<< "$spec"
  set -- "${parts[@]}"
  declare -A folders=()
  for mix in $MIXES; do folders[$mix]=$(scale "$1" "$2" "$3" "$mix"); done
  for mix in $MIXES; do
    size=$(du -sm --apparent-size "${folders[$mix]}" | cut -f1)
    # An empty reports folder: validate too takes the activity files' digests from Reports/.cache.
    time_command "$(label "$1" "$mix" "validate, every quarter ($size MB)")" sh -c \
      "rm -rf '$reports/first' && exec '$BIN/prosperity' validate --inputs '${folders[$mix]}' --reports '$reports/first' --quiet"
  done
  # How many fields each set's reading left to the String rules (slower, same values).
  for mix in $MIXES; do
    echo "$(label "$1" "$mix" "$("$BIN/prosperity-bench" fallbacks "${folders[$mix]}")")"
  done
  # A first run reads every earlier quarter; later runs (cron's case) find the digests of the
  # unchanged earlier quarters' activity files in Reports/.cache and read only the quarter itself.
  for mix in $MIXES; do
    time_command "$(label "$1" "$mix" "workbook 2026-Q4, first run")" sh -c \
      "rm -rf '$reports/first' && exec '$BIN/prosperity' workbook 2026-Q4 --inputs '${folders[$mix]}' --reports '$reports/first'"
  done
  for mix in $MIXES; do
    "$BIN/prosperity" workbook 2026-Q4 --inputs "${folders[$mix]}" --reports "$reports/$mix" >/dev/null 2>&1 || true
    time_command "$(label "$1" "$mix" "workbook 2026-Q4, digests kept")" \
      "$BIN/prosperity" workbook 2026-Q4 --inputs "${folders[$mix]}" --reports "$reports/$mix"
  done
  floor_inputs=$(scale "$1" "$2" "$3" clean)
  time_command "$1: floor (libxlsxwriter alone)" "$DATA/floor" "$floor_inputs" 2026-Q4 "$reports/floor.xlsx"
  for mix in $MIXES; do
    if python3 -c "import pandas, xlsxwriter" 2>/dev/null; then
      time_command "$(label "$1" "$mix" "pandas + XlsxWriter")" \
        python3 Benchmarks/pandas_job.py "${folders[$mix]}" 2026-Q4 "$reports/pandas.xlsx"
    else
      echo "$(label "$1" "$mix" "pandas + XlsxWriter") skipped (pip install pandas xlsxwriter)"
    fi
  done
  unset folders
done
# concatenate OUT FILES...: the header of the first file, then the rows of each until OUT holds
# 100 MB (or all of them).
concatenate() {
  local out=$1; shift
  [ -f "$out" ] && return
  head -n 1 "$1" > "$out.part"
  for file in "$@"; do
    tail -n +2 "$file" >> "$out.part"
    [ "$(stat -c %s "$out.part")" -gt 100000000 ] && break
  done
  mv "$out.part" "$out"
}
largest=$(scale "$1" "$2" "$3" clean)
concatenate "$DATA/csv-100mb-$1.csv" "$largest"/202[56]-Q*/*-activities.csv
echo "CSV reading, clean (best of 5): $("$BIN/prosperity-bench" read-csv "$DATA/csv-100mb-$1.csv" --repeats 5)"
# Media's files, the realistic mix's slowest form: windows-1255, CRLF, "₪57,300" amounts.
largest=$(scale "$1" "$2" "$3" realistic)
concatenate "$DATA/csv-100mb-$1-media.csv" "$largest"/202[56]-Q*/media-activities.csv
echo "CSV reading, realistic media (best of 5): $("$BIN/prosperity-bench" read-csv "$DATA/csv-100mb-$1-media.csv" --repeats 5)"
echo "SHA-256 (best of 5):"
"$BIN/prosperity-bench" hash "$DATA/csv-100mb-$1.csv" --repeats 5
