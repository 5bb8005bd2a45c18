package org.cstkg.source.article;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.cstkg.lexicon.LexiconFile;

/** The line patterns of {@code data/lexicon/article-lines.tsv}, by kind. */
final class LinePatterns {

    enum Kind { DATE, MODIFIED, STAMP, DATELINE, MASTHEAD, TAG, BYLINE, CREDIT, BOILERPLATE, SOURCE }

    private static volatile LinePatterns standard;

    private final Map<Kind, List<Pattern>> byKind = new EnumMap<>(Kind.class);

    LinePatterns(List<LexiconFile.Row> rows) {
        for (Kind k : Kind.values())
            byKind.put(k, new ArrayList<>());
        for (LexiconFile.Row r : rows) {
            Kind k;
            try {
                k = Kind.valueOf(r.get(0).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown kind '" + r.get(0) + "'");
            }
            Pattern p = r.pattern(1);
            String src = p.pattern();
            if ((k == Kind.DATE || k == Kind.MODIFIED || k == Kind.STAMP)
                    && !(src.contains("(?<y>") && src.contains("(?<m>") && src.contains("(?<d>")))
                throw r.error(k.name().toLowerCase(Locale.ROOT) + " patterns need groups y, m and d");
            if ((k == Kind.DATELINE || k == Kind.MASTHEAD) && !src.contains("(?<pub>"))
                throw r.error(k.name().toLowerCase(Locale.ROOT) + " patterns need a group pub");
            byKind.get(k).add(p);
        }
    }

    static LinePatterns get() {
        LinePatterns p = standard;
        if (p == null)
            synchronized (LinePatterns.class) {
                if (standard == null)
                    standard = new LinePatterns(LexiconFile.rows("article-lines.tsv", "kind", "pattern"));
                p = standard;
            }
        return p;
    }

    List<Pattern> of(Kind k) {
        return byKind.get(k);
    }
}
