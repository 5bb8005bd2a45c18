package org.cstkg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of issue and of effect as the text states them, at the precision stated: {@code 2023년 5월 26일} is a day,
 * {@code 2023년 6월} a month. A day or month without its year takes the year of the document's date, when there is
 * one; otherwise there is no date.
 */
final class PolicyDates {

    private static final Pattern KO_DATE = Pattern.compile(
            "(?<![0-9])(?:(20\\d{2})\\s?년\\s?)?(\\d{1,2})\\s?월(?:\\s?(\\d{1,2})\\s?일)?");
    private static final Pattern ZH_DATE = Pattern.compile("(20\\d{2})\\s?年\\s?(\\d{1,2})\\s?月(?:\\s?(\\d{1,2})\\s?日)?");
    /** 2023년 6월 1일부터 시행, 6월부터 정식 시행, 自2023年6月1日起施行. */
    private static final Pattern KO_EFFECTIVE = Pattern.compile(
            "(?:(20\\d{2})\\s?년\\s?)?(\\d{1,2})\\s?월(?:\\s?(\\d{1,2})\\s?일)?\\s?(?:부터|부로)\\s?(?:정식\\s?|전면\\s?)?(?:시행|발효|실시|적용)");
    private static final Pattern ZH_EFFECTIVE = Pattern.compile(
            "自?\\s?(20\\d{2})\\s?年\\s?(\\d{1,2})\\s?月(?:\\s?(\\d{1,2})\\s?日)?\\s?起\\s?(?:施行|实施|實施|生效)");

    /**
     * A day without its month, as Korean news dates what happened this month: {@code 20일 발표}, {@code 지난 20일},
     * {@code 지난달 28일} (last month). Not a span of days (20일간, 30일 이내, 10일까지).
     */
    private static final Pattern KO_DAY = Pattern.compile(
            "(?<![0-9월.\\-/])(?<!월\\s)(?<!年|年\\s)(지난달\\s?|지난\\s?)?(\\d{1,2})\\s?일(?!\\s?(?:간|동안|이내|내|만에|까지|부터|째|치|분|자로))");

    private PolicyDates() {}

    /** The date of effect a sentence states, as 2023-06-01, 2023-06 or null. */
    static String effective(String text, LocalDate documentDate) {
        Matcher m = KO_EFFECTIVE.matcher(text);
        if (m.find())
            return lexical(m.group(1), m.group(2), m.group(3), documentDate);
        m = ZH_EFFECTIVE.matcher(text);
        if (m.find())
            return lexical(m.group(1), m.group(2), m.group(3), documentDate);
        return null;
    }

    /** The one date a clause states (day or month), or null when it states none or several. */
    static String stated(String clause, LocalDate documentDate) {
        String found = null;
        for (Pattern p : new Pattern[] { KO_DATE, ZH_DATE }) {
            Matcher m = p.matcher(clause);
            while (m.find()) {
                if (p == KO_DATE && m.group(1) == null && m.group(3) == null)
                    continue; // "6월" alone is too often a month of something else
                String d = lexical(m.group(1), m.group(2), m.group(3), documentDate);
                if (d == null)
                    continue;
                if (found != null && !found.equals(d))
                    return null;
                found = d;
            }
        }
        if (found == null && documentDate != null) {
            Matcher d = KO_DAY.matcher(clause);
            while (d.find()) {
                String day = dayOf(d.group(1), Integer.parseInt(d.group(2)), documentDate);
                if (day == null)
                    continue;
                if (found != null && !found.equals(day))
                    return null;
                found = day;
            }
        }
        return found;
    }

    /** The date of a day of this month (or of last month, 지난달; or of last month when the day is still to come). */
    private static String dayOf(String relative, int day, LocalDate documentDate) {
        LocalDate month = documentDate.withDayOfMonth(1);
        if (relative != null && relative.startsWith("지난달") || day > documentDate.getDayOfMonth())
            month = month.minusMonths(1);
        try {
            return month.withDayOfMonth(day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String lexical(String year, String month, String day, LocalDate documentDate) {
        int y;
        if (year != null)
            y = Integer.parseInt(year);
        else if (documentDate != null)
            y = documentDate.getYear();
        else
            return null;
        try {
            int mo = Integer.parseInt(month);
            if (day == null) {
                LocalDate.of(y, mo, 1);
                return String.format("%04d-%02d", y, mo);
            }
            return LocalDate.of(y, mo, Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
