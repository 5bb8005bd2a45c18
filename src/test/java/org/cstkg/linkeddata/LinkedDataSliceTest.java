package org.cstkg.linkeddata;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cstkg.api.ApiSlice;
import org.cstkg.serve.CstkgWebApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({ ResourceController.class, OntologyController.class, VoidController.class })
@Import(ApiSlice.class)
@ContextConfiguration(classes = CstkgWebApplication.class)
class LinkedDataSliceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void resourcePageEscapesAndLinks() throws Exception {
        mvc.perform(get("/id/program/shenzhou-16").accept("text/html"))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem(containsString("Accept"))))
                .andExpect(content().string(containsString("href=\"/id/facility/jiuquan-satellite-launch-center\"")))
                .andExpect(content().string(containsString("神舟十六号")))
                .andExpect(content().string(not(containsString("<script"))));
    }

    @Test
    void resourceAsNTriples() throws Exception {
        mvc.perform(get("/id/org/moe").accept("application/n-triples"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<https://w3id.org/cstkg/id/org/moe> "
                        + "<http://www.w3.org/2000/01/rdf-schema#label> \"교육부\"@ko")));
    }

    @Test
    void ontologyAndVoid() throws Exception {
        mvc.perform(get("/ontology").accept("application/ld+json")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/ld+json")));
        mvc.perform(get("/.well-known/void").accept("application/n-triples")).andExpect(status().isOk())
                .andExpect(content().string(containsString("http://rdfs.org/ns/void#sparqlEndpoint")));
    }
}
