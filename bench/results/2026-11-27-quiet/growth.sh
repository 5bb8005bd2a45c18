#!/usr/bin/env bash
# one more report into the stores of 10, 1,000 and 10,000 with the jar of main (known-entity table), interleaved
set -u
cd /work/main
J="java -XX:TieredStopAtLevel=1 -jar target/cstkg.jar"
G=/tmp/gen10004
[ -d $G ] || $J generate --reports 10004 --seed 1 --out $G > /dev/null
OUT=/tmp/qm/growth.tsv
for r in 2 3 4; do
  f=$G/synthetic-digest-01000$r.txt
  for db in /tmp/prof/db10c /tmp/prof/dbA /tmp/bw/10000/db; do
    l=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "%e %U %S" -o /tmp/qm/t.txt $J ingest $f --db $db > /tmp/qm/g.log 2>&1
    c=$(grep -c "compacted" /tmp/qm/g.log)
    echo -e "$(basename $(dirname $db))/$(basename $db)\t$r\t$(cat /tmp/qm/t.txt)\tload=$l\tcompacted=$c" >> $OUT
  done
done
