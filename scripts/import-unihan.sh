#!/usr/bin/env bash
# Regenerates data/hanzi/unihan.tsv from Debian's unicode-data package (Unihan).
# Usage: scripts/import-unihan.sh [OUT_FILE]
set -euo pipefail

cd "$(dirname "$0")/.."
UNIHAN_DIR=/usr/share/unicode
OUT=${1:-data/hanzi/unihan.tsv}

if [[ ! -e $UNIHAN_DIR/Unihan_Readings.txt.bz2 || ! -e $UNIHAN_DIR/Unihan_Variants.txt.bz2 ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "Unihan files missing in $UNIHAN_DIR: run as root or 'apt-get install unicode-data'" >&2
    exit 1
  fi
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q unicode-data
fi

python3 scripts/import_unihan.py "$UNIHAN_DIR" "$OUT"
