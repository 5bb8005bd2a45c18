package org.cstkg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cstkg.serve.Http.contentType;

import java.net.http.HttpResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.cstkg.serve.Http;
import org.cstkg.serve.ServedFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Dereferencing entity IRIs, the ontology and the VoID description, with content negotiation. */
@ServedFixture
class LinkedDataTest {

    static final String CAS = "https://w3id.org/cstkg/id/org/cas";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static Model parse(HttpResponse<String> r, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(m);
        return m;
    }

    @Test
    void browsersGetAnEscapedHtmlPage() {
        HttpResponse<String> r = http.get("/id/org/cas",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).startsWith("text/html");
        assertThat(String.join(", ", r.headers().allValues("Vary"))).as("Vary, beside CORS's Origin").contains("Accept");
        assertThat(r.body()).contains("중국과학원", "中国科学院", "Chinese Academy of Sciences",
                "href=\"/id/org/cas-institute-of-semiconductors\"", "(unverified)", "선저우 16호 발사 성공");
        // the policy's English label has an ampersand: it must come out escaped
        HttpResponse<String> policy = http.get("/id/policy/sme-sci-tech-special-action-2023", "text/html");
        assertThat(policy.body()).contains("S&amp;T Achievements").doesNotContain("S&T Achievements");
    }

    @ParameterizedTest
    @CsvSource({ "text/turtle, TTL", "application/ld+json, JSONLD", "application/n-triples, NTRIPLES" })
    void rdfClientsGetRdf(String accept, String lang) {
        HttpResponse<String> r = http.get("/id/org/cas", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).startsWith(accept);
        Model m = parse(r, lang.equals("TTL") ? Lang.TTL : lang.equals("JSONLD") ? Lang.JSONLD : Lang.NTRIPLES);
        assertThat(m.contains(m.createResource(CAS), RDFS.label, m.createLiteral("중국과학원", "ko"))).isTrue();
        assertThat(m.contains(m.createResource("https://w3id.org/cstkg/id/org/cas-institute-of-semiconductors"),
                m.createProperty("https://w3id.org/cstkg/ontology#partOf"), m.createResource(CAS))).isTrue();
    }

    @Test
    void formatParameterAndQualityValues() {
        assertThat(contentType(http.get("/id/org/cas?format=ttl", "text/html"))).startsWith("text/turtle");
        assertThat(contentType(http.get("/id/org/cas", "text/html;q=0.5, text/turtle"))).startsWith("text/turtle");
        assertThat(contentType(http.get("/id/org/cas", null))).startsWith("text/html");
        HttpResponse<String> none = http.get("/id/org/cas", "image/png");
        assertThat(none.statusCode()).isEqualTo(406);
        assertThat(contentType(none)).startsWith("application/problem+json");
        assertThat(none.body()).contains("\"status\":406", "text/turtle");
    }

    @Test
    void unknownResourceIs404() {
        assertThat(http.get("/id/org/unknown", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(http.get("/id/org/unknown", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void ontologyWithConneg() {
        HttpResponse<String> ttl = http.get("/ontology", "text/turtle");
        assertThat(ttl.statusCode()).isEqualTo(200);
        Model m = parse(ttl, Lang.TTL);
        assertThat(m.contains(m.createResource("https://w3id.org/cstkg/ontology#issuedBy"), null)).isTrue();
        HttpResponse<String> html = http.get("/ontology", "text/html");
        assertThat(html.body()).contains("cst:issuedBy", "cst:Policy");
    }

    @Test
    void voidDescription() {
        HttpResponse<String> r = http.get("/.well-known/void", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).startsWith("text/turtle");
        Model m = parse(r, Lang.TTL);
        assertThat(m.listObjectsOfProperty(m.createProperty(VoidController.VOID, "sparqlEndpoint")).next().toString())
                .isEqualTo(ServedFixture.PUBLIC_BASE + "/sparql");
    }
}
