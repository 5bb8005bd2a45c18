package org.cstkg.serve.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cstkg.serve.Http.contentType;
import static org.cstkg.serve.Http.enc;

import java.net.http.HttpResponse;

import org.cstkg.serve.Http;
import org.cstkg.serve.LocalEndpoint;
import org.cstkg.serve.ServedFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

/**
 * Nothing a client sends to {@code /sparql} makes the server call out: SERVICE (to any host, silent or not, hidden in a
 * sub-query), FROM and FROM NAMED, the protocol's dataset parameters, and LOAD. A real HTTP server on a loopback port
 * stands for "any host" and counts what it receives.
 */
@ServedFixture
class NoOutboundRequestsTest {

    @LocalServerPort
    int port;
    Http http;
    LocalEndpoint outside;

    @BeforeEach
    void start() {
        http = new Http(port);
        outside = LocalEndpoint.start();
    }

    @AfterEach
    void stop() {
        outside.close();
    }

    HttpResponse<String> query(String query) {
        return http.send("POST", "/sparql", "application/x-www-form-urlencoded", "query=" + enc(query),
                "application/sparql-results+json");
    }

    @Test
    void serviceToAnyHostIsRefusedWithAClearError() {
        String endpoint = outside.sparqlUri().toString();
        for (String q : new String[] { "SELECT * { SERVICE <%s> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <%s> { ?s ?p ?o } }",
                "SELECT ?s { ?s a <https://w3id.org/cstkg/ontology#Policy> { SELECT ?s { SERVICE <%s> { ?s ?p ?o } } } }" }) {
            HttpResponse<String> r = query(q.formatted(endpoint));
            assertThat(r.statusCode()).as(q).isEqualTo(403);
            assertThat(contentType(r)).startsWith("application/problem+json");
            assertThat((String) JsonPath.read(r.body(), "$.detail")).contains("SERVICE " + endpoint + " is not allowed",
                    "makes no outbound requests");
        }
        HttpResponse<String> get = http.get("/sparql?query=" + enc("ASK { SERVICE <" + endpoint + "> { ?s ?p ?o } }"),
                null);
        assertThat(get.statusCode()).isEqualTo(403);
        assertThat(outside.requests()).as("requests the outside server received").isZero();
    }

    @Test
    void datasetDescriptionsNeverFetch() {
        String doc = outside.uri("/data.nt").toString();
        HttpResponse<String> from = query("SELECT (COUNT(*) AS ?n) FROM <" + doc + "> { ?s ?p ?o }");
        assertThat(from.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(from.body(), "$.results.bindings[0].n.value")).isEqualTo("0");
        HttpResponse<String> named = query("SELECT ?g FROM NAMED <" + doc + "> { GRAPH ?g { ?s ?p ?o } } LIMIT 1");
        assertThat(named.statusCode()).isEqualTo(200);
        assertThat((java.util.List<?>) JsonPath.read(named.body(), "$.results.bindings")).isEmpty();
        HttpResponse<String> protocol = http.get("/sparql?query=" + enc("ASK { ?s ?p ?o }") + "&default-graph-uri="
                + enc(doc) + "&named-graph-uri=" + enc(doc), "application/sparql-results+json");
        assertThat(protocol.statusCode()).isEqualTo(200);
        assertThat(protocol.body()).contains("false");
        assertThat(outside.requests()).isZero();
    }

    @Test
    void loadIsRefused() {
        String load = "LOAD <" + outside.uri("/data.nt") + "> INTO GRAPH <urn:x>";
        assertThat(http.send("POST", "/sparql", "application/sparql-update", load, null).statusCode()).isEqualTo(403);
        assertThat(http.send("POST", "/sparql", "application/x-www-form-urlencoded", "update=" + enc(load), null)
                .statusCode()).isEqualTo(403);
        HttpResponse<String> asQuery = query(load);
        assertThat(asQuery.statusCode()).isEqualTo(400);
        assertThat(contentType(asQuery)).startsWith("application/problem+json");
        assertThat(outside.requests()).isZero();
    }
}
