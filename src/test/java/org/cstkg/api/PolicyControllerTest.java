package org.cstkg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.cstkg.serve.CstkgWebApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code /api/policies} and {@code /api/policies/network} over the fixture with the policy records. */
@WebMvcTest({ PolicyController.class, EntityController.class })
@Import(PolicySlice.class)
@ContextConfiguration(classes = CstkgWebApplication.class)
class PolicyControllerTest {

    static final String SME = "policy/sme-sci-tech-special-action-2023", EE = "policy/energy-electronics-guiding-opinions",
            NGAIDP = "policy/ngaidp", AI3 = "policy/ai-industry-three-year-action-plan-2018",
            BJ = "policy/beijing-agi-measures-2023", SZ = "policy/shenzhen-ai-action-programme-2023",
            F24 = "policy/test-fictional-measures-2024", F20 = "policy/test-fictional-measures-2020";

    @Autowired
    MockMvc mvc;

    private ResultActions ids(ResultActions r, String... ids) throws Exception {
        r.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(ids.length));
        return ids.length == 0 ? r.andExpect(jsonPath("$.items").isEmpty())
                : r.andExpect(jsonPath("$.items[*].id", contains(ids)));
    }

    @Test
    void everyPolicyByYearThenId() throws Exception {
        ids(mvc.perform(get("/api/policies")), AI3, NGAIDP, F20, BJ, EE, SZ, SME, F24)
                .andExpect(jsonPath("$.limit").value(100)).andExpect(jsonPath("$.offset").value(0));
    }

    @Test
    void byIssuerNameInKorean() throws Exception {
        mvc.perform(get("/api/policies").param("issuer", "과학기술부").param("year", "2023"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matchedIssuers[0].id").value("org/most"))
                .andExpect(jsonPath("$.items[0].labels.en[0]")
                        .value("Special Action for S&T Achievements Empowering SMEs (2023–2025)"))
                .andExpect(jsonPath("$.items[0].issuers.length()").value(4));
    }

    @Test
    void byAnyNamedIssuerOrOnlyTheLead() throws Exception {
        ids(mvc.perform(get("/api/policies").param("issuer", "org/miit")), AI3, EE, SME, F24);
        ids(mvc.perform(get("/api/policies").param("issuer", "工信部")), AI3, EE, SME, F24)
                .andExpect(jsonPath("$.matchedIssuers[0].id").value("org/miit"));
        ids(mvc.perform(get("/api/policies").param("issuer", "org/miit").param("lead", "true")), AI3, EE, SME)
                .andExpect(jsonPath("$.lead").value(true));
        ids(mvc.perform(get("/api/policies").param("issuer", "org/most")), SME, F24);
        ids(mvc.perform(get("/api/policies").param("issuer", "org/most").param("lead", "true")));
    }

    @Test
    void byYearRangeTypeAndLevel() throws Exception {
        ids(mvc.perform(get("/api/policies").param("from", "2023").param("to", "2023")), BJ, EE, SZ, SME);
        ids(mvc.perform(get("/api/policies").param("from", "2018")), F20, BJ, EE, SZ, SME, F24);
        ids(mvc.perform(get("/api/policies").param("to", "2017")), AI3, NGAIDP);
        // a broader type finds the narrower ones: 意见 finds 指导意见
        ids(mvc.perform(get("/api/policies").param("type", "意见")), EE);
        for (String t : List.of("专项行动", "zhuanxiang-xingdong", "특별행동", "Special Action"))
            ids(mvc.perform(get("/api/policies").param("type", t)), SME);
        ids(mvc.perform(get("/api/policies").param("type", "办法").param("from", "2021")), F24);
        ids(mvc.perform(get("/api/policies").param("level", "provincial")), BJ);
        ids(mvc.perform(get("/api/policies").param("level", "시급")), SZ);
        ids(mvc.perform(get("/api/policies").param("level", "central").param("issuer", "org/miit").param("year", "2023")),
                EE, SME);
    }

    @Test
    void pages() throws Exception {
        mvc.perform(get("/api/policies").param("limit", "2").param("offset", "3")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(8)).andExpect(jsonPath("$.items[*].id", contains(BJ, EE)));
    }

    @Test
    void aRecordHasEveryField() throws Exception {
        mvc.perform(get("/api/policies").param("type", "专项行动")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].officialTitle").value("科技成果赋智中小企业专项行动（2023—2025年）"))
                .andExpect(jsonPath("$.items[0].issueDate.value").value("2023-05"))
                .andExpect(jsonPath("$.items[0].issueDate.precision").value("month"))
                .andExpect(jsonPath("$.items[0].year").value("2023"))
                .andExpect(jsonPath("$.items[0].period.start").value("2023"))
                .andExpect(jsonPath("$.items[0].period.end").value("2025"))
                .andExpect(jsonPath("$.items[0].type.notation").value("专项行动"))
                .andExpect(jsonPath("$.items[0].type.labels.ko").value("특별행동"))
                .andExpect(jsonPath("$.items[0].level.notation").value("central"))
                .andExpect(jsonPath("$.items[0].leadIssuer.id").value("org/miit"))
                .andExpect(jsonPath("$.items[0].issuers[0].id").value("org/miit"))
                .andExpect(jsonPath("$.items[0].issuers[0].lead").value(true))
                .andExpect(jsonPath("$.items[0].issuers[1].lead").value(false))
                .andExpect(jsonPath("$.items[0].namedIssuers").value(4))
                .andExpect(jsonPath("$.items[0].coIssuerCount").value(10))
                .andExpect(jsonPath("$.items[0].issuersComplete").value(false));
        mvc.perform(get("/api/policies").param("issuer", "org/test-fictional-ministry").param("from", "2024"))
                .andExpect(jsonPath("$.items[0].documentNumber.text").value("虚试联〔2024〕7号"))
                .andExpect(jsonPath("$.items[0].documentNumber.code").value("虚试联"))
                .andExpect(jsonPath("$.items[0].documentNumber.year").value("2024"))
                .andExpect(jsonPath("$.items[0].documentNumber.serial").value(7))
                .andExpect(jsonPath("$.items[0].issueDate.precision").value("day"))
                .andExpect(jsonPath("$.items[0].effectiveDate.value").value("2024-04-01"))
                .andExpect(jsonPath("$.items[0].revises[0].id").value(F20));
        mvc.perform(get("/api/policies").param("to", "2017").param("issuer", "org/state-council"))
                .andExpect(jsonPath("$.items[0].officialUrl")
                        .value("https://www.gov.cn/zhengce/content/2017-07/20/content_5211996.htm"))
                .andExpect(jsonPath("$.items[0].implementedBy[0].id").value(AI3));
    }

    @Test
    void badParametersAreProblems() throws Exception {
        for (String[] p : List.of(new String[] { "year", "23" }, new String[] { "from", "2024x" },
                new String[] { "type", "nonsense" }, new String[] { "level", "galactic" },
                new String[] { "limit", "0" }, new String[] { "limit", "1001" }, new String[] { "offset", "-1" },
                new String[] { "format", "xml" }, new String[] { "lead", "maybe" }, new String[] { "lead", "true" }))
            mvc.perform(get("/api/policies").param(p[0], p[1])).andExpect(status().isBadRequest())
                    .andExpect(content().contentType("application/problem+json"))
                    .andExpect(jsonPath("$.parameter").value(p[0]));
        mvc.perform(get("/api/policies").param("from", "2024").param("to", "2023"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("from"));
        mvc.perform(get("/api/policies").param("type", "nonsense"))
                .andExpect(jsonPath("$.detail").value(containsString("专项行动")));
        // a CSV client still gets a readable problem
        mvc.perform(get("/api/policies").param("year", "x").accept("text/csv")).andExpect(status().isBadRequest());
    }

    @Test
    void unknownIssuerGivesNoPolicies() throws Exception {
        mvc.perform(get("/api/policies").param("issuer", "org/nobody")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/policies").param("issuer", "org/<x>")).andExpect(status().isBadRequest());
    }

    @Test
    void networkOfCoIssuers() throws Exception {
        mvc.perform(get("/api/policies/network")).andExpect(status().isOk())
                .andExpect(jsonPath("$.policies").value(8))
                .andExpect(jsonPath("$.truncated").value(false))
                .andExpect(jsonPath("$.nodes[0].id").value("org/miit"))
                .andExpect(jsonPath("$.nodes[0].policies").value(4))
                .andExpect(jsonPath("$.nodes[0].labels.ko").value("공업정보화부"))
                .andExpect(jsonPath("$.edges[0].source").value("org/miit"))
                .andExpect(jsonPath("$.edges[0].target").value("org/most"))
                .andExpect(jsonPath("$.edges[0].weight").value(2))
                .andExpect(jsonPath("$.edges[0].policies", contains(SME, F24)))
                .andExpect(jsonPath("$.edges.length()").value(8)); // 6 pairs of SME's 4 + 3 of F24's, miit–most shared
        mvc.perform(get("/api/policies/network").param("from", "2024")).andExpect(status().isOk())
                .andExpect(jsonPath("$.policies").value(1)).andExpect(jsonPath("$.nodes.length()").value(3))
                .andExpect(jsonPath("$.edges[*].weight", contains(1, 1, 1)));
        mvc.perform(get("/api/policies/network").param("level", "provincial")).andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes[*].id", contains("org/beijing-gov-office")))
                .andExpect(jsonPath("$.edges.length()").value(0));
        // one body's co-issuers: MOST issued two policies, with MIIT both times
        mvc.perform(get("/api/policies/network").param("issuer", "과학기술부")).andExpect(status().isOk())
                .andExpect(jsonPath("$.policies").value(2)).andExpect(jsonPath("$.nodes.length()").value(5))
                .andExpect(jsonPath("$.edges[0].source").value("org/miit"))
                .andExpect(jsonPath("$.edges[0].target").value("org/most"))
                .andExpect(jsonPath("$.edges[0].weight").value(2));
        mvc.perform(get("/api/policies/network").param("from", "x")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("from"));
    }

    @Test
    void policyEntityCarriesItsRecordWithSources() throws Exception {
        mvc.perform(get("/api/entities/" + F24)).andExpect(status().isOk())
                .andExpect(jsonPath("$.policy.documentNumber.text").value("虚试联〔2024〕7号"))
                .andExpect(jsonPath("$.policy.sources[?(@.property == 'cst:documentNumber')].basis", contains("sentence")))
                .andExpect(jsonPath("$.policy.sources[?(@.property == 'cst:documentNumber')].text", contains("개정판의 문서번호는 虚试联〔2024〕7号이다.")))
                .andExpect(jsonPath("$.policy.sources[?(@.property == 'cst:effectiveDate')].value", contains("2024-04-01")));
        mvc.perform(get("/api/entities/" + NGAIDP).param("view", "full")).andExpect(status().isOk())
                .andExpect(jsonPath("$.policy.sources[?(@.property == 'cst:documentNumber')].basis", contains("citation")))
                .andExpect(jsonPath("$.policy.sources[?(@.property == 'cst:documentNumber')].reference.label", contains("国务院关于印发新一代人工智能发展规划的通知")))
                .andExpect(jsonPath("$.policy.sources[?(@.property == 'cst:officialUrl')].referenceUrl", contains("https://www.gov.cn/zhengce/content/2017-07/20/content_5211996.htm")))
                .andExpect(jsonPath("$.evidence[*].basis").value(hasItem("citation")))
                .andExpect(jsonPath("$.evidence[?(@.basis == 'citation')].reference.label")
                        .value(hasItem("国务院关于印发新一代人工智能发展规划的通知")));
        // the SME action: its issuers rest on a sentence, its type and lead issuer on the cited title
        mvc.perform(get("/api/entities/" + SME)).andExpect(status().isOk())
                .andExpect(jsonPath("$.policy.sources[?(@.property == 'cst:issuedBy')].basis").value(hasItem("sentence")))
                .andExpect(jsonPath("$.policy.sources[?(@.property == 'cst:documentType')].basis", contains("citation")));
        mvc.perform(get("/api/entities/org/miit")).andExpect(status().isOk())
                .andExpect(jsonPath("$.policy").doesNotExist());
    }

    @Test
    void csvMediaTypeDetection() {
        assertThat(PolicyController.csv(null, "text/csv")).isTrue();
        assertThat(PolicyController.csv(null, "application/json, text/csv;q=0.5")).isFalse();
        assertThat(PolicyController.csv(null, "text/csv, application/json;q=0.5")).isTrue();
        assertThat(PolicyController.csv(null, "*/*")).isFalse();
        assertThat(PolicyController.csv(null, "not a media type;;")).isFalse();
        assertThat(PolicyController.csv("CSV", "application/json")).isTrue();
    }
}
