#!/usr/bin/env bash
# `make check-xlsx`: writes the shipped data's reports, Hebrew and English, into temporary folders
# and checks every workbook written with programs other than the one that wrote it
# (.ci/check_xlsx.py: the OOXML schema, openpyxl, gnumeric's recalculation), after proving on a
# tampered copy that each check can fail.
#
# Installs what is missing: Debian's gnumeric (ssconvert) and, in a virtual environment under
# .build-checks/, the pinned PyPI packages openxml-audit and openpyxl. PROSPERITY names the binary
# to run (default: the release build, built when out of date).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v ssconvert >/dev/null; then
  echo "installing gnumeric (for ssconvert)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends gnumeric
fi

venv=.build-checks/venv
# Pinned, so a new release of the validator cannot turn CI red on unchanged workbooks.
requirements="openxml-audit==0.8.0 openpyxl==3.1.5"
if [ "$(cat "$venv/requirements" 2>/dev/null)" != "$requirements" ]; then
  echo "installing $requirements into $venv"
  python3 -m venv "$venv"
  # shellcheck disable=SC2086 # one word per requirement
  "$venv/bin/pip" install --quiet --disable-pip-version-check $requirements
  echo "$requirements" >"$venv/requirements"
fi

binary="${PROSPERITY:-}"
if [ -z "$binary" ]; then
  swift build -c release --product prosperity
  binary=.build/release/prosperity
fi

reports=$(mktemp -d)
trap 'rm -rf "$reports"' EXIT
# Data warnings are the shipped data's business (make run shows them); only failures matter here.
"$binary" run --force --quiet --reports "$reports/he"
"$binary" run --force --quiet --reports "$reports/en" --lang en

latest=$(find "$reports/he" -mindepth 1 -maxdepth 1 -type d -name '[0-9][0-9][0-9][0-9]-Q[1-4]' \
  -printf '%f\n' | sort | tail -n 1)
"$venv/bin/python" .ci/check_xlsx.py --self-test "$reports/he/$latest/committee-$latest.xlsx"
"$venv/bin/python" .ci/check_xlsx.py "$reports/he" "$reports/en"
