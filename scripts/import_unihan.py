#!/usr/bin/env python3
"""Derive data/hanzi/unihan.tsv from the Unicode Han Database (Unihan).

Usage: import_unihan.py [UNIHAN_DIR] [OUT_FILE]
Reads Unihan_Readings.txt(.bz2) and Unihan_Variants.txt(.bz2). The output has no
timestamp, so regenerating from the same Unihan version gives an identical file.
"""
import bz2
import os
import re
import subprocess
import sys
import unicodedata

# BMP CJK Unified Ideographs, Extension A and Compatibility Ideographs hold the
# characters of Chinese names in news text; the supplementary planes would add
# some 18,000 rows of rare characters, nearly none with a Korean reading.
RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
FIELDS = ("kHangul", "kMandarin", "kSimplifiedVariant", "kTraditionalVariant")


def open_text(directory, name):
    plain = os.path.join(directory, name)
    if os.path.exists(plain):
        return open(plain, encoding="utf-8")
    return bz2.open(plain + ".bz2", "rt", encoding="utf-8")


def read(directory, name, header):
    """Yields (code point, field, value) and fills header with the file's Date/version lines."""
    with open_text(directory, name) as lines:
        for line in lines:
            if line.startswith("#"):
                m = re.match(r"#\s*(Date|Unicode version):\s*(.+)", line)
                if m:
                    header.setdefault(m.group(1), m.group(2).strip())
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1] in FIELDS:
                yield int(parts[0][2:], 16), parts[1], parts[2]


def in_range(cp):
    return any(lo <= cp <= hi for lo, hi in RANGES)


def hangul(value):
    """'낭:0 랑:0E' -> '랑 낭': drop source tags, educational (E) readings first."""
    readings = []
    for item in value.split():
        syllable, _, sources = item.partition(":")
        if syllable not in (r for r, _ in readings):
            readings.append((syllable, "E" in sources))
    # Unihan lists readings in Hangul order; the brief's "first" is the
    # educational-standard one, so stable-sort E readings to the front.
    readings.sort(key=lambda r: not r[1])
    return " ".join(r for r, _ in readings)


def variants(value):
    return [chr(int(v.split("<")[0][2:], 16)) for v in value.split()]


def toneless(pinyin):
    marks = "\u0300\u0301\u0304\u030c"
    return "".join(c for c in unicodedata.normalize("NFD", pinyin) if c not in marks)


def ordered(char, chars, rows, educational, rank_educational):
    """Most likely variant first.

    A per-character converter can only take one variant, so rank them here, where
    all readings are at hand: first those with the character's own Mandarin
    reading (广 guǎng -> 廣; 征 zhēng stays 征 rather than 徵 zhǐ); among them, for
    traditional forms, one that Korean schools teach (台 -> 臺 rather than 檯;
    朱 stays 朱 rather than 硃); then another character before the character
    itself (干 -> 幹), then Unihan's code point order.
    """
    mine = toneless(rows.get(char, {}).get("kMandarin", ""))

    def rank(i_v):
        i, v = i_v
        same = mine != "" and toneless(rows.get(v, {}).get("kMandarin", "")) == mine
        common = rank_educational and v in educational
        return (not same, not common, v == char, i)

    return " ".join(v for _, v in sorted(enumerate(chars), key=rank))


def package_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "unicode-data"],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
    out_file = sys.argv[2] if len(sys.argv) > 2 else "data/hanzi/unihan.tsv"
    # Variants may lie outside RANGES, so read every character and cut at the end.
    rows, header, educational = {}, {}, set()
    for name in ("Unihan_Readings.txt", "Unihan_Variants.txt"):
        for cp, field, value in read(directory, name, header):
            row = rows.setdefault(chr(cp), {})
            if field == "kHangul":
                row[field] = hangul(value)
                if re.search(r":\w*E", value):
                    educational.add(chr(cp))
            elif field == "kMandarin":
                row[field] = value.split()[0]
            else:
                row[field] = variants(value)
    table = {}
    for char, row in rows.items():
        if not in_range(ord(char)):
            continue
        cells = dict(row)
        for field in ("kSimplifiedVariant", "kTraditionalVariant"):
            if field in cells:
                cells[field] = ordered(char, cells[field], rows, educational,
                                       field == "kTraditionalVariant")
        table[ord(char)] = cells

    os.makedirs(os.path.dirname(out_file) or ".", exist_ok=True)
    with open(out_file, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Hanzi readings and variants for cstkg, derived (modified) from the Unicode Han Database (Unihan)\n")
        out.write("# source: Unihan_Readings.txt, Unihan_Variants.txt of Debian package unicode-data %s\n"
                  % package_version())
        out.write("# unicode-version: %s (file date %s)\n"
                  % (header.get("Unicode version", "unknown"), header.get("Date", "unknown")))
        out.write("# licence: Unicode License v3, https://www.unicode.org/license.txt; data (c) Unicode, Inc.\n")
        out.write("# modified: only kHangul, kMandarin (first reading), kSimplifiedVariant, kTraditionalVariant;"
                  " kHangul source tags dropped, educational readings first;"
                  " variants reordered, most likely first\n")
        out.write("# range: U+3400-4DBF U+4E00-9FFF U+F900-FAFF\n")
        out.write("# made by: scripts/import-unihan.sh (python3 scripts/import_unihan.py %s %s)\n"
                  % (directory, out_file))
        out.write("# columns: char\thangul\tmandarin\tsimplified\ttraditional\n")
        for cp in sorted(table):
            row = table[cp]
            out.write("\t".join([chr(cp)] + [row.get(f, "") for f in FIELDS]) + "\n")
    print("%s: %d rows, %d bytes" % (out_file, len(table), os.path.getsize(out_file)))


if __name__ == "__main__":
    main()
