package org.cstkg.serve.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstkg.cli.Main;
import org.cstkg.serve.CstkgWebApplication;
import org.cstkg.serve.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * Live updates on a real server (Spring and Fuseki over an in-memory TDB2 store with the fixture, an admin password
 * configured as its hash): the guard (401, 403 through a proxy), a document added, found by search, counted by health
 * and VoID and the dump, removed again; readers querying all along see the document whole or not at all; and
 * {@code cstkg ingest --server}.
 */
@SpringBootTest(classes = CstkgWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "cstkg.db=mem:", "cstkg.initial-load=src/test/resources/serve/fixture.trig" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveUpdatesTest {

    static final String PASSWORD = "test-admin-password-" + Long.toHexString(System.nanoTime());
    static final Path ARTICLE = Path.of("src/test/resources/golden/article/newspaper-with-byline.txt");
    static final String DOC = "doc/newspaper-with-byline-2024-05-20";
    static final ListAppender<ILoggingEvent> AUDIT = new ListAppender<>();

    @DynamicPropertySource
    static void admin(DynamicPropertyRegistry registry) {
        registry.add("cstkg.admin.password-hash", () -> AdminCredential.hash(PASSWORD));
    }

    /** Attached once the server started (Spring Boot sets logging up afresh when it starts). */
    @BeforeEach
    void audit() {
        Logger audit = (Logger) LoggerFactory.getLogger("cstkg.audit");
        if (audit.getAppender(AUDIT.getName()) == null) {
            AUDIT.setName("test-audit");
            AUDIT.start();
            audit.addAppender(AUDIT);
        }
    }

    @AfterAll
    static void stopAudit() {
        ((Logger) LoggerFactory.getLogger("cstkg.audit")).detachAppender(AUDIT);
    }

    @LocalServerPort
    int port;
    @TempDir
    Path tmp;
    final HttpClient client = HttpClient.newHttpClient();

    HttpResponse<String> send(String method, String path, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0)
            b.headers(headers);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(byte[] body, String name) throws Exception {
        return send("POST", "/admin/documents?name=" + Http.enc(name), body, "Authorization", basic(PASSWORD),
                "Content-Type", "text/plain; charset=UTF-8");
    }

    HttpResponse<String> delete(String id) throws Exception {
        return send("DELETE", "/admin/documents/" + id, null, "Authorization", basic(PASSWORD));
    }

    /** Quads in the document's graphs, as a reader sees them through /sparql. */
    long documentQuads() throws Exception {
        String query = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "
                + "\"https://w3id.org/cstkg/id/" + DOC + "\")) }";
        HttpResponse<String> r = send("GET", "/sparql?query=" + Http.enc(query), null, "Accept", "text/csv");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    /** Quads of the default and the named graphs, counted by a query. */
    long allQuads() throws Exception {
        String query = "SELECT (COUNT(*) AS ?n) { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }";
        HttpResponse<String> r = send("GET", "/sparql?query=" + Http.enc(query), null, "Accept", "text/csv");
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    boolean searchFinds(String name) throws Exception {
        String body = send("GET", "/api/entities?q=" + Http.enc(name), null).body();
        return body.substring(body.indexOf("\"items\"")).contains(name);
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(field + " in " + json).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Whether reconciliation offers an entity of this name (its index is read again after a write). */
    boolean reconcileFinds(String name) throws Exception {
        String body = send("GET", "/reconcile?query=" + Http.enc(name), null).body();
        return body.contains("\"name\":\"" + name + "\"");
    }

    @Test
    @Order(1)
    void theGuardRefusesWithoutTheCredentialOrThroughAProxy() throws Exception {
        byte[] body = Files.readAllBytes(ARTICLE);
        HttpResponse<String> none = send("POST", "/admin/documents?name=a.txt", body);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
        assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(send("POST", "/admin/documents?name=a.txt", body, "Authorization", basic("wrong-password"))
                .statusCode()).isEqualTo(401);
        assertThat(send("DELETE", "/admin/documents/" + DOC, null, "Authorization", basic("wrong")).statusCode())
                .isEqualTo(401);
        HttpResponse<String> proxied = send("POST", "/admin/documents?name=a.txt", body, "Authorization",
                basic(PASSWORD), "X-Forwarded-For", "203.0.113.9");
        assertThat(proxied.statusCode()).isEqualTo(403);
        assertThat(proxied.body()).contains("loopback");
        // the guard holds however the path is spelled
        for (String path : new String[] { "//admin/documents", "/admin//documents", "/./admin/documents",
                "/admin/./documents", "/api/../admin/documents", "/admin;x=1/documents", "/admin/documents;x=1" }) {
            int status = send("POST", path + "?name=a.txt", body).statusCode();
            assertThat(status).as(path).isIn(400, 401, 404);
        }
        assertThat(documentQuads()).as("nothing was written").isZero();
        assertThat(AUDIT.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.startsWith("refused POST /admin/documents from 127.0.0.1: bad or missing credential"))
                .anyMatch(m -> m.contains("not a loopback client"));
    }

    @Test
    @Order(2)
    void aDocumentIsAddedAndRemovedWhileReadersSeeItWholeOrNotAtAll() throws Exception {
        byte[] body = Files.readAllBytes(ARTICLE);
        long quadsBefore = number(send("GET", "/api/health", null).body(), "quads");
        String etagBefore = send("GET", "/dumps/cstkg.nq.gz", null).headers().firstValue("ETag").orElseThrow();
        assertThat(searchFinds("런정페이")).isFalse();
        assertThat(reconcileFinds("런정페이")).isFalse();

        HttpResponse<String> added = post(body, "newspaper-with-byline.txt");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.body()).contains("\"document\":\"" + DOC + "\"", "\"action\":\"added\"");
        long whole = documentQuads();
        assertThat(whole).isGreaterThan(20);
        assertThat(number(added.body(), "quads")).as("the document's quads").isEqualTo(whole);
        // the label index, the statistics and the dump follow
        assertThat(searchFinds("런정페이")).isTrue();
        assertThat(reconcileFinds("런정페이")).as("reconciliation reads the new entity").isTrue();
        long quadsAdded = number(send("GET", "/api/health", null).body(), "quads");
        assertThat(quadsAdded).isGreaterThan(quadsBefore).isEqualTo(allQuads());
        assertThat(send("GET", "/dumps/cstkg.nq.gz", null).headers().firstValue("ETag").orElseThrow())
                .isNotEqualTo(etagBefore);

        // readers query all along while the document is removed, added, replaced by itself and removed
        Set<Long> allowed = Set.of(0L, whole);
        ConcurrentLinkedQueue<Long> seen = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> {
                for (int n = 0; n < 2000 && (writing.get() || n < 3); n++)
                    try {
                        seen.add(documentQuads());
                    } catch (Throwable e) {
                        failures.add(String.valueOf(e));
                    }
            });
            t.start();
            readers.add(t);
        }
        List<Integer> statuses = new ArrayList<>();
        statuses.add(delete(DOC).statusCode());
        statuses.add(post(body, "newspaper-with-byline.txt").statusCode());
        HttpResponse<String> unchanged = post(body, "newspaper-with-byline.txt");
        statuses.add(unchanged.statusCode());
        assertThat(unchanged.body()).contains("\"action\":\"unchanged\"");
        statuses.add(delete(DOC).statusCode());
        writing.set(false);
        for (Thread t : readers)
            t.join();
        assertThat(statuses).as("removed, added, posted again unchanged, removed").containsExactly(200, 201, 200, 200);
        assertThat(failures).as("failed reads").isEmpty();
        assertThat(seen).as("reads").hasSizeGreaterThanOrEqualTo(9);
        assertThat(Set.copyOf(seen)).as("each read saw the document whole or not at all").isSubsetOf(allowed);

        assertThat(documentQuads()).isZero();
        assertThat(searchFinds("런정페이")).as("the label index forgot it").isFalse();
        assertThat(reconcileFinds("런정페이")).as("so did reconciliation").isFalse();
        // (an ingest also writes the whole ontology graph, which the fixture loads in part: counted, not compared)
        assertThat(number(send("GET", "/api/health", null).body(), "quads")).isEqualTo(allQuads())
                .isLessThan(quadsAdded);
        HttpResponse<String> again = delete(DOC);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).contains("no document " + DOC);
        assertThat(AUDIT.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("added newspaper-with-byline.txt as " + DOC, "removed " + DOC);
    }

    @Test
    @Order(3)
    void badDocumentsAreRefusedAndWriteNothing() throws Exception {
        HttpResponse<String> empty = post(new byte[0], "empty.txt");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("empty.txt").doesNotContain("/tmp/");
        HttpResponse<String> name = post("x".getBytes(StandardCharsets.UTF_8), "../../etc/passwd");
        assertThat(name.statusCode()).as(name.body()).isIn(201, 400, 422); // the name is cut to its last part
        assertThat(post("x".getBytes(StandardCharsets.UTF_8), ".hidden").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/admin/documents?name=a.txt&date=yesterday", new byte[] { 'x' }, "Authorization",
                basic(PASSWORD)).statusCode()).isEqualTo(400);
        assertThat(delete("org/miit").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(4)
    void aDocumentMayBePostedAsAMultipartForm() throws Exception {
        String boundary = "cstkg-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"newspaper-with-byline.txt\"\r\nContent-Type: text/plain\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(head);
        body.write(Files.readAllBytes(ARTICLE));
        body.write(tail);
        HttpResponse<String> r = send("POST", "/admin/documents", body.toByteArray(), "Authorization",
                basic(PASSWORD), "Content-Type", "multipart/form-data; boundary=" + boundary);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.body()).contains("\"document\":\"" + DOC + "\"");
        assertThat(documentQuads()).isGreaterThan(20);
        assertThat(delete(DOC).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void ingestServerPostsToTheRunningServer() throws Exception {
        Path password = Files.writeString(tmp.resolve("password"), PASSWORD + "\n");
        String url = "http://127.0.0.1:" + port;
        assertThat(Main.run("ingest", "--server", url, "--password-file", password.toString(), ARTICLE.toString()))
                .isZero();
        assertThat(documentQuads()).isGreaterThan(20);
        Path wrong = Files.writeString(tmp.resolve("wrong"), "not-the-password");
        assertThat(Main.run("ingest", "--server", url, "--password-file", wrong.toString(), ARTICLE.toString()))
                .isEqualTo(2);
        assertThat(delete(DOC).statusCode()).isEqualTo(200);
    }
}
