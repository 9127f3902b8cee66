#!/usr/bin/env bash
# Renders a committee workbook through LibreOffice, headless, to a PDF and one PNG per printed
# page, so anyone can look at what the committee will see without Excel.
#
#   .ci/pictures.sh [WORKBOOK.xlsx] [OUTDIR]
#
# Without a workbook it first writes the shipped data's latest quarter (Hebrew; REPORT_LANG=en for
# English). Pages go to OUTDIR (default Reports/pictures) as NAME.pdf and NAME-NN.png; DPI sets
# the pictures' resolution (default 110). Installs LibreOffice Calc and poppler-utils when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

.ci/render-tools.sh

workbook="${1:-}"
out="${2:-Reports/pictures}"
if [ -z "$workbook" ]; then
  quarter=$(find Inputs -mindepth 1 -maxdepth 1 -type d -name '[0-9][0-9][0-9][0-9]-Q[1-4]' \
    -printf '%f\n' | sort | tail -n 1)
  swift build -c release --product prosperity
  .build/release/prosperity workbook "$quarter" --lang "${REPORT_LANG:-he}" >/dev/null
  workbook="Reports/$quarter/committee-$quarter.xlsx"
fi

.ci/render-pdf.sh "$workbook" "$out"
name=$(basename "$workbook" .xlsx)
rm -f "$out/$name"-*.png
pdftoppm -png -r "${DPI:-110}" "$out/$name.pdf" "$out/$name"
echo "$out/$name.pdf: $(pdfinfo "$out/$name.pdf" | awk '/^Pages:/ {print $2}') pages"
ls "$out/$name"-*.png
