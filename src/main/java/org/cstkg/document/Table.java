package org.cstkg.document;

import java.util.List;

/**
 * A tab-separated table with its header row and caption (the 〈…〉 line before it, if any); {@code rowSegments} gives,
 * for each row, the index of the segment that carries the row's text, so facts read from a row cite that segment.
 */
public record Table(String caption, List<String> header, List<List<String>> rows, List<Integer> rowSegments) {

    public Table {
        header = List.copyOf(header);
        rowSegments = List.copyOf(rowSegments);
        if (rowSegments.size() != rows.size())
            throw new IllegalArgumentException("one segment per row");
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Index of the first header cell containing any of the words, or -1. */
    public int column(String... words) {
        for (int i = 0; i < header.size(); i++)
            for (String w : words)
                if (header.get(i).replace(" ", "").contains(w))
                    return i;
        return -1;
    }
}
