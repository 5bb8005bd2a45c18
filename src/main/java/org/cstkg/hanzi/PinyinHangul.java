package org.cstkg.hanzi;

import java.util.List;
import java.util.Map;

/**
 * Mandarin in Hangul by the official rules (외래어 표기법, 중국어의 발음 부호와 한글 대조표, 1986): initials × finals,
 * tones ignored, and 제3장 제7절 제2항 — after the ㅈ, ㅉ, ㅊ of j, q, zh, ch, z, c the vowels ㅑ ㅖ ㅛ ㅠ become
 * ㅏ ㅔ ㅗ ㅜ (jia 자, jian 젠, jiu 주, qiang 창), while ㅅ keeps them (xia 샤, xie 셰, xiu 슈).
 *
 * <p>Syllables may carry tone marks or a tone digit; ü may be written ü, v or u:. Anything that is not a pinyin
 * syllable transcribes to {@code null}.
 */
public final class PinyinHangul {

    private static final Map<String, Character> INITIALS = Map.ofEntries(
            Map.entry("b", 'ㅂ'), Map.entry("p", 'ㅍ'), Map.entry("m", 'ㅁ'), Map.entry("f", 'ㅍ'),
            Map.entry("d", 'ㄷ'), Map.entry("t", 'ㅌ'), Map.entry("n", 'ㄴ'), Map.entry("l", 'ㄹ'),
            Map.entry("g", 'ㄱ'), Map.entry("k", 'ㅋ'), Map.entry("h", 'ㅎ'),
            Map.entry("j", 'ㅈ'), Map.entry("q", 'ㅊ'), Map.entry("x", 'ㅅ'),
            Map.entry("zh", 'ㅈ'), Map.entry("ch", 'ㅊ'), Map.entry("sh", 'ㅅ'), Map.entry("r", 'ㄹ'),
            Map.entry("z", 'ㅉ'), Map.entry("c", 'ㅊ'), Map.entry("s", 'ㅆ'));

    // Finals after an initial, written on ㅇ; the initial replaces that ㅇ. "ɨ" is the i of zhi, ci, ri (으).
    private static final Map<String, String> FINALS = Map.ofEntries(
            Map.entry("a", "아"), Map.entry("o", "오"), Map.entry("e", "어"), Map.entry("ê", "에"),
            Map.entry("ai", "아이"), Map.entry("ei", "에이"), Map.entry("ao", "아오"), Map.entry("ou", "어우"),
            Map.entry("an", "안"), Map.entry("en", "언"), Map.entry("ang", "앙"), Map.entry("eng", "엉"),
            Map.entry("ong", "웅"), Map.entry("er", "얼"), Map.entry("ɨ", "으"),
            Map.entry("i", "이"), Map.entry("ia", "야"), Map.entry("io", "요"), Map.entry("ie", "예"),
            Map.entry("iai", "야이"), Map.entry("iao", "야오"), Map.entry("iu", "유"), Map.entry("ian", "옌"),
            Map.entry("in", "인"), Map.entry("iang", "양"), Map.entry("ing", "잉"), Map.entry("iong", "융"),
            Map.entry("u", "우"), Map.entry("ua", "와"), Map.entry("uo", "워"), Map.entry("uai", "와이"),
            Map.entry("ui", "우이"), Map.entry("uan", "완"), Map.entry("un", "운"), Map.entry("uang", "왕"),
            Map.entry("ueng", "웡"),
            Map.entry("ü", "위"), Map.entry("üe", "웨"), Map.entry("üan", "위안"), Map.entry("ün", "윈"));

    // Without an initial the table spells two finals differently: wei 웨이, wen 원 (but gui 구이, dun 둔).
    private static final Map<String, String> ALONE = Map.of("ui", "웨이", "un", "원");

    // n, l + üe: the table spells 뉘에, 뤼에 rather than 눼, 뤠
    private static final String UE_AFTER_NL = "위에";

    private static final String TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿếềĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ";
    private static final String TONELESS = "aaaaeeeeiiiioooouuuuüüüünnnmêêaaaaeeeeiiiioooouuuuüüüü";

    private PinyinHangul() {}

    /** Hangul for one pinyin syllable (guang → 광, zhou → 저우, quan → 취안), or {@code null}. */
    public static String transcribe(String syllable) {
        String s = normalize(syllable);
        if (s.isEmpty())
            return null;
        char head = s.charAt(0);
        if ("aoeê".indexOf(head) >= 0) // a, ou, er ... without initial
            return s.equals("ong") ? null : FINALS.get(s);
        if (head == 'y' || head == 'w')
            return s.length() < 2 ? null : alone(s);
        String initial = s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh") ? s.substring(0, 2)
                : s.substring(0, 1);
        Character lead = INITIALS.get(initial);
        String fin = lead == null ? null : finalAfter(initial, s.substring(initial.length()));
        if (fin == null)
            return null;
        return withInitial(lead, initial.matches("[nl]") && fin.equals("üe") ? UE_AFTER_NL : FINALS.get(fin));
    }

    /** A name's syllables, transcribed and written together (jing hai peng → 징하이펑), or {@code null}. */
    public static String transcribeName(List<String> syllables) {
        StringBuilder sb = new StringBuilder();
        for (String syllable : syllables) {
            String hangul = transcribe(syllable);
            if (hangul == null)
                return null;
            sb.append(hangul);
        }
        return sb.toString();
    }

    /** Lower case, tone marks and tone digits removed; ü kept as ü. */
    static String toneless(String pinyin) {
        StringBuilder sb = new StringBuilder(pinyin.length());
        for (int i = 0; i < pinyin.length(); i++) {
            char c = pinyin.charAt(i);
            int marked = TONE_MARKED.indexOf(c);
            if (marked >= 0)
                sb.append(TONELESS.charAt(marked));
            else if (c == '\u0300' || c == '\u0301' || c == '\u0304' || c == '\u030C' || c >= '0' && c <= '5')
                continue; // combining tone marks (m̄, ê̄) and tone numbers
            else
                sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private static String normalize(String syllable) {
        String s = toneless(syllable.strip());
        // NFD input: u + combining diaeresis
        return s.replace("u\u0308", "ü").replace("u:", "ü").replace('v', 'ü');
    }

    // spelling rules of pinyin undone: ju = jü, gui = guei, liu = liou, dun = duen, zhi = zhɨ
    private static String finalAfter(String initial, String fin) {
        boolean palatal = initial.matches("[jqx]");
        if (palatal && fin.startsWith("u") || initial.matches("[nl]") && fin.equals("ue"))
            fin = "ü" + fin.substring(1); // lue for lüe is common, and unambiguous
        if (fin.equals("i") && initial.matches("zh|ch|sh|r|z|c|s"))
            return "ɨ";
        boolean front = fin.startsWith("i") || fin.startsWith("ü");
        boolean frontOk = palatal || initial.matches("[nl]") || initial.matches("[bpmdt]") && !fin.startsWith("ü");
        if (palatal && !front || front && !frontOk || fin.equals("er") || fin.equals("ueng"))
            return null; // not pinyin: ja, gi, bü; er and weng stand only alone
        return FINALS.containsKey(fin) ? fin : null;
    }

    // zero-initial spellings: yi = i, you = iu, yu = ü, wu = u, wei = ui, wen = un
    private static String alone(String s) {
        String rest = s.substring(1);
        String fin = switch (s) {
            case "yi", "yin", "ying", "wu" -> rest;
            default -> s.startsWith("yu") ? "ü" + s.substring(2)
                    : rest.startsWith("i") || rest.startsWith("u") ? null // yiu, wua
                    : (s.charAt(0) == 'y' ? "i" : "u") + rest;
        };
        if (fin == null || fin.equals("ui") || fin.equals("un"))
            return null; // wi, wn
        fin = switch (fin) {
            case "iou" -> "iu";
            case "uei" -> "ui";
            case "uen" -> "un";
            default -> fin;
        };
        return ALONE.getOrDefault(fin, FINALS.get(fin));
    }

    // the final is written on ㅇ; the initial takes its place, and 제2항 applies after ㅈ ㅉ ㅊ
    private static String withInitial(char lead, String onIeung) {
        char first = onIeung.charAt(0);
        char vowel = HangulSyllable.vowel(first);
        int iotated = "ㅑㅖㅛㅠ".indexOf(vowel);
        if ("ㅈㅉㅊ".indexOf(lead) >= 0 && iotated >= 0)
            vowel = "ㅏㅔㅗㅜ".charAt(iotated);
        return HangulSyllable.with(first, lead, vowel) + onIeung.substring(1);
    }
}
