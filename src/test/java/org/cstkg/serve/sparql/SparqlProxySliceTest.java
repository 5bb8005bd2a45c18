package org.cstkg.serve.sparql;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cstkg.serve.QueryEndpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The proxy's refusals happen before anything reaches Fuseki (which is a mock here). */
@WebMvcTest(SparqlProxy.class)
class SparqlProxySliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    QueryEndpoint fuseki;

    @Test
    void sparqlUpdateIsForbidden() throws Exception {
        mvc.perform(post("/sparql").contentType("application/sparql-update").content("CLEAR ALL"))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.title").value("Read-only endpoint"));
        mvc.perform(post("/sparql").contentType("application/x-www-form-urlencoded").param("update", "CLEAR ALL"))
                .andExpect(status().isForbidden());
    }

    @Test
    void graphStoreWritesAreNotAllowed() throws Exception {
        mvc.perform(put("/sparql").param("default", "").contentType("text/turtle").content("<a:b> <a:c> <a:d> ."))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", org.hamcrest.Matchers.containsString("GET")));
        mvc.perform(post("/sparql").contentType("text/turtle").content("<a:b> <a:c> <a:d> ."))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(get("/sparql").param("update", "CLEAR ALL")).andExpect(status().isForbidden());
    }
}
