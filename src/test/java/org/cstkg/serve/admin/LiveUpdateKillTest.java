package org.cstkg.serve.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cstkg.cli.Main;
import org.cstkg.pipeline.Ingest;
import org.cstkg.pipeline.Pipeline;
import org.cstkg.source.SourceReader;
import org.cstkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed (SIGKILL) during live updates, at random moments: a real {@code cstkg serve} process over an on-disk
 * TDB2 store is sent documents through {@code POST /admin/documents} and killed after a random delay. After each kill
 * every document is in the store whole (its graphs as a clean run writes them) or not at all, and {@code validate}
 * passes; posting them all again to a restarted server converges to the clean run's store. Kill points:
 * {@code -Dcstkg.kill-points=N} (1 by default, to keep the suite short: a server start is the cost; 10 for the
 * issue's figure). The seed is
 * printed, and {@code -Dcstkg.kill-seed=S} repeats a run.
 */
class LiveUpdateKillTest {

    static final String PASSWORD = "kill-test-password-" + Long.toHexString(System.nanoTime());
    static final List<Path> DOCUMENTS = List.of(Path.of("src/test/resources/golden/article/newspaper-with-byline.txt"),
            Path.of("src/test/resources/golden/article/wire-story-no-date.txt"),
            Path.of("src/test/resources/golden/article/kostec-style-post.txt"),
            Path.of("src/test/resources/golden/digest/mini-digest.txt"));

    @TempDir
    Path tmp;
    final HttpClient client = HttpClient.newHttpClient();

    /** A {@code cstkg serve} in its own JVM, with its public port once it said it is serving. */
    record Server(Process process, int port) {}

    Server start(Path db) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "org.cstkg.cli.Main", "serve", "--db", db.toString(),
                "--port", "0", "--bind", "127.0.0.1", "--load", tmp.resolve("nothing").toString());
        ProcessBuilder b = new ProcessBuilder(command).redirectError(tmp.resolve("server.log").toFile());
        b.environment().put("CSTKG_ADMIN_PASSWORD_HASH", AdminCredential.hash(PASSWORD));
        Process p = b.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null)
            if (line.startsWith("cstkg serving http://")) {
                int port = Integer.parseInt(line.replaceFirst("^cstkg serving http://[^:]+:(\\d+)/.*", "$1"));
                CompletableFuture.runAsync(() -> out.lines().forEach(l -> {})); // drain
                return new Server(p, port);
            }
        p.waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("server did not start: " + Files.readString(tmp.resolve("server.log")));
    }

    int post(Server server, Path document) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/admin/documents?name=" + document.getFileName())).header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofFile(document)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    /** The named graphs of each document as a clean run writes them: the documents in order into an empty store. */
    static Map<String, Map<Node, Graph>> cleanRun(GraphStore store) {
        Map<String, Map<Node, Graph>> out = new HashMap<>();
        Pipeline pipeline = new Pipeline(SourceReader.create(), true);
        for (Path d : DOCUMENTS) {
            Pipeline.Outcome o = Ingest.ingestAll(store, List.of(d), pipeline, null).get(0);
            assertThat(o.ok()).as(o.error()).isTrue();
            out.put(o.result().graphPrefix(), null);
        }
        for (String doc : new ArrayList<>(out.keySet()))
            out.put(doc, graphsOf(store, doc));
        return out;
    }

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

    static void assertWholeOrAbsent(Map<Node, Graph> actual, Map<Node, Graph> clean, String doc) {
        if (actual.isEmpty())
            return;
        assertThat(actual.keySet()).as(doc + ": its graphs").isEqualTo(clean.keySet());
        actual.forEach((g, graph) -> assertThat(graph.isIsomorphicWith(clean.get(g))).as(g + " whole").isTrue());
    }

    @Test
    void killedDuringLiveUpdatesEveryDocumentIsWholeOrAbsentAndReingestConverges() throws Exception {
        int points = Integer.getInteger("cstkg.kill-points", 1);
        long seed = Long.getLong("cstkg.kill-seed", System.nanoTime());
        System.out.println("LiveUpdateKillTest: " + points + " kill points, seed " + seed);
        Random random = new Random(seed);
        Map<String, Map<Node, Graph>> clean;
        try (GraphStore reference = GraphStore.inMemory()) {
            clean = cleanRun(reference);
        }
        Path db = tmp.resolve("tdb2"); // empty: the server starts on it and documents arrive only by live updates

        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            Server server = start(db);
            // the kill lands while a random document is on its way: after `after` documents were answered, plus a
            // random delay (extraction, validation or the write transaction of the next one, or between two)
            int after = random.nextInt(DOCUMENTS.size());
            long delay = random.nextInt(2000);
            List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Void> posting = CompletableFuture.runAsync(() -> {
                for (Path d : DOCUMENTS)
                    try {
                        statuses.add(post(server, d));
                    } catch (Exception e) {
                        return; // the server died under the request
                    }
            });
            while (statuses.size() < after && !posting.isDone())
                Thread.sleep(20);
            Thread.sleep(delay);
            server.process().destroyForcibly(); // SIGKILL
            assertThat(server.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            posting.join();

            int present = 0;
            GraphStore store = GraphStore.open(db);
            try {
                for (var doc : clean.entrySet()) {
                    Map<Node, Graph> actual = graphsOf(store, doc.getKey());
                    assertWholeOrAbsent(actual, doc.getValue(), doc.getKey());
                    present += actual.isEmpty() ? 0 : 1;
                }
            } finally {
                store.release();
            }
            assertThat(Main.run("validate", "--db", db.toString())).as("validate after kill " + i).isZero();
            org.apache.jena.tdb2.sys.TDBInternal.expel(org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(
                    db.toString()));
            outcomes.add("kill " + delay + " ms after " + after + " answered: " + statuses + " answered, " + present
                    + " present");
        }
        System.out.println("LiveUpdateKillTest: " + outcomes);

        // posting everything again to a restarted server converges to the clean run
        Server server = start(db);
        try {
            for (Path d : DOCUMENTS)
                assertThat(post(server, d)).as(d.toString()).isIn(200, 201); // landed before the kill, or not
        } finally {
            server.process().destroy();
            server.process().waitFor(60, TimeUnit.SECONDS);
        }
        GraphStore store = GraphStore.open(db);
        try {
            for (var doc : clean.entrySet()) {
                Map<Node, Graph> actual = graphsOf(store, doc.getKey());
                assertThat(actual).as(doc.getKey() + " present").isNotEmpty();
                assertWholeOrAbsent(actual, doc.getValue(), doc.getKey());
            }
        } finally {
            store.release();
        }
    }
}
