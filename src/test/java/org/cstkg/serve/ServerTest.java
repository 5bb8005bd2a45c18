package org.cstkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cstkg.serve.Http.contentType;
import static org.cstkg.serve.Http.enc;

import java.net.http.HttpResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Boots Spring and the embedded Fuseki together over the fixture and queries {@code /sparql} on the public port in
 * every result format. Spring Boot's dependency management overrides versions Jena depends on (Jetty, Jackson, …);
 * if such a clash breaks Fuseki at run time, these tests fail.
 */
@ServedFixture
class ServerTest {

    static final String ISSUERS = """
            PREFIX cst: <https://w3id.org/cstkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?name WHERE {
              ?p a cst:Policy ; rdfs:label "科技成果赋智中小企业专项行动（2023—2025年）"@zh-Hans ; cst:issuedBy ?o .
              ?o rdfs:label ?name FILTER(LANG(?name) = "en")
            } ORDER BY ?name
            """;
    static final String CONSTRUCT = """
            PREFIX cst: <https://w3id.org/cstkg/ontology#>
            CONSTRUCT { ?p cst:issuedBy ?o } WHERE { ?p cst:issuedBy ?o }
            """;
    static final String[] MINISTRIES = { "Ministry of Industry and Information Technology", "Ministry of Education",
            "Ministry of Science and Technology", "National Development and Reform Commission" };

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void fusekiAndSpringAnswerOneQueryTogether() {
        HttpResponse<String> r = http.get("/sparql?query=" + enc(ISSUERS), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).startsWith("application/sparql-results+json");
        assertThat(r.body()).contains(MINISTRIES);
    }

    @ParameterizedTest
    @CsvSource({ "application/sparql-results+json, application/sparql-results+json",
            "application/sparql-results+xml, application/sparql-results+xml", "text/csv, text/csv",
            "text/tab-separated-values, text/tab-separated-values" })
    void selectInEachFormat(String accept, String expected) {
        HttpResponse<String> r = http.get("/sparql?query=" + enc(ISSUERS), accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).startsWith(expected);
        assertThat(r.body()).contains(MINISTRIES);
    }

    @Test
    void askByPostedQuery() {
        HttpResponse<String> r = http.send("POST", "/sparql", "application/sparql-query",
                "ASK { ?s <https://w3id.org/cstkg/ontology#launchedFrom> ?o }", "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("true");
    }

    @Test
    void selectByPostedForm() {
        HttpResponse<String> r = http.send("POST", "/sparql", "application/x-www-form-urlencoded",
                "query=" + enc(ISSUERS), "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains(MINISTRIES);
    }

    @ParameterizedTest
    @CsvSource({ "text/turtle, TTL", "application/ld+json, JSONLD", "application/n-triples, NTRIPLES" })
    void constructInEachFormat(String accept, String lang) {
        HttpResponse<String> r = http.get("/sparql?query=" + enc(CONSTRUCT), accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).startsWith(accept);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body()).lang(langOf(lang)).parse(m);
        assertThat(m.size()).isEqualTo(4);
    }

    @Test
    void namedGraphsRemainQueryable() {
        String q = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s <https://w3id.org/cstkg/ontology#mentions> ?o } }";
        HttpResponse<String> r = http.get("/sparql?query=" + enc(q), "text/csv");
        assertThat(r.body().lines()).containsExactly("n", "2");
    }

    @Test
    void updatesAreRefused() {
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        HttpResponse<String> direct = http.send("POST", "/sparql", "application/sparql-update", update, null);
        assertThat(direct.statusCode()).isEqualTo(403);
        assertThat(contentType(direct)).startsWith("application/problem+json");
        assertThat(direct.body()).contains("read-only");
        HttpResponse<String> form = http.send("POST", "/sparql", "application/x-www-form-urlencoded",
                "update=" + enc(update), null);
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(http.get("/sparql?update=" + enc(update), null).statusCode()).isEqualTo(403);
        HttpResponse<String> ask = http.get("/sparql?query=" + enc("ASK { <urn:x> ?p ?o }"), "text/csv");
        assertThat(ask.body()).contains("false");
    }

    @Test
    void graphStoreWritesAreRefused() {
        String ttl = "<urn:x> <urn:y> <urn:z> .";
        for (String method : new String[] { "PUT", "POST", "DELETE" }) {
            HttpResponse<String> r = http.send(method, "/sparql?default", "text/turtle", ttl, null);
            assertThat(r.statusCode()).as(method).isEqualTo(405);
            assertThat(r.body()).as(method).contains("Graph Store writes are refused");
        }
    }

    @Test
    void badQueryIsA400() {
        HttpResponse<String> r = http.get("/sparql?query=" + enc("SELEKT * {"), null);
        assertThat(r.statusCode()).isEqualTo(400);
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "TTL" -> Lang.TTL;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.NTRIPLES;
        };
    }

}
