package org.cstkg.hanzi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PinyinHangulTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // the brief's examples
            "guang,광", "dong,둥", "zhong,중", "guan,관", "cun,춘", "hang,항", "zhou,저우", "jing,징", "hai,하이",
            "peng,펑", "shen,선", "zhen,전", "xi,시", "qiang,창", "zhu,주", "yang,양", "gui,구이", "chao,차오",
            "zhang,장", "li,리", "wu,우", "hui,후이", "liu,류", "ming,밍", "xue,쉐", "quan,취안", "tian,톈",
            "gong,궁", "he,허", "chang,창", "zheng,정", "yue,웨", "ao,아오", "heng,헝", "qin,친", "qian,첸",
            "nan,난", "sha,사", "shan,산", "tai,타이", "xia,샤", "men,먼", "fu,푸", "jian,젠", "bei,베이", "ji,지",
            "dan,단", "hua,화", "wei,웨이", "xing,싱", "yun,윈", "ke,커", "si,쓰", "zi,쯔", "ci,츠", "zhi,즈",
            "chi,츠", "shi,스", "ri,르", "er,얼", "nü,뉘", "lüe,뤼에", "e,어", "ye,예", "you,유", "yan,옌",
            // 제2항: ㅈ ㅊ drop the y of ㅑ ㅖ ㅛ ㅠ, ㅅ keeps it
            "jia,자", "jie,제", "jiao,자오", "jiu,주", "jiang,장", "jiong,중", "qiu,추", "qie,체", "qiao,차오",
            "xie,셰", "xiu,슈", "xian,셴", "xiao,샤오", "xiang,샹", "xiong,슝",
            // finals that change with and without an initial
            "wen,원", "dun,둔", "weng,웡", "dui,두이", "yong,융", "rong,룽", "ju,쥐", "juan,쥐안", "jun,쥔",
            "que,췌", "yuan,위안", "nüe,뉘에", "lü,뤼",
            // the rest of the table's kinds
            "bo,보", "duo,둬", "zuo,쭤", "song,쑹", "zhuang,좡", "shuai,솨이", "cuan,촨", "bian,볜", "niang,냥",
            "ou,어우", "ang,앙", "yi,이", "ying,잉", "wo,워", "ê,에", "lia,랴", "shei,세이"})
    void transcribesBySyllableTable(String syllable, String hangul) {
        assertEquals(hangul, PinyinHangul.transcribe(syllable));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Guǎng,광", "guang3,광", "ZHONG,중", "lǜ,뤼", "lv,뤼", "nv,뉘", "lu:e,뤼에", "lue,뤼에", "Xī,시",
            "nu\u0308,뉘", "ér,얼"})
    void acceptsToneMarksDigitsAndUmlautSpellings(String syllable, String hangul) {
        assertEquals(hangul, PinyinHangul.transcribe(syllable));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "x", "m", "n", "ng", "hm", "ja", "gi", "bü", "wi", "yiu", "zhiang", "ner",
            "qwerty", "中", "y", "w"})
    void rejectsWhatIsNoPinyinSyllable(String syllable) {
        assertNull(PinyinHangul.transcribe(syllable));
    }

    @Test
    void transcribesNamesJoined() {
        assertEquals("징하이펑", PinyinHangul.transcribeName(List.of("jing", "hai", "peng")));
        assertEquals("구이하이차오", PinyinHangul.transcribeName(List.of("gui", "hai", "chao")));
        assertEquals("", PinyinHangul.transcribeName(List.of()));
        assertNull(PinyinHangul.transcribeName(Arrays.asList("jing", "xyz")));
    }
}
