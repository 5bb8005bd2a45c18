package org.cstkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.cstkg.rdf.CST;
import org.cstkg.store.GraphStore;
import org.cstkg.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start on an empty store: the ontology graph, then RDF dumps as they are, then reports through the pipeline.
 * The load is recorded as a unit: a marker file in the store directory ({@value #MARKER}) is written before the first
 * write and removed after the last, so a load that was interrupted (the process killed) is found on the next start and
 * run again to the end (every write replaces graphs, so running it again converges), never skipped because the store
 * is no longer empty.
 */
final class InitialLoad {

    static final String ONTOLOGY_GRAPH = CST.ONTOLOGY_IRI;
    static final String ONTOLOGY_RESOURCE = "cstkg-ontology/cstkg.ttl";
    private static final Logger LOG = LoggerFactory.getLogger(InitialLoad.class);

    static final String MARKER = ".cstkg-initial-load";
    private final Ingester ingester;

    InitialLoad(Ingester ingester) {
        this.ingester = ingester;
    }

    /**
     * Loads {@code paths} when the store is empty or its initial load was interrupted; returns whether it loaded.
     */
    boolean loadIfNeeded(GraphStore store, String name, List<Path> paths) {
        Path marker = store.location() == null ? null : store.location().resolve(MARKER);
        boolean interrupted = marker != null && Files.exists(marker);
        if (interrupted)
            LOG.warn("the initial load of store {} was interrupted ({}): loading {} again to the end", name,
                    readQuietly(marker), paths);
        else if (store.isEmpty())
            LOG.info("store {} is empty: loading {}", name, paths);
        else
            return false;
        try {
            if (marker != null)
                Files.writeString(marker, "started " + java.time.Instant.now() + " loading " + paths + "\n");
            load(store, paths);
            if (marker != null)
                Files.delete(marker);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot record the initial load in " + marker, e);
        }
        return true;
    }

    private static String readQuietly(Path marker) {
        try {
            return Files.readString(marker).strip();
        } catch (java.io.IOException e) {
            return "marker unreadable";
        }
    }

    void load(Store store, List<Path> paths) {
        Model ontology = Ontology.model();
        if (!ontology.isEmpty())
            store.replaceGraph(ONTOLOGY_GRAPH, ontology);
        List<Path> reports = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                LOG.debug("initial load: {} does not exist, skipped", path);
                continue;
            }
            Lang lang = RDFLanguages.filenameToLang(path.toString());
            if (Files.isRegularFile(path) && lang != null)
                loadRdf(store, path);
            else
                reports.add(path);
        }
        // one report at a time: a report the pipeline rejects is skipped with a warning, the others still load
        for (Path report : org.cstkg.pipeline.Ingest.expand(reports)) {
            try {
                ingester.ingestAll(store, List.of(report));
                LOG.info("loaded {}", report);
            } catch (RuntimeException e) {
                LOG.warn("initial ingest of {} skipped: {}", report, e.getMessage());
            }
        }
    }

    /** An RDF file as it is: its named graphs, and its default graph (if any) as a graph named by the file's URI. */
    private static void loadRdf(Store store, Path path) {
        Dataset dump = DatasetFactory.create();
        RDFDataMgr.read(dump, path.toString());
        if (!dump.getDefaultModel().isEmpty())
            store.replaceGraph(path.toUri().toString(), dump.getDefaultModel());
        dump.listModelNames().forEachRemaining(name -> store.replaceGraph(name.getURI(), dump.getNamedModel(name)));
        LOG.info("loaded {}", path);
    }
}
