package org.cstkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cstkg.gazetteer.EntityType;
import org.cstkg.report.Article;
import org.cstkg.report.Report;
import org.cstkg.report.Segment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules on sentences written for these tests (in the style of the digests, not taken from them): each names entities
 * or relations the gazetteer alone would not give.
 */
class ExtractorTest {

    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.standard();
    }

    /** Extracts one article made of the given bullets. */
    static Unit article(String title, String... bullets) {
        List<Segment> segs = new java.util.ArrayList<>();
        segs.add(new Segment(0, Segment.Kind.TITLE, title));
        for (String b : bullets)
            segs.add(new Segment(segs.size(), Segment.Kind.BULLET, b));
        Article a = new Article(1, "정책동향", null, 1, title, null, LocalDate.of(2024, 3, 1), segs, List.of(), List.of());
        Report r = new Report("test-2024-03-08", "테스트", LocalDate.of(2024, 3, 8), "테스트", "test", List.of(),
                List.of(a));
        return extractor.extract(r).units().get(0);
    }

    static Set<String> names(Unit u, EntityType type) {
        return u.entities().values().stream().filter(e -> e.type() == type)
                .flatMap(e -> e.koNames().stream()).collect(Collectors.toSet());
    }

    static Set<String> facts(Unit u) {
        return u.facts().stream().filter(f -> f.object() != null)
                .map(f -> first(f.subject()) + " " + f.predicate() + " " + first(f.object()))
                .collect(Collectors.toSet());
    }

    static String first(org.cstkg.resolve.Entity e) {
        return e.koNames().iterator().next();
    }

    @Test
    void expertGroupSetUpByAMinistry() {
        Unit u = article("양자 분야 동향", "과학기술부는 국가 양자정보 기술 연구개발 전문가 그룹 설립을 추진");
        assertTrue(names(u, EntityType.Organization).contains("국가 양자정보 기술 연구개발 전문가 그룹"), names(u, EntityType.Organization).toString());
        assertTrue(facts(u).stream().anyMatch(f -> f.startsWith("국가 양자정보 기술 연구개발 전문가 그룹 establishedBy")), facts(u).toString());
    }
}
