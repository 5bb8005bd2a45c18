package org.cstkg.extract;

import org.cstkg.document.Segment;

/**
 * A segment with its text normalised once, with the same length so that offsets into {@link #text()} are offsets into
 * the segment's own text: full-width forms and curly quotes read as ASCII, tabs as spaces.
 */
public record SegmentText(Segment segment, String text) {

    public static SegmentText of(Segment s) {
        return new SegmentText(s, Texts.normalize(s.text()));
    }

    public int index() {
        return segment.index();
    }

    /** The segment's text as written, for the surface of a span. */
    public String raw() {
        return segment.text();
    }
}
