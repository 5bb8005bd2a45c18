package org.cstkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document numbers (发文字号) as written: {@code 工信部联科〔2023〕67号}, {@code 国发[2021]5号}, {@code 국과발〔2023〕12호}: the
 * issuer's code, the year in brackets, the serial. Only what is written; nothing is completed or guessed.
 */
final class DocumentNumbers {

    /** A number as written, and its parts. */
    record Number(int start, int end, String text, String code, int year, int serial) {}

    private static final Pattern NUMBER = Pattern.compile(
            "([\\p{IsHan}]{1,8}|[가-힣]{1,10})\\s?[〔\\[［【(（]((?:19|20)\\d{2})[〕\\]］】)）]\\s?(?:第\\s?)?(\\d{1,5})\\s?(?:号|號|호)");

    /** Words that come before a number and are no part of it. */
    private static final Pattern LEAD = Pattern.compile("^(?:根据|依据|按照|依照|参照|印发|发布|文件|文号|和|及|与)+");

    private DocumentNumbers() {}

    static List<Number> in(String text) {
        List<Number> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            int serial = Integer.parseInt(m.group(3));
            if (serial < 1)
                continue;
            // the code is what follows a word that introduces it: 根据国发〔2021〕5号 → 国发
            Matcher lead = LEAD.matcher(m.group(1));
            int cut = lead.lookingAt() && lead.end() < m.group(1).length() ? lead.end() : 0;
            String code = m.group(1).substring(cut);
            int start = m.start() + cut;
            out.add(new Number(start, m.end(), text.substring(start, m.end()).replaceAll("\\s+", ""), code,
                    Integer.parseInt(m.group(2)), serial));
        }
        return out;
    }
}
