package org.cstkg.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article of a document: a numbered item of a digest, or the one story of a news page.
 *
 * @param part      1-based part number of a digest (1 정책동향, 2 기술동향, 3 단신동향 in KOSTEC digests), or 0 when the
 *                  document has no parts
 * @param partName  the part's heading as printed, or null
 * @param category  category from a digest's table of contents (기술전략, 지역, ICT …), or null
 * @param number    1-based position of the article in its part (or in the document)
 * @param date      the article's own date (a digest lead's date, a news story's publication date), or null
 * @param segments  title, lead, sentences, bullets, table rows and captions in reading order; sentence indexes are
 *                  positions here
 */
public record Article(int part, String partName, String category, int number, String title, String lead,
        LocalDate date, List<Segment> segments, List<Table> tables, List<Reference> references) {

    public Article {
        if (part < 0 || number < 1)
            throw new IllegalArgumentException("part starts at 0 (none) or 1, number at 1: " + part + "." + number);
        Objects.requireNonNull(title, "title");
        segments = List.copyOf(segments);
        tables = List.copyOf(tables);
        references = List.copyOf(references);
    }

    /** Article number as printed in a digest, e.g. {@code I.05}; null for a document without parts. */
    public String label() {
        if (part == 0)
            return null;
        return roman(part) + "." + (number < 10 ? "0" : "") + number;
    }

    /** Local part of the article's IRI: {@code 1-05} in a digest, {@code a1} in a document without parts. */
    public String localId() {
        if (part == 0)
            return "a" + number;
        return part + "-" + (number < 10 ? "0" : "") + number;
    }

    static String roman(int n) {
        String[] r = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X" };
        return n < r.length ? r[n] : Integer.toString(n);
    }
}
