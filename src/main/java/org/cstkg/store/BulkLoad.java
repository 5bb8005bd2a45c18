package org.cstkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.cstkg.search.LabelIndex;

/**
 * A new store written through TDB2's bulk loader (the phased loader that {@code tdb2.tdbloader} uses on an empty store)
 * instead of a write transaction: the first ingest into a directory that holds no store yet. The store is built in a
 * hidden directory beside the target and takes the target's place only when complete, so the batch lands whole or not
 * at all, as it would in one transaction. The merged default graph is loaded with the named graphs; the label index is
 * built once at the end, through the same indexing path as any write, from the label triples alone.
 */
public final class BulkLoad implements AutoCloseable {

    private final Path target;
    private final Path fresh;
    private final DatasetGraph dsg;
    private final DataLoader loader;
    private final StreamRDF stream;
    private final Set<Triple> labels = new HashSet<>();
    private final Set<String> prefixes = new HashSet<>();
    /** Documents met a second time in the batch: written over the first after the load, as a later write would. */
    private final List<Object[]> again = new ArrayList<>();
    private boolean done;

    private BulkLoad(Path target, Path fresh) {
        this.target = target;
        this.fresh = fresh;
        this.dsg = DatabaseMgr.connectDatasetGraph(fresh.toString());
        this.loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> {});
        this.stream = loader.stream();
        loader.startBulk();
    }

    /** True when {@code target} does not exist or is an empty directory (its label index beside it absent too). */
    public static boolean applies(Path target) {
        // a label index left beside a store that is gone is not overwritten: such a store is written as any other
        return Restore.isEmpty(target) && !Files.exists(Restore.text(target.toAbsolutePath()));
    }

    /** Starts a bulk load that will become the store {@code target}, which must {@link #applies apply}. */
    public static BulkLoad into(Path target) {
        if (!applies(target))
            throw new StoreException(target + ": not a new store; a bulk load only creates one");
        Path abs = target.toAbsolutePath();
        Path fresh = abs.resolveSibling("." + abs.getFileName() + "-loading-" + ProcessHandle.current().pid());
        try {
            Restore.deleteStore(fresh);
            Files.createDirectories(fresh);
        } catch (IOException e) {
            throw new StoreException("cannot create " + fresh + ": " + e.getMessage(), e);
        }
        return new BulkLoad(abs, fresh);
    }

    /**
     * Adds the graphs of a document, named under {@code graphPrefix}; a document already added in this load is
     * replaced by the later one, as {@link Store#replaceGraphs} would.
     */
    public void add(String graphPrefix, Dataset graphs) {
        if (!prefixes.add(graphPrefix)) {
            again.add(new Object[] { graphPrefix, graphs });
            return;
        }
        for (String name : iterable(graphs)) {
            Node g = NodeFactory.createURI(name);
            graphs.getNamedModel(name).getGraph().find().forEachRemaining(t -> {
                stream.quad(Quad.create(g, t));
                if (LabelIndex.indexes(t.getPredicate()))
                    labels.add(t);
                else
                    stream.triple(t);
            });
        }
    }

    private static Iterable<String> iterable(Dataset graphs) {
        Set<String> names = new LinkedHashSet<>();
        graphs.listNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * Completes the load: the label triples through the label index, the documents met twice written over, the size
     * recorded as compact; then the store takes the target's place.
     *
     * @return the new store's {@link GraphStore#defaultGraphVersion() default graph version}
     */
    public String finish() {
        if (done)
            throw new IllegalStateException("finished already");
        loader.finishBulk();
        done = true;
        TDBInternal.expel(dsg);
        GraphStore store = GraphStore.open(fresh);
        String version;
        try {
            store.addToDefaultGraph(labels);
            if (!again.isEmpty())
                store.inOneTransaction(() -> again.forEach(d -> store.replaceGraphs((String) d[0], (Dataset) d[1])));
            store.recordCompactSize();
            version = store.defaultGraphVersion();
        } finally {
            store.release();
        }
        try {
            Restore.move(fresh, target);
            Restore.move(Restore.text(fresh), Restore.text(target));
        } catch (IOException e) {
            throw new StoreException("cannot move the new store into " + target + ": " + e.getMessage(), e);
        }
        return version;
    }

    /** Without {@link #finish()}: the load is abandoned and nothing of it is left. */
    @Override
    public void close() {
        if (!done) {
            done = true;
            try { // the loader's threads run to their end (finishing joins them) before the store is let go
                loader.finishBulk();
            } catch (RuntimeException e) {
                try {
                    loader.finishException(e);
                } catch (RuntimeException again) {
                    // the loader's own clean-up failed: the directory is deleted below anyway
                }
            }
            TDBInternal.expel(dsg);
        }
        try {
            Restore.deleteStore(fresh);
        } catch (IOException e) {
            // a hidden directory beside the target is left behind
        }
    }
}
