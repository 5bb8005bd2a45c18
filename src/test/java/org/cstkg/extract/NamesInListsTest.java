package org.cstkg.extract;

import static org.cstkg.extract.ExtractorTest.article;
import static org.cstkg.extract.ExtractorTest.facts;
import static org.cstkg.extract.ExtractorTest.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.cstkg.rdf.EntityType;
import org.cstkg.resolve.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Organisations named inside lists of organisations, on sentences written for the test. */
class NamesInListsTest {

    @BeforeAll
    static void load() {
        ExtractorTest.load();
    }

    @Test
    void aSpacedItemBetweenKnownBodiesIsOneName() {
        Unit u = article("포럼", "'2024 신소재 혁신 포럼'은 칭화대학, 신소재 연구소, 저장대학 등이 공동 주최했다.");
        Set<String> orgs = names(u, EntityType.ResearchInstitute);
        assertTrue(orgs.contains("신소재 연구소"), u.segments() + " " + u.entities());
        assertTrue(facts(u).stream().anyMatch(f -> f.endsWith("organizedBy 신소재 연구소")), facts(u).toString());
    }

    @Test
    void anItemJoinedBy및IsOneNameWhenItsFirstPartIsNoName() {
        Unit u = article("협약", "베이징대학, 재료 및 에너지연구원, 난징대학과 푸단대학이 협약을 맺었다.");
        Set<String> orgs = names(u, EntityType.ResearchInstitute);
        assertTrue(orgs.contains("재료 및 에너지연구원"), orgs.toString());
        assertFalse(orgs.contains("에너지연구원"), "the tail alone is no second name: " + orgs);
    }

    @Test
    void twoKnownBodiesJoinedBy및StayTwo() {
        Unit u = article("협력", "저장대학, 칭화대학 및 베이징대학, 푸단대학 등이 공동연구센터 설립에 참여했다.");
        assertTrue(u.entities().values().stream().noneMatch(e -> e.koNames().stream().anyMatch(n -> n.contains(" 및 "))),
                u.entities().toString());
    }

    @Test
    void theLastItemBefore등AndTheFoundersAllJoin() {
        Unit u = article("설립", "상하이교통대학 인공지능학원 설립은 상하이교통대학이 맡아 주관했다.",
                "화둥사범대학, 해양 공정 연구소, 퉁지대학, 스마트 제조 연구센터 등이 설립 작업에 함께 참여했다.");
        Set<String> f = facts(u);
        assertTrue(f.stream().anyMatch(x -> x.endsWith("establishedBy 해양 공정 연구소")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.endsWith("establishedBy 스마트 제조 연구센터")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.endsWith("establishedBy 화둥사범대학")), f.toString());
    }

    @Test
    void aListNeedsTwoBodiesFoundBefore() {
        Unit u = article("방문", "대표단은 화웨이, 데이터 처리 센터, 물류 센터를 차례로 방문했다.");
        assertTrue(u.entities().values().stream().noneMatch(e -> e.koNames().contains("데이터 처리 센터")),
                u.entities().toString());
    }

    @Test
    void theParentOfTheFirstItemIsTheParentOfTheOthers() {
        Unit u = article("참여", "중국과학원 물리연구소, 화학연구소, 소프트웨어 연구소 등 10여 개 기관이 참여했다.");
        Set<String> ids = u.entities().values().stream().filter(e -> e.entry() != null).map(Entity::entry)
                .map(g -> g.id()).collect(java.util.stream.Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("CAS_IOP", "CAS_ICCAS", "CAS_ISCAS")), ids.toString());
        Unit alone = article("연구", "화학연구소는 새 촉매를 개발했다.");
        assertEquals(0, alone.entities().values().stream().filter(e -> e.entry() != null
                && e.entry().id().equals("CAS_ICCAS")).count(), "without the parent no CAS institute: " + alone.entities());
    }
}
