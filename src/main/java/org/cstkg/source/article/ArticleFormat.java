package org.cstkg.source.article;

import java.util.regex.Pattern;

import org.cstkg.document.Document;
import org.cstkg.source.ReadOptions;
import org.cstkg.source.SourceFormat;
import org.cstkg.source.SourceInput;

/** One news story as plain text (or a PDF of one): {@link ArticleParser}. Accepts any text with words in it. */
public final class ArticleFormat implements SourceFormat {

    private static final Pattern WORDS = Pattern.compile("[\\p{IsHangul}\\p{IsHan}A-Za-z]{2,}");

    @Override
    public String name() {
        return ArticleParser.FORMAT;
    }

    @Override
    public String description() {
        return "one news story as copied from a page: headline, dateline, byline, date lines (입력, 송고시간, 발행일), "
                + "출처 lines and URLs";
    }

    @Override
    public int detect(SourceInput in) {
        if (in.kind() == SourceInput.Kind.HTML)
            return 0;
        return WORDS.matcher(in.text()).find() ? 10 : 0;
    }

    @Override
    public Document parse(SourceInput in, ReadOptions options) {
        return ArticleParser.parse(in.text(), in.name(), ArticleParser.Hints.NONE, options, name());
    }
}
