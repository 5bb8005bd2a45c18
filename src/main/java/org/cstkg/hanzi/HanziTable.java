package org.cstkg.hanzi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Readings and variants of the BMP Han characters, from {@code data/hanzi/unihan.tsv} (Unicode Han Database).
 *
 * <p>Conversions work per code point and leave characters without a variant unchanged. Reading methods drop spaces
 * and middle dots between name parts and return {@code null} when a character cannot be read. Pinyin is toneless
 * lower-case ASCII except that ü stays {@code ü} (lü, nü), as pinyin spells it; {@link PinyinHangul} also takes v.
 */
public final class HanziTable {

    /** Classpath location of the table; the build copies {@code data/} to {@code cstkg-data/}. */
    public static final String RESOURCE = "/cstkg-data/hanzi/unihan.tsv";

    private static final int BMP = 0x10000;
    // U+318D ㆍ is how Korean text often writes a middle dot; NFKC turns it into U+119E
    private static final String MIDDLE_DOTS = "\u00B7\u0387\u2027\u22C5\u30FB\uFF65\u318D\u119E";

    private final String[] ownReading = new String[BMP]; // first Sino-Korean reading, educational one first
    private final String[] reading = new String[BMP];    // reading to use: the traditional form's when simplified
    private final String[] mandarin = new String[BMP]; // first Mandarin reading, with tone mark
    private final int[] simplified = new int[BMP];     // preferred variant, 0 = none
    private final int[] traditional = new int[BMP];
    private final int size;

    // Hand-rolled parsing of the whole text: BufferedReader, split and per-row Character.UnicodeScript checks made
    // a cold start three times slower.
    private HanziTable(String text) {
        String[] traditionals = new String[BMP];
        String[] col = new String[5];
        int rows = 0;
        int lineNo = 0;
        for (int start = 0, end; start < text.length(); start = end + 1) {
            end = text.indexOf('\n', start);
            if (end < 0)
                end = text.length();
            lineNo++;
            if (end == start || text.charAt(start) == '#')
                continue;
            int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            int cells = 0;
            for (int from = start, cut = start; cut < stop; from = cut + 1, cells++) {
                int tab = text.indexOf('\t', from);
                cut = tab < 0 || tab > stop ? stop : tab;
                if (cells < col.length)
                    col[cells] = text.substring(from, cut);
            }
            int cp = cells == 5 && col[0].length() == 1 ? col[0].charAt(0) : 0;
            if (!inTableRange(cp))
                throw new IllegalStateException("unihan.tsv line " + lineNo + ": bad row: " + text.substring(start, stop));
            ownReading[cp] = first(col[1]);
            mandarin[cp] = col[2].isEmpty() ? null : col[2];
            simplified[cp] = preferred(cp, col[3]);
            traditional[cp] = preferred(cp, col[4]);
            traditionals[cp] = col[4];
            rows++;
        }
        size = rows;
        for (int cp = 0; cp < BMP; cp++)
            reading[cp] = viaTraditional(cp, traditionals[cp]);
    }

    /** The shared table, read from the classpath on first use. */
    public static HanziTable get() {
        return Holder.TABLE;
    }

    /** Parses a table in the {@code unihan.tsv} format; fails with the line number on a malformed row. */
    static HanziTable parse(String text) {
        return new HanziTable(text);
    }

    /** Number of characters in the table. */
    public int size() {
        return size;
    }

    public String toSimplified(String text) {
        return map(text, simplified);
    }

    public String toTraditional(String text) {
        return map(text, traditional);
    }

    /** Matching key: NFKC, no spaces or middle dots, simplified forms; so 廣東, 广东 and 廣 東 share one key. */
    public String key(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(cp -> !isSeparator(cp))
                .forEach(cp -> sb.appendCodePoint(cp < BMP && simplified[cp] != 0 ? simplified[cp] : cp));
        return sb.toString();
    }

    /**
     * Sino-Korean reading, one Hangul syllable per character (中关村 → 중관촌), without the initial-sound rule. A
     * simplified character reads as the traditional one it stands for: 广 (a radical, 엄) reads 광 as 廣.
     */
    public String sinoKorean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int cp : text.codePoints().toArray()) {
            if (isSeparator(cp))
                continue;
            String syllable = lookup(reading, cp);
            if (syllable == null)
                return null;
            sb.append(syllable);
        }
        return sb.toString();
    }

    /** {@link #sinoKorean} of a word, with the initial-sound rule (두음법칙) on its first syllable: 李明 → 이명. */
    public String sinoKoreanWord(String text) {
        String raw = sinoKorean(text);
        return raw == null || raw.isEmpty() ? raw : HangulSyllable.initialSoundRule(raw.charAt(0)) + raw.substring(1);
    }

    /**
     * Toneless pinyin, one syllable per character: the first Unihan reading, corrected for characters whose reading
     * in names differs from the everyday one (长征 → chang zheng, 重庆 → chong qing). A run of ASCII letters and
     * digits stays one lower-case token (5G基站 → 5g ji zhan), other punctuation is dropped; {@code null} if a Han
     * character has no reading or the text has letters of another script.
     */
    public List<String> pinyinSyllables(String text) {
        String simple = key(text);
        List<String> out = new ArrayList<>(simple.length());
        for (int i = 0; i < simple.length(); ) {
            List<String> word = NameReadings.word(simple, i);
            int cp = simple.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (word != null) {
                out.addAll(word);
                next = i + word.size();
            } else if (isAsciiAlnum(cp)) {
                while (next < simple.length() && isAsciiAlnum(simple.charAt(next)))
                    next++;
                out.add(simple.substring(i, next).toLowerCase(Locale.ROOT));
            } else if (isHan(cp) || Character.isLetter(cp)) {
                String syllable = NameReadings.character(cp);
                String unihan = syllable == null ? lookup(mandarin, cp) : syllable;
                if (unihan == null)
                    return null;
                out.add(PinyinHangul.toneless(unihan));
            }
            i = next;
        }
        return List.copyOf(out);
    }

    /** Pinyin as a place or organisation name is written: 广东 → Guangdong, 西安 → Xi'an. */
    public String pinyin(String text) {
        return spell(pinyinSyllables(text));
    }

    /** Syllables of a person's name, the surname read as a surname (曾 zeng, 单 shan). */
    public List<String> personSyllables(String name) {
        List<List<String>> parts = personParts(name);
        if (parts == null)
            return null;
        List<String> all = new ArrayList<>(parts.get(0));
        all.addAll(parts.get(1));
        return List.copyOf(all);
    }

    /** Pinyin of a person's name, surname apart: 景海鹏 → Jing Haipeng, 欧阳修 → Ouyang Xiu. */
    public String personPinyin(String name) {
        List<List<String>> parts = personParts(name);
        if (parts == null)
            return null;
        String family = spell(parts.get(0));
        String given = spell(parts.get(1));
        return given.isEmpty() ? family : family + " " + given;
    }

    // [surname syllables, given-name syllables]; the surname is the first character or a known two-character one
    private List<List<String>> personParts(String name) {
        String simple = key(name);
        int length = simple.isEmpty() ? 0 : NameReadings.surnameLength(simple);
        String surname = simple.substring(0, length);
        List<String> family = NameReadings.surname(surname);
        if (family == null)
            family = pinyinSyllables(surname);
        List<String> given = pinyinSyllables(simple.substring(length));
        return family == null || given == null ? null : List.of(family, given);
    }

    /** A Han ideograph of any CJK block (not radicals, strokes or the iteration mark 々). */
    public static boolean isHan(int codePoint) {
        return Character.isIdeographic(codePoint)
                && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    public static boolean hasHan(String text) {
        return text.codePoints().anyMatch(HanziTable::isHan);
    }

    // one word: syllables joined, an apostrophe where a/o/e would blur the boundary (Xi'an), first letter capital
    private static String spell(List<String> syllables) {
        if (syllables == null)
            return null;
        StringBuilder sb = new StringBuilder();
        for (String syllable : syllables) {
            if (sb.length() > 0 && "aoe".indexOf(syllable.charAt(0)) >= 0)
                sb.append('\'');
            sb.append(syllable);
        }
        if (sb.length() > 0)
            sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.toString();
    }

    private static String map(String text, int[] to) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.appendCodePoint(cp < BMP && to[cp] != 0 ? to[cp] : cp));
        return sb.toString();
    }

    // a compatibility ideograph (豈 U+F900) without its own entry reads as its unified form
    private static String lookup(String[] column, int cp) {
        if (cp < BMP && column[cp] != null)
            return column[cp];
        boolean compat = cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F;
        if (!compat)
            return null;
        int unified = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC).codePointAt(0);
        return unified < BMP && unified != cp ? column[unified] : null;
    }

    // the preferred traditional form's reading, else the character's own, else any traditional form's
    private String viaTraditional(int cp, String variants) {
        int preferred = traditional[cp];
        if (preferred != 0 && preferred < BMP && ownReading[preferred] != null)
            return ownReading[preferred];
        if (ownReading[cp] != null || variants == null)
            return ownReading[cp];
        for (int v : variants.codePoints().toArray())
            if (v < BMP && ownReading[v] != null)
                return ownReading[v];
        return null;
    }

    // the table lists the likeliest variant first; the character itself first means "no change"
    private static int preferred(int cp, String variants) {
        if (variants.isEmpty())
            return 0;
        int first = variants.codePointAt(0);
        return first == cp ? 0 : first;
    }

    private static String first(String readings) {
        if (readings.isEmpty())
            return null;
        int space = readings.indexOf(' ');
        return space < 0 ? readings : readings.substring(0, space);
    }

    private static boolean isAsciiAlnum(int cp) {
        return cp < 0x80 && Character.isLetterOrDigit(cp);
    }

    private static boolean inTableRange(int cp) {
        return cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xF900 && cp <= 0xFAFF;
    }

    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || MIDDLE_DOTS.indexOf(cp) >= 0;
    }

    private static final class Holder {
        static final HanziTable TABLE = load();

        private static HanziTable load() {
            InputStream in = HanziTable.class.getResourceAsStream(RESOURCE);
            if (in == null)
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            try (in) {
                return new HanziTable(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
