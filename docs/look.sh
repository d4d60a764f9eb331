#!/usr/bin/env bash
# For a person to look, not for CI: open the CSV and the XLSX exports in LibreOffice
# (headless) and render them to PDF and PNG pages in docs/look/.
#   apt-get install -y libreoffice-calc poppler-utils && bash docs/look.sh
set -euo pipefail
out=${1:-docs/look}
mkdir -p "$out"
natotrips export csv --sg all --bom -o "$out/trips.csv" --force
natotrips export csv --sg all --bom --lang ar -o "$out/trips-ar.csv" --force
natotrips export xlsx --sg all -o "$out/trips.xlsx" --force
if ! command -v soffice >/dev/null; then
  echo "LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc" >&2
  exit 1
fi
soffice --headless --infilter="CSV:44,34,76,1" --convert-to pdf --outdir "$out/csv" \
  "$out/trips.csv" "$out/trips-ar.csv"
soffice --headless --convert-to pdf --outdir "$out/xlsx" "$out/trips.xlsx"
for pdf in "$out"/csv/*.pdf "$out"/xlsx/*.pdf; do
  pdftoppm -png -r 60 -f 1 -l 1 "$pdf" "${pdf%.pdf}"
done
ls "$out"/csv "$out"/xlsx
