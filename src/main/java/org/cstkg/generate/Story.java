package org.cstkg.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * One synthetic article: where it goes in a digest (part, category), its title, lead, body and its date; optionally a
 * sub-headline, a note, a table and a cited source.
 */
record Story(int part, String category, Phrase title, Phrase subhead, Phrase lead, List<Phrase> body, Phrase note,
        Table table, String reference, String url, LocalDate date) {

    /** A table with its caption: header cells, then rows of cells. */
    record Table(String caption, List<String> header, List<List<String>> rows) {}

    Story {
        body = List.copyOf(body);
    }
}
