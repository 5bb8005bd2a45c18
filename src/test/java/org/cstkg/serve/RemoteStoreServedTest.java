package org.cstkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cstkg.serve.Http.enc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.cstkg.pipeline.Ingest;
import org.cstkg.pipeline.Pipeline;
import org.cstkg.store.FusekiTestServer;
import org.cstkg.store.RemoteEndpoints;
import org.cstkg.store.RemoteStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code cstkg serve} over a remote store: a real Fuseki server started by the test on a free port, loaded with the
 * sample digest through {@code ingest}'s remote path; the REST API, Linked Data and {@code /sparql} answer from it,
 * with the same query checks as over a local store.
 */
@SpringBootTest(classes = CstkgWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RemoteStoreServedTest {

    static Path dir;
    static FusekiTestServer fuseki;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        try {
            dir = Files.createTempDirectory("cstkg-remote-served");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a store that answers only a user with a password, given in its URL: the REST routes and /sparql send it
        fuseki = FusekiTestServer.withPassword(dir.resolve("tdb2"), "reader", "pa55");
        String url = fuseki.url().replace("http://", "http://reader:pa55@");
        try (RemoteStore store = RemoteStore.connect(RemoteEndpoints.of(url, null, null, null))) {
            List<Pipeline.Outcome> done = Ingest.ingestAll(store, List.of(Path.of("data/samples")));
            assertThat(done).allMatch(Pipeline.Outcome::ok);
        }
        r.add("cstkg.store", () -> url);
        r.add("cstkg.limits.result-rows", () -> "5");
    }

    @AfterAll
    static void stop() throws IOException {
        fuseki.close();
        org.springframework.util.FileSystemUtils.deleteRecursively(dir);
    }

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void restEntityFromTheRemoteStore() {
        HttpResponse<String> r = http.get("/api/entities/org/miit", "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("Ministry of Industry and Information Technology", "공업정보화부");
        assertThat(http.get("/api/entities/org/no-such-body", "application/json").statusCode()).isEqualTo(404);
        HttpResponse<String> page = http.get("/id/org/miit", "text/turtle");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("공업정보화부");
    }

    @Test
    void searchWithoutTheLabelIndexScansLabels() {
        HttpResponse<String> r = http.get("/api/entities?q=" + enc("정보화"), "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(r.body(), "$.items[*].id")).contains("org/miit");
        HttpResponse<String> health = http.get("/api/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat((Boolean) JsonPath.read(health.body(), "$.store.remote")).isTrue();
        assertThat((String) JsonPath.read(health.body(), "$.store.search")).isEqualTo("substring scan");
        assertThat(((Number) JsonPath.read(health.body(), "$.store.quads")).longValue()).isGreaterThan(100);
    }

    @Test
    void sparqlIsForwardedToTheRemoteStoreWithTheSameChecks() {
        String q = """
                PREFIX cst: <https://w3id.org/cstkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?name WHERE {
                  ?p a cst:Policy ; cst:issuedBy ?o . ?o rdfs:label ?name FILTER(LANG(?name) = "en")
                } ORDER BY ?name LIMIT 3""";
        HttpResponse<String> r = http.get("/sparql?query=" + enc(q), "text/csv");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body().lines().skip(1).toList()).hasSize(3);

        HttpResponse<String> capped = http.get("/sparql?query=" + enc("SELECT * { ?s ?p ?o }"), "text/csv");
        assertThat(capped.statusCode()).isEqualTo(200);
        assertThat(capped.headers().firstValue("Cstkg-Result-Limit")).hasValue("5");
        assertThat(capped.body().lines().skip(1).toList()).hasSize(5);

        HttpResponse<String> service = http.get("/sparql?query="
                + enc("SELECT * { SERVICE <" + fuseki.url() + "> { ?s ?p ?o } }"), "text/csv");
        assertThat(service.statusCode()).isEqualTo(403);

        HttpResponse<String> update = http.send("POST", "/sparql", "application/sparql-update", "CLEAR ALL", null);
        assertThat(update.statusCode()).isEqualTo(403);
    }
}
