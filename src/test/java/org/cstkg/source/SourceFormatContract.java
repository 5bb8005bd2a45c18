package org.cstkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import org.cstkg.document.Article;
import org.cstkg.document.Document;
import org.cstkg.document.Segment;
import org.junit.jupiter.api.Test;

/**
 * What every source format must do, whatever it reads: accept its own kind of input and not another's; read the date
 * the input states, leave it unknown when it states none and take a given date then; cut segments that point into the
 * document's text; reject bad input with an error that starts with the input's name. Each format's test extends this
 * with a few inputs written for it.
 */
public abstract class SourceFormatContract {

    protected abstract SourceFormat format();

    /** An input of the format that states its date. */
    protected abstract SourceInput dated();

    protected abstract LocalDate statedDate();

    /** An input of the format that states no date. */
    protected abstract SourceInput undated();

    /** An input another format reads, which this one must not accept, or must refuse to parse. */
    protected abstract SourceInput foreign();

    /** An input of the right kind that holds nothing to read. */
    protected abstract SourceInput hollow();

    protected static SourceInput resource(String path) {
        try (InputStream in = SourceFormatContract.class.getResourceAsStream(path)) {
            if (in == null)
                throw new IllegalStateException("test resource missing: " + path);
            return new SourceInput(path.substring(path.lastIndexOf('/') + 1), in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static SourceInput text(String name, String text) {
        return new SourceInput(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void acceptsItsOwnKindOfInput() {
        assertTrue(format().detect(dated()) > 0, "detects " + dated().name());
        assertTrue(format().detect(undated()) > 0, "detects " + undated().name());
    }

    @Test
    void doesNotReadAnotherFormatsInput() {
        SourceInput other = foreign();
        if (format().detect(other) == 0)
            return;
        assertThrows(SourceException.class, () -> format().parse(other, ReadOptions.NONE));
    }

    @Test
    void readsTheStatedDateAndRecordsItsFormat() {
        Document d = format().parse(dated(), ReadOptions.NONE);
        assertEquals(statedDate(), d.date());
        assertEquals(format().name(), d.format());
        assertEquals(dated().name(), d.source());
        // a date given by the user never replaces a stated one
        assertEquals(statedDate(), format().parse(dated(), new ReadOptions(LocalDate.of(1999, 1, 1))).date());
    }

    /** False for formats whose inputs always state a date (a digest's 발행일). */
    protected boolean hasUndatedInputs() {
        return true;
    }

    @Test
    void leavesAnUnstatedDateUnknownOrTakesTheGivenOne() {
        org.junit.jupiter.api.Assumptions.assumeTrue(hasUndatedInputs(), format().name() + " inputs always state a date");
        assertNull(format().parse(undated(), ReadOptions.NONE).date());
        LocalDate given = LocalDate.of(2020, 2, 20);
        assertEquals(given, format().parse(undated(), new ReadOptions(given)).date());
    }

    @Test
    void segmentsPointIntoTheDocumentText() {
        for (SourceInput in : new SourceInput[] { dated(), undated() }) {
            Document d = format().parse(in, ReadOptions.NONE);
            assertFalse(d.articles().isEmpty());
            for (Article a : d.articles()) {
                assertFalse(a.segments().isEmpty(), in.name() + " " + a.title());
                int last = -1;
                for (Segment s : a.segments()) {
                    assertTrue(s.start() >= 0 && s.end() <= d.text().length() && s.start() < s.end(),
                            in.name() + ": span " + s.start() + ".." + s.end() + " of " + d.text().length());
                    assertTrue(s.start() >= last || s.kind() == Segment.Kind.TITLE, in.name() + ": out of order: " + s);
                    last = s.start();
                    String span = d.text().substring(s.start(), s.end());
                    assertTrue(isSubsequence(letters(s.text()), letters(span)),
                            in.name() + ": segment '" + s.text() + "' not read from its span '" + span + "'");
                }
            }
        }
    }

    @Test
    void rejectsInputWithNothingToReadNamingIt() {
        SourceInput in = hollow();
        SourceException e = assertThrows(SourceException.class, () -> format().parse(in, ReadOptions.NONE));
        assertTrue(e.getMessage().startsWith(in.name() + ": "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    private static String letters(String s) {
        return s.replaceAll("[^\\p{IsHangul}\\p{IsHan}\\p{IsLatin}\\p{Nd}]", "");
    }

    private static boolean isSubsequence(String needle, String hay) {
        int j = 0;
        for (int i = 0; i < hay.length() && j < needle.length(); i++)
            if (hay.charAt(i) == needle.charAt(j))
                j++;
        return j == needle.length();
    }
}
