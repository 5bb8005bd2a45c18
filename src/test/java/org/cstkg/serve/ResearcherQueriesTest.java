package org.cstkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.cstkg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every researcher query in {@code queries/} runs against the fixture with its expected answer (the policy-record
 * queries against the fixture with {@code serve/policies.trig}). Rows are written as
 * {@code a | b | c}: cstkg ids for resources in the id namespace, {@code cst:X} for ontology terms, lexical forms for
 * literals, {@code -} for unbound.
 */
class ResearcherQueriesTest {

    static final Path DIR = Path.of("queries");
    static final String ID = "https://w3id.org/cstkg/id/";
    static final String A1 = "report/test-weekly-2023-06-02/1-01", A2 = "report/test-weekly-2023-06-02/2-01";

    static final String SZ16 = "program/shenzhou-16 | facility/jiuquan-satellite-launch-center | technology/long-march-2f | ";

    static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            Map.entry("01-ministry-policies.rq", List.of(
                    "policy/sme-sci-tech-special-action-2023 | 科技成果赋智中小企业专项行动（2023—2025年） | 2023")),
            Map.entry("02-co-issued-policies.rq", List.of("policy/sme-sci-tech-special-action-2023 | 4 | 10")),
            Map.entry("03-policies-by-year-and-issuer.rq", List.of(
                    "2023 | org/miit | Ministry of Industry and Information Technology | 1",
                    "2023 | org/moe | Ministry of Education | 1",
                    "2023 | org/most | Ministry of Science and Technology | 1",
                    "2023 | org/ndrc | National Development and Reform Commission | 1")),
            Map.entry("04-institutions-by-region.rq", List.of(
                    "region/beijing | Beijing | org/buaa | 베이징항공항천대학 | Beihang University",
                    "region/beijing | Beijing | org/cas | 중국과학원 | Chinese Academy of Sciences",
                    "region/beijing | Beijing | org/cas-institute-of-semiconductors | 중국과학원 반도체연구소 | Institute of Semiconductors")),
            Map.entry("05-people-affiliations-roles.rq", List.of(
                    "person/gui-haichao | 구이하이차오 | Gui Haichao | org/buaa | 교수 | professor | current",
                    "person/jing-haipeng | 징하이펑 | Jing Haipeng | program/shenzhou-16 | 지령장 | commander | current")),
            Map.entry("06-mission-crew-and-launch-site.rq", List.of(
                    SZ16 + "person/gui-haichao | Gui Haichao", SZ16 + "person/jing-haipeng | Jing Haipeng",
                    SZ16 + "person/zhu-yangzhu | Zhu Yangzhu")),
            Map.entry("07-what-a-lab-developed.rq", List.of(
                    "org/cas | org/cas-institute-of-semiconductors | technology/test-laser-chip | 고출력 레이저 칩 | high-power laser chip",
                    "org/cas-institute-of-semiconductors | org/cas-institute-of-semiconductors | technology/test-laser-chip | 고출력 레이저 칩 | high-power laser chip")),
            Map.entry("08-co-mentioned-entities.rq", List.of("facility/jiuquan-satellite-launch-center | 1",
                    "org/cas-institute-of-semiconductors | 1", "org/miit | 1", "org/moe | 1", "org/most | 1",
                    "org/ndrc | 1", "person/gui-haichao | 1", "person/jing-haipeng | 1", "person/zhu-yangzhu | 1",
                    "program/shenzhou-16 | 1", "technology/long-march-2f | 1")),
            Map.entry("09-fact-provenance.rq", List.of(
                    "policy/sme-sci-tech-special-action-2023 | cst:issuedBy | org/miit | " + A1 + " | " + A1
                            + "/s1 | 공업정보화부는 교육부, 과학기술부 등과 함께 중소기업의 기술 혁신을 돕는 3년 계획을 내놓았다.",
                    "program/shenzhou-16 | cst:launchedFrom | facility/jiuquan-satellite-launch-center | " + A2 + " | "
                            + A2 + "/s1 | 세 명의 우주인을 태운 선저우 16호가 주취안 발사장에서 창정 2F 로켓으로 하늘에 올랐다.")),
            Map.entry("10-external-links.rq", List.of("org/cas | Chinese Academy of Sciences | Q530471 | unverified",
                    "org/miit | Ministry of Industry and Information Technology | Q1097405 | unverified")),
            Map.entry("11-issuers-of-a-policy.rq", List.of(
                    "org/miit | 공업정보화부 | Ministry of Industry and Information Technology",
                    "org/moe | 교육부 | Ministry of Education", "org/most | 과학기술부 | Ministry of Science and Technology",
                    "org/ndrc | 국가발전개혁위원회 | National Development and Reform Commission")),
            Map.entry("12-sub-units.rq", List.of("org/cas-institute-of-semiconductors | Institute of Semiconductors")),
            Map.entry("13-articles-per-report.rq", List.of(
                    "report/test-weekly-2023-06-02 | " + A1 + " | I.01 | 정책동향 | 7",
                    "report/test-weekly-2023-06-02 | " + A2 + " | II.01 | 기술동향 | 7")));

    /** The policy queries run over the fixture with the policy records of {@code serve/policies.trig}. */
    static final Map<String, List<String>> POLICY_EXPECTED = Map.of(
            "14-co-issuing-pairs.rq", List.of(
                    "org/miit | 공업정보화부 | org/most | 과학기술부 | 2",
                    "org/miit | 공업정보화부 | org/moe | 교육부 | 1",
                    "org/miit | 공업정보화부 | org/ndrc | 국가발전개혁위원회 | 1",
                    "org/miit | 공업정보화부 | org/test-fictional-ministry | 가상 시험부 | 1",
                    "org/moe | 교육부 | org/most | 과학기술부 | 1",
                    "org/moe | 교육부 | org/ndrc | 국가발전개혁위원회 | 1",
                    "org/most | 과학기술부 | org/ndrc | 국가발전개혁위원회 | 1",
                    "org/most | 과학기술부 | org/test-fictional-ministry | 가상 시험부 | 1"),
            "15-policies-by-type-and-year.rq", List.of(
                    "2017 | document-type/xingdong-jihua | 行动计划 | 1",
                    "2017 | document-type/guihua | 规划 | 1",
                    "2020 | document-type/banfa | 办法 | 1",
                    "2023 | document-type/zhuanxiang-xingdong | 专项行动 | 1",
                    "2023 | document-type/zhidao-yijian | 指导意见 | 1",
                    "2023 | document-type/cuoshi | 措施 | 1",
                    "2023 | document-type/xingdong-fangan | 行动方案 | 1",
                    "2024 | document-type/banfa | 办法 | 1"),
            "16-policies-implementing-a-policy.rq", List.of(
                    "policy/ai-industry-three-year-action-plan-2018 | 차세대 인공지능산업 발전 촉진 3년 행동계획 | 2017 | "
                            + "policy/ngaidp"),
            // the energy-electronics guideline: "공업정보화부 등 6개 부처", six stated, one named
            "17-issuers-stated-not-all-named.rq", List.of(
                    "policy/energy-electronics-guiding-opinions | 에너지전자산업 발전 추진에 관한 지도의견 | 6 | 1",
                    "policy/sme-sci-tech-special-action-2023 | 중소기업 과학기술 성과 이전을 위한 특별행동 | 10 | 4"));

    static GraphStore store, policyStore;
    static Sparql sparql;

    @BeforeAll
    static void load() {
        store = Fixture.store();
        policyStore = Fixture.withPolicies();
        sparql = new Sparql(store);
    }

    @AfterAll
    static void close() {
        store.close();
        policyStore.close();
    }

    static Stream<String> queries() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList().stream();
        }
    }

    @Test
    void atLeastTenQueriesEachWithAnExpectation() throws IOException {
        List<String> expected = new ArrayList<>(EXPECTED.keySet());
        expected.addAll(POLICY_EXPECTED.keySet());
        assertThat(queries().toList()).hasSizeGreaterThanOrEqualTo(10).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("queries")
    void queryAnswersAsExpected(String name) throws IOException {
        String text = Files.readString(DIR.resolve(name));
        assertThat(text).as("comment header stating the question").startsWith("# Question:");
        Query query = QueryFactory.create(text);
        List<String> rows = new ArrayList<>();
        boolean policies = POLICY_EXPECTED.containsKey(name);
        for (QuerySolution row : (policies ? new Sparql(policyStore) : sparql).select(query)) {
            List<String> cells = new ArrayList<>();
            for (String v : query.getResultVars())
                cells.add(cell(row.get(v)));
            rows.add(String.join(" | ", cells));
        }
        assertThat(rows).as(name).containsExactlyElementsOf((policies ? POLICY_EXPECTED : EXPECTED).get(name));
    }

    static String cell(RDFNode n) {
        if (n == null)
            return "-";
        if (n.isLiteral())
            return n.asLiteral().getLexicalForm();
        if (n.isAnon())
            return "_";
        String iri = n.asResource().getURI();
        if (iri.startsWith(ID))
            return iri.substring(ID.length());
        return iri.startsWith(Ontology.NS) ? "cst:" + iri.substring(Ontology.NS.length()) : iri;
    }
}
