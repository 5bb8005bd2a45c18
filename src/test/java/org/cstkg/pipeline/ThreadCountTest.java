package org.cstkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cstkg.source.SourceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents are extracted in parallel and settled in file order, so the quads do not depend on the thread count: the
 * golden inputs of every format and the samples, one batch, on 1, 2 and 3 threads.
 */
class ThreadCountTest {

    static List<Path> inputs() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : new String[] { "src/test/resources/golden/article", "src/test/resources/golden/html",
                "src/test/resources/golden/digest", "data/samples" })
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(f -> f.toString().matches(".*\\.(txt|html)$")).sorted().forEach(out::add);
            }
        return out;
    }

    static TreeSet<String> quads(Pipeline pipeline, List<Path> files, int threads) {
        TreeSet<String> out = new TreeSet<>();
        List<Pipeline.Outcome> outcomes = new ArrayList<>();
        pipeline.runAll(files, List.of(), threads, o -> {
            outcomes.add(o);
            if (o.ok())
                o.result().graphs().asDatasetGraph().find().forEachRemaining(q -> out.add(NodeFmtLib.str(q)));
        });
        assertEquals(files, outcomes.stream().map(Pipeline.Outcome::file).toList(), "outcomes in file order");
        assertTrue(outcomes.stream().allMatch(Pipeline.Outcome::ok), "every input reads");
        return out;
    }

    @Test
    void theThreadCountDoesNotChangeTheQuads() throws IOException {
        List<Path> files = inputs();
        assertTrue(files.size() >= 5, files.toString());
        Pipeline pipeline = new Pipeline(SourceReader.create(), false);
        TreeSet<String> one = quads(pipeline, files, 1);
        assertFalse(one.isEmpty());
        assertEquals(one, quads(pipeline, files, 2));
        assertEquals(one, quads(pipeline, files, 3));
    }

    /**
     * The same through {@code extract}, whose documents are written out as N-Quads on the threads that built them:
     * the same quads (the ontology's blank nodes aside) and the same {@code --explain}.
     */
    @Test
    void extractWritesTheSameOnOneAndThreeThreads(@TempDir Path dir) throws IOException {
        List<String> args = new ArrayList<>(inputs().stream().map(Path::toString).toList());
        String one = extract(args, 1, dir.resolve("one.nq")), three = extract(args, 3, dir.resolve("three.nq"));
        assertEquals(one, three, "--explain");
        DatasetGraph a = RDFDataMgr.loadDatasetGraph(dir.resolve("one.nq").toString());
        DatasetGraph b = RDFDataMgr.loadDatasetGraph(dir.resolve("three.nq").toString());
        assertTrue(a.stream().count() > 1000);
        assertEquals(a.stream().count(), b.stream().count());
        assertEquals(withoutBlankNodes(a), withoutBlankNodes(b));
    }

    /** The quads without a blank node (only the ontology has them, labelled anew on every run), as text, sorted. */
    private static TreeSet<String> withoutBlankNodes(DatasetGraph g) {
        TreeSet<String> out = new TreeSet<>();
        g.find().forEachRemaining(q -> {
            if (!q.getSubject().isBlank() && !q.getObject().isBlank())
                out.add(NodeFmtLib.str(q));
        });
        return out;
    }

    /** Runs {@code extract --explain}; returns what it printed (the explanations), the batch summary left out. */
    private static String extract(List<String> files, int threads, Path out) {
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            List<String> args = new ArrayList<>(List.of("extract", "--explain", "--threads", String.valueOf(threads),
                    "-o", out.toString()));
            args.addAll(files);
            assertEquals(0, org.cstkg.cli.Main.run(args.toArray(String[]::new)));
        } finally {
            System.setOut(stdout);
        }
        String explained = buf.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(explained.isBlank());
        return explained;
    }
}
