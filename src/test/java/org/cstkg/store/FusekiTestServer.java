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
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.security.UserStore;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;

/**
 * A real Fuseki server on a free loopback port over its own TDB2 directory, with SPARQL Query, Update and the Graph
 * Store Protocol at the dataset's URL and a default graph of its own (Fuseki's default configuration). It can be
 * told to die at the n-th write (a Graph Store PUT or a SPARQL Update): from then on it is stopped, the way a server
 * killed in the middle of an ingest is.
 */
public final class FusekiTestServer implements AutoCloseable {

    public static final String DATASET = "/cstkg";

    private final Path dir;
    private final Dataset dataset;
    private final FusekiServer server;
    private final AtomicInteger writes = new AtomicInteger();
    private volatile int dieAtWrite;

    private FusekiTestServer(Path dir, int dieAtWrite) {
        this(dir, dieAtWrite, true, null);
    }

    /** @param user a user name and password whose user alone may use the server (HTTP Basic), or null */
    private FusekiTestServer(Path dir, int dieAtWrite, boolean writable, String[] user) {
        this.dir = dir;
        this.dieAtWrite = dieAtWrite;
        this.dataset = TDB2Factory.connectDataset(dir.toString());
        Filter killer = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            if (isWrite(http) && writes.incrementAndGet() == this.dieAtWrite) {
                // the server dies before this write reaches the store
                Thread stopper = new Thread(this::stopNow, "fuseki-killer");
                stopper.start();
                ((HttpServletResponse) response).sendError(503, "server going down");
                return;
            }
            chain.doFilter(request, response);
        };
        FusekiServer.Builder builder = FusekiServer.create();
        if (user != null) // users held in memory: a password file would be watched by a thread that outlives the server
            builder.securityHandler(JettySecurityLib.makeSecurityHandler("cstkg",
                    JettySecurityLib.addUser(new UserStore(), user[0], user[1]), AuthScheme.BASIC))
                    .serverAuthPolicy(Auth.policyAllowSpecific(user[0]));
        this.server = builder
                .port(0)
                .loopback(true)
                .verbose(false)
                .addFilter("/*", killer)
                .add(DATASET, dataset, writable)
                .build()
                .start();
    }

    /** A server over {@code dir} (created if needed). */
    public static FusekiTestServer start(Path dir) {
        return new FusekiTestServer(dir, 0);
    }

    /** A server over {@code dir} that answers queries only (no SPARQL Update, no Graph Store writes). */
    public static FusekiTestServer readOnly(Path dir) {
        return new FusekiTestServer(dir, 0, false, null);
    }

    /** A server over {@code dir} that answers only {@code user} with {@code password} (HTTP Basic). */
    public static FusekiTestServer withPassword(Path dir, String user, String password) {
        return new FusekiTestServer(dir, 0, true, new String[] { user, password });
    }

    /** A server over {@code dir} that stops itself when it receives its {@code n}-th write. */
    public static FusekiTestServer dyingAtWrite(Path dir, int n) {
        return new FusekiTestServer(dir, n);
    }

    /** A Graph Store PUT or a SPARQL Update (as Jena sends it: the update as the body of a POST). */
    private static boolean isWrite(HttpServletRequest http) {
        String type = http.getContentType();
        return http.getMethod().equals("PUT") || http.getMethod().equals("POST") && type != null
                && type.startsWith("application/sparql-update");
    }

    /** The dataset's URL, where it answers queries, updates and Graph Store requests. */
    public String url() {
        return "http://127.0.0.1:" + server.getHttpPort() + DATASET;
    }

    /** Writes (Graph Store PUTs and SPARQL Updates) received so far. */
    public int writes() {
        return writes.get();
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
