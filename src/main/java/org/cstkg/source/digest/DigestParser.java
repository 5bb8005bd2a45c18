package org.cstkg.source.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.document.Article;
import org.cstkg.document.Document;
import org.cstkg.document.Reference;
import org.cstkg.document.Segment;
import org.cstkg.document.Table;
import org.cstkg.source.SourceException;
import org.cstkg.source.TextLines;
import org.cstkg.source.article.Sentences;

/**
 * Splits the plain text of a weekly digest into its articles. The layout it reads is the one of KOSTEC's weekly report
 * as text comes out of the PDF: a table of contents, a summary (요약), parts headed by a Roman numeral and a name, and
 * numbered articles with a ■ lead, bullets, tab-separated tables, captions and a 참고자료 block of references.
 */
public final class DigestParser {

    /** The format's name, as given to {@code --format} and recorded with each document it reads. */
    public static final String FORMAT = "digest";

    /** Longest segment kept whole; a longer line (a text without line breaks) is cut into sentences. */
    static final int MAX_SEGMENT = 1200;

    private static final Pattern ISSUE_DATE = Pattern.compile(
            "발\\s*행\\s*일\\s*[|:：]?\\s*(\\d{4})\\s*[.\\-/년]\\s*(\\d{1,2})\\s*[.\\-/월]\\s*(\\d{1,2})");
    private static final Pattern PUBLISHER = Pattern.compile("발\\s*행\\s*기\\s*관\\s*[|:：]?\\s*(\\S.*?)\\s*$");
    private static final Pattern ROMAN = Pattern.compile("^(I{1,3}|IV|V|Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ)$");
    // two digits, as printed (01, 02 …): a page number such as "3" alone on a line is not an article
    private static final Pattern ARTICLE_NO = Pattern.compile("^(\\d{2})(?:\\s+(\\S.*))?$");
    private static final Pattern PART_HEADER = Pattern.compile(
            "^(?:(I{1,3}|IV|V|Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ)|([1-5]))\\s*[.．]\\s*(\\S.{0,12}동향)$");
    private static final Pattern CONTENTS_PART = Pattern.compile("^(\\d)\\s*\\.\\s*(\\S.*)$");
    private static final Pattern LEAD_DATE = Pattern.compile("\\(\\s*(\\d{1,2})\\s*\\.\\s*(\\d{1,2})\\s*\\)\\s*$");
    private static final Pattern SOURCE = Pattern.compile("^[*※]?\\s*출처\\s*[:：]\\s*(.*)$");
    private static final Pattern SOURCE_DATE = Pattern.compile("\\(\\s*(\\d{1,2})\\s*\\.\\s*(\\d{1,2})\\s*\\)");
    private static final Pattern URL = Pattern.compile("<?(https?://[^\\s<>]+)>?");
    private static final Pattern CAPTION = Pattern.compile("^[<〈《]\\s*(.+?)\\s*[>〉》]$");
    private static final Pattern MARKERS = Pattern.compile("^(?:(?:[-–●•▶▷◦○ㆍ]|\\*(?!\\*)|※|☑)\\s*)+");
    private static final Pattern HANGUL = Pattern.compile("[가-힣]");

    private DigestParser() {}

    /** Parses a report's text; {@code source} names the input in error messages and provenance. */
    public static Document parse(String text, String source) {
        TextLines lines = new TextLines(text);
        String title = lines.stream().filter(l -> !l.isEmpty()).findFirst()
                .orElseThrow(() -> new SourceException(source + ": empty text"));
        title = title.replaceAll("(?<=[가-힣])/(?=[가-힣])", "");
        LocalDate issued = issueDate(text, source);
        String publisher = find(PUBLISHER, lines);
        if (publisher == null && text.contains("한중과학기술협력센터"))
            publisher = "한중과학기술협력센터";
        List<String[]> contents = contents(lines);
        Body body = new Body(lines, issued, title);
        body.read();
        if (body.articles.isEmpty())
            throw new SourceException(source + ": not a report: no numbered articles found");
        List<Article> articles = withCategories(body.articles, contents);
        return new Document(slug(publisher, issued, source), title, issued, publisher, null, source, FORMAT, text,
                body.summary, articles, body.notices());
    }

    /**
     * A stable name for the report in IRIs: {@code kostec-weekly-DATE} for KOSTEC's weekly; otherwise the file name
     * (ASCII letters, digits and hyphens), which keeps two publishers' digests of one date apart.
     */
    static String slug(String publisher, LocalDate date, String source) {
        if (publisher != null && (publisher.contains("한중과학기술협력센터") || publisher.contains("KOSTEC")))
            return "kostec-weekly-" + date;
        String name = source == null ? "" : java.nio.file.Path.of(source).getFileName().toString()
                .replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (name.isEmpty())
            return "report-" + date;
        return name.contains(date.toString()) ? name : name + "-" + date;
    }

    private static LocalDate issueDate(String text, String source) {
        Matcher m = ISSUE_DATE.matcher(text);
        if (!m.find())
            throw new SourceException(source + ": not a report: no issue date (발행일) found");
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            throw new SourceException(source + ": invalid issue date '" + m.group() + "'");
        }
    }

    private static String find(Pattern p, List<String> lines) {
        for (String l : lines) {
            Matcher m = p.matcher(l);
            if (m.find())
                return m.group(1).replaceAll("^[|\\s]+|[|\\s]+$", "");
        }
        return null;
    }

    /** Table of contents entries as {part, category, title}. */
    private static List<String[]> contents(List<String> lines) {
        List<String[]> out = new ArrayList<>();
        int i = lines.indexOf("CONTENTS");
        if (i < 0)
            i = lines.indexOf("목차");
        if (i < 0)
            return out;
        String part = null, category = null;
        for (i++; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("본 보고서") || l.equals("요약") || ROMAN.matcher(l).matches())
                break;
            Matcher pm = CONTENTS_PART.matcher(l);
            if (pm.matches()) {
                part = pm.group(1);
                category = null;
            } else if (l.startsWith("-") && part != null) {
                out.add(new String[] { part, category, l.substring(1).strip() });
            } else if (!l.isEmpty() && l.length() <= 20) {
                category = l;
            }
        }
        return out;
    }

    private static List<Article> withCategories(List<Article> articles, List<String[]> contents) {
        List<Article> out = new ArrayList<>();
        for (Article a : articles) {
            String category = null;
            for (String[] c : contents)
                if (Integer.parseInt(c[0]) == a.part() && key(c[2]).equals(key(a.title())))
                    category = c[1];
            if (category == null) {
                List<String[]> inPart = contents.stream().filter(c -> Integer.parseInt(c[0]) == a.part()).toList();
                if (a.number() <= inPart.size())
                    category = inPart.get(a.number() - 1)[1];
            }
            out.add(category == null ? a : new Article(a.part(), a.partName(), category, a.number(), a.title(),
                    a.lead(), a.date(), a.segments(), a.tables(), a.references()));
        }
        return out;
    }

    private static final java.util.regex.Pattern KEY_IGNORED = java.util.regex.Pattern.compile("[\\s'‘’\"“”,.·]");

    private static String key(String s) {
        return KEY_IGNORED.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static int roman(String s) {
        return switch (s) {
            case "I", "Ⅰ" -> 1;
            case "II", "Ⅱ" -> 2;
            case "III", "Ⅲ" -> 3;
            case "IV", "Ⅳ" -> 4;
            default -> 5;
        };
    }

    /** A date printed as month.day, taken in the issue's year unless that would fall after the issue. */
    static LocalDate resolve(int month, int day, LocalDate issued) {
        try {
            LocalDate d = LocalDate.of(issued.getYear(), month, day);
            return d.isAfter(issued.plusDays(7)) ? d.minusYears(1) : d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Reads the body line by line, keeping one article under construction. */
    private static final class Body {
        final TextLines lines;
        final LocalDate issued;
        final String reportTitle;
        final List<Article> articles = new ArrayList<>();
        final List<Segment> summary = new ArrayList<>();
        final List<String> notices = new ArrayList<>();

        int part = 0, expected = 1;
        String partName;
        ArticleBuilder current;

        Body(TextLines lines, LocalDate issued, String reportTitle) {
            this.lines = lines;
            this.issued = issued;
            this.reportTitle = reportTitle;
        }

        void read() {
            int i = 0;
            int summaryAt = lines.indexOf("요약");
            if (summaryAt >= 0) {
                for (i = summaryAt + 1; i < lines.size() && !ROMAN.matcher(lines.get(i)).matches()
                        && !PART_HEADER.matcher(lines.get(i)).matches() && !ARTICLE_NO.matcher(lines.get(i)).matches(); i++) {
                    String l = lines.get(i);
                    if (l.startsWith("-") && !l.substring(1).isBlank())
                        summary.add(new Segment(summary.size(), Segment.Kind.SUMMARY, l.substring(1).strip(),
                                lines.start(i), lines.end(i)));
                }
            }
            for (; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.matches("^\\|\\s*발\\s*행.*")) {
                    // the back page; more parts or articles after it are a second report in the same file
                    for (int j = i + 1; j < lines.size(); j++)
                        if (ROMAN.matcher(lines.get(j)).matches() || PART_HEADER.matcher(lines.get(j)).matches()) {
                            unplaced(j, "after the colophon (a second report?)");
                            break;
                        }
                    break;
                }
                if (ROMAN.matcher(l).matches()) {
                    int next = nextNonEmpty(i + 1);
                    if (next >= 0 && lines.get(next).endsWith("동향") || next >= 0 && lines.get(next).length() <= 12) {
                        if (startsOver(roman(l), i))
                            break;
                        finish();
                        part = roman(l);
                        partName = lines.get(next);
                        expected = 1;
                        i = next;
                        continue;
                    }
                }
                Matcher ph = PART_HEADER.matcher(l);
                if (ph.matches()) { // "Ⅰ. 정책동향" or "1. 정책동향" on one line
                    int n = ph.group(1) != null ? roman(ph.group(1)) : Integer.parseInt(ph.group(2));
                    if (startsOver(n, i))
                        break;
                    finish();
                    part = n;
                    partName = ph.group(3).strip();
                    expected = 1;
                    continue;
                }
                Matcher an = ARTICLE_NO.matcher(l);
                if (part == 0 && an.matches() && Integer.parseInt(an.group(1)) == 1 && !l.contains("\t"))
                    part = 1; // a digest without part headings: one part
                if (part > 0 && an.matches() && !l.contains("\t") && Integer.parseInt(an.group(1)) == expected) {
                    String title = an.group(2);
                    int titleLine = i;
                    if (title == null) {
                        int next = nextNonEmpty(i + 1);
                        if (next < 0)
                            break;
                        title = lines.get(next);
                        i = next;
                        titleLine = next;
                    }
                    finish();
                    current = new ArticleBuilder(lines, part, partName, expected++, title, titleLine, issued);
                    continue;
                }
                if (current != null && !l.isEmpty() && !l.equals(reportTitle)
                        && !l.replaceAll("(?<=[가-힣])/(?=[가-힣])", "").equals(reportTitle))
                    current.line(l, i);
            }
            finish();
        }

        /**
         * A part numbered at or below one already read, after articles, means the text starts over (two copies of a
         * report in one file, say): what follows is reported, not read twice under the same article numbers.
         */
        private boolean startsOver(int newPart, int line) {
            if (articles.isEmpty() && current == null || newPart > part)
                return false;
            unplaced(line, "the parts start over at line " + TextLines.number(line) + " (a second copy?)");
            return true;
        }

        private void unplaced(int from, String why) {
            int n = 0, first = -1, last = -1;
            for (int j = from; j < lines.size(); j++)
                if (HANGUL.matcher(lines.get(j)).find()) {
                    n++;
                    if (first < 0)
                        first = j;
                    last = j;
                }
            if (n > 0)
                notices.add(String.format("lines %d-%d: %d lines of text outside any article, %s",
                        TextLines.number(first), TextLines.number(last), n, why));
        }

        List<String> notices() {
            return notices;
        }

        private int nextNonEmpty(int from) {
            for (int j = from; j < lines.size(); j++)
                if (!lines.get(j).isEmpty())
                    return j;
            return -1;
        }

        private void finish() {
            if (current != null)
                articles.add(current.build());
            current = null;
        }
    }

    private static final class ArticleBuilder {
        final int part, number;
        final String partName, title;
        final LocalDate issued;
        final List<Segment> segments = new ArrayList<>();
        final List<Table> tables = new ArrayList<>();
        final List<Reference> references = new ArrayList<>();
        String lead, pendingRefTitle, lastCaption;
        LocalDate date;
        boolean inReferences;
        List<List<String>> tableRows;
        List<Integer> tableSegments;

        final TextLines lines;
        int at; // the line being read

        ArticleBuilder(TextLines lines, int part, String partName, int number, String title, int titleLine,
                LocalDate issued) {
            this.lines = lines;
            this.at = titleLine;
            this.part = part;
            this.partName = partName;
            this.number = number;
            this.title = title.strip();
            this.issued = issued;
            add(Segment.Kind.TITLE, this.title);
        }

        private int add(Segment.Kind kind, String text) {
            String t = text.replace("**", "").strip();
            if (t.isEmpty())
                return -1;
            if (t.length() > MAX_SEGMENT && kind != Segment.Kind.TABLE_ROW) { // a runaway line: sentences, bounded
                for (int[] piece : Sentences.split(t, MAX_SEGMENT / 2))
                    segments.add(new Segment(segments.size(), kind, t.substring(piece[0], piece[1]), lines.start(at),
                            lines.end(at)));
                return segments.size() - 1;
            }
            segments.add(new Segment(segments.size(), kind, t, lines.start(at), lines.end(at)));
            return segments.size() - 1;
        }

        void line(String l, int index) {
            at = index;
            if (l.contains("\t") && !inReferences) {
                List<String> cells = Arrays.stream(l.split("\t")).map(String::strip).toList();
                if (tableRows == null) {
                    tableRows = new ArrayList<>();
                    tableSegments = new ArrayList<>();
                }
                tableRows.add(cells);
                tableSegments.add(add(Segment.Kind.TABLE_ROW, String.join(" | ", cells)));
                return;
            }
            closeTable();
            if (l.equals("참고자료")) {
                inReferences = true;
                return;
            }
            Matcher url = URL.matcher(l);
            if (url.matches()) {
                references.add(new Reference(pendingRefTitle, url.group(1)));
                pendingRefTitle = null;
                return;
            }
            Matcher src = SOURCE.matcher(l);
            if (src.matches()) {
                String rest = src.group(1).strip();
                Matcher u = URL.matcher(rest);
                if (u.find()) {
                    references.add(new Reference(rest.substring(0, u.start()).strip().isEmpty() ? null
                            : rest.substring(0, u.start()).strip(), u.group(1)));
                } else {
                    pendingRefTitle = rest;
                    Matcher d = SOURCE_DATE.matcher(rest);
                    if (d.find() && date == null)
                        date = resolve(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), issued);
                    add(Segment.Kind.SOURCE, rest);
                }
                return;
            }
            if (inReferences) {
                String t = MARKERS.matcher(l).replaceFirst("").strip();
                if (!t.isEmpty())
                    pendingRefTitle = t;
                return;
            }
            Matcher cap = CAPTION.matcher(l);
            if (cap.matches()) {
                lastCaption = cap.group(1);
                add(Segment.Kind.CAPTION, lastCaption);
                return;
            }
            if (l.startsWith("■")) {
                String t = l.substring(1).strip();
                Matcher d = LEAD_DATE.matcher(t);
                if (d.find()) {
                    date = resolve(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), issued);
                    t = t.substring(0, d.start()).strip();
                }
                lead = t;
                add(Segment.Kind.LEAD, t);
                return;
            }
            if (!HANGUL.matcher(l).find())
                return;
            boolean note = l.startsWith("*") && !l.startsWith("**") || l.startsWith("※");
            add(note ? Segment.Kind.NOTE : Segment.Kind.BULLET, MARKERS.matcher(l).replaceFirst(""));
        }

        private void closeTable() {
            if (tableRows == null)
                return;
            if (tableRows.size() >= 2)
                tables.add(new Table(lastCaption, tableRows.get(0), tableRows.subList(1, tableRows.size()),
                        tableSegments.subList(1, tableSegments.size())));
            tableRows = null;
            tableSegments = null;
        }

        Article build() {
            closeTable();
            return new Article(part, partName, null, number, title, lead, date, segments, tables, references);
        }
    }
}
