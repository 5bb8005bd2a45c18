package org.cstkg.extract;

/** Chinese numerals for mission names: 16 → 十六, as in 神舟十六号. */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {}

    static String of(int n) {
        if (n < 0 || n > 999)
            throw new IllegalArgumentException("out of range: " + n);
        if (n < 10)
            return String.valueOf(DIGITS.charAt(n));
        if (n < 20)
            return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        if (n < 100)
            return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        String rest = n % 100 == 0 ? "" : (n % 100 < 10 ? "零" + DIGITS.charAt(n % 10) : (n % 100 < 20 ? "一" : "") + of(n % 100));
        return DIGITS.charAt(n / 100) + "百" + rest;
    }
}
