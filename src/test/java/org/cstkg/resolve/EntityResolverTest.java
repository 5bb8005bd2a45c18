package org.cstkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cstkg.span.Mention;
import org.cstkg.rdf.EntityType;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    static Mention m(EntityType t, String name, String hanja) {
        return new Mention(0, 0, name.length(), name, t, name, hanja, null, null, null, "test");
    }

    @Test
    void traditionalAndSimplifiedHanjaMeet() {
        EntityResolver r = new EntityResolver(Map.of());
        Entity a = r.resolve(m(EntityType.Person, "징하이펑", "景海鹏"));
        Entity b = r.resolve(m(EntityType.Person, "경해붕", "景海鵬"));
        assertEquals(a.id(), b.id());
        assertEquals("person/jing-haipeng", a.id()); // the pinyin of a person: surname, given name
        assertTrue(a.koNames().contains("경해붕"));
    }

    @Test
    void oneSyllableVariantsOfLongNamesMeetButNumbersDoNot() {
        assertTrue(EntityResolver.oneSyllableApart("웨강아오대만구", "웨이강아오대만구"));
        assertTrue(EntityResolver.oneSyllableApart("웨강아오대만구", "웨강오대만구"));
        assertFalse(EntityResolver.oneSyllableApart("선저우16호", "선저우15호"));
        assertFalse(EntityResolver.oneSyllableApart("제4회포럼", "제5회포럼"));
        EntityResolver r = new EntityResolver(Map.of());
        Entity a = r.resolve(m(EntityType.Event, "제4회 광동 AI 발전포럼", null));
        Entity b = r.resolve(m(EntityType.Event, "제5회 광동 AI 발전포럼", null));
        assertNotEquals(a.id(), b.id());
    }

    @Test
    void typesOfDifferentGroupsStayApart() {
        EntityResolver r = new EntityResolver(Map.of());
        Entity region = r.resolve(m(EntityType.Region, "슈산구", "蜀山區"));
        Entity gov = r.resolve(m(EntityType.GovernmentBody, "슈산구 인민정부", null));
        assertNotEquals(region.id(), gov.id());
        assertEquals("region/shu-shan-qu", region.id());
    }
}
