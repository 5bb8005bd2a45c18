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
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.cstkg.search.LabelIndex;
import org.cstkg.search.LabelSearch;
import org.cstkg.search.NameSearch;

/**
 * A TDB2 dataset with a label index beside it. Reports are written as sets of named graphs that replace, never add to,
 * the graphs of an earlier load of the same report, each in one write transaction or a batch of them in one
 * ({@link #inOneTransaction}).
 */
public final class GraphStore implements Store {

    private final Dataset dataset;
    private final Dataset tdb;
    private final Path location;
    private final java.util.concurrent.atomic.AtomicInteger replaced = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
    private volatile java.time.Instant lastChange;

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
        if (Txn.calculateRead(tdb, () -> MergedDefaultGraph.missing(tdb.asDatasetGraph())))
            deleteIndex(indexDir); // it indexed the named graphs: rebuilt below over the merged default graph
        GraphStore store = new GraphStore(LabelIndex.wrap(tdb, indexDir), tdb, dir);
        store.upgrade();
        return store;
    }

    private static void deleteIndex(Path indexDir) {
        if (!Files.isDirectory(indexDir))
            return;
        try (java.util.stream.Stream<Path> s = Files.walk(indexDir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList())
                if (!p.equals(indexDir))
                    Files.delete(p);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot rebuild label index " + indexDir + ": " + e.getMessage(), e);
        }
    }

    /** An in-memory store with the same transaction semantics, for tests. */
    public static GraphStore inMemory() {
        Dataset tdb = TDB2Factory.createDataset();
        return new GraphStore(LabelIndex.wrapInMemory(tdb), tdb, null);
    }

    /**
     * The dataset: one named graph per article (and per document, its summary and reference data), and as its default
     * graph the merged distinct triples of them all, which ordinary queries read.
     */
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

    /** The dataset without the label index, for the named graphs (the index covers the merged default graph). */
    private org.apache.jena.sparql.core.DatasetGraph raw() {
        return tdb.asDatasetGraph();
    }

    /** Builds the merged default graph of a store written before it existed; returns whether it did. */
    public boolean upgrade() {
        if (!Txn.calculateRead(dataset, () -> MergedDefaultGraph.missing(raw())))
            return false;
        Txn.executeWrite(dataset, () -> MergedDefaultGraph.rebuild(raw(), dataset.asDatasetGraph()));
        return true;
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
    public <T> T selectInBackground(Query query, Function<ResultSet, T> reader) {
        return read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .set(org.apache.jena.query.ARQ.queryTimeout, "-1").build()) {
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

    /** A query over the dataset (its context holds the server's limits), the merged triples as default graph. */
    private QueryExecution exec(Query query) {
        return QueryExecution.dataset(dataset).query(query).build();
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
        write(() -> {
            java.util.Set<String> old = oldGraphs(graphPrefix);
            if (!old.isEmpty())
                replaced.incrementAndGet();
            var removed = MergedDefaultGraph.triplesOf(raw(), old.stream().map(NodeFactory::createURI).toList());
            old.forEach(g -> raw().removeGraph(NodeFactory.createURI(g)));
            for (Iterator<Resource> it = graphs.listModelNames(); it.hasNext();) {
                Resource name = it.next();
                Graph content = graphs.getNamedModel(name).getGraph();
                Graph target = raw().getGraph(name.asNode());
                content.find().forEachRemaining(target::add);
                MergedDefaultGraph.add(dataset.asDatasetGraph(), content);
            }
            MergedDefaultGraph.dropOrphans(raw(), dataset.asDatasetGraph(), removed);
        });
    }

    /**
     * Compares by indexed lookups: the document's graph names from its own graph, then each graph's size and each of
     * its triples (graphs with blank nodes, such as the ontology's, by isomorphism). Reads in the caller's
     * transaction when there is one.
     */
    @Override
    public boolean holds(String graphPrefix, Dataset graphs) {
        Objects.requireNonNull(graphPrefix, "graphPrefix");
        return Txn.calculateRead(dataset, () -> {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            graphs.listNames().forEachRemaining(names::add);
            if (!oldGraphs(graphPrefix).equals(names))
                return false;
            for (String name : names) {
                Graph stored = raw().getGraph(NodeFactory.createURI(name));
                Graph fresh = graphs.getNamedModel(name).getGraph();
                if (stored.size() != fresh.size())
                    return false;
                if (fresh.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).hasNext()) {
                    if (!stored.isIsomorphicWith(fresh))
                        return false;
                } else if (fresh.find().filterDrop(stored::contains).hasNext()) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Adds triples to the merged default graph through the label index, in one write transaction (a bulk load's labels). */
    void addToDefaultGraph(java.util.Collection<org.apache.jena.graph.Triple> triples) {
        write(() -> {
            Graph merged = dataset.asDatasetGraph().getDefaultGraph();
            triples.forEach(merged::add);
        });
    }

    /**
     * Runs several writes (e.g. {@link #replaceGraphs} of a few documents) as one transaction: all of them happen or
     * none. Fewer, larger transactions load a batch faster.
     */
    @Override
    public void inOneTransaction(Runnable writes) {
        write(writes);
    }

    /** A write transaction, counted as a change of the store once it has committed. */
    private void write(Runnable writes) {
        Txn.executeWrite(dataset, writes);
        lastChange = java.time.Instant.now();
        changes.incrementAndGet();
    }

    /**
     * How many write transactions (or nested writes) committed since the store was opened: anything derived from the
     * store (a dump, a cached figure) is stale when this has moved.
     */
    public long changes() {
        return changes.get();
    }

    /**
     * The version of the merged default graph as committed on disk, or null for a store in memory: its data directory
     * and the state (root block, block counts) of each of the default graph's B+tree indexes. TDB2 never writes a
     * block in place, so every commit that changes the default graph moves these on, in this process or any other;
     * a compaction moves to a new data directory. Something derived from the default graph and stamped with this
     * version is current while the version is unchanged.
     */
    public String defaultGraphVersion() {
        if (location == null)
            return null;
        return Txn.calculateRead(tdb, () -> {
            var storage = org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(tdb.asDatasetGraph());
            StringBuilder v = new StringBuilder(Path.of(storage.getLocation().getDirectoryPath()).getFileName().toString());
            for (var index : storage.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                if (!(index instanceof org.apache.jena.tdb2.store.tupletable.TupleIndexRecord r)
                        || !(r.getRangeIndex() instanceof org.apache.jena.dboe.trans.bplustree.BPlusTree tree))
                    return null;
                var state = tree.getStateManager();
                v.append(' ').append(index.getName()).append(':').append(state.getRoot()).append('/')
                        .append(state.getNodeBlocksLimit()).append('/').append(state.getRecordsBlocksLimit());
            }
            return v.toString();
        });
    }

    /** When a write last committed through this store object, or null when none did since it was opened. */
    public java.time.Instant lastChange() {
        return lastChange;
    }

    /**
     * Sends every quad of the named graphs to {@code sink}, in one read transaction (a consistent snapshot while
     * writers go on), and returns how many. The default graph is left out: it is the merged distinct triples of the
     * named graphs, which a store rebuilds from them.
     */
    public long exportNamedGraphs(org.apache.jena.riot.system.StreamRDF sink) {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            for (Iterator<org.apache.jena.sparql.core.Quad> it = raw().findNG(Node.ANY, Node.ANY, Node.ANY,
                    Node.ANY); it.hasNext(); n++)
                sink.quad(it.next());
            return n;
        });
    }

    /**
     * The graphs an earlier load of a document wrote: its own graph and those its articles, summary and reference data
     * are in, found from the document's graph (an indexed lookup), not by listing every graph of the store.
     */
    /** The quads of a document's graphs (those {@link #replaceGraphs} would replace), 0 when it is not in the store. */
    public long documentQuads(String graphPrefix) {
        return Txn.calculateRead(dataset, () -> oldGraphs(graphPrefix).stream()
                .mapToLong(g -> raw().getGraph(NodeFactory.createURI(g)).size()).sum());
    }

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
        recordCompactSize();
    }

    /** The file beside the store's generations that remembers its size when last compact. */
    private Path compactSizeFile() {
        return location.resolve(".cstkg-compact-size");
    }

    /** Records the store's present size as its compact size (after a compaction, or a batch that left no garbage). */
    public void recordCompactSize() {
        if (location == null)
            return;
        try {
            Files.writeString(compactSizeFile(), Long.toString(sizeOnDisk()));
        } catch (java.io.IOException e) {
            throw new StoreException("cannot write " + compactSizeFile() + ": " + e.getMessage(), e);
        }
    }

    /** The store's size when last compact, or -1 when never recorded (or in memory). */
    public long compactSize() {
        if (location == null || !Files.isRegularFile(compactSizeFile()))
            return -1;
        try {
            return Long.parseLong(Files.readString(compactSizeFile()).strip());
        } catch (java.io.IOException | NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public int replacedDocuments() {
        return replaced.get();
    }

    /**
     * Bytes the store takes on disk (the label index beside it not counted), or 0 for an in-memory store: the blocks
     * allocated, as {@code du} counts them, since TDB2 maps its files in sparse 8 MB chunks whose apparent size says
     * little about a small store; the apparent size where {@code du} is not available.
     */
    @Override
    public long sizeOnDisk() {
        if (location == null)
            return 0;
        try {
            Process du = new ProcessBuilder("du", "-sk", location.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (du.waitFor() == 0 && out.matches("(?s)\\d+\\s.*"))
                return Long.parseLong(out.split("\\s")[0]) * 1024;
        } catch (java.io.IOException e) {
            // no du here: the apparent size below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /**
     * Writes every named graph of {@code graphs} (a dump or a backup read back), replacing graphs of the same name, in
     * one write transaction; the merged default graph and the label index follow. Returns the quads written.
     */
    public long loadNamedGraphs(org.apache.jena.sparql.core.DatasetGraph graphs) {
        long[] n = { 0 };
        write(() -> {
            List<Node> names = new ArrayList<>();
            graphs.listGraphNodes().forEachRemaining(names::add);
            for (Node name : names) {
                Graph content = graphs.getGraph(name);
                var removed = MergedDefaultGraph.triplesOf(raw(), List.of(name));
                raw().removeGraph(name);
                Graph target = raw().getGraph(name);
                content.find().forEachRemaining(target::add);
                MergedDefaultGraph.add(dataset.asDatasetGraph(), content);
                MergedDefaultGraph.dropOrphans(raw(), dataset.asDatasetGraph(), removed);
                n[0] += content.size();
            }
        });
        return n[0];
    }

    /** Closes the store and releases it in this process, so that its directory may be moved or opened elsewhere. */
    public void release() {
        close();
        if (location != null)
            org.apache.jena.tdb2.sys.TDBInternal.expel(tdb.asDatasetGraph());
    }

    /** Replaces one named graph (e.g. the ontology) in its own write transaction. */
    @Override
    public void replaceGraph(String graphName, Model content) {
        write(() -> {
            Node name = NodeFactory.createURI(graphName);
            var removed = MergedDefaultGraph.triplesOf(raw(), List.of(name));
            raw().removeGraph(name);
            Graph target = raw().getGraph(name);
            content.getGraph().find().forEachRemaining(target::add);
            MergedDefaultGraph.add(dataset.asDatasetGraph(), content.getGraph());
            MergedDefaultGraph.dropOrphans(raw(), dataset.asDatasetGraph(), removed);
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
