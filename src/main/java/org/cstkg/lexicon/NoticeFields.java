package org.cstkg.lexicon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header fields of a Chinese official notice ({@code 发文机关：国务院}, {@code 发文字号：国发〔2017〕35号}), read from
 * {@code data/lexicon/notice-fields.tsv}: which label names which field, and a header line taken apart.
 */
public final class NoticeFields {

    /** The fields cstkg reads. */
    public enum Field { ISSUER, NUMBER, WRITTEN, PUBLISHED, EFFECTIVE, TITLE, TOPIC, INDEX, VALIDITY, LEVEL }

    /** A header line: its field, and where its value is in the line. */
    public record Line(Field field, String label, String value, int valueStart) {}

    private static final NoticeFields STANDARD = new NoticeFields();

    private final Map<String, Field> byLabel = new LinkedHashMap<>();
    private final Pattern line;

    private NoticeFields() {
        StringBuilder alternation = new StringBuilder();
        for (LexiconFile.Row r : LexiconFile.rows("notice-fields.tsv", "field", "labels")) {
            Field f;
            try {
                f = Field.valueOf(r.get(0).toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown field '" + r.get(0) + "'");
            }
            for (String label : r.list(1))
                byLabel.put(label, f);
        }
        byLabel.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .forEach(l -> alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(l)));
        // 【发文字号】国发〔2017〕35号, 发文字号：国发…, 发文字号 国发…; the value may be empty (given on the next line)
        line = Pattern.compile("^\\s*[【\\[]?\\s*(" + alternation + ")\\s*[】\\]]?\\s*[：:]?\\s*(.*?)\\s*$");
    }

    public static NoticeFields get() {
        return STANDARD;
    }

    /** The header field a line gives, when it starts with a label; the value is empty when only the label is there. */
    public Optional<Line> parse(String text) {
        Matcher m = line.matcher(text);
        if (!m.matches())
            return Optional.empty();
        String value = m.group(2).replace('\u3000', ' ').strip();
        // a label followed by prose is a sentence, not a field: "发布日期" then a value of a line's length at most
        if (value.length() > 200)
            return Optional.empty();
        boolean separated = !value.isEmpty() && (text.contains("：") || text.contains(":") || text.contains("】")
                || text.contains("]") || Character.isWhitespace(text.charAt(m.start(2) - 1)));
        if (!value.isEmpty() && !separated)
            return Optional.empty();
        return Optional.of(new Line(byLabel.get(m.group(1)), m.group(1), value, m.start(2)));
    }
}
