package org.cstkg.source;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A text as its lines, each stripped of surrounding white space, with the offset of every line in the text, so that
 * what is read from a line can point back into the text. Lines end at {@code \n}, {@code \r\n} or {@code \r}; no-break
 * spaces read as spaces.
 */
public final class TextLines extends AbstractList<String> implements RandomAccess {

    private final String text;
    private final List<String> lines = new ArrayList<>();
    private final List<int[]> spans = new ArrayList<>();

    public TextLines(String text) {
        this.text = text;
        int from = 0, n = text.length();
        while (from <= n) {
            int end = from;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r')
                end++;
            int a = from, b = end;
            while (a < b && Character.isWhitespace(text.charAt(a)) || a < b && text.charAt(a) == '\u00a0')
                a++;
            while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || text.charAt(b - 1) == '\u00a0'))
                b--;
            lines.add(text.substring(a, b).replace('\u00a0', ' '));
            spans.add(new int[] { a, b });
            if (end >= n)
                break;
            from = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
    }

    @Override
    public String get(int i) {
        return lines.get(i);
    }

    @Override
    public int size() {
        return lines.size();
    }

    /** The text the lines were cut from. */
    public String text() {
        return text;
    }

    /** Offset in the text of line {@code i}'s first non-blank character. */
    public int start(int i) {
        return spans.get(i)[0];
    }

    /** Offset in the text after line {@code i}'s last non-blank character. */
    public int end(int i) {
        return spans.get(i)[1];
    }

    /** 1-based line number, for messages. */
    public static int number(int i) {
        return i + 1;
    }
}
