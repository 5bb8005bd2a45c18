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

import org.apache.jena.riot.out.NodeFmtLib;
import org.cstkg.source.SourceReader;
import org.junit.jupiter.api.Test;

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
}
