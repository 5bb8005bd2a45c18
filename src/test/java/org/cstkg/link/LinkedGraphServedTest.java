package org.cstkg.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cstkg.serve.Http.enc;

import java.net.http.HttpResponse;

import org.cstkg.serve.Http;
import org.cstkg.serve.SampleFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

/** Links and division codes as the served graph, the API and the pages show them. */
@SampleFixture
class LinkedGraphServedTest {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    String sparql(String query, String accept) {
        HttpResponse<String> r = http.get("/sparql?query=" + enc("""
                PREFIX cst: <https://w3id.org/cstkg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                """ + query), accept);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    @Test
    void linksAreExactMatchesWithStatusAndNeverSameAs() {
        assertThat(sparql("ASK { ?a owl:sameAs ?b }", "application/sparql-results+json")).contains("false");
        String csv = sparql("""
                SELECT ?m ?status ?source WHERE {
                  <https://w3id.org/cstkg/id/org/cas> skos:exactMatch ?m .
                  ?st rdf:subject <https://w3id.org/cstkg/id/org/cas> ; rdf:predicate skos:exactMatch ; rdf:object ?m ;
                      cst:linkStatus ?status ; dcterms:source ?source ; cst:basis "reference-data" .
                }""", "text/csv");
        assertThat(csv).contains("http://www.wikidata.org/entity/Q530471,unverified,\"data/gazetteer/research.tsv");
        // the ROR link checked against a ROR dump: an exactMatch too, with its status and the release it was read from
        assertThat(csv).contains("https://ror.org/034t30j35,verified-offline,\"ROR data dump");
    }

    @Test
    void regionsCarryTheirOfficialCodeWithItsSource() {
        String csv = sparql("""
                SELECT ?code ?level ?file WHERE {
                  <https://w3id.org/cstkg/id/region/jiuquan> cst:divisionCode ?code ; cst:divisionLevel ?level .
                  ?st rdf:subject <https://w3id.org/cstkg/id/region/jiuquan> ; rdf:predicate cst:divisionCode ;
                      cst:referenceSource/dcterms:source ?file .
                }""", "text/csv");
        assertThat(csv).contains("620900,prefecture,data/gazetteer/generated/division-codes.tsv");
    }

    @Test
    void voidHasALinksetPerTargetWithCounts() {
        String ttl = http.get("/.well-known/void", "text/turtle").body();
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(ttl, org.apache.jena.riot.Lang.TURTLE).parse(m);
        String v = "http://rdfs.org/ns/void#";
        org.apache.jena.rdf.model.Resource ls = m.getResource(SampleFixture.PUBLIC_BASE + "/.well-known/void#links-wikidata");
        assertThat(ls.hasProperty(org.apache.jena.vocabulary.RDF.type, m.getResource(v + "Linkset"))).isTrue();
        assertThat(ls.getPropertyResourceValue(m.getProperty(v + "linkPredicate")).getURI())
                .isEqualTo("http://www.w3.org/2004/02/skos/core#exactMatch");
        long links = Long.parseLong(sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s skos:exactMatch ?o "
                + "FILTER(STRSTARTS(STR(?o), \"http://www.wikidata.org/entity/\")) }", "text/csv").lines().skip(1)
                .findFirst().orElseThrow().strip());
        assertThat(links).isPositive();
        assertThat(ls.getProperty(m.getProperty(v + "triples")).getLong()).isEqualTo(links);
        assertThat(ls.getProperty(org.apache.jena.vocabulary.DCTerms.description).getString()).contains("unverified");
        org.apache.jena.rdf.model.Resource ror = m.getResource(SampleFixture.PUBLIC_BASE + "/.well-known/void#links-ror");
        assertThat(ror.hasProperty(org.apache.jena.vocabulary.RDF.type, m.getResource(v + "Linkset"))).isTrue();
        assertThat(ror.getProperty(org.apache.jena.vocabulary.DCTerms.description).getString()).contains("verified-offline");
        long rorLinks = Long.parseLong(sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s skos:exactMatch ?o "
                + "FILTER(STRSTARTS(STR(?o), \"https://ror.org/\")) }", "text/csv").lines().skip(1).findFirst()
                .orElseThrow().strip());
        assertThat(ror.getProperty(m.getProperty(v + "triples")).getLong()).isEqualTo(rorLinks).isPositive();
    }

    @Test
    @SuppressWarnings("unchecked")
    void apiAndPageShowTheStatus() {
        String body = http.get("/api/entities/org/cas", "application/json").body();
        String wd = "$.externalLinks[?(@.source == 'wikidata')]", ror = "$.externalLinks[?(@.source == 'ror')]";
        assertThat((java.util.List<String>) JsonPath.read(body, wd + ".status")).containsExactly("unverified");
        assertThat((java.util.List<Boolean>) JsonPath.read(body, wd + ".verified")).containsExactly(false);
        assertThat((java.util.List<String>) JsonPath.read(body, wd + ".url"))
                .containsExactly("https://www.wikidata.org/wiki/Q530471");
        assertThat((java.util.List<String>) JsonPath.read(body, wd + ".recordedBy")).singleElement().asString()
                .startsWith("data/gazetteer/");
        assertThat((java.util.List<String>) JsonPath.read(body, ror + ".url")).containsExactly("https://ror.org/034t30j35");
        assertThat((java.util.List<String>) JsonPath.read(body, ror + ".status")).containsExactly("verified-offline");
        assertThat((java.util.List<Boolean>) JsonPath.read(body, ror + ".verified")).containsExactly(true);
        String checked = LinkTable.get().of("CAS").stream().filter(l -> l.target() == Target.ROR).findFirst()
                .orElseThrow().checkedOn().toString();
        assertThat((java.util.List<String>) JsonPath.read(body, ror + ".checkedOn")).containsExactly(checked);
        String page = http.get("/id/org/cas", "text/html").body();
        assertThat(page).contains("https://www.wikidata.org/wiki/Q530471").contains("(unverified)")
                .contains("https://ror.org/034t30j35").contains("(verified-offline, checked " + checked);
    }
}
