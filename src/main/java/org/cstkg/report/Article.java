package org.cstkg.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One numbered article of a report.
 *
 * @param part      1-based part number (1 정책동향, 2 기술동향, 3 단신동향 in KOSTEC digests)
 * @param partName  the part's heading as printed
 * @param category  category from the table of contents (기술전략, 지역, ICT …), or null
 * @param date      the lead's date resolved against the issue date, or null
 * @param segments  title, lead, bullets, table rows and captions in reading order; sentence indexes are positions here
 */
public record Article(int part, String partName, String category, int number, String title, String lead,
        LocalDate date, List<Segment> segments, List<Table> tables, List<Reference> references) {

    public Article {
        if (part < 1 || number < 1)
            throw new IllegalArgumentException("part and number start at 1: " + part + "." + number);
        Objects.requireNonNull(title, "title");
        segments = List.copyOf(segments);
        tables = List.copyOf(tables);
        references = List.copyOf(references);
    }

    /** Article number as printed in the digest, e.g. {@code I.05}. */
    public String label() {
        return roman(part) + "." + (number < 10 ? "0" : "") + number;
    }

    /** Local part of the article's IRI, e.g. {@code 1-05}. */
    public String localId() {
        return part + "-" + (number < 10 ? "0" : "") + number;
    }

    static String roman(int n) {
        String[] r = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X" };
        return n < r.length ? r[n] : Integer.toString(n);
    }
}
