package org.cstkg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.cstkg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cross-script label search over the fixture, and the index following writes to the store. */
class LabelIndexTest {

    static final String ID = "https://w3id.org/cstkg/id/";
    static final String CST = "https://w3id.org/cstkg/ontology#";
    static GraphStore store;
    static LabelSearch search;

    @BeforeAll
    static void load() {
        store = GraphStore.inMemory();
        Dataset fixture = RDFDataMgr.loadDataset("src/test/resources/serve/fixture.trig");
        store.replaceGraphs(ID + "report/", fixture);
        search = new LabelSearch(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    List<String> find(String q) {
        return search.find(q, null, 10, 0).stream().map(LabelSearch.Hit::iri).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = { "과학원", "중국과학원", "科学院", "科學院", "中國科學院", "academy of sciences",
            "Chinese Academy of Sciences", "ACADEMY", "中科院", "Ｃｈｉｎｅｓｅ" })
    void theAcademyIsFoundInEveryScript(String q) {
        assertThat(find(q)).first().isEqualTo(ID + "org/cas");
    }

    @Test
    void partialWordsMatchInsideNamesButOnlyContiguously() {
        assertThat(find("반도체")).containsExactly(ID + "org/cas-institute-of-semiconductors");
        assertThat(find("发射中心")).containsExactly(ID + "facility/jiuquan-satellite-launch-center");
        assertThat(find("과원")).isEmpty();
    }

    @Test
    void typeFilterFollowsSubclasses() {
        Model ontology = RDFDataMgr.loadModel("ontology/cstkg.ttl");
        store.replaceGraph("https://w3id.org/cstkg/ontology", ontology);
        List<LabelSearch.Hit> orgs = search.find("과학원", CST + "Organization", 10, 0);
        assertThat(orgs).extracting(LabelSearch.Hit::iri).contains(ID + "org/cas");
        assertThat(search.find("과학원", CST + "Person", 10, 0)).isEmpty();
        assertThat(search.find("과학원", CST + "ResearchInstitute", 1, 1)).hasSize(1);
    }

    @Test
    void theIndexFollowsGraphReplacement() {
        Model extra = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        extra.add(extra.createResource(ID + "org/test-lab"), org.apache.jena.vocabulary.RDFS.label, "시험연구소", "ko");
        store.replaceGraph("urn:test:extra", extra);
        assertThat(find("시험연구소")).containsExactly(ID + "org/test-lab");
        store.replaceGraph("urn:test:extra", org.apache.jena.rdf.model.ModelFactory.createDefaultModel());
        assertThat(find("시험연구소")).isEmpty();
    }

    @Test
    void userTextIsQuotedNotParsed() {
        assertThat(LabelSearch.luceneQuery("academy of")).isEqualTo("\"academy\" AND \"of\"");
        assertThat(LabelSearch.luceneQuery("a\" OR *:*")).isEqualTo("\"a\\\"\" AND \"OR\"");
        assertThat(find("(2023—2025年）")).contains(ID + "policy/sme-sci-tech-special-action-2023");
        assertThatThrownBy(() -> find("*** ---")).isInstanceOf(IllegalArgumentException.class);
    }
}
