#!/usr/bin/env bash
# Latency of one reconciliation batch (the 50 names of src/test/resources/reconcile/batch-50.tsv, as OpenRefine posts
# them: form-encoded queries=) on loopback, and how many got their expected entity first.
#
#   bench/reconcile-batch.sh [BASE_URL] [N]
#
# Start the server over the sample digest first (./cstkg serve, which loads data/samples into an empty store). The
# first batch is sent once to warm up and discarded; then N batches, each timed by curl. Prints median, min and max.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BASE=${1:-http://localhost:${CSTKG_PORT:-8080}}
N=${2:-20}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$here/src/test/resources/reconcile/batch-50.tsv" "$tmp/batch.json" "$tmp/expected.tsv" <<'PY'
import json, sys
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8')
        if l.strip() and not l.startswith('#') and not l.startswith('query\t')]
json.dump({f"q{i}": {"query": r[0], "limit": 3} for i, r in enumerate(rows)},
          open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False)
open(sys.argv[3], 'w', encoding='utf-8').write(''.join(f"q{i}\t{r[1]}\n" for i, r in enumerate(rows)))
PY

curl -s -f "$BASE/reconcile" --data-urlencode "queries@$tmp/batch.json" > "$tmp/answer.json"
python3 - "$tmp/answer.json" "$tmp/expected.tsv" <<'PY'
import json, sys
answer = json.load(open(sys.argv[1], encoding='utf-8'))
expected = [l.rstrip('\n').split('\t') for l in open(sys.argv[2], encoding='utf-8')]
right = sum(1 for q, e in expected if answer[q]['result'] and answer[q]['result'][0]['id'] == e)
print(f"right entity first: {right} of {len(expected)}")
PY
for ((i = 0; i < N; i++)); do
  curl -s -o /dev/null -w '%{time_total}\n' "$BASE/reconcile" --data-urlencode "queries@$tmp/batch.json"
done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "batch of 50 names, %d runs: median %.0f ms, min %.0f ms, max %.0f ms\n", NR, t[int((NR + 1) / 2)], t[1], t[NR] }'
