package org.cstkg.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cstkg.rdf.CST;
import org.cstkg.rdf.Ontology;
import org.cstkg.source.SourceException;
import org.cstkg.store.Store;

/**
 * Loads documents into a store. Every file is read and its graphs checked with SHACL before anything of it is
 * written, so a bad file leaves the store as it was and the other files still load; then each document replaces its
 * own graphs in one transaction, so loading it again never duplicates. Entities already in the store keep their IRIs
 * when a new document names them again.
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

    /** Ingests with a validating pipeline; returns every file's outcome. */
    public static List<Pipeline.Outcome> ingestAll(Store store, List<Path> paths) {
        return ingestAll(store, paths, new Pipeline(org.cstkg.source.SourceReader.create(), true), null);
    }

    /**
     * @param pipeline a pipeline that validates (see {@link Pipeline#Pipeline(org.cstkg.source.SourceReader, boolean)})
     * @param progress where to print one line per document read, or null
     * @return one outcome per file, in order; the failed ones wrote nothing
     * @throws SourceException when the paths name no source file at all
     */
    public static List<Pipeline.Outcome> ingestAll(Store store, List<Path> paths, Pipeline pipeline,
            PrintStream progress) {
        List<Path> files = expand(paths);
        if (files.isEmpty())
            throw new SourceException(paths + ": no source files (.txt, .pdf or .html) found");
        List<Pipeline.Outcome> outcomes = pipeline.runAll(files, KnownEntities.in(store));
        if (outcomes.stream().anyMatch(Pipeline.Outcome::ok))
            store.replaceGraph(CST.ONTOLOGY_IRI, Ontology.ontology());
        int n = 0;
        for (Pipeline.Outcome o : outcomes) {
            n++;
            if (!o.ok())
                continue;
            Pipeline.Result r = o.result();
            store.replaceGraphs(r.graphPrefix(), r.graphs());
            if (progress != null)
                progress.printf("[%d/%d] %s: %d article(s), %d entities -> %s%n", n, outcomes.size(),
                        r.report().source(), r.report().articles().size(), r.extraction().entities().size(),
                        r.graphPrefix());
        }
        return outcomes;
    }
}
