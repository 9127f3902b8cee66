#!/usr/bin/env bash
# Installs, when missing, what renders a workbook to printed pages: LibreOffice Calc (headless),
# poppler-utils (pdftotext, pdfinfo, pdftoppm) and a font with Hebrew. Used by .ci/pictures.sh
# and by CI, so the end-to-end render test runs there instead of being skipped.
set -euo pipefail

missing=()
command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
# Hebrew needs a font that has it; DejaVu Sans does. Page breaks and print scales follow the
# fonts' widths, so the fonts Excel would use are stood in for by metric-compatible ones: Carlito
# for Calibri (the workbooks' default font, which sets column widths) and Liberation Sans for Arial
# (the cells' font). Without them LibreOffice measures with other fonts and prints other pages.
if ! fc-list :lang=he 2>/dev/null | grep -q .; then missing+=(fonts-dejavu-core); fi
fc-list | grep -q Carlito || missing+=(fonts-crosextra-carlito)
fc-list | grep -q "Liberation Sans" || missing+=(fonts-liberation)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
