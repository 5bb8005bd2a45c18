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
import org.cstkg.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start on an empty store: the ontology graph, then RDF dumps as they are, then reports through the pipeline.
 */
final class InitialLoad {

    static final String ONTOLOGY_GRAPH = CST.ONTOLOGY_IRI;
    static final String ONTOLOGY_RESOURCE = "cstkg-ontology/cstkg.ttl";
    private static final Logger LOG = LoggerFactory.getLogger(InitialLoad.class);

    private final Ingester ingester;

    InitialLoad(Ingester ingester) {
        this.ingester = ingester;
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
