package org.cstkg.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cstkg.serve.CstkgWebApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ArticleController.class)
@Import(ApiSlice.class)
@ContextConfiguration(classes = CstkgWebApplication.class)
class ArticleControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void articleWithMentionsAndFacts() throws Exception {
        mvc.perform(get("/api/articles/report/test-weekly-2023-06-02/2-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value("II.01"))
                .andExpect(jsonPath("$.mentions.length()").value(7))
                .andExpect(jsonPath("$.facts[0].confidence").value(0.95));
    }

    @Test
    void reports() throws Exception {
        mvc.perform(get("/api/reports")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].issueDate").value("2023-06-02"));
        mvc.perform(get("/api/reports/report/none")).andExpect(status().isNotFound());
    }
}
