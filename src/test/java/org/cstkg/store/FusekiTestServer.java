package org.cstkg.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * A real Fuseki server on a free loopback port over its own TDB2 directory, with SPARQL Query, Update and the Graph
 * Store Protocol at the dataset's URL and the union of the named graphs as default graph (as a Fuseki configured with
 * {@code tdb2:unionDefaultGraph true}). It can be told to die at the n-th graph write: from then on it is stopped,
 * the way a server killed in the middle of an ingest is.
 */
public final class FusekiTestServer implements AutoCloseable {

    public static final String DATASET = "/cstkg";

    private final Path dir;
    private final Dataset dataset;
    private final FusekiServer server;
    private final AtomicInteger puts = new AtomicInteger();
    private volatile int dieAtPut;

    private FusekiTestServer(Path dir, int dieAtPut) {
        this.dir = dir;
        this.dieAtPut = dieAtPut;
        this.dataset = TDB2Factory.connectDataset(dir.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Filter killer = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            if (http.getMethod().equals("PUT") && puts.incrementAndGet() == this.dieAtPut) {
                // the server dies before this write reaches the store
                Thread stopper = new Thread(this::stopNow, "fuseki-killer");
                stopper.start();
                ((HttpServletResponse) response).sendError(503, "server going down");
                return;
            }
            chain.doFilter(request, response);
        };
        this.server = FusekiServer.create()
                .port(0)
                .loopback(true)
                .verbose(false)
                .addFilter("/*", killer)
                .add(DATASET, dataset, true)
                .build()
                .start();
    }

    /** A server over {@code dir} (created if needed). */
    public static FusekiTestServer start(Path dir) {
        return new FusekiTestServer(dir, 0);
    }

    /** A server over {@code dir} that stops itself when it receives its {@code n}-th Graph Store PUT. */
    public static FusekiTestServer dyingAtPut(Path dir, int n) {
        return new FusekiTestServer(dir, n);
    }

    /** The dataset's URL, where it answers queries, updates and Graph Store requests. */
    public String url() {
        return "http://127.0.0.1:" + server.getHttpPort() + DATASET;
    }

    /** Graph Store PUTs received so far. */
    public int puts() {
        return puts.get();
    }

    /** A copy of everything in the store, in memory. */
    public DatasetGraph snapshot() {
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(dataset, () -> dataset.asDatasetGraph().find().forEachRemaining(copy::add));
        return copy;
    }

    /**
     * Whether two stores hold the same graphs: the same quads up to the names of blank nodes (the ontology graph has
     * some), graph by graph.
     */
    public static boolean same(DatasetGraph a, DatasetGraph b) {
        return a.stream().count() == b.stream().count() && IsoMatcher.isomorphic(a, b);
    }

    public Path directory() {
        return dir;
    }

    private synchronized void stopNow() {
        try {
            server.stop();
        } catch (RuntimeException e) {
            // already stopping
        }
    }

    /** Stops the server and lets go of the TDB2 directory, so that a new server reads it from disk. */
    @Override
    public void close() {
        stopNow();
        TDBInternal.expel(dataset.asDatasetGraph(), true);
    }

}
