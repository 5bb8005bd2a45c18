package org.cstkg.source.notice;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.document.Article;
import org.cstkg.document.Document;
import org.cstkg.document.Reference;
import org.cstkg.document.Segment;
import org.cstkg.lexicon.NoticeFields;
import org.cstkg.lexicon.NoticeFields.Field;
import org.cstkg.source.ReadOptions;
import org.cstkg.source.SourceException;
import org.cstkg.source.article.ArticleParser;
import org.cstkg.source.article.Sentences;

/**
 * Reads a Chinese official notice in the layout government sites publish it:
 *
 * <pre>
 * 发文机关：国务院            header fields, when the page has them (one segment each)
 * 发文字号：国发〔2017〕35号
 * 国务院关于印发新一代人工智能发展规划的通知      the title line
 * 国发〔2017〕35号                                the document number line
 * 各省、自治区、直辖市人民政府，国务院各部委、各直属机构：   the addressees
 * 现将《新一代人工智能发展规划》印发给你们，请认真贯彻执行。   the body, cut into sentences
 * 国务院                                          the signature
 * 2017年7月8日                                    and its date
 * </pre>
 *
 * The document's date is the 发布日期 when given, else the 成文日期, else the date under the signature. Nothing is
 * completed: a field not written is absent.
 */
public final class NoticeParser {

    private static final NoticeFields FIELDS = NoticeFields.get();
    /** The head word that ends the title of a notice or of the document it issues. */
    private static final Pattern TITLE = Pattern.compile(
            ".{2,150}(通知|意见|意見|决定|決定|办法|辦法|规定|規定|方案|规划|規劃|计划|計劃|纲要|綱要|条例|條例|细则|細則|公告|通告|批复|批復|函|指南|措施|要点|要點)(（[^）]{1,30}）)?");
    private static final Pattern NUMBER_LINE = Pattern.compile(
            "[（(]?[\\p{IsHan}]{1,10}\\s?[〔\\[［【(（](?:19|20)\\d{2}[〕\\]］】)）]\\s?第?\\s?\\d{1,5}\\s?[号號][）)]?");
    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2}|[〇○零一二三四五六七八九]{4})\\s?年\\s?(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s?月\\s?(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s?日");
    private static final Pattern URL = Pattern.compile("(?:来源|來源|原文|网址|網址|链接|鏈接)?\\s*[：:]?\\s*(https?://\\S+)");
    private static final Pattern ADDRESSEES = Pattern.compile(".{2,200}[：:]");
    private static final Pattern ASIDE = Pattern.compile("[（(](?:此件|本件)[^）)]{0,20}[）)]");

    private NoticeParser() {}

    /** Chinese text in a notice's layout: header fields, or a title line and a document number or a dated signature. */
    public static boolean looksLikeNotice(String text) {
        String head = text.length() > 6000 ? text.substring(0, 6000) : text;
        long han = head.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long hangul = head.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL).count();
        if (han < 30 || hangul * 10 > han)
            return false;
        int fields = 0;
        boolean title = false, number = false;
        int seen = 0;
        for (String raw : head.split("\n")) {
            String line = clean(raw);
            if (line.isEmpty())
                continue;
            if (FIELDS.parse(line).isPresent())
                fields++;
            else if (seen < 8 && TITLE.matcher(line).matches() && !line.contains("。"))
                title = true;
            else if (NUMBER_LINE.matcher(line).matches())
                number = true;
            seen++;
        }
        return fields >= 2 || title && (number || DATE.matcher(tail(text)).find() && fields >= 1 || number);
    }

    private static String tail(String text) {
        return text.length() > 300 ? text.substring(text.length() - 300) : text;
    }

    public static Document parse(String text, String source, ArticleParser.Hints hints, ReadOptions options) {
        List<int[]> lines = new ArrayList<>(); // start, end of each non-blank line
        int at = 0;
        for (String raw : text.split("\n", -1)) {
            if (!clean(raw).isEmpty())
                lines.add(new int[] { at, at + raw.length() });
            at += raw.length() + 1;
        }
        if (lines.isEmpty())
            throw new SourceException(source + ": empty notice");

        Map<Field, String> fields = new EnumMap<>(Field.class);
        List<Segment> segments = new ArrayList<>();
        List<int[]> body = new ArrayList<>();
        String title = null, url = hints.url();
        int titleLine = -1;
        LocalDate signed = null;

        // the signature block: a date alone on one of the last lines, and the short lines of bodies above it
        int dateLine = -1, signatureFrom = -1;
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 6); i--) {
            String l = ASIDE.matcher(line(text, lines.get(i))).replaceAll("").strip();
            Matcher d = DATE.matcher(l);
            if (d.matches()) {
                dateLine = i;
                signed = date(d);
                break;
            }
        }
        if (dateLine > 0) {
            signatureFrom = dateLine;
            for (int i = dateLine - 1; i > 0 && dateLine - i <= 4; i--) {
                String l = line(text, lines.get(i));
                if (l.length() > 30 || l.matches(".*[。，,；;：:].*") || FIELDS.parse(l).isPresent())
                    break;
                signatureFrom = i;
            }
        }

        boolean addressed = false;
        for (int i = 0; i < lines.size(); i++) {
            int[] span = lines.get(i);
            String l = line(text, span);
            if (i >= signatureFrom && signatureFrom >= 0) {
                segments.add(segment(segments, Segment.Kind.NOTE, l, text, span));
                continue;
            }
            var field = FIELDS.parse(l);
            if (field.isPresent() && body.isEmpty()) {
                String value = field.get().value();
                int[] valueSpan = span;
                if (value.isEmpty() && i + 1 < lines.size() && FIELDS.parse(line(text, lines.get(i + 1))).isEmpty()) {
                    valueSpan = lines.get(++i); // the label on one line, its value on the next (a rendered table)
                    value = line(text, valueSpan);
                }
                if (!value.isEmpty()) {
                    fields.putIfAbsent(field.get().field(), value);
                    segments.add(segment(segments, Segment.Kind.NOTE, field.get().label() + "：" + value, text,
                            new int[] { span[0], valueSpan[1] }));
                }
                continue;
            }
            Matcher u = URL.matcher(l);
            if (u.matches()) {
                if (url == null)
                    url = u.group(1);
                segments.add(segment(segments, Segment.Kind.SOURCE, l, text, span));
                continue;
            }
            if (title == null && body.isEmpty() && TITLE.matcher(l).matches() && !l.contains("。")) {
                title = l;
                titleLine = segments.size();
                segments.add(segment(segments, Segment.Kind.TITLE, l, text, span));
                continue;
            }
            if (body.isEmpty() && NUMBER_LINE.matcher(l).matches()) {
                fields.putIfAbsent(Field.NUMBER, l.replaceAll("^[（(]|[）)]$", ""));
                segments.add(segment(segments, Segment.Kind.NOTE, l, text, span));
                continue;
            }
            if (!addressed && body.isEmpty() && title != null && ADDRESSEES.matcher(l).matches()) {
                addressed = true;
                segments.add(segment(segments, Segment.Kind.NOTE, l, text, span));
                continue;
            }
            body.add(span);
            for (int[] s : Sentences.split(l, 400)) {
                int start = span[0] + offset(text, span) + s[0];
                segments.add(segment(segments, Segment.Kind.SENTENCE, l.substring(s[0], s[1]), text,
                        new int[] { start, start + (s[1] - s[0]) }));
            }
        }
        if (title == null)
            title = fields.get(Field.TITLE);
        if (title == null)
            throw new SourceException(source + ": not a notice: no title line (…的通知, …的意见, 标题：…)");
        if (titleLine < 0) { // the title only in the header: its segment becomes the title
            for (int i = 0; i < segments.size(); i++)
                if (segments.get(i).text().endsWith("：" + title)) {
                    Segment s = segments.get(i);
                    int start = s.end() - title.length();
                    segments.set(i, new Segment(i, Segment.Kind.TITLE, title, Math.max(s.start(), start), s.end()));
                    break;
                }
        }
        if (segments.stream().noneMatch(s -> s.kind() == Segment.Kind.TITLE))
            segments.add(0, new Segment(0, Segment.Kind.TITLE, title));
        segments = reindexed(segments);

        LocalDate date = hints.date() != null ? hints.date() : firstDate(fields.get(Field.PUBLISHED),
                fields.get(Field.WRITTEN));
        if (date == null)
            date = signed != null ? signed : options.date();
        String publisher = hints.publisher() != null ? hints.publisher() : fields.get(Field.ISSUER);
        List<Reference> refs = url == null ? List.of() : List.of(new Reference(title, url));
        Article article = new Article(0, null, null, 1, title, null, date, segments, List.of(), refs);
        return new Document(ArticleParser.slug(source, date), title, date, publisher, url, source, NoticeFormat.NAME,
                text, List.of(), List.of(article), List.of());
    }

    /** A date as a field writes it: 2017年07月08日, 2017-07-08, 2017.7.8, 二〇一七年七月八日. */
    public static LocalDate dateOf(String value) {
        if (value == null)
            return null;
        Matcher d = DATE.matcher(value);
        if (d.find())
            return date(d);
        Matcher iso = Pattern.compile("((?:19|20)\\d{2})\\s?[-./]\\s?(\\d{1,2})\\s?[-./]\\s?(\\d{1,2})").matcher(value);
        if (iso.find())
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        return null;
    }

    private static LocalDate firstDate(String... values) {
        for (String v : values) {
            LocalDate d = dateOf(v);
            if (d != null)
                return d;
        }
        return null;
    }

    private static LocalDate date(Matcher d) {
        try {
            return LocalDate.of(number(d.group(1)), number(d.group(2)), number(d.group(3)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** 2017, 07, 二〇一七, 十二, 二十八. */
    private static int number(String s) {
        if (s.matches("\\d+"))
            return Integer.parseInt(s);
        String digits = "〇一二三四五六七八九";
        if (s.length() == 4) { // a year, digit by digit
            int y = 0;
            for (char c : s.replace('○', '〇').replace('零', '〇').toCharArray())
                y = y * 10 + digits.indexOf(c);
            return y;
        }
        int ten = s.indexOf('十');
        if (ten < 0)
            return digits.indexOf(s.charAt(0));
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static String clean(String raw) {
        return raw.replace('\u3000', ' ').replace('\u00a0', ' ').strip();
    }

    private static String line(String text, int[] span) {
        return clean(text.substring(span[0], span[1]));
    }

    /** Where the cleaned line starts in its raw span. */
    private static int offset(String text, int[] span) {
        String raw = text.substring(span[0], span[1]);
        int i = 0;
        while (i < raw.length() && (Character.isWhitespace(raw.charAt(i)) || raw.charAt(i) == '\u3000'
                || raw.charAt(i) == '\u00a0'))
            i++;
        return i;
    }

    private static Segment segment(List<Segment> segments, Segment.Kind kind, String clean, String text, int[] span) {
        return new Segment(segments.size(), kind, clean, span[0] + offset(text, span), span[1]);
    }

    private static List<Segment> reindexed(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : segments)
            out.add(new Segment(out.size(), s.kind(), s.text(), s.start(), s.end()));
        return out;
    }
}
