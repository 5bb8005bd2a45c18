#!/usr/bin/env bash
# Median latency of a single-entity REST call on loopback, once warm.
#
#   bench/entity-latency.sh [BASE_URL] [ENTITY_ID] [N]
#   e.g. bench/entity-latency.sh http://localhost:8080 org/miit 1000
#
# Start the server first (./cstkg serve). One curl process fetches the URL N times over one kept-alive connection,
# so process start-up is not measured; curl's time_total per transfer is collected. The first WARMUP transfers
# (JIT, caches) are discarded. Prints median, p90, p99 and max in milliseconds.
set -euo pipefail
BASE=${1:-http://localhost:${CSTKG_PORT:-8080}}
ID=${2:-org/miit}
N=${3:-1000}
WARMUP=${WARMUP:-500}
URL="$BASE/api/entities/$ID"

status=$(curl -s -o /dev/null -w '%{http_code}' "$URL")
if [ "$status" != 200 ]; then
  echo "GET $URL answered $status; is the server up and the id known?" >&2
  exit 1
fi

run() { # $1 = count; prints one time_total (seconds) per line
  local args=()
  for ((i = 0; i < $1; i++)); do args+=(-o /dev/null -w '%{time_total}\n' "$URL"); done
  curl -s -H 'Accept: application/json' "${args[@]}"
}

run "$WARMUP" > /dev/null
run "$N" | sort -n | awk -v url="$URL" '
  { t[NR] = $1 * 1000 }
  END {
    n = NR
    med = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
    printf "GET %s  n=%d  median=%.2f ms  p90=%.2f ms  p99=%.2f ms  max=%.2f ms\n", url, n, med, t[int(n * 0.9)], t[int(n * 0.99)], t[n]
  }'
