package org.cstkg.source.notice;

import org.cstkg.document.Document;
import org.cstkg.source.ReadOptions;
import org.cstkg.source.SourceFormat;
import org.cstkg.source.SourceInput;
import org.cstkg.source.article.ArticleParser;

/** A Chinese official notice as text: {@link NoticeParser}. Chosen over a news story when the text has its layout. */
public final class NoticeFormat implements SourceFormat {

    public static final String NAME = "notice";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a Chinese official notice saved from a government site: header fields (发文机关, 发文字号, 成文日期, "
                + "发布日期), title line, document number, addressees, body, signature and date";
    }

    @Override
    public int detect(SourceInput in) {
        if (in.kind() == SourceInput.Kind.HTML)
            return 0;
        return NoticeParser.looksLikeNotice(in.text()) ? 50 : 0;
    }

    @Override
    public Document parse(SourceInput in, ReadOptions options) {
        return NoticeParser.parse(in.text(), in.name(), ArticleParser.Hints.NONE, options);
    }
}
