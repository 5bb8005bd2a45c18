package org.cstkg.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.cstkg.rdf.CST;
import org.cstkg.resolve.EntityResolver;
import org.cstkg.rdf.Ontology;
import org.cstkg.source.SourceException;
import org.cstkg.store.BulkLoad;
import org.cstkg.store.GraphStore;
import org.cstkg.store.Store;

/**
 * Loads documents into a store. Every file is read and its graphs checked with SHACL before anything of it is
 * written, so a bad file leaves the store as it was and the other files still load; then each document replaces its
 * own graphs, so loading it again never duplicates. A batch is one write transaction, documents written as they are
 * read: the good documents of a batch land together or, if the process dies, not at all (a store's B+trees copy the
 * blocks a transaction changes, so one transaction per batch leaves no garbage behind, unlike one per document). A
 * document whose graphs the store already holds exactly as they would be written (loaded before, unchanged) is not
 * written again, so re-ingesting it leaves the store as it was. Entities already in the store keep their IRIs when a
 * new document names them again.
 */
public final class Ingest {

    /** File names a directory is read for. */
    static final String SOURCE_FILES = "(?i).*\\.(txt|pdf|html?|xhtml)$";

    private Ingest() {}

    /**
     * Source files of the paths: files as given (whatever their name), directories as their {@code .txt},
     * {@code .pdf} and {@code .html} files, sorted.
     */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().matches(SOURCE_FILES))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new SourceException(p + ": cannot list directory: " + e.getMessage(), e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Ingests with a validating pipeline on one thread; returns every file's outcome. */
    public static List<Pipeline.Outcome> ingestAll(Store store, List<Path> paths) {
        return ingestAll(store, paths, new Pipeline(org.cstkg.source.SourceReader.create(), true), null);
    }

    /** {@link #ingestAll(Store, List, Pipeline, int, PrintStream)} on one thread. */
    public static List<Pipeline.Outcome> ingestAll(Store store, List<Path> paths, Pipeline pipeline,
            PrintStream progress) {
        return ingestAll(store, paths, pipeline, 1, progress);
    }

    /**
     * Reads and extracts documents on {@code threads} threads and writes each, in the order of the files, as soon as
     * it and every file before it are done (memory holds a few documents per thread, not the batch), all in one write
     * transaction.
     *
     * @param pipeline a pipeline that validates (see {@link Pipeline#Pipeline(org.cstkg.source.SourceReader, boolean)})
     * @param progress where to print one line per document (with documents per second and the time left), or null
     * @return one outcome per file, in order; the failed ones wrote nothing. A written document's outcome keeps its
     *         document (notices included), not its graphs.
     * @throws SourceException when the paths name no source file at all
     */
    public static List<Pipeline.Outcome> ingestAll(Store store, List<Path> paths, Pipeline pipeline, int threads,
            PrintStream progress) {
        List<Path> files = files(paths);
        GraphStore local = store instanceof GraphStore g && g.location() != null ? g : null;
        KnownTable before = local == null ? null : KnownEntities.tableOf(local);
        Collection<EntityResolver.Known> known = before == null ? KnownEntities.in(store) : before.known();
        KnownTable added = new KnownTable();
        int replaced = store.replacedDocuments();
        boolean emptyBefore = local != null && store.isEmpty();
        boolean[] ontologyReplaced = { false };
        List<Pipeline.Outcome> outcomes = new ArrayList<>();
        store.inOneTransaction(() -> outcomes.addAll(write(files, known, added, pipeline, threads, progress, new Writer() {
            @Override
            public boolean holds(String prefix, org.apache.jena.query.Dataset graphs) {
                return store.holds(prefix, graphs);
            }

            @Override
            public void write(String prefix, org.apache.jena.query.Dataset graphs) {
                store.replaceGraphs(prefix, graphs);
            }

            @Override
            public void ontology() {
                ontologyReplaced[0] = !emptyBefore;
                store.replaceGraph(CST.ONTOLOGY_IRI, Ontology.ontology());
            }
        })));
        if (local != null)
            KnownEntities.afterBatch(local, before, added,
                    ontologyReplaced[0] || store.replacedDocuments() != replaced);
        return outcomes;
    }

    /**
     * {@link #ingestAll(Store, List, Pipeline, int, PrintStream)} into a new store: {@code target} does not exist or is
     * an empty directory ({@link BulkLoad#applies}). Written through TDB2's bulk loader, built beside the target and
     * moved into place when complete: the good documents land together or not at all. When no document is good, no
     * store is made.
     */
    public static List<Pipeline.Outcome> ingestNew(Path target, List<Path> paths, Pipeline pipeline, int threads,
            PrintStream progress) {
        List<Path> files = files(paths);
        KnownTable added = new KnownTable();
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        boolean[] twice = { false };
        try (BulkLoad bulk = BulkLoad.into(target)) {
            List<Pipeline.Outcome> outcomes = write(files, List.of(), added, pipeline, threads, progress, new Writer() {
                @Override
                public boolean holds(String prefix, org.apache.jena.query.Dataset graphs) {
                    return false;
                }

                @Override
                public void write(String prefix, org.apache.jena.query.Dataset graphs) {
                    bulk.add(prefix, graphs);
                    twice[0] |= !prefixes.add(prefix); // the later replaces the earlier: names may go
                }

                @Override
                public void ontology() {
                    bulk.add(CST.ONTOLOGY_IRI, ontologyGraph());
                }
            });
            if (outcomes.stream().anyMatch(Pipeline.Outcome::ok)) {
                String version = bulk.finish();
                KnownEntities.save(target, twice[0] ? null : version, added);
            }
            return outcomes;
        }
    }

    private static List<Path> files(List<Path> paths) {
        List<Path> files = expand(paths);
        if (files.isEmpty())
            throw new SourceException(paths + ": no source files (.txt, .pdf or .html) found");
        return files;
    }

    /** Where a batch's documents go: a store's write transaction, or a bulk load. */
    private interface Writer {
        /** Whether the graphs are there already as they would be written. */
        boolean holds(String prefix, org.apache.jena.query.Dataset graphs);

        /** Writes a document's graphs, replacing those of an earlier load. */
        void write(String prefix, org.apache.jena.query.Dataset graphs);

        /** Writes the ontology's graph, replacing an earlier one. */
        void ontology();
    }

    /** Writes each good document through {@code writer}, and what it wrote of entities into {@code added}. */
    private static List<Pipeline.Outcome> write(List<Path> files, Collection<EntityResolver.Known> known,
            KnownTable added, Pipeline pipeline, int threads, PrintStream progress, Writer writer) {
        List<Pipeline.Outcome> outcomes = new ArrayList<>();
        Progress rate = new Progress(files.size());
        boolean[] ontology = { false };
        pipeline.runAll(files, known, threads, o -> {
            if (!o.ok()) {
                outcomes.add(o);
                return;
            }
            Pipeline.Result r = o.result();
            boolean same = writer.holds(r.graphPrefix(), r.graphs());
            if (!same) {
                if (!ontology[0] && !writer.holds(CST.ONTOLOGY_IRI, ontologyGraph())) {
                    writer.ontology();
                    KnownEntities.addGraphs(added, ontologyGraph());
                }
                ontology[0] = true;
                writer.write(r.graphPrefix(), r.graphs());
                KnownEntities.addGraphs(added, r.graphs());
            }
            outcomes.add(new Pipeline.Outcome(o.file(), new Pipeline.Result(r.report(), null, null), null, null, same));
            if (progress != null)
                progress.printf("[%d/%d] %s: %d article(s), %d entities -> %s%s%s%n", outcomes.size(), files.size(),
                        r.report().source(), r.report().articles().size(), r.extraction().entities().size(),
                        r.graphPrefix(), same ? " (unchanged: already in the store, not written)" : "",
                        rate.after(outcomes.size()));
        });
        return outcomes;
    }

    private static org.apache.jena.query.Dataset ontologyGraph() {
        org.apache.jena.query.Dataset d = org.apache.jena.query.DatasetFactory.create();
        d.addNamedModel(CST.ONTOLOGY_IRI, Ontology.ontology());
        return d;
    }

    /** Documents per second and the time left, once a run has lasted long enough to say. */
    static final class Progress {
        private final int total;
        private final long start = System.nanoTime();

        Progress(int total) {
            this.total = total;
        }

        String after(int done) {
            double seconds = (System.nanoTime() - start) / 1e9;
            if (seconds < 5 || done >= total)
                return "";
            double rate = done / seconds;
            long left = Math.round((total - done) / rate);
            return String.format(java.util.Locale.ROOT, " (%.1f docs/s, %s left)", rate,
                    left >= 3600 ? left / 3600 + " h " + left % 3600 / 60 + " min"
                            : left >= 60 ? left / 60 + " min " + left % 60 + " s" : left + " s");
        }
    }
}
