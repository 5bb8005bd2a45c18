package org.cstkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cstkg.rdf.EntityType;
import org.cstkg.document.Article;
import org.cstkg.document.Document;
import org.cstkg.document.Segment;
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
        if (extractor != null)
            return;
        extractor = Extractor.standard();
    }

    /** Extracts one article made of the given bullets. */
    static Unit article(String title, String... bullets) {
        return extractor.extract(document(title, bullets)).units().get(0);
    }

    /** A one-article digest made of the given bullets. */
    static Document document(String title, String... bullets) {
        List<Segment> segs = new java.util.ArrayList<>();
        segs.add(new Segment(0, Segment.Kind.TITLE, title));
        for (String b : bullets)
            segs.add(new Segment(segs.size(), Segment.Kind.BULLET, b));
        Article a = new Article(1, "정책동향", null, 1, title, null, LocalDate.of(2024, 3, 1), segs, List.of(), List.of());
        Document r = new Document("test-2024-03-08", "테스트", LocalDate.of(2024, 3, 8), "테스트", null, "test",
                "digest", "", List.of(), List.of(a), List.of());
        return r;
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

    /** The entity's first Korean name, or its Chinese one when the text wrote it only in Chinese. */
    static String first(org.cstkg.resolve.Entity e) {
        return e.koNames().isEmpty() ? e.zh() : e.koNames().iterator().next();
    }

    @Test
    void expertGroupSetUpByAMinistry() {
        Unit u = article("양자 분야 동향", "과학기술부는 국가 양자정보 기술 연구개발 전문가 그룹 설립을 추진");
        assertTrue(names(u, EntityType.Organization).contains("국가 양자정보 기술 연구개발 전문가 그룹"), names(u, EntityType.Organization).toString());
        assertTrue(facts(u).stream().anyMatch(f -> f.startsWith("국가 양자정보 기술 연구개발 전문가 그룹 establishedBy")), facts(u).toString());
    }

    @Test
    void coIssuedPolicyWithCountAndPeriod() {
        Unit u = article("정책 발표", "과학기술부, 교육부, 재정부 등 6개 부처가 공동으로 '청년 과학기술 인재 육성 행동계획(2024-2027)'을 발표");
        Set<String> f = facts(u);
        assertTrue(f.contains("청년 과학기술 인재 육성 행동계획 issuedBy 과학기술부"), f.toString());
        assertTrue(f.stream().filter(x -> x.contains(" issuedBy ")).count() >= 3, f.toString());
        Set<Object> literals = u.facts().stream().filter(x -> x.value() != null)
                .map(x -> x.predicate() + "=" + x.value()).collect(Collectors.toSet());
        assertTrue(literals.containsAll(Set.of("coIssuerCount=6", "periodStart=2024", "periodEnd=2027", "issuedYear=2024")),
                literals.toString());
    }

    @Test
    void personWithHanjaAgeAndCrewRole() {
        Unit u = article("유인 비행", "2024년 4월 주취안(酒泉) 위성발사센터에서 선저우(神舟) 18호를 실은 창정(長征) 2호 F 로켓 발사",
                "선저우 18호에는 예광푸(叶光富·43) 지령장, 리충(李聪·34) 비행엔지니어가 탑승");
        Set<String> f = facts(u);
        assertTrue(f.stream().anyMatch(x -> x.matches("예광푸.* participatesIn 선저우 18호")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.matches("선저우.*18호 launchedFrom .*위성발사센터")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.matches("선저우.*18호 launchVehicle .*")), f.toString());
        assertTrue(u.roles().stream().anyMatch(r -> Integer.valueOf(43).equals(r.age()) && "지령장".equals(r.title())),
                u.roles().toString());
        Unit dated = article("발사", "2024년 4월 25일 주취안(酒泉) 위성발사센터에서 선저우(神舟) 18호 발사");
        assertTrue(dated.facts().stream().anyMatch(x -> x.predicate().equals("eventDate")
                && x.value().toString().equals("2024-04-25")), dated.facts().toString());
    }

    @Test
    void affiliationFromBodyTitleAndPerson() {
        Unit u = article("인사", "중국과학원 원장 허우젠궈(侯建国)는 기초연구의 중요성을 강조",
                "린시창(林西强) 중국 유인우주비행공정판공실 부주임은 기자회견에서 계획을 소개");
        Set<String> f = facts(u);
        assertTrue(f.stream().anyMatch(x -> x.startsWith("허우젠궈") && x.contains("affiliatedWith 중국과학원")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.startsWith("린시창") && x.contains("affiliatedWith")), f.toString());
    }

    @Test
    void developerIsTheLabNotItsUniversity() {
        Unit u = article("AI 모델", "저장대학 인공지능협동혁신실험실 주도로 개발한 QiuShi-7B 모델은 의료 분야에 특화");
        Set<String> f = facts(u);
        assertTrue(f.contains("QiuShi-7B developedBy 인공지능협동혁신실험실"), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.startsWith("인공지능협동혁신실험실 partOf ")), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.startsWith("QiuShi-7B developedBy 저장")), f.toString());
    }

    @Test
    void ambiguousPlaceNamesOnlyInAListOfPlaces() {
        Unit list = article("지역", "베이징, 광둥, 저장, 상하이의 인재 규모가 가장 큼");
        assertTrue(list.entities().values().stream().anyMatch(e -> e.entry() != null && e.entry().id().equals("Zhejiang")));
        Unit word = article("데이터", "대용량 데이터 저장 기술을 개발");
        assertTrue(word.entities().values().stream().noneMatch(e -> e.type() == EntityType.Region), word.entities().toString());
    }

    @Test
    void numberedEventsAndBareGlossesAreTold() {
        Unit u = article("행사", "제3회 세계 반도체 대회에서 방사상(放射狀) 도킹 기술이 소개됨");
        assertTrue(names(u, EntityType.Event).contains("제3회 세계 반도체 대회"), names(u, EntityType.Event).toString());
        assertTrue(u.entities().values().stream().noneMatch(e -> e.koNames().contains("방사상")),
                "a gloss of a common word is not a name");
    }

    @Test
    void personsWithoutHanjaNeedATitleAndASurname() {
        Unit u = article("인사", "중국과학원 원장 허우젠궈는 기초연구를 강조", "천제 연구팀은 새로운 촉매를 개발",
                "데이터 지원과 우주비행사의 생활 환경 개선", "동 교수는 발표를 마침");
        Set<String> people = names(u, EntityType.Person);
        assertTrue(people.contains("허우젠궈"), people.toString());
        assertTrue(people.contains("천제"), people.toString());
        assertEquals(2, people.size(), "지원과 (support and) and 동 (the said) are not names: " + people);
        assertTrue(facts(u).contains("허우젠궈 affiliatedWith 중국과학원"), facts(u).toString());
    }

    @Test
    void aCityBureauKeepsItsCityAndCountsAreNotNames() {
        Unit u = article("지방 정책", "선전시 공업정보화국은 '저공경제 고품질 발전 촉진 행동방안'을 발표",
                "톈진대학, 난카이대학 등 10여개 대학이 공동으로 연합실험실을 구축",
                "과학기술부와 재정부는 공동으로 '연구개발계획 관리 판법'을 개정");
        Set<String> orgs = new java.util.HashSet<>(names(u, EntityType.GovernmentBody));
        orgs.addAll(names(u, EntityType.University));
        assertTrue(orgs.contains("선전시 공업정보화국"), orgs.toString());
        assertTrue(orgs.stream().noneMatch(n -> n.contains("10여개")), orgs.toString());
        Set<String> f = facts(u);
        assertTrue(f.contains("저공경제 고품질 발전 촉진 행동방안 issuedBy 선전시 공업정보화국"), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.startsWith("연구개발계획 관리 판법 issuedBy")), f.toString());
    }

    @Test
    void quotedProjectsAndFacilitySuffixes() {
        Unit u = article("인프라", "국가발전개혁위원회는 '동수서산 프로젝트'를 추진", "허페이에 신형 중성자원 시설과 '허페이 첨단 광원'을 건설",
                "구이저우 데이터센터는 운영을 시작");
        assertTrue(names(u, EntityType.Program).contains("동수서산 프로젝트"), names(u, EntityType.Program).toString());
        assertTrue(names(u, EntityType.Facility).stream().anyMatch(n -> n.contains("데이터센터")),
                names(u, EntityType.Facility).toString());
    }

    @Test
    void sitedInAndUnitsUnderABody() {
        Unit u = article("기관", "베이징에 위치한 중관춘실험실은 네트워크 연구를 수행", "중국과학원 산하 물리연구소는 초전도 연구를 진행",
                "칭화대학 소속 팡중(方忠) 교수가 발표");
        Set<String> f = facts(u);
        assertTrue(f.stream().anyMatch(x -> x.startsWith("중관춘실험실 locatedIn 베이징") || x.matches(".*실험실 locatedIn 베이징.*")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.contains("물리연구소 partOf 중국과학원")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.startsWith("팡중") && x.contains("affiliatedWith 칭화대학")), f.toString());
    }

    @Test
    void issuerNamedAfterThePolicy() {
        Unit u = article("정책", "'차세대 인공지능 발전계획'은 국무원이 2017년 발표한 전략 문건");
        assertTrue(facts(u).contains("차세대 인공지능 발전계획 issuedBy 국무원"), facts(u).toString());
    }

    @Test
    void bodiesJoiningProgrammes() {
        Unit u = article("국제협력", "중국과학원은 '국제 달 연구기지 프로젝트'에 참여");
        assertTrue(facts(u).contains("중국과학원 participatesIn 국제 달 연구기지 프로젝트"), facts(u).toString());
    }

    @Test
    void eventsHeldInAPlace() {
        Unit u = article("국제", "제네바에서 열린 제5회 세계 지식재산 포럼에서 협력을 논의");
        assertTrue(facts(u).stream().anyMatch(x -> x.startsWith("제5회 세계 지식재산 포럼 locatedIn")), facts(u).toString());
    }

    @Test
    void koreanProductNamesBeforeTheirKind() {
        Unit u = article("AI", "텐센트는 훈위안 대모델을 공개하고 범용 대모델 경쟁에 참여", "중국 기업의 의료 챗봇 개발이 활발");
        Set<String> tech = names(u, EntityType.Technology);
        assertTrue(tech.stream().anyMatch(n -> n.startsWith("훈위안")), tech.toString());
        assertTrue(tech.stream().noneMatch(n -> n.startsWith("범용") || n.startsWith("의료")), tech.toString());
        assertTrue(facts(u).stream().anyMatch(f -> f.startsWith("훈위안") && f.contains("developedBy")), facts(u).toString());
    }

    @Test
    void eventsNamedAfterPlacesAndCompanyGroups() {
        Unit u = article("행사", "상하이에서 열린 푸장 포럼에서 창청자동차그룹이 신기술을 소개");
        assertTrue(names(u, EntityType.Event).contains("푸장 포럼"), names(u, EntityType.Event).toString());
        assertTrue(names(u, EntityType.Company).stream().anyMatch(n -> n.endsWith("그룹")), names(u, EntityType.Company).toString());
        Unit g = article("조직", "과학기술부는 양자 기술 추진 그룹을 구성");
        assertTrue(names(g, EntityType.Organization).stream().anyMatch(n -> n.endsWith("추진 그룹")),
                names(g, EntityType.Organization).toString());
    }

    @Test
    void creatorsBeforeAVerbThatNamesTheCreatedBody() {
        Unit u = article("설립", "베이징대학과 화웨이가 공동으로 설립한 지능컴퓨팅연구센터는 첫 성과를 발표");
        Set<String> f = facts(u);
        assertTrue(f.stream().anyMatch(x -> x.startsWith("지능컴퓨팅연구센터 establishedBy 베이징대학")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.startsWith("지능컴퓨팅연구센터 establishedBy 화웨이")), f.toString());
    }

    @Test
    void numberedMissionsButNotMetroLines() {
        Unit u = article("교통과 우주", "톈저우 7호는 화물을 운송", "지하철 3호선 연장 공사와 원전 1호기 가동");
        assertTrue(names(u, EntityType.Program).stream().anyMatch(n -> n.startsWith("톈저우")), names(u, EntityType.Program).toString());
        assertTrue(names(u, EntityType.Program).stream().noneMatch(n -> n.contains("지하철") || n.contains("원전")),
                names(u, EntityType.Program).toString());
    }

    @Test
    void unquotedPolicyAsTheObjectOfIssuing() {
        Unit u = article("정책", "국무원은 2021년 국가 정보화 14차 5개년 계획을 발표", "관련 기관이 세부 계획을 마련");
        assertTrue(names(u, EntityType.Policy).contains("국가 정보화 14차 5개년 계획"), names(u, EntityType.Policy).toString());
        assertTrue(facts(u).contains("국가 정보화 14차 5개년 계획 issuedBy 국무원"), facts(u).toString());
        assertTrue(names(u, EntityType.Policy).stream().noneMatch(n -> n.contains("세부")), names(u, EntityType.Policy).toString());
    }

    /** A title between a person and a body named with Hanja once made the affiliation rule cut a string backwards. */
    @Test
    void aPersonAfterABodyWithHanjaAndATitleDoesNotCrash() {
        Unit u = article("홍콩 대학 소식", "가오민(高民) 홍콩과기대 훠잉둥(霍英東)연구원 원장은 9일 베이징에서 열린 회의에 참석했다.");
        assertTrue(names(u, EntityType.Person).contains("가오민"), names(u, EntityType.Person).toString());
    }

    @Test
    void mediaCitedAsSourcesAreSourcesNotEntities() {
        Unit u = article("소식", "신화통신에 따르면 중국과학원은 새 위성을 공개했다.", "과기일보가 15일 보도했다.");
        assertTrue(u.entities().values().stream().noneMatch(e -> e.koNames().stream()
                .anyMatch(n -> n.contains("신화") || n.contains("과기일보"))), u.entities().values().toString());
        assertEquals(Set.of("Xinhua", "ScienceTechDaily"),
                u.sources().stream().map(o -> o.id()).collect(Collectors.toSet()));
        assertTrue(names(u, EntityType.ResearchInstitute).contains("중국과학원"));
    }

    @Test
    void conceptsCategoriesAndMetaphorsAreNotEntities() {
        Unit u = article("소식", "중국의 실리콘밸리로 불리는 선전에는 국가중점실험실 20곳이 있다.",
                "새로운 질적 생산력을 강조하며 국제유명국가실험실과 협력한다.");
        Set<String> all = u.entities().values().stream().flatMap(e -> e.koNames().stream()).collect(Collectors.toSet());
        assertTrue(all.contains("선전"), all.toString());
        for (String not : List.of("실리콘밸리", "국가중점실험실", "새로운 질적 생산력", "국제유명국가실험실"))
            assertTrue(all.stream().noneMatch(n -> n.contains(not)), not + " in " + all);
    }

    @Test
    void spansStopAtParenthesesAndNumberedRocketsKeepTheirVariant() {
        Unit u = article("소식", "우주인이 실험모듈에 진입했다(베이징우주비행통제센터 스크린에서 촬영).",
                "톈궁2호를 '창정2호 FT2' 로켓에 실어 쏘아 올렸다.");
        assertTrue(names(u, EntityType.Facility).contains("베이징우주비행통제센터"), names(u, EntityType.Facility).toString());
        assertTrue(names(u, EntityType.Technology).contains("창정 2호 FT2"), names(u, EntityType.Technology).toString());
    }

    @Test
    void personsAfterATitleWithItsParticleJoinedToATitleAndWithSsi() {
        Unit u = article("인사", "신설 기구의 첫 국장은 리우례훙 전 통신사 임원이다.", "연구소의 왕하이둥부소장은 회의를 주재했다.",
                "자문은 저우밍씨가 맡는다.");
        Set<String> p = names(u, EntityType.Person);
        assertTrue(p.containsAll(Set.of("리우례훙", "왕하이둥", "저우밍")), p.toString());
        assertTrue(p.stream().noneMatch(n -> n.contains("우주") || n.contains("국장")), p.toString());
    }

    @Test
    void personsCoordinatedWithAPersonAndPhotoPositionsInGlosses() {
        Unit u = article("비행", "우주인 탕훙보(湯洪波∙오른쪽)와 탕성제(唐勝杰), 장신린(江新林)이 모듈에 들어갔다.",
                "교수 왕원차오(王文超), 류칭쑹(劉青松) 등이 참여했다.");
        Set<String> p = names(u, EntityType.Person);
        assertTrue(p.containsAll(Set.of("탕훙보", "탕성제", "장신린", "왕원차오", "류칭쑹")), p.toString());
    }

    @Test
    void aPersonSpelledTwoWaysIsOnePerson() {
        Unit u = article("인사", "국장 리우례훙은 취임했다.", "류례훙 국장은 회의에 참석했다.");
        assertEquals(1, u.entities().values().stream().filter(e -> e.type() == EntityType.Person).distinct().count(),
                names(u, EntityType.Person).toString());
    }

    @Test
    void versionsOfKnownProductsAreProductsButCountsAreNot() {
        Unit u = article("모델", "오픈AI는 챗GPT 4.5를 내놓았고 바이두는 어니 4.0을 공개했다.", "GPT 모델 2.5배 성능, 인공지능 5.5% 성장.");
        Set<String> t = names(u, EntityType.Technology);
        assertTrue(t.contains("챗GPT 4.5") && t.contains("어니 4.0"), t.toString());
        assertTrue(t.stream().noneMatch(n -> n.contains("2.5") || n.contains("5.5")), t.toString());
    }

    /** A place fused with its gloss into a name is not a mention of the place; a spaced one is; a government is. */
    @Test
    void placesFusedIntoANameAreNotMentionsOfThePlace() {
        Unit u = article("소식", "톈진(天津)대학 연구팀이 참여했다.", "주취안(酒泉) 위성발사센터에서 발사했다.",
                "허페이 슈산구(蜀山區)인민정부가 지원한다.");
        Set<String> regions = names(u, EntityType.Region);
        assertTrue(regions.stream().noneMatch(n -> n.startsWith("톈진")), regions.toString());
        assertTrue(regions.contains("주취안"), regions.toString());
        assertTrue(regions.stream().anyMatch(n -> n.startsWith("슈산")), regions.toString());
    }

    @Test
    void aQuotedNameTheGazetteerKnowsIsThatEntryAndAFiscalYearIsNotAnIssueYear() {
        Unit u = article("계획", "과학기술부가 '국가 중점 연구개발계획' 2025년도 지침을 발표했다.", "북경서 회의가 열렸다.");
        assertTrue(names(u, EntityType.Policy).isEmpty(), names(u, EntityType.Policy).toString());
        assertTrue(names(u, EntityType.Program).contains("국가 중점 연구개발계획"), names(u, EntityType.Program).toString());
        assertTrue(u.facts().stream().noneMatch(f -> f.predicate().equals("issuedYear")), u.facts().toString());
        assertTrue(names(u, EntityType.Region).contains("북경"), "북경서 is 북경 with 서 (에서)");
    }

    /** A person written with traditional Hanja gets both Chinese labels and a pinyin name in person order. */
    @Test
    void namesInEveryScriptFromTheHanjaTheTextWrote() throws Exception {
        Unit u = article("달", "중국국가항천국 볜즈강(卞志剛) 부국장은 계획을 밝혔다.");
        org.cstkg.resolve.Entity p = u.entities().values().stream()
                .filter(e -> e.type() == EntityType.Person).findFirst().orElseThrow();
        assertEquals("person/bian-zhigang", p.id());
        assertEquals("卞志刚", p.zh());
        assertTrue(p.hanja().contains("卞志剛"), p.hanja().toString());
    }
}
