package org.cstkg.hanzi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HanziTableTest {

    private static final HanziTable TABLE = HanziTable.get();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"广,광", "鹏,붕", "金,금", "廣東,광동", "广东,광동", "中关村,중관촌", "景海鹏,경해붕", "长征,장정",
            "李,리", "台湾,대만", "干,간", "后,후"})
    void readsSinoKoreanThroughTraditionalForms(String hanzi, String hangul) {
        assertEquals(hangul, TABLE.sinoKorean(hanzi));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"李,이", "劉,유", "刘,유", "林,임", "梁,양", "呂,여", "吕,여", "樂,낙", "盧,노", "女,여", "李明,이명", "柳林,유림",
            "金,금"})
    void appliesInitialSoundRuleToFirstSyllableOnly(String hanzi, String hangul) {
        assertEquals(hangul, TABLE.sinoKoreanWord(hanzi));
    }

    @Test
    void keyIsSharedBySimplifiedTraditionalAndSpacedForms() {
        assertEquals("广东", TABLE.key("廣東"));
        assertEquals(TABLE.key("广东"), TABLE.key("廣東"));
        assertEquals(TABLE.key("景海鹏"), TABLE.key("景·海鵬"));
        assertEquals(TABLE.key("中关村"), TABLE.key(" 中 關 村 "));
        assertEquals(TABLE.key("岂"), TABLE.key("\uF900")); // compatibility ideograph 豈
    }

    @ParameterizedTest
    @ValueSource(strings = {"广东省", "中关村", "景海鹏", "长征", "粤港澳大湾区", "工业和信息化部", "鹏城实验室", "国家航天局",
            "台湾", "发展改革委员会"})
    void simplifiedSurvivesRoundTrip(String simplified) {
        assertEquals(simplified, TABLE.toSimplified(TABLE.toTraditional(simplified)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"廣東省", "中關村", "景海鵬", "長征", "臺灣", "國家航天局", "鵬城實驗室", "發展改革委員會"})
    void traditionalSurvivesRoundTrip(String traditional) {
        assertEquals(traditional, TABLE.toTraditional(TABLE.toSimplified(traditional)));
    }

    @Test
    void convertsPerCharacter() {
        assertEquals("广东", TABLE.toSimplified("廣東"));
        assertEquals("廣東", TABLE.toTraditional("广东"));
        assertEquals("長征", TABLE.toTraditional("长征")); // 征 is itself traditional; 徵 reads differently
        assertEquals("5G基站", TABLE.toSimplified("5G基站"));
    }

    @Test
    void spellsPinyin() {
        assertEquals(List.of("gong", "ye", "he", "xin", "xi", "hua", "bu"), TABLE.pinyinSyllables("工业和信息化部"));
        assertEquals(TABLE.pinyinSyllables("工业和信息化部"), TABLE.pinyinSyllables("工業和信息化部"));
        assertEquals("Gongyehexinxihuabu", TABLE.pinyin("工业和信息化部"));
        assertEquals("Guangdong", TABLE.pinyin("廣東"));
        assertEquals("Xi'an", TABLE.pinyin("西安"));
        assertEquals("Changzheng", TABLE.pinyin("长征"));
        assertEquals("Chongqing", TABLE.pinyin("重庆"));
        assertEquals("Chengdu", TABLE.pinyin("成都"));
        assertEquals("Nü", TABLE.pinyin("女"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"景海鹏,Jing Haipeng", "欧阳修,Ouyang Xiu", "诸葛亮,Zhuge Liang", "曾国藩,Zeng Guofan",
            "单田芳,Shan Tianfang", "桂海潮,Gui Haichao", "李,Li"})
    void spellsPersonNamesWithSurnameApart(String name, String pinyin) {
        assertEquals(pinyin, TABLE.personPinyin(name));
    }

    @Test
    void tellsHanCharacters() {
        assertTrue(HanziTable.isHan('中'));
        assertTrue(HanziTable.isHan(0x20000)); // Extension B, a surrogate pair in UTF-16
        assertFalse(HanziTable.isHan('a'));
        assertFalse(HanziTable.isHan('가'));
        assertFalse(HanziTable.isHan('々'));
        assertFalse(HanziTable.isHan(0x2E80)); // CJK radical
        assertTrue(HanziTable.hasHan("5G基站"));
        assertTrue(HanziTable.hasHan("𠮷"));
        assertFalse(HanziTable.hasHan("광둥 GDP"));
    }

    @Test
    void handlesEmptyNonHanAndSupplementaryInput() {
        assertEquals("", TABLE.toSimplified(""));
        assertEquals("", TABLE.key(""));
        assertEquals("", TABLE.sinoKorean(""));
        assertEquals("", TABLE.sinoKoreanWord(""));
        assertEquals(List.of(), TABLE.pinyinSyllables(""));
        assertEquals("", TABLE.pinyin(""));
        assertEquals("", TABLE.personPinyin(""));

        assertEquals("GDP", TABLE.toTraditional("GDP"));
        assertEquals("Abc", TABLE.key("Ａｂｃ"));
        assertNull(TABLE.sinoKorean("abc"));
        assertNull(TABLE.pinyinSyllables("광둥"));
        assertEquals(List.of("5g", "ji", "zhan"), TABLE.pinyinSyllables("5G基站"));
        assertEquals(List.of("chang", "zheng", "5"), TABLE.pinyinSyllables("长征-5"));

        String withExtB = "广𠮷东"; // U+20BB7 is outside the table
        assertEquals("廣𠮷東", TABLE.toTraditional(withExtB));
        assertEquals(withExtB, TABLE.toSimplified(TABLE.toTraditional(withExtB)));
        assertEquals(withExtB, TABLE.key(withExtB));
        assertNull(TABLE.sinoKorean(withExtB));
        assertNull(TABLE.pinyinSyllables(withExtB));
    }

    @Test
    void everyRowOfTheShippedTableParses() throws IOException {
        String text = resource();
        List<String> rows = new ArrayList<>();
        for (String line : text.split("\n"))
            if (!line.isEmpty() && !line.startsWith("#"))
                rows.add(line);
        assertEquals(rows.size(), HanziTable.parse(text).size());
        assertEquals(rows.size(), TABLE.size());
        assertTrue(rows.size() > 20_000, "rows: " + rows.size());
        assertTrue(text.contains("# unicode-version: 15"), "header names the Unicode version");
        assertTrue(text.contains("https://www.unicode.org/license.txt"), "header names the licence");

        // readings the official transcription cannot spell: interjections and one Wu dialect syllable
        Set<String> unspellable = Set.of("m", "n", "hm", "fiao");
        for (String row : rows) {
            String[] col = row.split("\t", -1);
            assertEquals(5, col.length, row);
            for (String reading : col[1].isEmpty() ? new String[0] : col[1].split(" "))
                assertTrue(reading.length() == 1 && reading.charAt(0) >= '가' && reading.charAt(0) <= '힣', row);
            String syllable = PinyinHangul.toneless(col[2]);
            if (!col[2].isEmpty() && !unspellable.contains(syllable))
                assertNotNull(PinyinHangul.transcribe(syllable), row);
        }
    }

    @Test
    void malformedRowFailsWithLineNumber() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HanziTable.parse("# header\n中\t중\tzhōng\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    private static String resource() throws IOException {
        try (InputStream in = HanziTable.class.getResourceAsStream(HanziTable.RESOURCE)) {
            assertNotNull(in, HanziTable.RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
