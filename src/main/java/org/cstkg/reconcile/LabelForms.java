package org.cstkg.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cstkg.hanzi.HanziTable;
import org.cstkg.hanzi.KoreanForms;
import org.cstkg.hanzi.PinyinHangul;
import org.cstkg.span.NameKey;

/**
 * The keys under which one label can be found, each with how it was obtained: the label itself (NFKC, case, spaces,
 * traditional → simplified), and for a Chinese label its Hangul transcription, its Sino-Korean reading, the Korean
 * renderings with the generic part translated (中国科学院 → 중국과학원) and its pinyin.
 */
final class LabelForms {

    /** Scores of each way a label can match the whole query. */
    static final double LABEL = 100, ALT_LABEL = 97, READING = 92, PINYIN = 92, VARIANT = 82;

    /**
     * One key of a label: {@code feature} names the way for the API's features; {@code written} is the form as
     * written, so that a query written exactly so ranks above one that only shares its key.
     */
    record Form(String key, String feature, double score, String how, String written) {}

    private final HanziTable han = HanziTable.get();

    /** The forms of a label of an entity; {@code person} reads a Chinese name's first character as a surname. */
    List<Form> of(ReconEntity.Label label, boolean person) {
        List<Form> out = new ArrayList<>();
        if (label.property().equals("divisionCode")) { // 620900, and Wikidata's P442 form 62 09
            String p442 = org.cstkg.gazetteer.DivisionCodes.p442(label.text());
            out.add(new Form(label.text(), "code", LABEL, "the GB/T 2260 code " + label.text(), label.text()));
            out.add(new Form(key(p442), "code", ALT_LABEL, "the GB/T 2260 code " + label.text() + " in Wikidata's P442 form "
                    + p442, p442));
            return out;
        }
        String text = label.text();
        boolean alt = label.property().equals("altLabel");
        String key = key(text);
        if (!key.isEmpty())
            out.add(new Form(key, alt ? "alt_label" : "label", alt ? ALT_LABEL : LABEL,
                    (alt ? "the alternative " : "the ") + tagName(label.lang()) + " label " + text
                            + (han.toSimplified(text).equals(text) ? "" : " (traditional read as simplified)"), text));
        if (person && NameKey.syllables(text) > 0 && !NameKey.ofPerson(text).equals(key))
            out.add(new Form(NameKey.ofPerson(text), "variant", VARIANT,
                    "the official transcription of " + text, null));
        if (HanziTable.hasHan(text) && text.codePoints().allMatch(c -> HanziTable.isHan(c) || c < 128)) {
            String simple = han.toSimplified(text);
            List<String> syllables = person ? han.personSyllables(simple) : han.pinyinSyllables(simple);
            String transcription = syllables == null ? null : PinyinHangul.transcribeName(syllables);
            String sino = han.sinoKoreanWord(simple);
            Set<String> korean = new LinkedHashSet<>(person ? KoreanForms.ofPerson(simple) : KoreanForms.ofWithSuffix(simple));
            for (String k : korean) {
                String how = k.equals(transcription) ? "the Hangul transcription of " + text
                        : k.equals(sino) || k.equals(han.sinoKorean(simple)) ? "the Sino-Korean reading of " + text
                        : "a Korean rendering of " + text + " (transcription or Sino-Korean reading, generic part translated)";
                out.add(new Form(key(k), "reading", READING, how + ": " + k, k));
            }
            String py = person ? han.personPinyin(simple) : han.pinyin(simple);
            if (py != null && !py.isBlank())
                out.add(new Form(key(py), "pinyin", PINYIN, "the pinyin of " + text + ": " + py, py));
        }
        return out;
    }

    /** The matching key of any text: {@link NameKey#of}, with "&" read as "and" so that S&T meets S and T. */
    static String key(String text) {
        return NameKey.of(text.replace("&", " and ").replace("＆", " and "));
    }

    static String tagName(String lang) {
        return switch (lang) {
            case "ko" -> "Korean";
            case "en" -> "English";
            case "zh-Hans" -> "Chinese (simplified)";
            case "zh-Hant" -> "Chinese (traditional)";
            case "zh-Latn-pinyin" -> "pinyin";
            case "" -> "untagged";
            default -> lang;
        };
    }
}
