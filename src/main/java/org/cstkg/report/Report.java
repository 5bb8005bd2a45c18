package org.cstkg.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One issue of a digest.
 *
 * @param slug      stable identifier derived from publisher and issue date, used in IRIs
 * @param summary   the report's own summary bullets (요약), or an empty list
 */
public record Report(String slug, String title, LocalDate issueDate, String publisher, String source,
        List<Segment> summary, List<Article> articles) {

    public Report {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issueDate, "issueDate");
        if (articles == null || articles.isEmpty())
            throw new IllegalArgumentException("a report has at least one article");
        summary = List.copyOf(summary);
        articles = List.copyOf(articles);
    }
}
