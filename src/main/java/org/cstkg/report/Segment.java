package org.cstkg.report;

import java.util.Objects;

/** A unit of text that facts are read from: the title, the lead, a bullet, a table row or a caption. */
public record Segment(int index, Kind kind, String text) {

    public enum Kind { TITLE, LEAD, BULLET, NOTE, TABLE_ROW, CAPTION, SOURCE, SUMMARY }

    public Segment {
        Objects.requireNonNull(kind, "kind");
        if (text == null || text.isBlank())
            throw new IllegalArgumentException("empty segment");
    }
}
