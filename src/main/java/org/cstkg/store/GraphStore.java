package org.cstkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.cstkg.search.LabelIndex;

/**
 * A TDB2 dataset with a label index beside it. Reports are written as sets of named graphs that replace, never add to,
 * the graphs of an earlier load of the same report.
 */
public final class GraphStore implements AutoCloseable {

    private final Dataset dataset;
    private final Path location;

    private GraphStore(Dataset dataset, Path location) {
        this.dataset = dataset;
        this.location = location;
    }

    /** Opens (creating if needed) the store in {@code dir}; the label index lives in the sibling {@code dir-text}. */
    public static GraphStore open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        }
        Dataset tdb;
        try {
            tdb = TDB2Factory.connectDataset(dir.toString());
        } catch (org.apache.jena.dboe.DBOpEnvException e) {
            throw new StoreException("store " + dir + " is in use by another process (" + e.getMessage()
                    + "); stop the other cstkg (e.g. cstkg serve) or use another --db", e);
        }
        Path indexDir = dir.resolveSibling(dir.getFileName() + "-text");
        return new GraphStore(LabelIndex.wrap(tdb, indexDir), dir);
    }

    /** An in-memory store with the same transaction semantics, for tests. */
    public static GraphStore inMemory() {
        return new GraphStore(LabelIndex.wrapInMemory(TDB2Factory.createDataset()), null);
    }

    public Dataset dataset() {
        return dataset;
    }

    /** The store directory, or null for an in-memory store. */
    public Path location() {
        return location;
    }

    /**
     * Replaces, in one write transaction, every named graph whose name starts with {@code graphPrefix} by the graphs in
     * {@code graphs}. Either all of it happens or none.
     */
    public void replaceGraphs(String graphPrefix, Dataset graphs) {
        Objects.requireNonNull(graphPrefix, "graphPrefix");
        Txn.executeWrite(dataset, () -> {
            List<String> old = new ArrayList<>();
            for (Iterator<String> it = dataset.listNames(); it.hasNext();) {
                String name = it.next();
                if (name.equals(graphPrefix) || name.startsWith(graphPrefix + "/"))
                    old.add(name);
            }
            old.forEach(dataset::removeNamedModel);
            for (Iterator<Resource> it = graphs.listModelNames(); it.hasNext();) {
                Resource name = it.next();
                Model target = dataset.getNamedModel(name);
                target.add(graphs.getNamedModel(name));
            }
        });
    }

    /** Replaces one named graph (e.g. the ontology) in its own write transaction. */
    public void replaceGraph(String graphName, Model content) {
        Txn.executeWrite(dataset, () -> {
            if (dataset.containsNamedModel(graphName))
                dataset.removeNamedModel(graphName);
            dataset.getNamedModel(graphName).add(content);
        });
    }

    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.listNames().hasNext() && dataset.getDefaultModel().isEmpty());
    }

    public <T> T read(java.util.function.Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    @Override
    public void close() {
        if (dataset.isInTransaction())
            dataset.end();
        dataset.close();
    }

}
