package org.cstkg.hanzi;

/**
 * Hangul in the Revised Romanization of Korean, letter by letter (no sound changes across syllables): enough for a
 * readable ASCII slug of a name that has no Chinese or English form ({@code 쉬보단} → {@code swibodan}).
 */
public final class Romanization {

    private static final String[] LEADS = { "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
            "ch", "k", "t", "p", "h" };
    private static final String[] VOWELS = { "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
            "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i" };
    private static final String[] TAILS = { "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
            "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t" };

    private Romanization() {}

    /** The text romanized; characters other than Hangul syllables are kept as they are. */
    public static String of(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '가' || c > '힣') {
                b.append(c);
                continue;
            }
            int x = c - '가';
            String lead = LEADS[x / 588];
            if (i == 0 || text.charAt(i - 1) < '가' || text.charAt(i - 1) > '힣')
                lead = lead.equals("r") ? "r" : lead; // word-initial ㄹ stays r in names
            b.append(lead).append(VOWELS[x % 588 / 28]).append(TAILS[x % 28]);
        }
        return b.toString();
    }
}
