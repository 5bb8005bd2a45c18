#!/usr/bin/env bash
# side-by-side, quiet machine: cstkg ingest (new store) against tdb2.tdbloader on extract's N-Quads
set -u
cd /work/main
J=target/cstkg.jar; CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"; W=/tmp/qm/w; OUT=/tmp/qm/results.tsv
C=/tmp/speed-gen1000
rm -rf $W; mkdir -p $W
TIMEFORMAT='%3R %3U %3S'
rec() { echo -e "$*\tload=$(cut -d' ' -f1-3 /proc/loadavg)\t$(date -u +%H:%M:%S)" >> $OUT; }
t() { local name=$1; shift; local tf=$(mktemp); { time "$@" >> $W/$name.log 2>&1; } 2> $tf; read -r w u s < $tf; rec "$name\twall=$w\tcpu=$(awk -v a=$u -v b=$s 'BEGIN{printf "%.2f", a+b}')"; }
disk() { du -sk "$1" | cut -f1; }
rec "start commit=$(git rev-parse --short HEAD)"
t extract1000 java -XX:TieredStopAtLevel=1 -jar $J extract $C -o $W/x1000.nq
rec "quads1000\t$(wc -l < $W/x1000.nq)"
for r in 1 2; do
rm -rf $W/db1000 $W/db1000-text $W/tdb1000
t ingest1000-r$r java -XX:TieredStopAtLevel=1 -jar $J ingest $C --db $W/db1000
rec "store1000_kib\t$(disk $W/db1000)\ttext_kib=$(disk $W/db1000-text)"
t tdbloader1000-r$r java -cp "$CP" tdb2.tdbloader --loc $W/tdb1000 $W/x1000.nq
rec "tdbloader1000_kib\t$(disk $W/tdb1000)"
done
rec "done"
