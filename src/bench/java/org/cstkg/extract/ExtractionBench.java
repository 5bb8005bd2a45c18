package org.cstkg.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.cstkg.document.Article;
import org.cstkg.document.Document;
import org.cstkg.document.Segment;
import org.cstkg.graph.GraphBuilder;
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
 * Whole documents over a corpus held in memory, one operation = the whole corpus, so that articles/s is its article
 * count over the time of an operation: {@code floor} only reads and tokenises (what any extraction must do);
 * {@code graph} reads, runs every stage and makes the quads. {@link StagesBench} times the stages. Run by
 * {@code bench/run}, with {@code -p corpus=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractionBench {

    @Param("target/bench/corpus")
    public String corpus;

    private final List<String> names = new ArrayList<>();
    private final List<byte[]> files = new ArrayList<>();
    private SourceReader reader;
    private Extractor full;

    @Setup
    public void setUp() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(corpus))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                names.add(p.toString());
                files.add(Files.readAllBytes(p));
            }
        }
        if (files.isEmpty())
            throw new IllegalStateException(corpus + ": no .txt files");
        reader = SourceReader.create();
        full = Extractor.standard();
        int articles = 0;
        for (int i = 0; i < files.size(); i++)
            articles += reader.parse(names.get(i), files.get(i)).articles().size();
        System.out.printf("%n# corpus %s: %d files, %d articles%n", corpus, files.size(), articles);
    }

    /** Read each file and cut every segment into normalised word tokens: the floor under any extraction. */
    @Benchmark
    public void floor(Blackhole bh) {
        for (int i = 0; i < files.size(); i++) {
            Document d = reader.parse(names.get(i), files.get(i));
            tokens(d.summary(), bh);
            for (Article a : d.articles())
                tokens(a.segments(), bh);
        }
    }

    private static void tokens(List<Segment> segments, Blackhole bh) {
        for (Segment s : segments) {
            String t = Texts.normalize(s.text());
            int n = 0;
            for (int i = 0, start = -1; i <= t.length(); i++) {
                boolean word = i < t.length() && Character.isLetterOrDigit(t.charAt(i));
                if (word && start < 0)
                    start = i;
                else if (!word && start >= 0) {
                    bh.consume(t.substring(start, i));
                    start = -1;
                    n++;
                }
            }
            bh.consume(n);
        }
    }

    /** Reading, every stage and the graph: what {@code extract} does per document, without the JVM and output. */
    @Benchmark
    public void graph(Blackhole bh) {
        for (int i = 0; i < files.size(); i++)
            bh.consume(new GraphBuilder().build(full.extract(reader.parse(names.get(i), files.get(i)))));
    }
}
