package org.cstkg.hanzi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanFormsTest {

    @ParameterizedTest(name = "{0} → {1}, {2}")
    @CsvSource({"广东,광둥,광동", "廣東,광둥,광동", "中关村,중관춘,중관촌", "鹏城,펑청,붕성", "景海鹏,징하이펑,경해붕",
            "长征,창정,장정", "天宫,톈궁,천궁"})
    void givesTranscriptionAndSinoKoreanReading(String name, String mandarin, String sinoKorean) {
        assertEquals(Set.of(mandarin, sinoKorean), KoreanForms.of(name));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"杭州,항저우", "景海鹏,징하이펑", "桂海潮,구이하이차오", "朱杨柱,주양주", "粤港澳,웨강아오", "横琴,헝친",
            "前海,첸하이", "南沙,난사", "天宫,톈궁", "神舟,선저우", "酒泉,주취안", "长征,창정", "重庆,충칭", "廣東,광둥"})
    void transcribesMandarinFirst(String name, String mandarin) {
        assertEquals(mandarin, KoreanForms.of(name).iterator().next());
    }

    @Test
    void keepsReadingsWithAndWithoutInitialSoundRule() {
        assertEquals(Set.of("리", "이"), KoreanForms.of("李"));
        assertEquals(Set.of("류", "유"), KoreanForms.of("刘"));
        assertTrue(KoreanForms.of("林").containsAll(Set.of("린", "림", "임")));
    }

    @Test
    void readsSurnamesAsSurnames() {
        assertTrue(KoreanForms.ofPerson("曾国藩").contains("쩡궈판"));
        assertTrue(KoreanForms.ofPerson("欧阳修").containsAll(Set.of("어우양슈", "구양수")));
    }

    @Test
    void translatesGenericSuffixes() {
        assertTrue(KoreanForms.ofWithSuffix("广东省").containsAll(Set.of("광둥성", "광둥 성", "광동성")));
        assertTrue(KoreanForms.ofWithSuffix("廣東省").contains("광둥성"));
        assertTrue(KoreanForms.ofWithSuffix("深圳市").containsAll(Set.of("선전시", "선전 시")));
        assertTrue(KoreanForms.ofWithSuffix("清华大学").containsAll(Set.of("칭화대학", "칭화대학교", "칭화대", "칭화 대학")));
        assertTrue(KoreanForms.ofWithSuffix("中国科学院").containsAll(Set.of("중국과학원", "중국 과학원")));
        assertTrue(KoreanForms.ofWithSuffix("鹏城实验室").contains("펑청실험실"));
        assertTrue(KoreanForms.ofWithSuffix("酒泉卫星发射中心").contains("주취안 위성발사센터"));
        assertTrue(KoreanForms.ofWithSuffix("粤港澳大湾区").contains("웨강아오다완구"));
        assertTrue(KoreanForms.ofWithSuffix("工业和信息化部").contains("공업화신식화부"));
        assertTrue(KoreanForms.ofWithSuffix("广东省").containsAll(KoreanForms.of("广东省")));
    }

    @Test
    void splitsNoSuffixOffAOneCharacterStem() {
        assertEquals(KoreanForms.of("香港"), KoreanForms.ofWithSuffix("香港"));
    }

    @Test
    void givesNothingForUnreadableNames() {
        assertEquals(Set.of(), KoreanForms.of(""));
        assertEquals(Set.of(), KoreanForms.of("GDP"));
        assertEquals(Set.of(), KoreanForms.ofWithSuffix("𠮷市"));
    }
}
