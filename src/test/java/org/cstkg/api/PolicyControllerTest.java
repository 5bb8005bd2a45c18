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

@WebMvcTest(PolicyController.class)
@Import(ApiSlice.class)
@ContextConfiguration(classes = CstkgWebApplication.class)
class PolicyControllerTest {

    @Autowired
    MockMvc mvc;

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
    void unknownIssuerGivesNoPolicies() throws Exception {
        mvc.perform(get("/api/policies").param("issuer", "org/nobody")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/policies").param("issuer", "org/<x>")).andExpect(status().isBadRequest());
    }
}
