package org.cstkg.serve.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.cstkg.serve.CstkgWebApplication;
import org.cstkg.serve.Http;
import org.cstkg.serve.admin.AdminCredential;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Conditional GET and the response cache on a real server over a real (in-memory TDB2) store: an answer is tagged by
 * its content, a client holding it gets 304, and a live update (a document added, then removed, through the admin
 * routes) is seen by the next request, cached or not, entity view and search alike.
 */
@SpringBootTest(classes = CstkgWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "cstkg.db=mem:", "cstkg.initial-load=src/test/resources/serve/fixture.trig" })
class CachedAnswersTest {

    static final String PASSWORD = "cache-test-" + Long.toHexString(System.nanoTime());
    static final Path ARTICLE = Path.of("src/test/resources/golden/article/newspaper-with-byline.txt");
    static final String DOC = "doc/newspaper-with-byline-2024-05-20";
    /** A sentence of ours added to the article, so that the document mentions an entity the fixture has. */
    static final String CAS_SENTENCE = "\n중국과학원도 같은 날 반도체 연구 성과를 발표했다.\n";

    @DynamicPropertySource
    static void admin(DynamicPropertyRegistry registry) {
        registry.add("cstkg.admin.password-hash", () -> AdminCredential.hash(PASSWORD));
    }

    @LocalServerPort
    int port;

    Http http() {
        return new Http(port);
    }

    HttpResponse<String> get(String path, String ifNoneMatch) {
        return ifNoneMatch == null ? http().get(path, "application/json")
                : http().sendWithHeaders("GET", path, Map.of("Accept", "application/json", "If-None-Match", ifNoneMatch));
    }

    static String etag(HttpResponse<?> r) {
        return r.headers().firstValue("ETag").orElseThrow();
    }

    HttpResponse<String> send(String method, String path, String body, String auth) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(http().uri(path))
                    .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .header("Authorization", auth).header("Content-Type", "text/plain; charset=UTF-8").build();
            return java.net.http.HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLiveUpdateIsSeenByTheNextRequestAndTheTagsFollowTheContent() throws Exception {
        String entity = "/api/entities/org/cas";
        String search = "/api/entities?q=" + Http.enc("런정페이");
        HttpResponse<String> first = get(entity, null);
        assertThat(first.statusCode()).isEqualTo(200);
        String tag = etag(first);
        assertThat(tag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        int mentions = JsonPath.read(first.body(), "$.totals.mentionedIn");
        assertThat((java.util.List<?>) JsonPath.read(get(search, null).body(), "$.items")).isEmpty();

        // unchanged store: the same answer and tag, and 304 for a client that holds it
        HttpResponse<String> again = get(entity, null);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(etag(again)).isEqualTo(tag);
        HttpResponse<String> held = get(entity, tag);
        assertThat(held.statusCode()).isEqualTo(304);
        assertThat(held.body()).isEmpty();
        assertThat(etag(held)).isEqualTo(tag);
        assertThat(get(entity, "\"something-else\"").statusCode()).isEqualTo(200);
        assertThat(get(entity, "W/" + tag).statusCode()).as("If-None-Match compares weakly").isEqualTo(304);

        // a live update: the document mentions the entity once more, and names someone new
        String text = Files.readString(ARTICLE) + CAS_SENTENCE;
        HttpResponse<String> added = send("POST", "/admin/documents?name=newspaper-with-byline.txt", text,
                "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        HttpResponse<String> after = get(entity, tag);
        assertThat(after.statusCode()).as("the client's copy is stale now").isEqualTo(200);
        assertThat(etag(after)).isNotEqualTo(tag);
        assertThat((Integer) JsonPath.read(after.body(), "$.totals.mentionedIn")).isEqualTo(mentions + 1);
        assertThat(JsonPath.<java.util.List<String>>read(get(search, null).body(), "$.items[*].label"))
                .contains("런정페이");

        // removed again: the first answer, byte for byte, and so its first tag
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(http().sendWithHeaders("DELETE", "/admin/documents/" + DOC, Map.of("Authorization", auth))
                .statusCode()).isEqualTo(200);
        HttpResponse<String> removed = get(entity, null);
        assertThat(removed.body()).isEqualTo(first.body());
        assertThat(etag(removed)).isEqualTo(tag);
        assertThat((java.util.List<?>) JsonPath.read(get(search, null).body(), "$.items")).isEmpty();
    }

    @Test
    void errorsAreNeitherTaggedNorCached() {
        HttpResponse<String> missing = get("/api/entities/org/no-such-body", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("ETag")).isEmpty();
        assertThat(get("/api/entities/org/cas?view=wrong", null).statusCode()).isEqualTo(400);
    }
}
