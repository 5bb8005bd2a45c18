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

    public static String of(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\([^)]*\\)", "")
                .replaceAll("[\\s'\"‘’“”·・\\-–—_.,《》「」〈〉<>]", "").toLowerCase(Locale.ROOT);
        return HanziTable.get().toSimplified(t);
    }

    /** Edit distance at most one, where the differing characters are not digits (선저우 16호 ≠ 선저우 17호). */
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
            if (a.length() > b.length())
                i++;
            else if (b.length() > a.length())
                j++;
            else {
                i++;
                j++;
            }
        }
        int rest = (a.length() - i) + (b.length() - j);
        if (rest > 0 && (i < a.length() && Character.isDigit(a.charAt(i))
                || j < b.length() && Character.isDigit(b.charAt(j))))
            return false;
        return edits + rest <= 1;
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
