package org.cstkg.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.cstkg.document.Document;
import org.cstkg.source.SourceReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The extractor stopped after the stage {@code last}, over documents already read and held in memory (one operation =
 * the whole corpus): a stage's cost is the difference to the stage before it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StagesBench {

    @Param("target/bench/corpus")
    public String corpus;

    @Param({ "text", "glosses", "mentions", "aliases", "resolution", "relations", "publisher" })
    public String last;

    private final List<Document> documents = new ArrayList<>();
    private Extractor extractor;

    @Setup
    public void setUp() throws IOException {
        SourceReader reader = SourceReader.create();
        try (Stream<Path> s = Files.list(Path.of(corpus))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList())
                documents.add(reader.parse(p));
        }
        extractor = Extractor.standard().upTo(last);
    }

    @Benchmark
    public void stages(Blackhole bh) {
        for (Document d : documents)
            bh.consume(extractor.extract(d));
    }
}
