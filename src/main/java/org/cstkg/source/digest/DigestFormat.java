package org.cstkg.source.digest;

import java.util.regex.Pattern;

import org.cstkg.document.Document;
import org.cstkg.source.ReadOptions;
import org.cstkg.source.SourceFormat;
import org.cstkg.source.SourceInput;

/** A numbered news digest such as KOSTEC's weekly report, as text or PDF: {@link DigestParser}. */
public final class DigestFormat implements SourceFormat {

    private static final Pattern ISSUE_LINE = Pattern.compile("발\\s*행\\s*일\\s*[|:：]?\\s*\\d{4}");
    private static final Pattern ARTICLE_LINE = Pattern.compile("(?m)^\\s*0[1-9](?:\\s|$)");

    @Override
    public String name() {
        return DigestParser.FORMAT;
    }

    @Override
    public String description() {
        return "numbered digest (KOSTEC weekly): 발행일, parts, articles 01, 02 …, leads, bullets, tables, references";
    }

    @Override
    public int detect(SourceInput in) {
        if (in.kind() == SourceInput.Kind.HTML)
            return 0;
        String t = in.text();
        return ISSUE_LINE.matcher(t).find() && ARTICLE_LINE.matcher(t).find() ? 50 : 0;
    }

    @Override
    public Document parse(SourceInput in, ReadOptions options) {
        return DigestParser.parse(in.text(), in.name());
    }
}
