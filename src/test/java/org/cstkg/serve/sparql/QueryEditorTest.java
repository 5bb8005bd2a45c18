package org.cstkg.serve.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cstkg.serve.Http.contentType;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cstkg.serve.Http;
import org.cstkg.serve.ServedFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The query editor over the running server: the page at {@code /sparql}, the vendored YASGUI, the examples. */
@ServedFixture
class QueryEditorTest {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void aBrowserWithoutAQueryGetsTheEditor() {
        HttpResponse<String> r = http.get("/sparql",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).startsWith("text/html");
        assertThat(r.body()).contains("<script src=\"yasgui/yasgui.min.js\">",
                "<script type=\"module\" src=\"query/editor.js\">", "id=\"examples\"");
        // everything the page loads is this server's: no absolute URL in any src or href
        assertThat(r.body()).doesNotContainPattern("(src|href)=\"(https?:)?//");
        // scripts stay same-origin; YASGUI sets inline styles, which its page alone may
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("script-src 'self';", "style-src 'self' 'unsafe-inline'");
    }

    @Test
    void otherClientsWithoutAQueryStillGetTheProtocolsError() {
        for (String accept : new String[] { null, "*/*", "application/sparql-results+json" }) {
            HttpResponse<String> r = http.get("/sparql", accept);
            assertThat(r.statusCode()).as(accept).isEqualTo(400);
            assertThat(contentType(r)).startsWith("application/problem+json");
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).doesNotContain("unsafe-inline");
        }
        // a query from a browser is answered, not shown in the editor
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc("ASK {}"), "text/html,*/*;q=0.8");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("yasgui");
    }

    @Test
    void yasguiIsServedFromTheJar() {
        HttpResponse<String> js = http.get("/yasgui/yasgui.min.js", null);
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(contentType(js)).contains("javascript");
        assertThat(js.body().length()).as("the whole bundle").isGreaterThan(500_000);
        HttpResponse<String> css = http.get("/yasgui/yasgui.min.css", null);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(contentType(css)).startsWith("text/css");
        assertThat(http.get("/query/editor.js", null).body()).contains("new Yasgui(", "query/examples.json");
    }

    @Test
    void theExamplesAreTheResearcherQueries() throws IOException {
        HttpResponse<String> r = http.get("/query/examples.json", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("queries"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.replaceFirst("\\.rq$", "")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (String name : files)
            assertThat(r.body()).contains("\"name\":\"" + name + "\"");
        assertThat(r.body()).contains(
                "\"question\":\"Which policies did a given ministry issue or co-issue, and in which year?\"",
                "PREFIX cst:");
    }
}
