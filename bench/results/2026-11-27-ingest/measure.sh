#!/usr/bin/env bash
# side-by-side ingest measurement, commands as bench/run runs them
set -u
J=/tmp/ingest-prof/m.jar; CP=$(cat /tmp/ingest-prof/cp.txt); W=/tmp/ingest-meas; OUT=$W/results.tsv
rm -rf $W; mkdir -p $W
TIMEFORMAT='%3R %3U %3S'
rec() { echo -e "$*\tload=$(cut -d' ' -f1-3 /proc/loadavg)\t$(date -u +%H:%M:%S)" >> $OUT; }
t() { local name=$1; shift; local tf=$(mktemp); { time "$@" >> $W/$name.log 2>&1; } 2> $tf; read -r w u s < $tf; rec "$name\twall=$w\tcpu=$(awk -v a=$u -v b=$s 'BEGIN{printf "%.2f", a+b}')"; }
disk() { du -sk "$1" | cut -f1; }
rec "start commit=$(cd /work/wt-ingest && git rev-parse --short HEAD)"
t extract1000 java -XX:TieredStopAtLevel=1 -jar $J extract /tmp/ingest-gen1000 -o $W/x1000.nq
rec "quads1000\t$(wc -l < $W/x1000.nq)"
t ingest1000 java -XX:TieredStopAtLevel=1 -jar $J ingest /tmp/ingest-gen1000 --db $W/db1000
rec "store1000_kib\t$(disk $W/db1000)\ttext_kib=$(disk $W/db1000-text)"
t tdbloader1000 java -cp "$CP" tdb2.tdbloader --loc $W/tdb1000 $W/x1000.nq
rec "tdbloader1000_kib\t$(disk $W/tdb1000)"
t ingest10 java -XX:TieredStopAtLevel=1 -jar $J ingest /tmp/ingest-gen10 --db $W/db10
for r in 1 2 3; do
  t one-into-10-r$r java -XX:TieredStopAtLevel=1 -jar $J ingest /tmp/ingest-gen1003/synthetic-digest-00001$r.txt --db $W/db10
  t one-into-1000-r$r java -XX:TieredStopAtLevel=1 -jar $J ingest /tmp/ingest-more/synthetic-digest-00100$r.txt --db $W/db1000
done
first=/tmp/ingest-gen1000/synthetic-digest-000001.txt
rec "reingest-before_kib\t$(disk $W/db1000)"
for r in 1 2; do
  t reingest1000-r$r java -XX:TieredStopAtLevel=1 -jar $J ingest $first --db $W/db1000
  rec "reingest-after-r${r}_kib\t$(disk $W/db1000)"
done
rec "done"
