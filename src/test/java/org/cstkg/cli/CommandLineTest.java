package org.cstkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI on the project's own sample digest: ingest, re-ingest, bad input, extract in every format. */
class CommandLineTest {

    static final Path SAMPLES = Path.of("data/samples");

    /** Runs the CLI, returning exit code and captured stdout+stderr. */
    static Object[] run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8);
        System.setOut(p);
        System.setErr(p);
        try {
            int code = Main.run(args);
            return new Object[] { code, buf.toString(StandardCharsets.UTF_8) };
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    static long quads(Path db) {
        Dataset ds = TDB2Factory.connectDataset(db.toString());
        try {
            return Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count());
        } finally {
            ds.close();
        }
    }

    @Test
    void ingestIsIdempotent(@TempDir Path dir) {
        Path db = dir.resolve("tdb2");
        assertEquals(0, run("ingest", "--db", db.toString(), SAMPLES.toString())[0]);
        long first = quads(db);
        assertTrue(first > 100, "quads " + first);
        assertEquals(0, run("ingest", "--db", db.toString(), SAMPLES.toString())[0]);
        assertEquals(first, quads(db), "a second ingest replaces, never duplicates");
        assertEquals(0, run("validate", "--db", db.toString())[0]);
    }

    @Test
    void badInputLeavesTheStoreAsItWas(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        assertEquals(0, run("ingest", "--db", db.toString(), SAMPLES.toString())[0]);
        long before = quads(db);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("blob.txt"), new byte[] { 0, 1, 2, (byte) 0xff });
        Path pdf = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.4 nothing here");
        Path page = Files.writeString(dir.resolve("menu.html"), "<html><body><nav>메뉴</nav></body></html>");
        for (Path bad : List.of(empty, binary, pdf, page)) {
            // the sample digest beside the bad file is still read (its graphs replace themselves)
            Object[] r = run("ingest", "--db", db.toString(), SAMPLES.toString(), bad.toString());
            assertEquals(2, r[0], bad.toString());
            String msg = (String) r[1];
            assertEquals(1, msg.lines().filter(l -> l.contains(bad.toString())).count(), "one line names the file: " + msg);
            assertTrue(msg.contains("1 read, 1 failed"), msg);
            assertEquals(before, quads(db), "store unchanged after " + bad);
        }
        Object[] missing = run("ingest", "--db", db.toString(), dir.resolve("nope.txt").toString());
        assertTrue(((String) missing[1]).contains("no such file"), (String) missing[1]);
    }

    /** Every file of a store and its label index with its digest, the lock files (they name the process) left out. */
    static java.util.Map<String, String> contents(Path db) throws Exception {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        for (Path root : List.of(db, db.resolveSibling(db.getFileName() + "-text")))
            try (var s = Files.walk(root)) {
                for (Path f : s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("tdb.lock"))
                        .toList())
                    out.put(root.relativize(f).toString() + "@" + root.getFileName(), java.util.HexFormat.of()
                            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        return out;
    }

    /** Re-ingesting a document the store holds as read writes nothing: the store stays as it was, byte for byte. */
    @Test
    void reIngestingAnUnchangedDocumentLeavesTheStoreAsItWas(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        assertEquals(0, run("ingest", "--db", db.toString(), SAMPLES.toString())[0]);
        var before = contents(db);
        Object[] r = run("ingest", "--db", db.toString(), SAMPLES.toString());
        assertEquals(0, r[0]);
        assertTrue(((String) r[1]).contains("1 unchanged"), (String) r[1]);
        assertFalse(((String) r[1]).contains("compacted"), (String) r[1]);
        assertEquals(before, contents(db));
    }

    /**
     * A changed document replaces its graphs, which leaves garbage behind; the store is compacted once it has grown by
     * half, so one generation of the store stays on disk, not one more per load.
     */
    @Test
    void reIngestingChangedDocumentsCompactsTheStore(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        Path sample;
        try (var l = Files.list(SAMPLES)) {
            sample = l.sorted().findFirst().orElseThrow();
        }
        Path changed = Files.createDirectories(dir.resolve("changed")).resolve(sample.getFileName());
        Files.writeString(changed, Files.readString(sample).replace("17호", "18호"));
        assertEquals(0, run("ingest", "--db", db.toString(), SAMPLES.toString())[0]);
        for (Path version : List.of(changed, sample, changed)) {
            Object[] r = run("ingest", "--db", db.toString(), version.toString());
            assertEquals(0, r[0]);
            assertFalse(((String) r[1]).contains("unchanged"), (String) r[1]);
            assertTrue(((String) r[1]).contains("compacted the store"), (String) r[1]);
        }
        try (var s = Files.list(db)) {
            List<String> generations = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).toList();
            assertEquals(1, generations.size(), generations.toString());
            assertNotEquals("Data-0001", generations.get(0), "compacted into a new generation, the old one deleted");
        }
        assertEquals(0, run("validate", "--db", db.toString())[0]);
        Object[] c = run("compact", "--db", db.toString());
        assertEquals(0, c[0]);
        assertTrue(((String) c[1]).startsWith("compacted "), (String) c[1]);
    }

    @Test
    void unusableStoreLocationsAndOutputsAreOneLineErrors(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "중국과학원은 새 연구소를 세웠다고 밝혔다.\n");
        for (String db : List.of("http://localhost:3030/ds", "https:/x", story.toString())) {
            Object[] r = run("ingest", "--db", db, story.toString());
            assertEquals(2, r[0], db);
            String msg = ((String) r[1]).strip();
            assertEquals(1, msg.lines().count(), msg);
            assertTrue(msg.startsWith("cstkg: --db " + db + ": "), msg);
        }
        assertFalse(Files.exists(Path.of("http:")), "no folder named after the URL scheme");
        Object[] noDir = run("extract", story.toString(), "-o", dir.resolve("missing/x.nq").toString());
        assertEquals(2, noDir[0]);
        assertEquals(1, ((String) noDir[1]).strip().lines().count(), (String) noDir[1]);
        assertTrue(((String) noDir[1]).contains("no such directory"), (String) noDir[1]);
        Object[] badFormat = run("extract", "--format", "docx", story.toString(), "-o", dir.resolve("x.nq").toString());
        assertEquals(2, badFormat[0]);
        assertTrue(((String) badFormat[1]).contains("unknown format 'docx'"), (String) badFormat[1]);
    }

    @Test
    void extractWritesEveryReadableFileAndNamesTheOthers(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "중국과학원은 새 연구소를 세웠다고 밝혔다.\n");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path out = dir.resolve("out.nq");
        Object[] r = run("extract", SAMPLES.toString(), empty.toString(), story.toString(), "--date", "2024-01-02",
                "-o", out.toString());
        assertEquals(2, r[0]);
        String msg = (String) r[1];
        assertTrue(msg.contains("cstkg: " + empty + ": empty file"), msg);
        assertTrue(msg.contains("2 read, 1 failed"), msg);
        String nq = Files.readString(out);
        assertTrue(nq.contains("/id/report/cstkg-sample-digest-2023-11-03>"), "the digest is written");
        assertTrue(nq.contains("/id/doc/story-2024-01-02>"), "the story is written, dated by --date");
        assertTrue(nq.contains("\"2024-01-02\"^^<http://www.w3.org/2001/XMLSchema#date>"), "its given date");
    }

    @ParameterizedTest
    @ValueSource(strings = { "out.trig", "out.nq", "out.ttl", "out.jsonld" })
    void extractWritesRdfThatRioAlsoReads(String name, @TempDir Path dir) throws Exception {
        Path out = dir.resolve(name);
        assertEquals(0, run("extract", SAMPLES.toString(), "-o", out.toString())[0]);
        Dataset jena = DatasetFactory.create();
        RDFDataMgr.read(jena, out.toString());
        long jenaCount = jena.asDatasetGraph().stream().count();
        RDFFormat format = Rio.getParserFormatForFileName(name).orElseThrow();
        Model rio;
        try (InputStream in = Files.newInputStream(out)) {
            rio = Rio.parse(in, "", format);
        }
        assertTrue(jenaCount > 100);
        assertEquals(jenaCount, rio.size(), "Jena and Rio read the same number of statements from " + name);
    }

    @Test
    void unknownOutputFormatIsAUserError(@TempDir Path dir) {
        Object[] r = run("extract", SAMPLES.toString(), "-o", dir.resolve("out.xyz").toString());
        assertEquals(2, r[0]);
        assertTrue(((String) r[1]).contains("unknown output format"));
    }

    @Test
    void queryRunsOnTheUnionOfGraphs(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        run("ingest", "--db", db.toString(), SAMPLES.toString());
        Path q = Files.writeString(dir.resolve("q.rq"), """
                PREFIX cst: <https://w3id.org/cstkg/ontology#>
                SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a cst:Article }
                """);
        Object[] r = run("query", "--db", db.toString(), "--format", "csv", q.toString());
        assertEquals(0, r[0], (String) r[1]);
        List<String> lines = new ArrayList<>(((String) r[1]).lines().toList());
        assertEquals("4", lines.get(lines.size() - 1).strip(), "three articles and the summary");
        Path bad = Files.writeString(dir.resolve("bad.rq"), "SELEKT nothing");
        Object[] rb = run("query", "--db", db.toString(), bad.toString());
        assertEquals(2, rb[0]);
        assertTrue(((String) rb[1]).contains("bad SPARQL"));
    }

    @Test
    void serveRefusesABadSettingByName() {
        Object[] base = run("serve", "--port", "0", "--bind", "127.0.0.1", "--db", "mem:", "--load", "none",
                "--public-base", "w3id.org/cstkg");
        assertEquals(2, base[0]);
        assertTrue(((String) base[1]).contains("cstkg.public-base must be an http(s) URL"), (String) base[1]);
        Object[] timeout = run("serve", "--port", "0", "--bind", "127.0.0.1", "--db", "mem:", "--load", "none",
                "--query-timeout", "0");
        assertEquals(2, timeout[0]);
        assertTrue(((String) timeout[1]).contains("cstkg.limits.query-timeout"), (String) timeout[1]);
    }

    @Test
    void serveOnAPortInUseFailsWithOneLine() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Object[] r = run("serve", "--port", String.valueOf(taken.getLocalPort()), "--bind", "127.0.0.1",
                    "--db", "mem:", "--load", "data/samples");
            assertEquals(2, r[0]);
            assertTrue(((String) r[1]).contains("cstkg: cannot start the server: Port " + taken.getLocalPort()),
                    (String) r[1]);
        }
    }
}
