package org.cstkg.source.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a paragraph of Korean news into sentences: after a sentence end ({@code 다.}, {@code .}, {@code !}, {@code ?},
 * with closing quotes) followed by a space, and before a list marker standing alone ({@code □ ○ ■ ◆ ※ *}). A
 * sentence longer than the limit is cut at the last space before it, so no span grows without bound.
 */
public final class Sentences {

    private Sentences() {}

    /** Spans {start, end} of the sentences of {@code p}, blank ones left out. */
    public static List<int[]> split(String p, int max) {
        List<int[]> out = new ArrayList<>();
        int n = p.length(), start = 0;
        int straight = 0, curly = 0; // open quotes: no sentence ends inside a quotation
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c == '"')
                straight ^= 1;
            else if (c == '“')
                curly++;
            else if (c == '”' && curly > 0)
                curly--;
            int cut = -1;
            boolean quoted = straight == 1 || curly > 0;
            // a quotation that ends a sentence: …했다." 다음
            boolean closes = c == '"' && straight == 0 || c == '”' && curly == 0;
            if (closes && i > 0 && ".!?".indexOf(p.charAt(i - 1)) >= 0
                    && (i + 1 >= n || Character.isWhitespace(p.charAt(i + 1)))
                    && !(i + 2 < n && "라고며".indexOf(p.charAt(i + 2)) >= 0)) // "…다." 라고 했다 goes on
                cut = i + 1;
            if (cut < 0 && (c == '.' || c == '!' || c == '?' || c == '。' || c == '…') && !quoted && endsHere(p, i)) {
                int j = i + 1;
                while (j < n && isClosing(p.charAt(j)))
                    j++;
                if (j >= n || Character.isWhitespace(p.charAt(j)))
                    cut = j;
            } else if (isMarker(c) && i > start && Character.isWhitespace(p.charAt(i - 1))
                    && (i + 1 >= n || Character.isWhitespace(p.charAt(i + 1)))) {
                cut = i;
            }
            if (cut < 0 && i - start >= max) {
                int sp = p.lastIndexOf(' ', i);
                cut = sp > start + max / 2 ? sp : i;
            }
            if (cut > start) {
                add(p, start, cut, out);
                start = cut;
                i = Math.max(i, cut - 1);
            }
        }
        add(p, start, n, out);
        return out;
    }

    /** A full stop that ends a sentence: not inside a number (3.5) nor after a lone Latin letter (U.S.). */
    private static boolean endsHere(String p, int i) {
        if (i == 0)
            return false;
        char prev = p.charAt(i - 1);
        if (p.charAt(i) == '.' && i + 1 < p.length() && Character.isDigit(p.charAt(i + 1)))
            return false;
        if (p.charAt(i) == '.' && Character.isLetter(prev) && prev < 128
                && (i < 2 || !Character.isLetter(p.charAt(i - 2))))
            return false;
        return true;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == '」' || c == '』' || c == ')' || c == '.'
                || c == '…';
    }

    private static boolean isMarker(char c) {
        return c == '□' || c == '○' || c == '■' || c == '◆' || c == '◇' || c == '●' || c == '※' || c == '*';
    }

    private static void add(String p, int a, int b, List<int[]> out) {
        while (a < b && Character.isWhitespace(p.charAt(a)))
            a++;
        while (b > a && Character.isWhitespace(p.charAt(b - 1)))
            b--;
        if (b > a)
            out.add(new int[] { a, b });
    }
}
