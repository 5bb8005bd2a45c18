package org.cstkg.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One source document as read from a file: an issue of a digest, a news article copied from a page, a saved HTML page.
 *
 * @param slug      stable identifier used in IRIs (publisher and date for digests, the file name otherwise)
 * @param title     the document's title or headline
 * @param date      the date the document states for itself (issue or publication date), or null when not stated
 * @param publisher the publisher's name as written, or null when not known
 * @param url       the address the document was taken from, or null when not stated
 * @param source    the file it was read from, as given
 * @param format    the name of the source format that read it
 * @param text      the text the offsets of segments refer to (the file's text, a PDF's extracted text, an HTML page's
 *                  rendered text)
 * @param summary   a digest's own summary bullets (요약), or an empty list
 * @param notices   what the reader noticed but could not place (text outside any article, say), one line each
 */
public record Document(String slug, String title, LocalDate date, String publisher, String url, String source,
        String format, String text, List<Segment> summary, List<Article> articles, List<String> notices) {

    public Document {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
        text = text == null ? "" : text;
        if (articles == null || articles.isEmpty())
            throw new IllegalArgumentException("a document has at least one article");
        summary = List.copyOf(summary);
        articles = List.copyOf(articles);
        notices = List.copyOf(notices);
    }

    /** True for issues of a numbered digest (parts and article numbers), false for single news texts. */
    public boolean isDigest() {
        return articles.stream().anyMatch(a -> a.part() > 0);
    }

    /** The same document with another date (e.g. one given on the command line when the text states none). */
    public Document withDate(LocalDate d) {
        return new Document(slug, title, d, publisher, url, source, format, text, summary, articles, notices);
    }
}
