package org.cstkg.span;

import java.text.Normalizer;
import java.util.Locale;

import org.cstkg.hanzi.HanziTable;

/**
 * The key two spellings of one name share: NFKC, glosses in parentheses dropped, spaces, quotes and separators
 * dropped, lower case, traditional Hanzi as simplified. Used by matching and by resolution alike.
 */
public final class NameKey {

    private static final java.util.Map<String, String> VARIANTS = variants();

    private NameKey() {}

    private static java.util.Map<String, String> variants() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (org.cstkg.lexicon.LexiconFile.Row r : org.cstkg.lexicon.LexiconFile.rows("transcription-variants.tsv",
                "variant", "official"))
            m.put(r.get(0), r.get(1));
        return m;
    }

    /**
     * A transcribed Chinese name in the official spelling, where Korean news used a usual variant
     * ({@code data/lexicon/transcription-variants.tsv}): {@code 리우례훙} → {@code 류례훙}.
     */
    public static String officialTranscription(String name) {
        String out = name;
        for (java.util.Map.Entry<String, String> v : VARIANTS.entrySet())
            out = out.replace(v.getKey(), v.getValue());
        return out;
    }

    /** The key of a person's name: the official transcription's key, so that both spellings meet. */
    public static String ofPerson(String name) {
        return of(officialTranscription(name));
    }

    private static final java.util.regex.Pattern GLOSS = java.util.regex.Pattern.compile("\\([^)]*\\)");
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile(
            "[\\s'\"‘’“”·・\\-–—_.,《》「」〈〉<>]");

    public static String of(String s) {
        if (plain(s))
            return s.toLowerCase(Locale.ROOT);
        String n = Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        String t = SEPARATORS.matcher(GLOSS.matcher(n).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
        return HanziTable.get().toSimplified(t);
    }

    /** Hangul syllables, ASCII letters and digits only: the key is the lower case (most spans tested are). */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '가' && c <= '힣' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'))
                return false;
        }
        return true;
    }

    /**
     * Edit distance at most one, where the differing characters are not digits (선저우 16호 ≠ 선저우 17호) and the
     * difference is one a transcription makes: a syllable for a similar one (two of its three letters the same:
     * 강/캉, 윈/원) or a light vowel syllable put in or left out (웨강아오/웨이강아오). 인공지능 is not 인왕지능.
     */
    public static boolean oneSyllableApart(String a, String b) {
        if (a.equals(b))
            return true;
        if (Math.abs(a.length() - b.length()) > 1)
            return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (Character.isDigit(a.charAt(i)) || Character.isDigit(b.charAt(j)) || ++edits > 1)
                return false;
            if (a.length() > b.length()) {
                if (!light(a.charAt(i)))
                    return false;
                i++;
            } else if (b.length() > a.length()) {
                if (!light(b.charAt(j)))
                    return false;
                j++;
            } else {
                if (!similar(a.charAt(i), b.charAt(j)))
                    return false;
                i++;
                j++;
            }
        }
        int rest = (a.length() - i) + (b.length() - j);
        if (rest > 0 && (i < a.length() && (Character.isDigit(a.charAt(i)) || !light(a.charAt(i)))
                || j < b.length() && (Character.isDigit(b.charAt(j)) || !light(b.charAt(j)))))
            return false;
        return edits + rest <= 1;
    }

    /** Two Hangul syllables that share two of their three letters (initial, vowel, final); other characters: no. */
    static boolean similar(char a, char b) {
        if (a < '가' || a > '힣' || b < '가' || b > '힣')
            return false;
        int x = a - '가', y = b - '가';
        int same = (x / 588 == y / 588 ? 1 : 0) + ((x % 588) / 28 == (y % 588) / 28 ? 1 : 0) + (x % 28 == y % 28 ? 1 : 0);
        return same >= 2;
    }

    /** A syllable transcriptions add or drop: a bare vowel (이, 우, 으, 어, 아, 오, 여, 요, 유, 에). */
    static boolean light(char c) {
        return "이우으어아오여요유에".indexOf(c) >= 0;
    }

    /** Number of Hangul syllables. */
    public static int syllables(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++)
            if (s.charAt(i) >= '가' && s.charAt(i) <= '힣')
                n++;
        return n;
    }
}
