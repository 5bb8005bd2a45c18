package org.cstkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.cstkg.serve.LocalEndpoint;
import org.cstkg.store.FusekiTestServer;
import org.cstkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a real Fuseki server started by the test on a free port, over its own TDB2 directory:
 * ingest, re-ingest, query and validate with {@code --store}; an ingest cut short by the server dying, rerun after a
 * restart over the same directory; and the one-line errors for stores that cannot be used.
 */
class RemoteStoreCommandLineTest {

    static final Path SAMPLES = CommandLineTest.SAMPLES;
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    /**
     * Small documents of every format: a cut-short ingest stops between two of them, or inside one
     * (RemoteMergedDefaultGraphTest cuts a replacement at each of its writes).
     */
    static final List<Path> DOCUMENTS = List.of(GOLDEN.resolve("digest/mini-digest.txt"),
            GOLDEN.resolve("article/newspaper-with-byline.txt"), GOLDEN.resolve("article/kostec-style-post.txt"),
            GOLDEN.resolve("html/saved-news-page.html"));

    static Object[] run(String... args) {
        return CommandLineTest.run(args);
    }

    static String[] ingest(String url, List<Path> files) {
        List<String> args = new java.util.ArrayList<>(List.of("ingest", "--store", url));
        files.forEach(f -> args.add(f.toString()));
        return args.toArray(String[]::new);
    }

    @Test
    void ingestQueryAndValidateARemoteStore(@TempDir Path dir) throws Exception {
        try (FusekiTestServer fuseki = FusekiTestServer.start(dir.resolve("tdb2"))) {
            Object[] first = run(ingest(fuseki.url(), List.of(SAMPLES)));
            assertThat(first[0]).as((String) first[1]).isEqualTo(0);
            assertThat((String) first[1]).contains("ingested 1 document(s) into " + fuseki.url());
            DatasetGraph stored = fuseki.snapshot();
            assertThat(stored.stream().count()).isGreaterThan(100);

            assertThat(FusekiTestServer.same(stored, local(dir.resolve("local"), List.of(SAMPLES))))
                    .as("the same quads as a local store, the merged default graph's included").isTrue();
            // ingesting again replaces: the rerun in the next test replaces documents and compares with a clean run

            Path rq = Files.writeString(dir.resolve("q.rq"), """
                    PREFIX cst: <https://w3id.org/cstkg/ontology#>
                    SELECT (COUNT(DISTINCT ?a) AS ?articles) WHERE { ?a a cst:Article }
                    """);
            Object[] count = run("query", "--store", fuseki.url(), "--format", "csv", rq.toString());
            assertThat(count[0]).as((String) count[1]).isEqualTo(0);
            long articles = Long.parseLong(((String) count[1]).lines().skip(1).findFirst().orElseThrow().strip());
            assertThat(articles).as("the merged default graph holds every article").isGreaterThan(1);

            Object[] valid = run("validate", "--store", fuseki.url());
            assertThat(valid[0]).as((String) valid[1]).isEqualTo(0);
            assertThat((String) valid[1]).contains("conforms: " + fuseki.url());

            Object[] compact = run("compact", "--store", fuseki.url());
            assertThat(compact[0]).isEqualTo(0);
            assertThat(((String) compact[1]).strip()).startsWith("compact: nothing to do for the remote store")
                    .doesNotContain("\n");
        }
    }

    @Test
    void anIngestCutShortByTheServerDyingIsCompletedByARerun(@TempDir Path dir) {
        DatasetGraph clean;
        int writes;
        try (FusekiTestServer fuseki = FusekiTestServer.start(dir.resolve("clean"))) {
            Object[] r = run(ingest(fuseki.url(), DOCUMENTS));
            assertThat(r[0]).as((String) r[1]).isEqualTo(0);
            clean = fuseki.snapshot();
            writes = fuseki.writes();
        }
        assertThat(writes).as("one PUT per graph, an update per document").isGreaterThan(DOCUMENTS.size() * 2);

        Path crashed = dir.resolve("crashed");
        DatasetGraph cut;
        try (FusekiTestServer fuseki = FusekiTestServer.dyingAtWrite(crashed, writes / 2)) {
            Object[] r = run(ingest(fuseki.url(), DOCUMENTS));
            assertThat(r[0]).isEqualTo(2);
            String msg = ((String) r[1]).strip();
            assertThat(msg.lines().filter(l -> l.startsWith("cstkg: ")).toList()).singleElement().asString()
                    .contains("store " + fuseki.url());
            cut = fuseki.snapshot();
            assertThat(cut.stream().count()).as("some graphs were written").isGreaterThan(0)
                    .as("not all").isLessThan(clean.stream().count());
        }
        try (FusekiTestServer restarted = FusekiTestServer.start(crashed)) {
            assertThat(restarted.snapshot().stream().count()).as("the restarted server reads the same directory")
                    .isEqualTo(cut.stream().count());
            Object[] r = run(ingest(restarted.url(), DOCUMENTS));
            assertThat(r[0]).as((String) r[1]).isEqualTo(0);
            DatasetGraph rerun = restarted.snapshot();
            assertThat(rerun.stream().count()).isEqualTo(clean.stream().count());
            assertThat(FusekiTestServer.same(rerun, clean)).as("the same graphs as a clean ingest").isTrue();
        }
    }

    /** The quads of a local store that ingested {@code files}, default graph included. */
    static DatasetGraph local(Path db, List<Path> files) {
        List<String> args = new java.util.ArrayList<>(List.of("ingest", "--db", db.toString()));
        files.forEach(f -> args.add(f.toString()));
        Object[] r = run(args.toArray(String[]::new));
        assertThat(r[0]).as((String) r[1]).isEqualTo(0);
        DatasetGraph copy = DatasetGraphFactory.create();
        try (GraphStore store = GraphStore.open(db)) {
            store.read(() -> {
                store.dataset().asDatasetGraph().find().forEachRemaining(copy::add);
                return null;
            });
        }
        return copy;
    }

    @Test
    void storesThatCannotBeUsedAreOneLineErrors(@TempDir Path dir) throws Exception {
        Path rq = Files.writeString(dir.resolve("q.rq"), "ASK {}");
        String down = "http://127.0.0.1:9/cstkg"; // the discard port: nothing listens there
        assertOneLine(run("ingest", "--store", down, SAMPLES.toString()), "store " + down, "unreachable");
        assertOneLine(run("query", "--store", down, rq.toString()), "store " + down, "unreachable");
        assertOneLine(run("validate", "--store", down), "store " + down, "unreachable");
        assertOneLine(run("serve", "--store", down, "--port", "0"), "store " + down, "unreachable");
        try (FusekiTestServer readOnly = FusekiTestServer.readOnly(dir.resolve("ro"))) {
            assertOneLine(run(ingest(readOnly.url(), List.of(GOLDEN.resolve("digest/mini-digest.txt")))),
                    "store " + readOnly.url(), "takes no writes");
            assertThat(readOnly.snapshot().isEmpty()).as("nothing written").isTrue();
        }
        try (FusekiTestServer fuseki = FusekiTestServer.start(dir.resolve("tdb2"))) {
            String missing = fuseki.url().replace(FusekiTestServer.DATASET, "/no-such-dataset");
            assertOneLine(run("query", "--store", missing, rq.toString()), "store " + missing, "HTTP 404");
        }
        try (LocalEndpoint notSparql = LocalEndpoint.start()) {
            String page = notSparql.uri("/page").toString();
            assertOneLine(run("query", "--store", page, rq.toString()), "store " + page, "not a SPARQL answer");
        }
        assertOneLine(run("query", "--store", "ftp://example.org/x", rq.toString()), "--store ftp://example.org/x",
                "not an http(s) URL");
        assertOneLine(run("ingest", "--db", "http://localhost:3030/cstkg", SAMPLES.toString()),
                "--db http://localhost:3030/cstkg", "use --store http://localhost:3030/cstkg");
        assertOneLine(run("ingest", "--db", dir.resolve("x").toString(), "--store", down, SAMPLES.toString()),
                "--db", "give one store");
        assertOneLine(run("query", "--store-query", "sparql", rq.toString()), "--store-query sparql",
                "only with --store");
    }

    @Test
    void aStoreThatAsksForAPasswordGetsTheOneInItsUrl(@TempDir Path dir) throws Exception {
        Path rq = Files.writeString(dir.resolve("q.rq"), "ASK { ?s ?p ?o }");
        try (FusekiTestServer fuseki = FusekiTestServer.withPassword(dir.resolve("tdb2"), "cstkg", "s3cret")) {
            String plain = fuseki.url();
            String withPassword = plain.replace("http://", "http://cstkg:s3cret@");
            // RemoteStoreServedTest ingests and serves through such a URL; here the command line's messages
            Object[] q = run("query", "--store", withPassword, rq.toString());
            assertThat(q[0]).as((String) q[1]).isEqualTo(0);
            assertThat(((String) q[1]).strip()).as("an empty store").isEqualTo("false");
            assertOneLine(run("query", "--store", plain, rq.toString()), "store " + plain, "HTTP 401",
                    "user name and password");
            Object[] wrong = run("query", "--store", plain.replace("http://", "http://cstkg:wrong@"), rq.toString());
            assertOneLine(wrong, "store " + plain, "HTTP 401");
            assertThat((String) wrong[1]).as("no password in messages").doesNotContain("wrong");
        }
    }

    static void assertOneLine(Object[] result, String... parts) {
        assertThat(result[0]).as((String) result[1]).isEqualTo(2);
        String msg = ((String) result[1]).strip();
        assertThat(msg.lines()).as(msg).hasSize(1);
        assertThat(msg).startsWith("cstkg: ").contains(parts);
    }
}
