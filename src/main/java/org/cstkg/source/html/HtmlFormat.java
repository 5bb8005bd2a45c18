package org.cstkg.source.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.document.Document;
import org.cstkg.lexicon.Media;
import org.cstkg.source.ReadOptions;
import org.cstkg.source.SourceException;
import org.cstkg.source.SourceFormat;
import org.cstkg.source.SourceInput;
import org.cstkg.source.article.ArticleParser;
import org.cstkg.source.notice.NoticeParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A news page saved from a browser. jsoup parses the markup; the title, publication date, site and address come
 * from the page's metadata ({@code og:*}, {@code article:published_time}, {@code <time>}, JSON-LD, canonical link);
 * the story is the element holding most paragraph text once navigation, headers, footers, scripts and share bars are
 * removed. That text, a line per block, is then read as a plain story ({@link ArticleParser}); the document's text
 * and the segments' offsets are this rendered text.
 */
public final class HtmlFormat implements SourceFormat {

    public static final String FORMAT = "html";

    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, select, input, textarea, [role=navigation], [role=banner], [role=contentinfo], "
            + "[aria-hidden=true]";
    private static final Pattern FURNITURE_CLASS = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:nav|navi|gnb|lnb|snb|menu|footer|sidebar|side|banner|ad|ads|advert|share|sns|social|"
                    + "comment|comments|reply|related|recommend|popular|ranking|breadcrumb|copyright|subscribe|login|"
                    + "util|tags|keyword)(?:$|[\\s_-])");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "tr", "table", "blockquote", "figure", "figcaption", "dd", "dt", "dl", "pre",
            "address", "caption", "center", "hr");
    private static final Pattern ISO_DATE = Pattern.compile("((?:19|20)\\d{2})[-./년 ]\\s*(\\d{1,2})[-./월 ]\\s*(\\d{1,2})");
    private static final Pattern COMPACT_DATE = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})");
    private static final Pattern JSON_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern JSON_PUBLISHER = Pattern.compile(
            "\"publisher\"\\s*:\\s*\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");

    @Override
    public String name() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "an HTML page saved from a browser: title, date, site and address from its metadata, the story's text";
    }

    @Override
    public int detect(SourceInput in) {
        return in.kind() == SourceInput.Kind.HTML ? 100 : 0;
    }

    @Override
    public Document parse(SourceInput in, ReadOptions options) {
        org.jsoup.nodes.Document page = Jsoup.parse(in.text());
        String title = first(meta(page, "property", "og:title"), meta(page, "name", "title"),
                meta(page, "name", "twitter:title"), page.title(), text(page.selectFirst("h1")));
        LocalDate date = date(first(meta(page, "property", "article:published_time"),
                meta(page, "property", "og:article:published_time"), meta(page, "itemprop", "datePublished"),
                meta(page, "name", "article:published_time"), meta(page, "name", "pubdate"),
                meta(page, "name", "publishdate"), meta(page, "name", "publish-date"), meta(page, "name", "date"),
                meta(page, "name", "dc.date"), meta(page, "name", "DC.date.issued"), jsonLd(page, JSON_DATE),
                attr(page.selectFirst("time[datetime]"), "datetime")));
        String site = first(meta(page, "property", "og:site_name"), jsonLd(page, JSON_PUBLISHER),
                meta(page, "name", "publisher"), meta(page, "name", "application-name"));
        if (site != null)
            site = Media.get().find(site).map(Media.Outlet::name).orElse(site);
        String url = first(attr(page.selectFirst("link[rel=canonical]"), "abs:href"),
                attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "property", "og:url"));
        if (url != null && !url.matches("(?i)https?://\\S+"))
            url = null;

        page.select(FURNITURE).remove();
        for (Element e : page.body().select("[class], [id]"))
            if (e.parent() != null && !e.tagName().equals("body")
                    && (FURNITURE_CLASS.matcher(e.className()).find() || FURNITURE_CLASS.matcher(e.id()).find())
                    && !e.is("article, main, [itemprop=articleBody]") && e.text().length() < 2000)
                e.remove();
        Element story = story(page);
        String body = render(story);
        if (title != null && !body.substring(0, Math.min(body.length(), 400)).contains(title.strip()))
            body = title.strip() + "\n\n" + body;
        if (body.isBlank())
            throw new SourceException(in.name() + ": HTML page has no text");
        if (NoticeParser.looksLikeNotice(body)) // a government site's page of a notice
            return NoticeParser.parse(body, in.name(), new ArticleParser.Hints(null, date, null, url), options);
        return ArticleParser.parse(body, in.name(), new ArticleParser.Hints(title == null ? null : title.strip(),
                date, site, url), options, FORMAT);
    }

    /** The element of the story: marked as such, or the one holding most paragraph text. */
    private static Element story(org.jsoup.nodes.Document page) {
        Element marked = page.selectFirst("[itemprop=articleBody], article, #articleBody, #article_body, "
                + "#newsct_article, #articleText, #article-view-content-div, #dic_area, .article_body, .article-body");
        if (marked != null && marked.text().length() >= 100)
            return marked;
        Element best = page.body();
        int bestScore = 0;
        for (Element e : page.body().select("div, section, td, main, article")) {
            int score = 0;
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode t)
                    score += t.text().strip().length();
                else if (n instanceof Element c && (c.tagName().equals("p") || c.tagName().equals("br")))
                    score += c.text().length();
            }
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return bestScore >= 100 ? best : page.body();
    }

    /** The element's text, a line per block, cells apart by tabs, white space collapsed. */
    static String render(Element root) {
        StringBuilder b = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replaceAll("[\\s\\u00a0]+", " ");
                    if (b.length() == 0 || b.charAt(b.length() - 1) == '\n')
                        s = s.stripLeading();
                    b.append(s);
                } else if (node instanceof Element e) {
                    String tag = e.tagName().toLowerCase(Locale.ROOT);
                    if (tag.equals("br"))
                        b.append('\n');
                    else if (BLOCKS.contains(tag))
                        newline(b);
                    else if (tag.equals("td") || tag.equals("th"))
                        b.append('\t');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.tagName().toLowerCase(Locale.ROOT)))
                    newline(b);
            }
        });
        return b.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void newline(StringBuilder b) {
        if (b.length() > 0 && b.charAt(b.length() - 1) != '\n')
            b.append('\n');
    }

    private static String meta(org.jsoup.nodes.Document page, String attr, String value) {
        for (Element m : page.select("meta[" + attr + "]"))
            if (m.attr(attr).equalsIgnoreCase(value) && !m.attr("content").isBlank())
                return m.attr("content").strip();
        return null;
    }

    private static String jsonLd(org.jsoup.nodes.Document page, Pattern p) {
        for (Element s : page.select("script[type=application/ld+json]")) {
            Matcher m = p.matcher(s.data());
            if (m.find())
                return m.group(1);
        }
        return null;
    }

    private static String attr(Element e, String attr) {
        if (e == null)
            return null;
        String v = e.attr(attr);
        return v.isBlank() ? null : v.strip();
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String first(String... values) {
        for (String v : values)
            if (v != null && !v.isBlank())
                return v;
        return null;
    }

    static LocalDate date(String s) {
        if (s == null)
            return null;
        Matcher m = ISO_DATE.matcher(s);
        if (!m.find()) {
            m = COMPACT_DATE.matcher(s.strip());
            if (!m.find())
                return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
