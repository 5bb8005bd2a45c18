package org.cstkg.document;

import java.util.Objects;

/**
 * A unit of text that facts are read from: a title, a lead, a sentence, a bullet, a table row or a caption.
 *
 * @param index position in its article; sentence IRIs are built from it
 * @param text  the segment's text, without list markers, bylines or photo credits
 * @param start offset of the first character of the span it was read from, in {@link Document#text()}
 * @param end   offset after the last character of that span
 */
public record Segment(int index, Kind kind, String text, int start, int end) {

    public enum Kind { TITLE, LEAD, BULLET, NOTE, TABLE_ROW, CAPTION, SOURCE, SUMMARY, SENTENCE }

    public Segment {
        Objects.requireNonNull(kind, "kind");
        if (text == null || text.isBlank())
            throw new IllegalArgumentException("empty segment");
        if (start < 0 || end < start)
            throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    /** A segment without a place in a document text (tests, generated text). */
    public Segment(int index, Kind kind, String text) {
        this(index, kind, text, 0, 0);
    }
}
