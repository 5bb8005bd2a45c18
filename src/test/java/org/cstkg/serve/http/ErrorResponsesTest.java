package org.cstkg.serve.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cstkg.serve.Http.contentType;

import java.net.http.HttpResponse;

import org.cstkg.serve.Http;
import org.cstkg.serve.RawHttp;
import org.cstkg.serve.ServedFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

/**
 * Bad input is the client's fault: 400 (or another 4xx) as problem+json naming what was wrong, never a 500, never a
 * stack trace in the response or the server's log. Every 4xx/5xx of the server is problem+json, including those
 * Tomcat produces itself and {@code /error}.
 */
@ServedFixture
@ExtendWith(OutputCaptureExtension.class)
class ErrorResponsesTest {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static void assertProblem(HttpResponse<String> r, int status) {
        assertProblem(r.uri().toString(), r.statusCode(), contentType(r), r.body(), status);
    }

    static void assertProblem(String what, RawHttp.Response r, int status) {
        assertProblem(what, r.status(), String.valueOf(r.header("Content-Type")), r.body(), status);
    }

    static void assertProblem(String what, int actual, String contentType, String body, int status) {
        assertThat(actual).as(what + " → " + body).isEqualTo(status);
        assertThat(contentType).as(what).startsWith("application/problem+json");
        assertThat((Integer) JsonPath.read(body, "$.status")).isEqualTo(status);
        assertThat(body).doesNotContain("Exception", "\tat ", "at org.");
    }

    /** Raw query strings, sent as they are: a bad escape, bytes that are not UTF-8, a truncated sequence. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "/api/entities?q=%zz | q", "/api/entities?q=%C3%28 | q",
            "/api/entities?q=%E0%A4 | q", "/api/entities?q=%FF | q", "/api/policies?issuer=%zz | issuer",
            "/api/policies?issuer=%C3%28 | issuer", "/id/org/cas?format=%zz | format",
            "/id/org/cas?format=%FF%FE | format", "/sparql?query=%zz | query", "/sparql?query=%C3%28 | query",
            "/ontology?format=%E0%A4 | format" })
    void badEscapesAndInvalidUtf8Are400(String pathAndQuery, String parameter, CapturedOutput output) {
        RawHttp.Response r = new RawHttp(port).get(pathAndQuery, "Accept: application/json");
        assertProblem(pathAndQuery, r, 400);
        assertThat((String) JsonPath.read(r.body(), "$.parameter")).isEqualTo(parameter);
        assertThat((String) JsonPath.read(r.body(), "$.detail")).contains("not valid percent-encoded UTF-8");
        // the server's log reaches this capture (a line written the same way is seen), and holds no stack trace
        LoggerFactory.getLogger("org.cstkg.test").warn("capture-check {}", pathAndQuery);
        assertThat(output.getAll()).contains("capture-check " + pathAndQuery).doesNotContain("\tat ", "Exception");
    }

    @Test
    void badEscapesInThePathAreAProblemFromTomcatItself(CapturedOutput output) {
        for (String path : new String[] { "/api/entities/org/%zz", "/id/org/%C3%28", "/api/entities/org%2Fmiit" })
            assertProblem(path, new RawHttp(port).get(path, "Accept: text/html"), 400);
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void errorPageIsNever500() {
        HttpResponse<String> direct = http.get("/error", "application/json");
        assertProblem(direct, 404);
        assertThat(direct.body()).doesNotContain("999");
        assertProblem(http.get("/error", "text/html"), 404);
        assertProblem(http.send("POST", "/error", "application/json", "{}", null), 404);
    }

    @Test
    void notAcceptableIsProblemJson() {
        for (String path : new String[] { "/id/org/cas", "/ontology", "/.well-known/void", "/api/entities/org/cas",
                "/api/stats" })
            assertProblem(http.get(path, "image/png"), 406);
    }

    @ParameterizedTest
    @CsvSource({ "GET, /api/nothing-here, 404", "GET, /api/entities?limit=abc, 400", "GET, /api/entities?type=Ship, 400",
            "DELETE, /api/entities/org/cas, 405", "POST, /api/stats, 405", "GET, /api/entities/org/nobody, 404",
            "GET, /api/timeline?from=yesterday, 400", "GET, /nothing-here, 404", "GET, /explore/nothing.js, 404",
            "PUT, /sparql, 405" })
    void everyErrorIsProblemJson(String method, String path, int status) {
        assertProblem(http.send(method, path, "application/json", "", "application/json"), status);
    }
}
