#!/usr/bin/env bash
# Wall time of `./cstkg extract` on one report, JVM start included, over N runs (jar built beforehand).
#
#   bench/extract-time.sh [REPORT] [N]
#   e.g. bench/extract-time.sh ../shared/corpus/kostec-weekly-2023-06-02.txt 5
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPORT=${1:-$here/data/samples/cstkg-sample-digest-2023-11-03.txt}
N=${2:-5}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$here/cstkg" --version > /dev/null # builds the jar if needed, outside the timing
for ((i = 1; i <= N; i++)); do
  s=$(date +%s%N)
  "$here/cstkg" extract "$REPORT" -o "$out/g.nq" 2> /dev/null
  e=$(date +%s%N)
  echo $(( (e - s) / 1000000 ))
done | sort -n | awk -v f="$REPORT" '{ t[NR] = $1 } END {
  printf "extract %s  n=%d  min=%d ms  median=%d ms  max=%d ms\n", f, NR, t[1], t[int((NR + 1) / 2)], t[NR] }'
