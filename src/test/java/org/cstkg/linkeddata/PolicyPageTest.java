package org.cstkg.linkeddata;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cstkg.api.PolicySlice;
import org.cstkg.serve.CstkgWebApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** A policy's page shows its record: every field with the sentence, citation or reference data it rests on. */
@WebMvcTest(ResourceController.class)
@Import(PolicySlice.class)
@ContextConfiguration(classes = CstkgWebApplication.class)
class PolicyPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void fieldsWithTheirSentences() throws Exception {
        mvc.perform(get("/id/policy/test-fictional-measures-2024").accept("text/html")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h2>Policy record</h2>"),
                        containsString("<th>Document number</th><td><span>虚试联〔2024〕7号 (code 虚试联, year 2024, serial 7)"),
                        containsString("<blockquote lang=\"ko\">개정판의 문서번호는 虚试联〔2024〕7号이다.</blockquote>"),
                        containsString("<th>Effective date</th><td><span>2024-04-01 (day)</span>"),
                        containsString("<th>Document type</th><td><span>办法 · 판법 · measures</span>"),
                        containsString("href=\"/id/org/test-fictional-ministry\">가상 시험부</a> "
                                + "<span class=\"muted\">(lead)</span>"),
                        containsString("<th>Revises</th>"),
                        // the awkward title is escaped, not markup
                        containsString("虚构测试管理办法, &quot;修订&quot;"), not(containsString("\"修订\"")))));
    }

    @Test
    void turtleCarriesTheStatementsWithSentencesAndReferences() throws Exception {
        mvc.perform(get("/id/policy/ngaidp").accept("application/n-triples")).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<https://w3id.org/cstkg/id/statement/ngaidp-number> "
                                + "<https://w3id.org/cstkg/ontology#basis> \"citation\""),
                        containsString("<https://w3id.org/cstkg/id/statement/ngaidp-number> "
                                + "<https://w3id.org/cstkg/ontology#sourceReference> "
                                + "<https://w3id.org/cstkg/id/report/test-policy-digest-2024-03-22/1-02/ref1>"),
                        containsString("<https://w3id.org/cstkg/id/report/test-policy-digest-2024-03-22/1-02/ref1> "
                                + "<https://w3id.org/cstkg/ontology#url> "))));
        mvc.perform(get("/id/policy/test-fictional-measures-2024").accept("application/n-triples"))
                .andExpect(content().string(containsString("<https://w3id.org/cstkg/id/report/"
                        + "test-policy-digest-2024-03-22/1-04/s2> <https://w3id.org/cstkg/ontology#text> ")));
    }

    @Test
    void citationFactsAreMarked() throws Exception {
        mvc.perform(get("/id/policy/ngaidp").accept("text/html")).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<th>Document number</th><td><span>国发〔2017〕35号"),
                        containsString("<p class=\"citation\"><span class=\"muted\">citation: </span>"
                                + "<span lang=\"zh-Hans\">国务院关于印发新一代人工智能发展规划的通知</span> "
                                + "<a href=\"https://www.gov.cn/zhengce/content/2017-07/20/content_5211996.htm\">"),
                        containsString("<th>Implemented by</th>"),
                        // the page's Sources list marks citation statements too
                        containsString("cst:documentNumber <span class=\"muted\">(citation: "))));
        // a field nothing states is shown as such
        mvc.perform(get("/id/policy/ngaidp").accept("text/html"))
                .andExpect(content().string(containsString("<th>Level</th><td><span>中央 · 중앙 · central</span></td>"
                        + "<td><span class=\"muted\">no source statement</span>")));
    }
}
