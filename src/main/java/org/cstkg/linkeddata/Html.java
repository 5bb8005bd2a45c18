package org.cstkg.linkeddata;

import org.springframework.web.util.HtmlUtils;

/** A tiny HTML builder: every text and attribute value goes through {@link #esc}. */
final class Html {

    /** The pages' style sheet (a static resource: the Content-Security-Policy allows no inline style). */
    static final String STYLESHEET = "/linkeddata/page.css";

    private final StringBuilder sb = new StringBuilder(4096);

    Html(String title, String lang) {
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(esc(lang)).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\"></head><body>\n");
    }

    static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }

    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    Html text(String s) {
        sb.append(esc(s));
        return this;
    }

    Html element(String tag, String text) {
        sb.append('<').append(tag).append('>').append(esc(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /** A link; {@code href} must be a local path or an http(s) IRI, else only the text is written. */
    Html link(String href, String text) {
        if (href != null && (href.startsWith("/") || href.startsWith("https://") || href.startsWith("http://")))
            sb.append("<a href=\"").append(esc(href)).append("\">").append(esc(text)).append("</a>");
        else
            sb.append(esc(text));
        return this;
    }

    String end() {
        return sb.append("</body></html>\n").toString();
    }
}
