package org.cstkg.serve.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cstkg.serve.Http.enc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.cstkg.serve.RawHttp;
import org.cstkg.serve.ServedFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

/**
 * What every response carries (security headers), who may read the data from another origin (CORS, read-only), and
 * the public base: links the server writes about itself come from its setting, never from the request's Host header.
 */
@ServedFixture
class HeadersTest {

    static final String ORIGIN = "https://elsewhere.example";

    @LocalServerPort
    int port;
    final HttpClient client = HttpClient.newHttpClient();

    HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0)
            b.headers(headers);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/explore", "/explore/explore.js", "/id/org/cas", "/api/health", "/api/nothing",
            "/sparql?query=ASK%7B%7D", "/ontology", "/api/swagger-ui/index.html" })
    void securityHeadersOnEveryResponse(String path) throws Exception {
        HttpResponse<String> r = send("GET", path);
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'",
                "object-src 'none'").doesNotContain("unsafe-eval");
        assertThat(csp.replaceAll(".*script-src ([^;]*).*", "$1")).doesNotContain("unsafe-inline");
        if (!path.startsWith("/api/swagger-ui/"))
            assertThat(csp).doesNotContain("unsafe-inline");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void theExplorerPageFitsThePolicy() throws Exception {
        // same-origin module scripts and style sheet only; no inline script, style attribute or handler
        String page = send("GET", "/explore").body();
        assertThat(page).containsPattern("<script type=\"module\" src=\"explore/explore.js\">")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContain("style=", "<style", " onclick=",
                        " onload=");
        String entityPage = send("GET", "/id/org/cas", "Accept", "text/html").body();
        assertThat(entityPage).doesNotContain("<style", "style=", "<script").contains("/linkeddata/page.css");
        assertThat(send("GET", "/linkeddata/page.css").statusCode()).isEqualTo(200);
    }

    @Test
    void anyOriginMayQuerySparqlWithoutCredentials() throws Exception {
        HttpResponse<String> preflight = send("OPTIONS", "/sparql", "Origin", ORIGIN, "Access-Control-Request-Method",
                "POST", "Access-Control-Request-Headers", "content-type");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("GET", "POST")
                .doesNotContain("PUT", "DELETE", "PATCH");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        HttpResponse<String> get = send("GET", "/sparql?query=" + enc("ASK {}"), "Origin", ORIGIN);
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/entities/org/cas", "/id/org/cas", "/api/health" })
    void anyOriginMayReadTheApiAndLinkedData(String path) throws Exception {
        HttpResponse<String> r = send("GET", path, "Origin", ORIGIN, "Accept", "application/json");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/sparql:PUT", "/sparql:DELETE", "/api/entities/org/cas:DELETE", "/id/org/cas:PUT",
            "/api/entities:POST" })
    void noOriginMayWrite(String pathAndMethod) throws Exception {
        String[] pm = pathAndMethod.split(":");
        HttpResponse<String> r = send("OPTIONS", pm[0], "Origin", ORIGIN, "Access-Control-Request-Method", pm[1]);
        assertThat(r.statusCode()).as(pathAndMethod).isEqualTo(403);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void theExplorerIsNotOpenToOtherOrigins() throws Exception {
        HttpResponse<String> r = send("GET", "/explore", "Origin", ORIGIN);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theHostHeaderNeverBecomesALink() {
        RawHttp raw = new RawHttp(port);
        String[] forged = { "Host: attacker.example", "X-Forwarded-Host: attacker.example", "Forwarded: host=attacker.example" };
        RawHttp.Response voidTurtle = raw.get("/.well-known/void", forged);
        assertThat(voidTurtle.status()).isEqualTo(200);
        assertThat(voidTurtle.body()).doesNotContain("attacker");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(voidTurtle.body(), Lang.TTL).parse(m);
        assertThat(m.listObjectsOfProperty(m.createProperty("http://rdfs.org/ns/void#sparqlEndpoint")).toList())
                .extracting(Object::toString).containsExactly(ServedFixture.PUBLIC_BASE + "/sparql");

        RawHttp.Response docs = raw.get("/api/docs", forged);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).doesNotContain("attacker");
        List<String> servers = JsonPath.read(docs.body(), "$.servers[*].url");
        assertThat(servers).containsExactly("/", ServedFixture.PUBLIC_BASE);
    }
}
