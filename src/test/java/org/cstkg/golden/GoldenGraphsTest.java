package org.cstkg.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.cstkg.pipeline.Pipeline;
import org.cstkg.source.SourceReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each short document written for a format under {@code src/test/resources/golden/FORMAT/} goes through the whole
 * pipeline; its graphs must be isomorphic to the TriG beside it. After a deliberate change, regenerate with
 *
 * <pre>mvn -B test -Dtest=GoldenGraphsTest -Dgolden.update=true</pre>
 *
 * and review the diff of the {@code .trig} files ({@code git diff src/test/resources/golden}) before committing.
 */
class GoldenGraphsTest {

    static final Path ROOT = Path.of("src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> everyGoldenDocumentGivesItsExpectedGraph() throws IOException {
        Pipeline pipeline = new Pipeline(SourceReader.create(), true);
        List<Path> inputs;
        try (Stream<Path> s = Files.walk(ROOT)) {
            inputs = s.filter(p -> Files.isRegularFile(p) && !p.toString().endsWith(".trig")).sorted().toList();
        }
        assertTrue(inputs.size() >= 5, "golden inputs: " + inputs);
        return inputs.stream().map(in -> DynamicTest.dynamicTest(ROOT.relativize(in).toString(), () -> {
            Path expected = Path.of(in.toString().replaceFirst("\\.[a-z]+$", ".trig"));
            // the graphs name the input by its path relative to the project, as a user's command line would
            Dataset actual = pipeline.run(in).graphs();
            if (UPDATE) {
                try (OutputStream os = Files.newOutputStream(expected)) {
                    SortedTrig.write(actual, os);
                }
                return;
            }
            if (!Files.isRegularFile(expected))
                fail(expected + " missing; run with -Dgolden.update=true and review it");
            Dataset want = DatasetFactory.create();
            RDFDataMgr.read(want, expected.toString());
            if (!IsoMatcher.isomorphic(want.asDatasetGraph(), actual.asDatasetGraph())) {
                Path got = Path.of("target", "golden-actual", ROOT.relativize(expected).toString());
                Files.createDirectories(got.getParent());
                try (OutputStream os = Files.newOutputStream(got)) {
                    SortedTrig.write(actual, os);
                }
                fail(in + ": graph differs from " + expected + "; what was extracted is in " + got
                        + " (diff them; if the change is right, regenerate with -Dgolden.update=true)");
            }
        }));
    }
}
