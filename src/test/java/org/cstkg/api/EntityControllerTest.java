package org.cstkg.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cstkg.serve.CstkgWebApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(EntityController.class)
@Import(ApiSlice.class)
@ContextConfiguration(classes = CstkgWebApplication.class)
class EntityControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void search() throws Exception {
        mvc.perform(get("/api/entities").param("q", "科學院").param("type", "ResearchInstitute"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value("org/cas"))
                .andExpect(jsonPath("$.type").value("cst:ResearchInstitute"));
        mvc.perform(get("/api/entities").param("q", "x").param("offset", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.parameter").value("offset"));
    }

    @Test
    void entityAndGraph() throws Exception {
        mvc.perform(get("/api/entities/org/miit"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.altLabels['zh-Hans'][0]").value("工信部"))
                .andExpect(jsonPath("$.links.incoming").value("/api/entities/org/miit/incoming"));
        mvc.perform(get("/api/entities/org/miit/incoming"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].property").value("cst:issuedBy"));
        mvc.perform(get("/api/entities/org/cas/graph"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.center").value("org/cas"))
                .andExpect(jsonPath("$.edges[?(@.property == 'cst:partOf')].source")
                        .value("org/cas-institute-of-semiconductors"));
        mvc.perform(get("/api/entities/org/nobody")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }
}
