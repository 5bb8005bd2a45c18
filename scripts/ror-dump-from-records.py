#!/usr/bin/env python3
"""Writes a ROR data dump (one JSON array of records, as ROR publishes it on Zenodo) from a clone of ROR's
ror-records repository (https://github.com/ror-community/ror-records: one folder per release, v1.0 ... v2.x, holding
the records that release added or changed; from v1.45 on a release holds each record in schema v2 at its top and in
schema v1 under v1/).

It takes the newest version of each record (the highest release that holds it; within a release the schema v2 file),
so the output is what a full dump of the newest release would hold for every record that was ever added or changed
through that repository. It prints the releases it read, for the links' source.

    scripts/ror-dump-from-records.py GIT_DIR OUT.json [--country CN]

GIT_DIR may be a bare repository (read with git ls-tree and git cat-file, no work tree needed). The dump itself is
CC0 data of ROR and stays out of this repository; `cstkg links import --ror OUT.json` reads it.
"""
import json
import re
import subprocess
import sys


def version(release):
    return tuple(int(x) for x in re.findall(r"\d+", release))


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    country = None
    if "--country" in argv:
        country = argv[argv.index("--country") + 1]
        args.remove(country)
    if len(args) != 2:
        sys.exit(__doc__)
    git_dir, out_path = args
    listing = subprocess.run(["git", "-C", git_dir, "ls-tree", "-r", "HEAD"], check=True, capture_output=True,
                             text=True).stdout
    newest = {}  # ROR id -> (release version, schema rank, release, blob)
    for line in listing.splitlines():
        meta, path = line.split("\t", 1)
        parts = path.split("/")
        if not re.fullmatch(r"v\d+(\.\d+)*", parts[0]) or not re.fullmatch(r"0[a-z0-9]{8}\.json", parts[-1]):
            continue
        rank = 0 if "v1" in parts[1:-1] else 1  # within a release, prefer schema v2
        key = (version(parts[0]), rank)
        rid = parts[-1][:-5]
        if rid not in newest or key > newest[rid][:2]:
            newest[rid] = (key[0], rank, parts[0], meta.split()[2])
    cat = subprocess.Popen(["git", "-C", git_dir, "cat-file", "--batch"], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE)
    releases = set()
    written = 0
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("[\n")
        for rid, (_, _, release, blob) in sorted(newest.items()):
            cat.stdin.write((blob + "\n").encode())
            cat.stdin.flush()
            size = int(cat.stdout.readline().split()[2])
            record = json.loads(cat.stdout.read(size))
            cat.stdout.read(1)
            if country and country not in countries(record):
                continue
            out.write((",\n" if written else "") + json.dumps(record, ensure_ascii=False))
            written += 1
            releases.add(release)
        out.write("\n]\n")
    cat.stdin.close()
    cat.wait()
    ordered = sorted(releases, key=version)
    print(f"{out_path}: {written} records, newest versions from {len(ordered)} releases "
          f"({ordered[0]} … {ordered[-1]})" if ordered else f"{out_path}: no records")


def countries(record):
    codes = {l.get("geonames_details", {}).get("country_code") for l in record.get("locations") or []}
    if "country" in record:
        codes.add(record["country"].get("country_code"))
    return codes


if __name__ == "__main__":
    main(sys.argv[1:])
