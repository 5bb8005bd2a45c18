package org.cstkg.extract;

/** Character classes and normalisations shared by the matchers. */
final class Texts {

    private Texts() {}

    static boolean isHangul(char c) {
        return c >= '가' && c <= '힣';
    }

    static boolean isLatinOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Same-length normalisation so offsets stay valid: full-width forms and curly quotes to ASCII. */
    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '（' -> b.append('(');
                case '）' -> b.append(')');
                case '‘', '’', '`', '´' -> b.append('\'');
                case '“', '”' -> b.append('"');
                case '，' -> b.append(',');
                case '\u3000', '\t' -> b.append(' ');
                case '&' -> b.append(i > 0 && (isHangul(s.charAt(i - 1)) || s.charAt(i - 1) == ')') ? ' ' : '&');
                default -> b.append(c >= '！' && c <= '～' ? (char) (c - 0xFEE0) : c);
            }
        }
        return b.toString();
    }

    /** The name without parenthesised glosses, spaces collapsed. */
    static String clean(String s) {
        return Rx.replaceAll(Rx.replaceAll(Rx.replaceAll(s, "\\s*\\([^)]*\\)\\s*", " "), "\\s+", " "), "^['\"\\s]+|['\"\\s]+$", "")
                .strip();
    }

    static int syllables(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++)
            if (isHangul(s.charAt(i)))
                n++;
        return n;
    }
}
