package org.cstkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import java.util.function.Function;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.cstkg.search.LabelIndex;
import org.cstkg.search.LabelSearch;
import org.cstkg.search.NameSearch;

/**
 * A TDB2 dataset with a label index beside it. Reports are written as sets of named graphs that replace, never add to,
 * the graphs of an earlier load of the same report, each report in one write transaction.
 */
public final class GraphStore implements Store {

    private final Dataset dataset;
    private final Dataset tdb;
    private final Path location;
    private final java.util.concurrent.atomic.AtomicInteger replaced = new java.util.concurrent.atomic.AtomicInteger();

    private GraphStore(Dataset dataset, Dataset tdb, Path location) {
        this.dataset = dataset;
        this.tdb = tdb;
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
        return new GraphStore(LabelIndex.wrap(tdb, indexDir), tdb, dir);
    }

    /** An in-memory store with the same transaction semantics, for tests. */
    public static GraphStore inMemory() {
        Dataset tdb = TDB2Factory.createDataset();
        return new GraphStore(LabelIndex.wrapInMemory(tdb), tdb, null);
    }

    public Dataset dataset() {
        return dataset;
    }

    @Override
    public Kind kind() {
        return location == null ? Kind.MEMORY : Kind.TDB2;
    }

    @Override
    public String name() {
        return location == null ? "mem:" : location.toString();
    }

    /** The store directory, or null for an in-memory store. */
    @Override
    public Path location() {
        return location;
    }

    @Override
    public <T> T select(Query query, Function<ResultSet, T> reader) {
        return read(() -> {
            try (QueryExecution qe = exec(query)) {
                return reader.apply(qe.execSelect());
            }
        });
    }

    @Override
    public boolean ask(Query query) {
        return read(() -> {
            try (QueryExecution qe = exec(query)) {
                return qe.execAsk();
            }
        });
    }

    @Override
    public Model construct(Query query) {
        return read(() -> {
            try (QueryExecution qe = exec(query)) {
                Model model = ModelFactory.createDefaultModel();
                model.add(query.isDescribeType() ? qe.execDescribe() : qe.execConstruct());
                return model;
            }
        });
    }

    /** A query over the dataset (its context holds the server's limits) with the union as default graph. */
    private QueryExecution exec(Query query) {
        return QueryExecution.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true).build();
    }

    @Override
    public <T> T readUnion(Function<Graph, T> action) {
        return read(() -> action.apply(dataset.getUnionModel().getGraph()));
    }

    @Override
    public Size size() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return read(() -> new Size(Iter.count(dsg.find()), Iter.count(dsg.listGraphNodes())));
    }

    @Override
    public NameSearch search() {
        return new LabelSearch(dataset);
    }

    /**
     * Replaces, in one write transaction, every named graph whose name starts with {@code graphPrefix} by the graphs in
     * {@code graphs}. Either all of it happens or none.
     */
    @Override
    public void replaceGraphs(String graphPrefix, Dataset graphs) {
        Objects.requireNonNull(graphPrefix, "graphPrefix");
        Txn.executeWrite(dataset, () -> {
            java.util.Set<String> old = oldGraphs(graphPrefix);
            if (!old.isEmpty())
                replaced.incrementAndGet();
            old.forEach(dataset::removeNamedModel);
            for (Iterator<Resource> it = graphs.listModelNames(); it.hasNext();) {
                Resource name = it.next();
                Model target = dataset.getNamedModel(name);
                target.add(graphs.getNamedModel(name));
            }
        });
    }

    /**
     * The graphs an earlier load of a document wrote: its own graph and those its articles, summary and reference data
     * are in, found from the document's graph (an indexed lookup), not by listing every graph of the store.
     */
    private java.util.Set<String> oldGraphs(String prefix) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (!dataset.containsNamedModel(prefix))
            return out;
        out.add(prefix);
        Model report = dataset.getNamedModel(prefix);
        Resource doc = report.createResource(prefix);
        report.listSubjectsWithProperty(report.createProperty(org.cstkg.rdf.CST.inReport.getURI()), doc)
                .forEachRemaining(a -> {
                    if (a.isURIResource())
                        out.add(a.getURI());
                });
        for (String extra : new String[] { prefix + "/reference", prefix + "/summary" })
            if (dataset.containsNamedModel(extra))
                out.add(extra);
        return out;
    }

    /**
     * Reclaims the space that replaced graphs left behind (TDB2 writes new blocks and keeps the old ones until
     * compacted). Runs outside any transaction; readers see the store as before. No-op for an in-memory store.
     */
    @Override
    public void compact() {
        if (location == null)
            return;
        org.apache.jena.tdb2.DatabaseMgr.compact(tdb.asDatasetGraph(), true);
    }

    @Override
    public int replacedDocuments() {
        return replaced.get();
    }

    /** Bytes the store takes on disk (the label index beside it not counted), or 0 for an in-memory store. */
    @Override
    public long sizeOnDisk() {
        if (location == null)
            return 0;
        try (java.util.stream.Stream<Path> s = Files.walk(location)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (java.io.IOException e) {
                    return 0;
                }
            }).sum();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** Replaces one named graph (e.g. the ontology) in its own write transaction. */
    @Override
    public void replaceGraph(String graphName, Model content) {
        Txn.executeWrite(dataset, () -> {
            if (dataset.containsNamedModel(graphName))
                dataset.removeNamedModel(graphName);
            dataset.getNamedModel(graphName).add(content);
        });
    }

    @Override
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
