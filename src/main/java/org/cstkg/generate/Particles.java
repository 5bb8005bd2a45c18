package org.cstkg.generate;

/**
 * Korean particles that change with the word before them: 이/가, 은/는, 을/를, 과/와 after a final consonant or a
 * vowel, 으로/로 (로 after ㄹ too). Quotes and brackets closing a title are looked through; digits and Latin letters
 * are read as Korean reads them (1 일, L 엘).
 */
final class Particles {

    private static final String CLOSING = "'\"’”」』)]>〉》 ";
    // final consonant of 영 일 이 삼 사 오 육 칠 팔 구
    private static final boolean[] DIGIT_CODA = { true, true, false, true, false, false, true, true, true, false };

    private Particles() {}

    /** @param pair one of 이가, 은는, 을를, 과와, 으로 */
    static String after(CharSequence text, String pair) {
        int coda = coda(text);
        return switch (pair) {
            case "이가" -> coda != 0 ? "이" : "가";
            case "은는" -> coda != 0 ? "은" : "는";
            case "을를" -> coda != 0 ? "을" : "를";
            case "과와" -> coda != 0 ? "과" : "와";
            case "으로" -> coda != 0 && coda != 8 ? "으로" : "로";
            default -> throw new IllegalArgumentException("unknown particle pair '" + pair + "'");
        };
    }

    static boolean known(String pair) {
        return switch (pair) {
            case "이가", "은는", "을를", "과와", "으로" -> true;
            default -> false;
        };
    }

    /** The final consonant (jongseong index, 0 for none; 8 is ㄹ) of the last word in {@code text}. */
    static int coda(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && CLOSING.indexOf(text.charAt(i)) >= 0)
            i--;
        if (i < 0)
            return 0;
        char c = text.charAt(i);
        if (c >= '가' && c <= '힣')
            return (c - '가') % 28;
        if (c >= '0' && c <= '9')
            return DIGIT_CODA[c - '0'] ? (c == '1' || c == '7' || c == '8' ? 8 : 1) : 0;
        return switch (Character.toUpperCase(c)) {
            case 'L', 'R' -> 8;
            case 'M', 'N' -> 1;
            default -> 0;
        };
    }
}
