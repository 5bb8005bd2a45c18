package org.cstkg.source.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.document.Article;
import org.cstkg.document.Document;
import org.cstkg.document.Reference;
import org.cstkg.document.Segment;
import org.cstkg.lexicon.Media;
import org.cstkg.source.ReadOptions;
import org.cstkg.source.SourceException;
import org.cstkg.source.TextLines;
import org.cstkg.source.article.LinePatterns.Kind;

/**
 * Reads one news story as copied from a page: an optional headline and sub-headlines, lines that say when and where
 * the story was published ({@code 입력 2023.07.10}, {@code 중국망 | 송고시간:…}), a dateline and byline opening the
 * story ({@code [신화망 베이징 5월9일]}, {@code [서울=뉴스핌] 홍길동 기자 =}), photo credits, {@code 출처:} lines and URLs,
 * and the story's paragraphs cut into sentences. What the text says about itself becomes the document's date and
 * publisher, never a sentence to read facts from. A date the text does not state stays unknown.
 */
public final class ArticleParser {

    public static final String FORMAT = "article";

    /** What a container (an HTML page's metadata) already says of the story; null fields are unknown. */
    public record Hints(String title, LocalDate date, String publisher, String url) {
        public static final Hints NONE = new Hints(null, null, null, null);
    }

    /** Longest segment; longer sentences are cut at a space, so that rules see bounded spans. */
    static final int MAX_SEGMENT = 600;

    private static final Pattern URL_LINE = Pattern.compile("^<?(https?://\\S+?)>?$");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>()\\[\\]]+");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(
            "(?:[다요죠음함됨임][.!?]?|[.!?。…])[\"”’'」)]*$");
    private static final Pattern MARKER = Pattern.compile("^(?:[□○■◆◇●▶▷►◎•◦ㆍ‣▪\\-–]|\\d{1,2}[.)](?=\\s))\\s*");
    private static final Pattern NOTE_MARKER = Pattern.compile("^(?:※|\\*(?!\\*))\\s*");
    private static final Pattern INLINE_MARKER = Pattern.compile("(?<=\\s)(?:[□○■◆◇●]|※|\\*(?=\\s))(?=\\s)");
    private static final Pattern LEAD_DATE = Pattern.compile(
            "\\(\\s*((?:19|20)?\\d{2})\\s*[.]\\s*(\\d{1,2})\\s*[.]\\s*(\\d{1,2})\\s*\\.?\\s*\\)\\s*$");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}\\s*:\\s*\\d{2}(?:\\s*:\\s*\\d{2})?");
    private static final Pattern LETTER = Pattern.compile("[\\p{IsHangul}\\p{IsHan}A-Za-z]");

    private final LinePatterns patterns;
    private final Media media;

    private ArticleParser(LinePatterns patterns, Media media) {
        this.patterns = patterns;
        this.media = media;
    }

    /** Reads a story's text; {@code source} names the input in messages and provenance. */
    public static Document parse(String text, String source, Hints hints, ReadOptions options, String format) {
        return new ArticleParser(LinePatterns.get(), Media.get()).read(text, source, hints, options, format);
    }

    private enum Line { BLANK, META, BOILERPLATE, URL, SOURCE, CONTENT }

    private Document read(String text, String source, Hints hints, ReadOptions options, String format) {
        TextLines lines = new TextLines(text);
        Line[] kinds = new Line[lines.size()];
        Stated stated = new Stated();
        List<Reference> references = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++)
            kinds[i] = classify(lines.get(i), stated);

        // headline and sub-headlines: short lines before the story that do not end a sentence
        int i = next(kinds, 0, Line.CONTENT);
        String title = null;
        if (i >= 0 && headline(lines.get(i))) {
            title = lines.get(i);
            segments.add(segment(segments.size(), Segment.Kind.TITLE, lines.start(i), lines.end(i), text, title));
            for (int sub = 0; sub < 3; sub++) {
                int j = next(kinds, i + 1, Line.CONTENT);
                if (j < 0 || !headline(lines.get(j)) || lines.get(j).length() > 100)
                    break;
                segments.add(segment(segments.size(), Segment.Kind.TITLE, lines.start(j), lines.end(j), text,
                        lines.get(j)));
                i = j;
            }
            i = i + 1;
        } else if (i < 0) {
            i = lines.size();
        }

        // the story: paragraphs of content lines (short-line layouts are joined into sentences)
        boolean joinLines = shortLineLayout(lines, kinds, i);
        boolean first = true;
        LocalDate leadDate = null;
        for (int k = i; k < lines.size(); k++) {
            if (kinds[k] == Line.URL) {
                Matcher u = URL_LINE.matcher(lines.get(k));
                if (u.matches())
                    references.add(new Reference(null, u.group(1)));
                continue;
            }
            if (kinds[k] == Line.SOURCE) {
                String rest = sourceRest(lines.get(k));
                Matcher u = URL.matcher(rest);
                boolean linked = u.find();
                String label = linked ? rest.substring(0, u.start()).strip() : rest;
                if (linked)
                    references.add(new Reference(label.isEmpty() ? null : label, u.group()));
                if (!label.isBlank() && LETTER.matcher(label).find())
                    segments.add(segment(segments.size(), Segment.Kind.SOURCE, lines.start(k), lines.end(k), text,
                            label));
                continue;
            }
            if (kinds[k] != Line.CONTENT)
                continue;
            int end = k;
            if (joinLines)
                while (end + 1 < lines.size() && kinds[end + 1] == Line.CONTENT
                        && !ENDS_SENTENCE.matcher(lines.get(end)).find())
                    end++;
            char[] p = text.substring(lines.start(k), lines.end(end)).toCharArray();
            for (int c = 0; c < p.length; c++)
                if (p[c] == '\n' || p[c] == '\r')
                    p[c] = ' ';
            int base = lines.start(k);
            if (first)
                stated.publisher(opening(p));
            boolean caption = blank(p, patterns.of(Kind.CREDIT));
            boolean kostecLead = first && new String(p).stripLeading().startsWith("□");
            List<int[]> spans = Sentences.split(new String(p), MAX_SEGMENT);
            for (int[] s : spans) {
                String raw = new String(p, s[0], s[1] - s[0]);
                Segment.Kind kind = caption ? Segment.Kind.CAPTION : Segment.Kind.SENTENCE;
                Matcher note = NOTE_MARKER.matcher(raw.strip());
                if (note.lookingAt())
                    kind = Segment.Kind.NOTE;
                String clean = clean(raw);
                if (kostecLead && s == spans.get(0)) {
                    Matcher d = LEAD_DATE.matcher(clean);
                    if (d.find()) {
                        leadDate = date(d.group(1), d.group(2), d.group(3));
                        clean = clean.substring(0, d.start()).strip();
                    }
                    kind = Segment.Kind.LEAD;
                }
                if (LETTER.matcher(clean).find())
                    segments.add(new Segment(segments.size(), kind, clean, base + s[0], base + s[1]));
            }
            first = false;
            k = end;
        }
        if (segments.stream().noneMatch(s -> s.kind() != Segment.Kind.SOURCE))
            throw new SourceException(source + ": no text found (only page furniture, dates or links)");

        LocalDate date = hints.date() != null ? hints.date() : stated.date() != null ? stated.date() : options.date();
        String publisher = hints.publisher() != null ? hints.publisher() : stated.publisher;
        if (hints.title() != null)
            title = hints.title();
        if (title == null)
            title = derivedTitle(segments);
        Segment lead = segments.stream().filter(s -> s.kind() == Segment.Kind.LEAD).findFirst().orElse(null);
        Article article = new Article(0, null, null, 1, title, lead == null ? null : lead.text(),
                leadDate != null ? leadDate : date, segments, List.of(), references);
        return new Document(slug(source, date), title, date, publisher, hints.url(), source, format, text, List.of(),
                List.of(article), List.of());
    }

    /** Blanks what opens a story (tag, dateline, masthead, byline) and returns the outlet it names, or null. */
    private String opening(char[] p) {
        String outlet = null;
        for (int round = 0; round < 3; round++) {
            String s = new String(p);
            int lead = s.length() - s.stripLeading().length();
            String rest = s.substring(lead);
            boolean found = false;
            for (Kind k : new Kind[] { Kind.TAG, Kind.DATELINE, Kind.MASTHEAD, Kind.BYLINE }) {
                for (Pattern pat : patterns.of(k)) {
                    Matcher m = pat.matcher(rest);
                    if (!m.lookingAt() || m.end() == 0)
                        continue;
                    if (k == Kind.DATELINE || k == Kind.MASTHEAD) {
                        String pub = m.group("pub").strip();
                        var known = media.find(pub);
                        if (k == Kind.MASTHEAD && known.isEmpty())
                            continue;
                        if (outlet == null)
                            outlet = known.map(Media.Outlet::name).orElse(pub);
                    }
                    for (int c = lead; c < lead + m.end(); c++)
                        p[c] = ' ';
                    found = true;
                    break;
                }
                if (found)
                    break;
            }
            if (!found)
                break;
        }
        return outlet;
    }

    /** Blanks every match of the patterns; true if any matched. */
    private static boolean blank(char[] p, List<Pattern> pats) {
        boolean any = false;
        String s = new String(p);
        for (Pattern pat : pats) {
            Matcher m = pat.matcher(s);
            while (m.find()) {
                for (int c = m.start(); c < m.end(); c++)
                    p[c] = ' ';
                any = true;
            }
            s = new String(p);
        }
        return any;
    }

    private Line classify(String l, Stated stated) {
        if (l.isEmpty())
            return Line.BLANK;
        for (Pattern p : patterns.of(Kind.BOILERPLATE))
            if (p.matcher(l).matches())
                return Line.BOILERPLATE;
        if (URL_LINE.matcher(l).matches())
            return Line.URL;
        for (Pattern p : patterns.of(Kind.SOURCE))
            if (p.matcher(l).matches())
                return Line.SOURCE;
        return meta(l, stated) ? Line.META : Line.CONTENT;
    }

    private String sourceRest(String l) {
        for (Pattern p : patterns.of(Kind.SOURCE)) {
            Matcher m = p.matcher(l);
            if (m.matches())
                return m.group("rest").strip();
        }
        return l;
    }

    /**
     * A line that only states a date (with a label, or with a time) and perhaps the outlet: {@code 입력 2023.07.10},
     * {@code 중국망 | 송고시간:2020-11-20 13:26:05}. A date inside a sentence is the story's, not the text's.
     */
    private boolean meta(String l, Stated stated) {
        if (l.length() > 120)
            return false;
        StringBuilder rest = new StringBuilder(l);
        LocalDate found = null, modified = null;
        for (Kind k : new Kind[] { Kind.DATE, Kind.STAMP, Kind.MODIFIED })
            for (Pattern p : patterns.of(k)) {
                Matcher m = p.matcher(rest);
                while (m.find()) {
                    LocalDate d = date(m.group("y"), m.group("m"), m.group("d"));
                    if (k == Kind.MODIFIED)
                        modified = modified == null ? d : modified;
                    else if (found == null)
                        found = d;
                    for (int c = m.start(); c < m.end(); c++)
                        rest.setCharAt(c, ' ');
                }
            }
        if (found == null && modified == null)
            return false;
        String left = TIME.matcher(rest).replaceAll(" ");
        String outlet = null;
        StringBuilder unknown = new StringBuilder();
        for (String cell : left.split("[|│｜/·,]|\\s{2,}")) {
            String c = cell.strip().replaceAll("^[:：\\-\\s]+|[:：\\-\\s]+$", "");
            if (c.isEmpty())
                continue;
            var known = media.find(c);
            if (known.isPresent())
                outlet = known.get().name();
            else
                unknown.append(c);
        }
        if (unknown.toString().replaceAll("[^\\p{IsHangul}\\p{IsHan}A-Za-z]", "").length() > 8)
            return false;
        stated.date(found, modified);
        stated.publisher(outlet);
        return true;
    }

    private static boolean headline(String l) {
        return l.length() <= 150 && LETTER.matcher(clean(l)).find() && !ENDS_SENTENCE.matcher(l).find() && !l.startsWith("[") && !l.startsWith("(")
                && !l.startsWith("□") && !l.startsWith("○");
    }

    /** Most lines short and open-ended: a layout that breaks sentences over lines (some news cards). */
    private static boolean shortLineLayout(TextLines lines, Line[] kinds, int from) {
        int content = 0, open = 0;
        for (int k = from; k < lines.size(); k++)
            if (kinds[k] == Line.CONTENT) {
                content++;
                if (lines.get(k).length() < 45 && !ENDS_SENTENCE.matcher(lines.get(k)).find())
                    open++;
            }
        return content >= 6 && open * 2 >= content;
    }

    private static int next(Line[] kinds, int from, Line kind) {
        for (int k = from; k < kinds.length; k++) {
            if (kinds[k] == kind)
                return k;
        }
        return -1;
    }

    private static Segment segment(int index, Segment.Kind kind, int start, int end, String text, String s) {
        return new Segment(index, kind, clean(s), start, end);
    }

    /** White space collapsed, list and note markers dropped. */
    static String clean(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        t = MARKER.matcher(t).replaceFirst("");
        t = NOTE_MARKER.matcher(t).replaceFirst("");
        return t.strip();
    }

    private static String derivedTitle(List<Segment> segments) {
        String t = segments.stream().filter(s -> s.kind() != Segment.Kind.SOURCE).findFirst().orElseThrow().text();
        if (t.length() <= 80)
            return t;
        int cut = t.lastIndexOf(' ', 80);
        return t.substring(0, cut > 40 ? cut : 80) + "…";
    }

    static LocalDate date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 100)
                year += 2000;
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * A stable name for the document in IRIs: the file name (ASCII letters, digits and hyphens), with the date when
     * known; a file name without such characters is replaced by a short hash of it.
     */
    public static String slug(String source, LocalDate date) {
        String file = source == null ? "" : Path.of(source).getFileName().toString();
        String name = file.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (name.replaceAll("[^a-z]", "").length() < 2)
            name = (name.isEmpty() ? "doc" : name) + "-" + hash(file);
        if (name.length() > 80)
            name = name.substring(0, 80).replaceAll("-+$", "");
        return date == null || name.contains(date.toString()) ? name : name + "-" + date;
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the text states about itself, first statement first. */
    private static final class Stated {
        private LocalDate date, modified;
        private String publisher;

        void date(LocalDate d, LocalDate m) {
            if (date == null)
                date = d;
            if (modified == null)
                modified = m;
        }

        void publisher(String p) {
            if (publisher == null && p != null && !p.isBlank())
                publisher = p;
        }

        LocalDate date() {
            return date != null ? date : modified;
        }
    }
}
