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
import org.cstkg.report.ReportException;
import org.cstkg.store.GraphStore;

/**
 * Loads reports into a store. Every file is read and checked before anything is written, so one bad file leaves the
 * store as it was; then each report replaces its own graphs in one transaction, so loading it again never duplicates.
 * Entities already in the store keep their IRIs when a new report names them again.
 */
public final class Ingest {

    private Ingest() {}

    /** Report files of the paths: files as given, directories as their {@code .txt} and {@code .pdf} files, sorted. */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().matches("(?i).*\\.(txt|pdf)$"))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new ReportException(p + ": cannot list directory: " + e.getMessage(), e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    public static List<Pipeline.Result> ingestAll(GraphStore store, List<Path> paths) {
        return ingestAll(store, paths, new Pipeline(), null);
    }

    /** @param progress where to print one line per report, or null */
    public static List<Pipeline.Result> ingestAll(GraphStore store, List<Path> paths, Pipeline pipeline,
            PrintStream progress) {
        List<Path> files = expand(paths);
        if (files.isEmpty())
            throw new ReportException(paths + ": no report files (.txt or .pdf) found");
        List<Pipeline.Result> results = pipeline.runAll(files, KnownEntities.in(store));
        for (Pipeline.Result r : results)
            Pipeline.validate(r.graphs(), r.report().source());
        store.replaceGraph(CST.ONTOLOGY_IRI, Ontology.ontology());
        int n = 0;
        for (Pipeline.Result r : results) {
            store.replaceGraphs(r.graphPrefix(), r.graphs());
            if (progress != null)
                progress.printf("[%d/%d] %s: %d articles, %d entities -> %s%n", ++n, results.size(),
                        r.report().source(), r.report().articles().size(), r.extraction().entities().size(),
                        r.graphPrefix());
        }
        return results;
    }
}
