package org.cstkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Collection;

import org.cstkg.extract.Extraction;
import org.cstkg.extract.Extractor;
import org.cstkg.source.SourceReader;
import org.cstkg.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spelling variants of the sample report each meet in one entity. */
class ResolutionOnSampleTest {

    static Collection<Entity> entities;

    @BeforeAll
    static void extract() {
        Extraction x = Extractor.standard().extract(SourceReader.read(SharedData.sampleReport()));
        entities = x.entities();
    }

    static Entity named(String name) {
        String key = EntityResolver.key(name);
        return entities.stream().filter(e -> e.koNames().stream().anyMatch(n -> EntityResolver.key(n).equals(key))
                || e.entry() != null && e.entry().ko().stream().anyMatch(n -> EntityResolver.key(n).equals(key)))
                .findFirst().orElse(null);
    }

    @ParameterizedTest
    @CsvSource({ "중관춘 포럼, 중관촌 포럼", "광둥성, 광동성", "웨강아오대만구, 웨이강아오 대만구", "웨강아오대만구, 웨강오대만구",
            "상윈 시스템, 싱윈 시스템", "싱윈 시스템, 싱원 시스템", "과학기술부, 과기부", "국가발전개혁위원회, 국가발개위",
            "광둥성 과기청, 광동성 과기청" })
    void variantsMeet(String a, String b) {
        Entity ea = named(a), eb = named(b);
        assertNotNull(ea, a);
        assertNotNull(eb, b);
        assertEquals(ea.id(), eb.id(), a + " / " + b);
    }

    @ParameterizedTest
    @CsvSource({ "선저우 16호, 선저우 15호", "광둥성, 광저우", "칭화대학, 푸단대학" })
    void differentThingsStayApart(String a, String b) {
        Entity ea = named(a), eb = named(b);
        assertNotNull(ea, a);
        assertNotNull(eb, b);
        assertFalse(ea.id().equals(eb.id()), a + " / " + b);
    }
}
