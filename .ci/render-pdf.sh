#!/usr/bin/env bash
# Converts a workbook to PDF through LibreOffice, headless, as the committee would print it:
#
#   .ci/render-pdf.sh WORKBOOK.xlsx OUTDIR     writes OUTDIR/NAME.pdf
#
# Installs nothing (see .ci/render-tools.sh); the end-to-end tests and .ci/pictures.sh share it.
set -euo pipefail

workbook="$1"
out="$2"
[ -f "$workbook" ] || { echo "no workbook at $workbook" >&2; exit 66; }
mkdir -p "$out"
# A throwaway profile, so a LibreOffice the user has open (or its first-start state) never
# interferes with the conversion, and two conversions can run at once.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# LibreOffice warns that it has no Java on stderr; nothing here needs Java.
soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$out" \
  "$workbook" >/dev/null 2> >(grep -v javaldx >&2)
pdf="$out/$(basename "$workbook" .xlsx).pdf"
[ -s "$pdf" ] || { echo "LibreOffice wrote no $pdf" >&2; exit 70; }
