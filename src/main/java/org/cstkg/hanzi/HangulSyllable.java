package org.cstkg.hanzi;

/** Arithmetic on precomposed Hangul syllables (U+AC00–U+D7A3): lead consonant, vowel and tail indices. */
final class HangulSyllable {

    static final String LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    static final String VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";

    private static final char FIRST = '가';
    private static final int COUNT = 11172;
    private static final int PER_LEAD = 588;
    private static final int PER_VOWEL = 28;
    private static final String IOTATED = "ㅑㅕㅖㅛㅠㅣ";

    private HangulSyllable() {}

    static boolean is(char c) {
        return c >= FIRST && c < FIRST + COUNT;
    }

    static char lead(char syllable) {
        return LEADS.charAt((syllable - FIRST) / PER_LEAD);
    }

    static char vowel(char syllable) {
        return VOWELS.charAt((syllable - FIRST) % PER_LEAD / PER_VOWEL);
    }

    /** The syllable with another lead consonant and vowel, its tail kept. */
    static char with(char syllable, char lead, char vowel) {
        int tail = (syllable - FIRST) % PER_VOWEL;
        return (char) (FIRST + LEADS.indexOf(lead) * PER_LEAD + VOWELS.indexOf(vowel) * PER_VOWEL + tail);
    }

    /**
     * 두음법칙 for a word's first syllable: ㄹ becomes ㅇ before ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ (리 → 이, 류 → 유) and ㄴ before other
     * vowels (로 → 노, 락 → 낙); ㄴ before those vowels becomes ㅇ (녀 → 여).
     */
    static char initialSoundRule(char syllable) {
        if (!is(syllable))
            return syllable;
        char lead = lead(syllable);
        char vowel = vowel(syllable);
        boolean iotated = IOTATED.indexOf(vowel) >= 0;
        if (lead == 'ㄹ')
            return with(syllable, iotated ? 'ㅇ' : 'ㄴ', vowel);
        if (lead == 'ㄴ' && iotated)
            return with(syllable, 'ㅇ', vowel);
        return syllable;
    }
}
