package org.cstkg.span;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void transcriptionVariantsAreOneSyllableApart() {
        assertTrue(NameKey.oneSyllableApart("웨강아오대만구", "웨이강아오대만구"), "a light vowel put in");
        assertTrue(NameKey.oneSyllableApart("웨강아오대만구", "웨강오대만구"), "a light vowel left out");
        assertTrue(NameKey.oneSyllableApart("싱윈시스템", "싱원시스템"), "윈/원 share two letters");
    }

    @Test
    void differentWordsAndNumbersAreNot() {
        assertFalse(NameKey.oneSyllableApart("인공지능기술", "인왕지능기술"), "공/왕 share one letter only");
        assertFalse(NameKey.oneSyllableApart("선저우16호", "선저우17호"), "a digit");
        assertFalse(NameKey.oneSyllableApart("과학기술부", "과학기술국부"), "a full syllable put in");
    }

    @Test
    void personKeysMeetAcrossSpellings() {
        assertEquals(NameKey.ofPerson("리우례훙"), NameKey.ofPerson("류례훙"));
        assertEquals("류례훙", NameKey.officialTranscription("리우례훙"));
    }

    @Test
    void keysIgnoreSpacesGlossesAndScript() {
        assertEquals(NameKey.of("중국과학원 물리연구소"), NameKey.of("중국과학원물리연구소"));
        assertEquals(NameKey.of("선저우(神舟) 16호"), NameKey.of("선저우16호"));
        assertEquals(NameKey.of("中國科學院"), NameKey.of("中国科学院"));
    }
}
