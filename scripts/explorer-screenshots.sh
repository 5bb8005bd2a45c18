#!/usr/bin/env bash
# The README's explorer screenshots, taken by headless Chromium from a running `./cstkg serve` (sample data):
#   scripts/explorer-screenshots.sh [BASE_URL]   (default http://localhost:8080)
# Writes docs/img/explorer-shenzhou-17.png, explorer-miit-policy-network.png and explorer-timeline.png.
set -euo pipefail
base="${1:-http://localhost:8080}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$here/docs/img"
mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
shot() { # name fragment
  rm -rf "$profile"/*
  chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-extensions --mute-audio \
    --user-data-dir="$profile" --virtual-time-budget=10000 --hide-scrollbars --window-size=1400,1000 \
    --screenshot="$out/$1.png" "$base/explore#$2" 2>/dev/null
  echo "$out/$1.png"
}
shot explorer-shenzhou-17 'program/shenzhou17?depth=2&lang=en'
shot explorer-miit-policy-network 'org/miit?view=network&lang=en'
shot explorer-timeline '?view=timeline&lang=en'
