package org.cstkg.extract;

import static org.cstkg.extract.ExtractorTest.article;
import static org.cstkg.extract.ExtractorTest.facts;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each relation family on sentences written for the test. */
class RelationFamiliesTest {

    @BeforeAll
    static void load() {
        ExtractorTest.load();
    }

    @Test
    void aTitleThatEndsTheBodysOwnNameIsNoTitle() {
        // a sentence of the synthetic corpus (cstkg generate) that once failed: 연구원 is both a suffix and a title
        Set<String> f = facts(article("연구", "중국전자과기그룹 제14연구소 산하 캉톈(康天)연구원은 신에너지 자동차 연구를 담당"));
        assertTrue(f.stream().anyMatch(x -> x.endsWith("partOf 중국전자과기그룹 제14연구소")), f.toString());
    }

    @Test
    void organisersListedBeforeTheVerbOfTheEventNamedOrRecalled() {
        Set<String> f = facts(article("포럼", "2024 세계인공지능대회가 7월 상하이에서 열린다.",
                "올해 대회는 공업정보화부, 과학기술부와 상하이시가 공동 주최하고 중국과학원이 주관하며 화웨이가 후원한다."));
        assertTrue(f.stream().anyMatch(x -> x.endsWith("organizedBy 공업정보화부")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.endsWith("organizedBy 과학기술부")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.endsWith("organizedBy 중국과학원")), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.endsWith("organizedBy 화웨이")), "a sponsor is no organiser: " + f);
    }

    @Test
    void anOrganiserBeforeTheEventItHeld() {
        Set<String> f = facts(article("세미나", "원장은 칭화대학이 개최한 '양자정보 국제 심포지엄'에서 발표했다."));
        assertTrue(f.stream().anyMatch(x -> x.contains("organizedBy 칭화대학")), f.toString());
    }

    @Test
    void theSubjectTakesPartInTheEventWhereItPresents() {
        Set<String> f = facts(article("성과", "중국과학원은 15일 2024 중관촌 포럼 개막식에서 10대 성과를 공개했다."));
        assertTrue(f.stream().anyMatch(x -> x.startsWith("중국과학원 participatesIn")), f.toString());
    }

    @Test
    void theCrewNamedAfterItsMission() {
        Set<String> f = facts(article("비행", "선저우 16호 우주인 징하이펑(景海鵬)과 주양주(朱楊柱)가 귀환했다."));
        assertTrue(f.contains("징하이펑 participatesIn 선저우 16호") || f.stream().anyMatch(
                x -> x.startsWith("징하이펑 participatesIn")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.startsWith("주양주 participatesIn")), f.toString());
    }

    @Test
    void foundersThatLeadOrJoinTheFounding() {
        Set<String> f = facts(article("설립", "베이징대학 양자정보학원 설립은 중국과학원 자동화연구소가 맡아 주관했다.",
                "중국과학원 물리연구소, 칭화대학 등이 설립 작업에 함께 참여했다."));
        assertTrue(f.stream().anyMatch(x -> x.contains("establishedBy 중국과학원 자동화연구소")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.contains("establishedBy 칭화대학")), f.toString());
    }

    @Test
    void aCompanysOwnProductAndTheProductsMaker() {
        Set<String> f = facts(article("모델", "텐센트의 훈위안 대모델이 공개됐다.",
                "바이두는 자사의 '원신이옌'이 성능 평가에서 앞섰다고 밝혔다."));
        assertTrue(f.stream().anyMatch(x -> x.contains("developedBy 텐센트")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.contains("developedBy 바이두")), f.toString());
    }

    @Test
    void aBodyManagedByAnotherAndUnitsUnderABody() {
        Set<String> f = facts(article("기구", "국가데이터국이 25일 출범했다.",
                "국가발전개혁위원회가 관리하는 기구로서 데이터 정책을 맡는다.",
                "중국과학원 직속 국가나노과학센터가 연구를 이끈다."));
        assertTrue(f.stream().anyMatch(x -> x.startsWith("국가데이터국 partOf 국가발전개혁위원회")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.contains("partOf 중국과학원")), f.toString());
    }

    @Test
    void aLaunchWithItsSiteAndRocket() {
        Set<String> f = facts(article("발사", "중국은 원창우주발사센터에서 톈저우 6호를 창정 7호 로켓에 실어 쏘아 올렸다."));
        assertTrue(f.stream().anyMatch(x -> x.contains("launchedFrom")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.contains("launchVehicle")), f.toString());
    }

    @Test
    void aMakerAsSubjectOfDevelopingOrPresenting() {
        Set<String> f = facts(article("칩", "화웨이가 자체 개발한 인공지능 칩 '어센드 920'을 공개했다.",
                "중국과학기술대학 연구팀이 양자컴퓨터 '쭈충즈 3호'를 공개했다."));
        assertTrue(f.stream().anyMatch(x -> x.startsWith("어센드 920 developedBy 화웨이")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.contains("developedBy 중국과학기술대학")), f.toString());
    }

    @Test
    void aSpeakerAtTheCeremonyOfTheEventNamedBefore() {
        Set<String> f = facts(article("박람회", "제5회 세계로봇대회가 8일 베이징에서 개막했다.",
                "개막식에서 인허쥔(陰和俊) 과학기술부 부장은 축사를 했다."));
        assertTrue(f.stream().anyMatch(x -> x.startsWith("인허쥔 participatesIn")), f.toString());
        assertTrue(f.contains("인허쥔 affiliatedWith 과학기술부"), f.toString());
    }

    @Test
    void aTitledPersonRightAfterABodyAndItsAcronym() {
        Set<String> f = facts(article("달", "중국국가항천국(CNSA) 볜즈강(卞志剛) 부국장은 계획을 밝혔다."));
        assertTrue(f.stream().anyMatch(x -> x.startsWith("볜즈강 affiliatedWith 중국국가항천국")), f.toString());
    }

    @Test
    void aShortUnitNamedWithItsParentAndItsMembers() {
        Set<String> f = facts(article("위원회", "중국과학원 자문위원회가 보고서를 냈다.",
                "화남이공대학교 정보대학 쉐취안(薛泉) 교수가 참여했다."));
        assertTrue(f.stream().anyMatch(x -> x.startsWith("중국과학원 자문위원회 partOf 중국과학원")), f.toString());
        assertTrue(f.contains("쉐취안 affiliatedWith 화남이공대학교"), f.toString());
    }

    @Test
    void theIssuersInTheTitleOfAChineseNoticeArePeersNotParts() {
        Set<String> f = facts(article("工业和信息化部 教育部关于印发《人形机器人创新发展指导意见》的通知"));
        assertTrue(f.stream().anyMatch(x -> x.endsWith("issuedBy 工业和信息化部")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.endsWith("issuedBy 教育部")), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.contains("partOf")), f.toString());
    }

    @Test
    void eachMakerWithItsOwnProduct() {
        Set<String> f = facts(article("모델", "알리바바는 '퉁이첸원(通義千問)'을, 텐센트는 '훈위안(混元)'을 공개했다."));
        assertTrue(f.stream().anyMatch(x -> x.endsWith("developedBy 알리바바") && !x.contains("훈위안")), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.startsWith("훈위안") && x.endsWith("알리바바")), f.toString());
    }

    @Test
    void anEditionOfARecurringEventIsItsOwnEventAndHeldWhereItSays() {
        Unit u = article("포럼", "2025 세계인공지능대회가 다음 달 열린다.", "세계인공지능대회는 7월 상하이에서 진행된다.");
        Set<String> events = ExtractorTest.names(u, org.cstkg.rdf.EntityType.Event);
        assertTrue(events.contains("2025 세계인공지능대회"), events.toString());
        assertTrue(u.entities().values().stream().filter(e -> e.type() == org.cstkg.rdf.EntityType.Event).distinct()
                .count() == 1, "the series named alone is that edition here: " + events);
        assertTrue(facts(u).stream().anyMatch(x -> x.endsWith("locatedIn 상하이")), facts(u).toString());
    }

    @Test
    void aLatinGlossInsideAName() {
        Set<String> t = ExtractorTest.names(article("모델", "오픈AI의 챗(Chat)GPT 등장은 경쟁을 불렀다."),
                org.cstkg.rdf.EntityType.Technology);
        assertTrue(t.stream().anyMatch(n -> n.contains("GPT")), t.toString());
    }

    @Test
    void aTranslatedTitleWithTheDocumentItCitesAndItsShortName() {
        Unit u = article("계획", "과학기술부는 「과학기술부, 『국무원, 과학기술 혁신 가속에 관한 의견』을 실시하는 데 관한 방안」"
                + "(이하 \"방안\")을 발표하였다.", "\"방안\"은 2025년까지 시행된다.");
        Set<String> f = facts(u);
        assertTrue(f.stream().anyMatch(x -> x.contains("과학 기술 혁신 가속에 관한 의견") && x.endsWith("issuedBy 국무원")
                || x.contains("과학기술 혁신 가속에 관한 의견") && x.endsWith("issuedBy 국무원")), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.contains("가속에 관한 의견』") && x.endsWith("issuedBy 과학기술부")
                && x.startsWith("『")), f.toString());
        long policies = u.entities().values().stream().filter(e -> e.type() == org.cstkg.rdf.EntityType.Policy)
                .distinct().count();
        assertTrue(policies == 2, "the plan, its short name the same plan, and the opinions it cites: " + policies);
    }

    @Test
    void aPolicyThatCarriesOutOrChangesAnother() {
        Set<String> f = facts(article("정책", "과학기술부는 '신세대 인공지능 발전계획'을 관철하기 위해 '인공지능 혁신 행동계획'을 발표했다."));
        assertTrue(f.stream().anyMatch(x -> x.startsWith("인공지능 혁신 행동계획 implements 신세대 인공지능 발전계획")),
                f.toString());
        Set<String> r = facts(article("개정", "과학기술부는 '국가 과학기술계획 관리 규정'을 개정한 '국가 과학기술계획 관리 세칙'을 발표했다."));
        assertTrue(r.stream().anyMatch(x -> x.contains(" revises ")), r.toString());
        Set<String> none = facts(article("발표", "과학기술부는 '국가 중점 연구개발 계획'과 '과학기술 혁신 2030 중대 프로젝트'를 발표했다."));
        assertFalse(none.stream().anyMatch(x -> x.contains(" implements ") || x.contains(" revises ")), none.toString());
    }

    @Test
    void aUnitWithItsPlaceAfterItsParentBody() {
        Set<String> f = facts(article("연구", "중국과학원 화학연구소 베이징 분자과학국가연구센터 왕훙(王鴻) 주임은 성과를 소개했다.",
                "칭화대학 선전 첨단소재연구원은 새 촉매를 공개했다."));
        assertTrue(f.stream().anyMatch(x -> x.matches(".*분자과학국가연구센터 partOf 중국과학원 화학연구소")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.matches(".*첨단소재연구원 partOf 칭화대학")), f.toString());
        Set<String> none = facts(article("협력", "화웨이는 상하이 푸단대학과 협약을 맺었다."));
        assertTrue(none.stream().noneMatch(x -> x.contains("partOf 화웨이")), "a place ends no body's name: " + none);
    }

    @Test
    void theSubjectTakesOnTheBuildingOfAFacility() {
        Set<String> f = facts(article("시설", "허페이 국가실험실은 '차세대 토카막 장치' 건설에 박차를 가하고 있다.",
                "알리바바는 '퉁이 4.0' 개발에 착수했다고 밝혔다."));
        assertTrue(f.stream().anyMatch(x -> x.matches("차세대 토카막 장치 developedBy .*국가실험실")), f.toString());
        Set<String> backed = facts(article("지원", "과학기술부는 상하이시가 추진하는 '상하이 광원 장치' 구축에 착수하도록 승인했다."));
        assertTrue(backed.stream().noneMatch(x -> x.contains("developedBy 과학기술부")),
                "another body between the subject and the thing: " + backed);
    }

    @Test
    void aClosingNumeralSignIsTheNumeral() {
        assertTrue(Extractor.romanNumeralSign("펑청 클라우드 브레인 II").equals("펑청 클라우드 브레인 Ⅱ"));
        assertTrue(Extractor.romanNumeralSign("MIIT") == null);
        Set<String> t = ExtractorTest.names(article("컴퓨팅", "선전은 펑청 클라우드브레인Ⅱ를 기반으로 연구를 지원한다."),
                org.cstkg.rdf.EntityType.Facility);
        assertFalse(t.isEmpty(), "the numeral sign meets the gazetteer's II");
    }

    @Test
    void theTopicFoundedByTheBodiesBeforeItsKind() {
        Set<String> f = facts(article("실험실", "상하이 인공지능실험실은 상하이시 정부와 상하이교통대학, 푸단대학이 공동으로 설립한 연구기관이다."));
        assertTrue(f.stream().anyMatch(x -> x.matches(".*인공지능실험실 establishedBy 상하이교통대학")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.matches(".*인공지능실험실 establishedBy 푸단대학")), f.toString());
        Set<String> other = facts(article("기업", "화웨이는 선전시가 설립한 펀드의 투자를 받았다."));
        assertTrue(other.stream().noneMatch(x -> x.startsWith("화웨이 establishedBy")), other.toString());
    }

    @Test
    void aResearcherAfterHisNameIsNoInstitute() {
        Unit u = article("센서", "칭화대학 정밀기기학과 저우밍 연구원은 새 센서 기술을 소개했다.");
        Set<String> people = ExtractorTest.names(u, org.cstkg.rdf.EntityType.Person);
        assertTrue(people.contains("저우밍"), people.toString());
        assertTrue(people.stream().noneMatch(n -> n.startsWith("새")), "no name after the person's own title: " + people);
        assertTrue(u.entities().values().stream().noneMatch(e -> e.koNames().stream().anyMatch(n -> n.endsWith("저우밍 연구원"))),
                u.entities().toString());
    }

    @Test
    void aUnitUnderABodyGlossedWithItsAcronym() {
        Unit u = article("기구", "베이징시 인민정부는 계획을 발표했다.",
                "공업정보화부(MIIT) 산하 전자정보산업발전연구원은 보고서를 냈다.",
                "국가자연과학기금위원회(NSFC) 리징하이 부주임은 기조연설을 했다.");
        Set<String> f = facts(u);
        assertTrue(f.stream().anyMatch(x -> x.matches("전자정보산업발전연구원 partOf 공업정보화부")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.matches("리징하이 affiliatedWith 국가자연과학기금위원회")), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.matches("리징하이 affiliatedWith 베이징.*")), f.toString());
    }

    @Test
    void aTitleIsNoNameBeforeTheTeam() {
        Unit u = article("소재", "베이징대학 왕이팡 원사 연구팀은 새 소재를 개발했다.");
        Set<String> people = ExtractorTest.names(u, org.cstkg.rdf.EntityType.Person);
        assertTrue(people.contains("왕이팡"), people.toString());
        assertFalse(people.contains("원사"), people.toString());
    }

    @Test
    void aProvinceOrCityIssuesAsItsGovernment() {
        Set<String> f = facts(article("정책", "광둥성은 '반도체 산업 고품질 발전 행동계획'을 인쇄발부했다."));
        assertTrue(f.stream().anyMatch(x -> x.endsWith("issuedBy 광둥성")), f.toString());
        Set<String> country = facts(article("정책", "중국은 '반도체 산업 고품질 발전 행동계획'을 발표했다."));
        assertTrue(country.stream().noneMatch(x -> x.contains(" issuedBy ")), "a country is not its issuing body: " + country);
    }

    @Test
    void theEventRecalledIsOfTheKindTheSentenceNames() {
        Set<String> f = facts(article("행사", "'2025 선전 로봇 박람회'가 8일 개막했다.",
                "이번 포럼은 과학기술부가 주최했다.", "이번 박람회는 선전시 정부가 주최했다."));
        assertTrue(f.stream().noneMatch(x -> x.endsWith("organizedBy 과학기술부")), "a forum is not the fair: " + f);
        assertTrue(f.stream().anyMatch(x -> x.contains("박람회 organizedBy 선전시")), f.toString());
    }

    @Test
    void aTitleWithTheCopulaBeforeTheName() {
        Set<String> f = facts(article("인물", "칭화대학 교수이자 중국과학원 원사인 야오치즈(姚期智)는 강연을 했다.",
                "외교부 대변인 왕원빈은 브리핑에서 입장을 밝혔다."));
        assertTrue(f.stream().anyMatch(x -> x.matches("야오치즈.* affiliatedWith 중국과학원")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.matches("왕원빈 affiliatedWith 외교부")), f.toString());
        Set<String> g = facts(article("인물", "중국공정원 원사 저우지가 개막 연설을 했다.", "마화텅은 텐센트 창업자다."));
        assertTrue(g.stream().anyMatch(x -> x.matches("저우지 affiliatedWith 중국공정원")), "a title naming its body: " + g);
        assertTrue(g.stream().anyMatch(x -> x.matches("마화텅 affiliatedWith 텐센트")), "a title as the predicate: " + g);
    }

    @Test
    void aCollegeFoundedByItsUniversityOrSetUpAtABodyIsPartOfIt() {
        Set<String> f = facts(article("대학", "푸단대학이 인공지능혁신단과대 설립을 발표했다.",
                "저장대학에 양자정보연구소 설립", "베이징대학에 따르면 화웨이가 새 연구소를 설립했다."));
        assertTrue(f.stream().anyMatch(x -> x.matches(".*단과대 partOf 푸단대학")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.matches(".*양자정보연구소 partOf 저장대학")), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.endsWith("partOf 베이징대학")), "according to a body is not at it: " + f);
    }
}
