package org.cstkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cstkg.generate.Generator;
import org.cstkg.pipeline.Ingest;
import org.cstkg.pipeline.Pipeline;
import org.cstkg.serve.admin.AdminCredential;
import org.cstkg.source.SourceReader;
import org.cstkg.store.GraphStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The load test of issue 9: a real server (Spring and Fuseki over an on-disk TDB2 store in a temporary directory,
 * loopback only) answers 32 clients for 60 s of mixed REST, Linked Data and SPARQL requests while one more client
 * posts 20 generated digests through {@code POST /admin/documents}; the clients go on past the 60 s until the last
 * digest is in (at most 5 minutes more), so that every ingest runs under the load. Every request must answer 2xx (only ids known to
 * exist are asked for), and afterwards every digest is in the store whole: its graphs equal, graph by graph, those
 * of a clean run (the fixture and the same 20 files ingested in the same order into an in-memory store). Prints the
 * figures: requests, per-route p50/p99/max latency, errors, ingest time per report.
 *
 * <p>Tagged {@code load}: the normal {@code mvn verify} skips it; {@code mvn -Pload test} runs it alone.
 * {@code -Dcstkg.load.seconds=S} (default 60), {@code -Dcstkg.load.clients=C} (default 32),
 * {@code -Dcstkg.load.reports=R} (default 20). All clients come from 127.0.0.1, so the per-address concurrency
 * limit (6 by default, {@code --client-concurrency}) is raised above the number of clients: the test measures the
 * server under load, not the limit (which {@code ServiceGuardTest} and {@code ClientLimitsTest} cover).
 */
@Tag("load")
@DirtiesContext
@SpringBootTest(classes = CstkgWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "cstkg.initial-load=" + LoadTest.FIXTURE, "cstkg.limits.client-concurrency=128" })
class LoadTest {

    static final String FIXTURE = "src/test/resources/serve/fixture.trig";
    static final int SECONDS = Integer.getInteger("cstkg.load.seconds", 60);
    static final int CLIENTS = Integer.getInteger("cstkg.load.clients", 32);
    static final int REPORTS = Integer.getInteger("cstkg.load.reports", 20);
    /** The generator's seed: 1, the benchmarks' (seed 9 makes a digest that validation rejects, see the README). */
    static final long SEED = Long.getLong("cstkg.load.seed", 1);
    static final String PASSWORD = "load-test-password-" + Long.toHexString(System.nanoTime());
    static final String BASE = "https://w3id.org/cstkg/id/";
    static final Path DIR = tempDir();

    static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("cstkg-load");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for the system's temp cleaner
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("cstkg.db", () -> DIR.resolve("tdb2").toString());
        registry.add("cstkg.admin.password-hash", () -> AdminCredential.hash(PASSWORD));
    }

    @LocalServerPort
    int port;
    @Autowired
    GraphStore store;

    /** One kind of request, and its latencies in nanoseconds. */
    static final class Route {
        final String name;
        final List<Long> nanos = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicLong bytes = new AtomicLong();

        Route(String name) {
            this.name = name;
        }

        double percentileMs(double p) {
            long[] a;
            synchronized (nanos) {
                a = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            if (a.length == 0)
                return 0;
            int i = (int) Math.ceil(p / 100 * a.length) - 1;
            return a[Math.max(0, Math.min(a.length - 1, i))] / 1e6;
        }
    }

    record Get(Route route, String path, String accept) {}

    record Ingested(String file, String document, long ms, long storeQuads, long doneNanos) {}

    HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> get(HttpClient client, String path, String accept) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void thirtyTwoClientsWhileReportsAreIngestedLive() throws Exception {
        assertThat(uri("/").getHost()).isEqualTo("127.0.0.1"); // loopback only
        HttpClient setup = newClient();

        // what to ask for: entities the fixture holds (listed, not guessed), and the example SELECT queries
        HttpResponse<String> listing = get(setup, "/api/entities?limit=200", "application/json");
        assertThat(listing.statusCode()).as(listing.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\":\"([a-z-]+/[^\"/]+)\",\"iri\":\"[^\"]*\",\"label\":\"([^\"]+)\"")
                .matcher(listing.body());
        while (m.find()) {
            ids.add(m.group(1));
            words.add(m.group(2));
        }
        assertThat(ids).as("entities of the fixture").hasSizeGreaterThan(10);
        List<String> queries = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            for (Path q : s.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(q);
                if (!text.contains("SELECT"))
                    continue;
                HttpResponse<String> r = get(setup, "/sparql?query=" + Http.enc(text), "application/sparql-results+json");
                assertThat(r.statusCode()).as(q + ": " + r.body()).isEqualTo(200);
                queries.add(text);
            }
        }
        assertThat(queries).hasSizeGreaterThan(10);

        Map<String, Route> routes = new LinkedHashMap<>();
        for (String name : List.of("api search", "api entity", "id turtle", "id html", "sparql select", "api policies",
                "id report (live)"))
            routes.put(name, new Route(name));
        // the reports generated now, posted while the clients run
        Path reports = DIR.resolve("reports");
        long g0 = System.nanoTime();
        Generator.Summary generated = Generator.standard().write(reports, SEED, REPORTS, "digest", null);
        long generateMs = (System.nanoTime() - g0) / 1_000_000;
        List<Path> files;
        try (Stream<Path> s = Files.list(reports)) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSize(REPORTS);

        List<String> liveReports = new CopyOnWriteArrayList<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
        // the clients run for SECONDS, and on until the last report is in, so that every ingest is under load; at
        // most 5 minutes more (bounded whatever happens)
        AtomicBoolean writing = new AtomicBoolean(true);
        long hardStop = deadline + 300_000_000_000L;

        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Random random = new Random(1000 + c);
            Thread t = new Thread(() -> {
                HttpClient client = newClient();
                while (System.nanoTime() < deadline || writing.get() && System.nanoTime() < hardStop) {
                    Get g = next(random, routes, ids, words, queries, liveReports);
                    long s = System.nanoTime();
                    try {
                        HttpResponse<String> r = get(client, g.path(), g.accept());
                        long took = System.nanoTime() - s;
                        if (r.statusCode() / 100 != 2) {
                            failed.incrementAndGet();
                            if (failures.size() < 20)
                                failures.add(g.route().name + " " + g.path() + " -> " + r.statusCode() + " "
                                        + r.body().substring(0, Math.min(300, r.body().length())));
                            continue;
                        }
                        g.route().nanos.add(took);
                        g.route().bytes.addAndGet(r.body().length());
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        if (failures.size() < 20)
                            failures.add(g.route().name + " " + g.path() + " -> " + e);
                    }
                }
            }, "load-client-" + c);
            clients.add(t);
        }

        // the writer: the reports one after the other from the start, spread over the first half of the run
        List<Ingested> ingested = new ArrayList<>();
        ConcurrentLinkedQueue<String> ingestFailures = new ConcurrentLinkedQueue<>();
        long spacing = SECONDS * 500L / REPORTS; // ms between the starts of two posts, at most
        Thread writer = new Thread(() -> {
            HttpClient client = newClient();
            String auth = "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            for (Path f : files) {
                long s = System.nanoTime();
                try {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/admin/documents?name="
                            + Http.enc(f.getFileName().toString()))).header("Authorization", auth)
                            .header("Content-Type", "text/plain; charset=UTF-8").timeout(Duration.ofSeconds(300))
                            .POST(HttpRequest.BodyPublishers.ofFile(f)).build(), HttpResponse.BodyHandlers.ofString());
                    long ms = (System.nanoTime() - s) / 1_000_000;
                    if (r.statusCode() != 201) {
                        ingestFailures.add(f.getFileName() + " -> " + r.statusCode() + " " + r.body());
                        continue;
                    }
                    Matcher d = Pattern.compile("\"document\":\"([^\"]+)\"").matcher(r.body());
                    Matcher q = Pattern.compile("\"quads\":(\\d+)").matcher(r.body());
                    assertThat(d.find() && q.find()).as(r.body()).isTrue();
                    synchronized (ingested) {
                        ingested.add(new Ingested(f.getFileName().toString(), d.group(1), ms,
                                Long.parseLong(q.group(1)), System.nanoTime()));
                    }
                    liveReports.add(d.group(1));
                    long rest = spacing - ms;
                    if (rest > 0)
                        Thread.sleep(rest);
                } catch (Throwable e) {
                    ingestFailures.add(f.getFileName() + " -> " + e);
                }
            }
            writing.set(false);
        }, "load-writer");

        long loadStart = System.nanoTime();
        for (Thread t : clients)
            t.start();
        writer.start();
        writer.join(900_000);
        assertThat(writer.isAlive()).as("the writer finished within 15 minutes").isFalse();
        long writerDone = System.nanoTime();
        double writerTook = (writerDone - loadStart) / 1e9;
        for (Thread t : clients)
            t.join();
        long clientsDone = System.nanoTime();
        double took = (clientsDone - loadStart) / 1e9;

        // the figures
        long requests = routes.values().stream().mapToLong(r -> r.nanos.size()).sum();
        StringBuilder out = new StringBuilder();
        out.append(String.format("LoadTest %s: %d clients for %.1f s on 127.0.0.1, %d reports posted live "
                + "(seed %d, generated in %d ms, %d articles, %,d bytes), %d cores, load average before %s%n", Instant.now(),
                CLIENTS, took, REPORTS, SEED, generateMs, generated.articles(), generated.bytes(),
                Runtime.getRuntime().availableProcessors(), LOAD_BEFORE));
        out.append(String.format("LoadTest: %,d requests answered 2xx (%.1f/s), %d failed%n", requests,
                requests / took, failed.get()));
        out.append(String.format("LoadTest: %-18s %8s %9s %9s %9s %10s%n", "route", "requests", "p50 ms", "p99 ms",
                "max ms", "avg bytes"));
        for (Route r : routes.values())
            out.append(String.format("LoadTest: %-18s %8d %9.1f %9.1f %9.1f %10d%n", r.name, r.nanos.size(),
                    r.percentileMs(50), r.percentileMs(99), r.percentileMs(100),
                    r.nanos.isEmpty() ? 0 : r.bytes.get() / r.nanos.size()));
        long[] ingestMs = ingested.stream().mapToLong(Ingested::ms).sorted().toArray();
        out.append(String.format("LoadTest: %d of %d reports ingested live in %.1f s (%d while the clients ran), "
                + "per report %s ms (median %d, max %d; the first builds the pipeline)%n", ingested.size(), REPORTS,
                writerTook, ingested.stream().filter(i -> i.doneNanos() < clientsDone).count(),
                Arrays.toString(ingested.stream().mapToLong(Ingested::ms).toArray()),
                ingestMs.length == 0 ? 0 : ingestMs[ingestMs.length / 2],
                ingestMs.length == 0 ? 0 : ingestMs[ingestMs.length - 1]));
        System.out.print(out);

        assertThat(ingestFailures).as("failed posts").isEmpty();
        assertThat(failures).as("failed requests (first 20 of " + failed.get() + ")").isEmpty();
        assertThat(failed.get()).as("failed requests").isZero();
        assertThat(ingested).hasSize(REPORTS);
        assertThat(requests).isPositive();
        for (Route r : routes.values())
            if (!r.name.contains("live") || SECONDS >= 45)
                assertThat(r.nanos).as(r.name + " was exercised").isNotEmpty();

        // every report present and whole: its graphs are those of a clean run, graph by graph
        Map<String, Map<Node, Graph>> clean = new HashMap<>();
        try (GraphStore reference = GraphStore.inMemory()) {
            Dataset fixture = DatasetFactory.create();
            RDFDataMgr.read(fixture, FIXTURE);
            reference.loadNamedGraphs(fixture.asDatasetGraph());
            Pipeline pipeline = new Pipeline(SourceReader.create(), true);
            for (Path f : files) {
                Pipeline.Outcome o = Ingest.ingestAll(reference, List.of(f), pipeline, null).get(0);
                assertThat(o.ok()).as(o.error()).isTrue();
                clean.put(o.result().graphPrefix(), graphsOf(reference, o.result().graphPrefix()));
            }
        }
        assertThat(clean.keySet()).as("the reports posted").containsExactlyInAnyOrderElementsOf(
                ingested.stream().map(i -> BASE + i.document()).toList());
        long quads = 0, graphs = 0;
        for (var doc : clean.entrySet()) {
            Map<Node, Graph> actual = graphsOf(store, doc.getKey());
            assertThat(actual.keySet()).as(doc.getKey() + ": its graphs").isEqualTo(doc.getValue().keySet());
            for (var g : actual.entrySet()) {
                assertThat(g.getValue().isIsomorphicWith(doc.getValue().get(g.getKey()))).as(g.getKey() + " whole")
                        .isTrue();
                quads += g.getValue().size();
            }
            graphs += actual.size();
            assertThat(actual).as(doc.getKey() + " has article graphs").hasSizeGreaterThan(1);
        }
        System.out.printf("LoadTest: afterwards all %d reports whole: %d graphs, %,d quads, equal to a clean run%n",
                clean.size(), graphs, quads);
    }

    static final String LOAD_BEFORE = loadAverage();

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The next request of a client: a weighted mix of the routes. */
    static Get next(Random random, Map<String, Route> routes, List<String> ids, List<String> words,
            List<String> queries, List<String> liveReports) {
        int pick = random.nextInt(100);
        String id = ids.get(random.nextInt(ids.size()));
        if (pick < 20) {
            String word = words.get(random.nextInt(words.size()));
            return new Get(routes.get("api search"), "/api/entities?q=" + Http.enc(word), "application/json");
        }
        if (pick < 40)
            return new Get(routes.get("api entity"), "/api/entities/" + id, "application/json");
        if (pick < 55)
            return new Get(routes.get("id turtle"), "/id/" + id, "text/turtle");
        if (pick < 70)
            return new Get(routes.get("id html"), "/id/" + id, "text/html");
        if (pick < 85)
            return new Get(routes.get("sparql select"),
                    "/sparql?query=" + Http.enc(queries.get(random.nextInt(queries.size()))),
                    "application/sparql-results+json");
        if (pick < 93 || liveReports.isEmpty())
            return new Get(routes.get("api policies"), "/api/policies?limit=20", "application/json");
        return new Get(routes.get("id report (live)"), "/id/" + liveReports.get(random.nextInt(liveReports.size())),
                "text/turtle");
    }

    /** The named graphs of one document: the graph named by its id and those under it. */
    static Map<Node, Graph> graphsOf(GraphStore store, String doc) {
        return store.read(() -> {
            Map<Node, Graph> graphs = new HashMap<>();
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.getURI().equals(doc) || g.getURI().startsWith(doc + "/")) {
                    Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                    dsg.getGraph(g).find().forEachRemaining(copy::add);
                    graphs.put(g, copy);
                }
            });
            return graphs;
        });
    }
}
