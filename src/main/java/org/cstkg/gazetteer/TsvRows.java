package org.cstkg.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cstkg.rdf.EntityType;

/**
 * The gazetteer's TSV format: {@code #} lines and blank lines are comments, the first other line is the header, every
 * following line one entry of exactly eleven tab-separated columns; list columns are {@code |}-separated.
 */
final class TsvRows {

    static final List<String> COLUMNS = List.of("id", "type", "en", "zh_hans", "zh_hant", "pinyin", "ko", "abbr",
            "part_of", "located_in", "wikidata");
    static final String HEADER = String.join("\t", COLUMNS);

    /** An entry with the place it was read from. */
    record Row(GazetteerEntry entry, String file, int line) {
    }

    private TsvRows() {
    }

    static List<Row> parse(String file, List<String> lines) {
        List<Row> rows = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = stripBom(lines.get(i), i);
            int n = i + 1;
            if (line.isBlank() || line.startsWith("#"))
                continue;
            if (!header) {
                if (!line.strip().equals(HEADER))
                    throw new GazetteerException(file, n, "header must be: " + HEADER.replace('\t', ' '));
                header = true;
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != COLUMNS.size())
                throw new GazetteerException(file, n, "expected " + COLUMNS.size() + " tab-separated columns, found "
                        + c.length);
            try {
                rows.add(new Row(new GazetteerEntry(c[0], EntityType.of(c[1].strip()), c[2], c[3], c[4], c[5],
                        list(c[6]), list(c[7]), c[8], c[9], c[10]), file, n));
            } catch (IllegalArgumentException e) {
                throw new GazetteerException(file, n, e.getMessage());
            }
        }
        if (!header)
            throw new GazetteerException(file, lines.size(), "no header line");
        return rows;
    }

    private static String stripBom(String line, int index) {
        return index == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static List<String> list(String cell) {
        if (cell.isBlank())
            return List.of();
        return Arrays.stream(cell.split("\\|", -1)).map(String::strip).toList();
    }
}
