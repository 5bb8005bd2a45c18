package org.cstkg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * p50/p99 of each {@code queries/*.rq} on one engine, as TSV lines {@code engine query p50_ms p99_ms rows runs}:
 *
 * <pre>
 * QueryBench tdb2 DB QUERIES WARMUP RUNS SECONDS       the store cstkg ingest made, union default graph
 * QueryBench rdf4j FILE.nq QUERIES WARMUP RUNS SECONDS  RDF4J's memory store holding the merged triples
 * QueryBench merge FILE.nq OUT.nt                       the distinct triples of the quads (for Oxigraph)
 * </pre>
 *
 * Warm-up and timed runs each stop after their count or SECONDS seconds, whichever comes first (at least one timed
 * run).
 */
public final class QueryBench {

    /** One engine: runs a query to its last row and returns the number of rows. */
    interface Engine extends AutoCloseable {
        long run(String query);

        @Override
        void close();
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        switch (args[0]) {
            case "merge" -> Merge.write(Path.of(args[1]), Path.of(args[2]));
            case "tdb2", "rdf4j" -> {
                long t0 = System.nanoTime();
                try (Engine e = args[0].equals("tdb2") ? new Tdb2Engine(Path.of(args[1]))
                        : Rdf4jEngine.load(Path.of(args[1]))) {
                    System.err.printf("%s: ready in %.1f s%n", args[0], (System.nanoTime() - t0) / 1e9);
                    run(args[0], e, Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                            Double.parseDouble(args[5]), out);
                }
            }
            default -> throw new IllegalArgumentException("unknown engine " + args[0]);
        }
    }

    static void run(String name, Engine engine, Path queries, int warmup, int runs, double seconds, PrintStream out)
            throws IOException {
        for (Path q : rqFiles(queries)) {
            String text = Files.readString(q);
            long rows = 0;
            long deadline = System.nanoTime() + (long) (seconds * 1e9);
            for (int i = 0; i < warmup && System.nanoTime() < deadline; i++)
                rows = engine.run(text);
            Latencies l = new Latencies();
            deadline = System.nanoTime() + (long) (seconds * 1e9);
            for (int i = 0; i < runs && (i == 0 || System.nanoTime() < deadline); i++) {
                long s = System.nanoTime();
                rows = engine.run(text);
                l.add(System.nanoTime() - s);
            }
            out.printf("%s\t%s\t%.3f\t%.3f\t%d\t%d%n", name, q.getFileName().toString().replaceFirst("\\.rq$", ""),
                    l.percentileMs(50), l.percentileMs(99), rows, l.count());
        }
    }

    static List<Path> rqFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }
}
