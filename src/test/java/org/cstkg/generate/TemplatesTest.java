package org.cstkg.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Templates: slots, particles that fit the word before them, words that differ by style, errors with file:line. */
class TemplatesTest {

    static Cast cast(String gov, String policy) {
        Map<String, String> v = new HashMap<>();
        for (String s : Cast.SLOTS)
            v.put(s, s);
        v.put("gov", gov);
        v.put("policy", policy);
        return new Cast(v);
    }

    @Test
    void particlesFollowTheFinalSound() {
        Template t = Template.parse("{gov}{~이가} '{policy}'{~을를} {=발표|발표했다}", Cast.SLOTS, "test");
        assertEquals(new Phrase("과학기술부가 '행동방안'을 발표", "과학기술부가 '행동방안'을 발표했다"),
                t.fill(cast("과학기술부", "행동방안")));
        assertEquals("교육청이 '관리 규정'을 발표", t.fill(cast("교육청", "관리 규정")).digest());
        assertEquals("교육부가 '지원정책'을 발표", t.fill(cast("교육부", "지원정책")).digest());
    }

    @Test
    void digitsLatinAndRieul() {
        assertEquals("로", Particles.after("서울", "으로"));
        assertEquals("으로", Particles.after("인공지능 산업", "으로"));
        assertEquals("로", Particles.after("빅데이터", "으로"));
        assertEquals("이", Particles.after("선저우 17", "이가"));
        assertEquals("가", Particles.after("창어 2", "이가"));
        assertEquals("은", Particles.after("ChatGPT-M", "은는"));
        assertEquals("는", Particles.after("BYD", "은는"));
    }

    @Test
    void unknownSlotNamesTheLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Templates.of(DataFile.parse("t.tsv", "kind\ttemplate\ntitle\t{nobody} 발표\n", "kind", "template")));
        assertTrue(e.getMessage().startsWith("t.tsv:2: unknown slot {nobody}"), e.getMessage());
    }

    @Test
    void unknownKindAndMissingKindAreErrors() {
        assertThrows(IllegalStateException.class,
                () -> Templates.of(DataFile.parse("t.tsv", "kind\ttemplate\nposter\tx\n", "kind", "template")));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Templates.of(DataFile.parse("t.tsv", "kind\ttemplate\ntitle\tx\n", "kind", "template")));
        assertTrue(e.getMessage().contains("no template of kind"), e.getMessage());
    }

    @Test
    void bundledTemplatesAndWordsLoad() {
        Templates.load();
        Words w = Words.load();
        for (String list : List.of("topic", "policykind", "eventkind", "labsuffix", "cosuffix", "surname", "syllable",
                "labrole", "corprole", "unirole", "part1", "part2", "part3", "category1", "category2", "category3"))
            assertTrue(!w.list(list).isEmpty(), list);
    }
}
