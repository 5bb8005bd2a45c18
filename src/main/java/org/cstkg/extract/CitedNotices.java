package org.cstkg.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a Chinese notice's title as a reference line cites it: {@code 工业和信息化部等十部门关于印发《科技成果赋智中小企业
 * 专项行动（2023—2025年）》的通知} names its issuers (工业和信息化部, ten in all, not all named), the policy it issues and
 * the policy's period.
 *
 * @param issuers    the text naming the issuers, before 关于 or 印发 (may be empty)
 * @param title      the policy's title inside 《》, with its period in brackets
 * @param stated     the number of issuers stated (等十部门: 10), or null
 * @param incomplete whether the issuers are named only in part (等)
 * @param period     the first and last year of the period in the title, or null
 * @param own        whether the line is the notice itself (关于印发《…》的通知, or the bare 《…》), not a headline about it
 */
record CitedNotices(String issuers, String title, Integer stated, boolean incomplete, int[] period, boolean own) {

    private static final Pattern NOTICE = Pattern.compile(
            "^(.*?)((?:关于|關於)?(?:联合|聯合)?(?:印发|印發|发布|發布|公布|颁布|頒布|出台)?)[《〈]([^》〉]{2,120})[》〉](.*)$");
    /** What follows the title of a notice that is the page itself: 的通知, 的意见, or nothing. */
    private static final Pattern WRAPPER_END = Pattern.compile("^\\s*(?:的(?:通知|意见|意見|决定|決定|通告|公告|函|批复|批復))?\\s*$");
    private static final Pattern COUNT = Pattern.compile("等\\s?([0-9一二两三四五六七八九十]{1,3})\\s?(?:个|個)?\\s?(?:部门|部門|部委|单位|單位|机构|機構)");
    private static final Pattern PERIOD = Pattern.compile("[（(]\\s?((?:19|20)\\d{2})\\s?[—–\\-－~〜至到]+\\s?((?:19|20)\\d{2})\\s?年?\\s?[）)]");

    static Optional<CitedNotices> parse(String referenceTitle) {
        if (referenceTitle == null)
            return Optional.empty();
        Matcher m = NOTICE.matcher(referenceTitle.strip());
        if (!m.find())
            return Optional.empty();
        String issuers = m.group(1).replaceFirst("(?:关于|關於)$", "").strip();
        boolean wrapped = !m.group(2).isEmpty();
        if (!wrapped)
            issuers = ""; // a headline about the policy (一图读懂《…》), not a notice naming its issuers
        boolean own = WRAPPER_END.matcher(m.group(4)).matches() && (wrapped || m.group(1).isBlank());
        if (issuers.length() > 120 || !issuers.isEmpty() && !issuers.codePoints().allMatch(c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || Character.isWhitespace(c)
                        || Character.isDigit(c) || "、，,".indexOf(c) >= 0))
            issuers = ""; // not a list of bodies
        Integer stated = stated(issuers);
        boolean incomplete = issuers.contains("等");
        int[] period = period(m.group(3));
        return Optional.of(new CitedNotices(incomplete ? issuers.substring(0, issuers.indexOf('等')) : issuers,
                m.group(3).strip(), stated, incomplete, period, own));
    }

    /** The number of bodies an issuer list states (等十部门 → 10), or null. */
    static Integer stated(String issuers) {
        Matcher c = COUNT.matcher(issuers);
        return c.find() ? number(c.group(1)) : null;
    }

    /** The first and last year of a title's period in brackets (（2023—2025年）), or null. */
    static int[] period(String title) {
        Matcher p = PERIOD.matcher(title);
        return p.find() ? new int[] { Integer.parseInt(p.group(1)), Integer.parseInt(p.group(2)) } : null;
    }

    /** 十 → 10, 十二 → 12, 二十 → 20, 两 → 2, 12 → 12; null when not a number of 1 to 99. */
    static Integer number(String s) {
        if (s.matches("\\d{1,3}"))
            return Integer.parseInt(s);
        String digits = "零一二三四五六七八九";
        s = s.replace('两', '二');
        int ten = s.indexOf('十');
        int n;
        if (ten < 0) {
            if (s.length() != 1 || digits.indexOf(s.charAt(0)) < 1)
                return null;
            n = digits.indexOf(s.charAt(0));
        } else {
            int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
            int units = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
            if (tens < 1 || units < 0 || ten > 1 || s.length() > ten + 2)
                return null;
            n = tens * 10 + units;
        }
        return n >= 1 ? n : null;
    }
}
