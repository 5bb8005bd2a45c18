package org.cstkg.serve;

import java.net.URI;

import org.apache.jena.fuseki.main.FusekiServer;
import org.cstkg.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The embedded Fuseki: bound to the loopback interface only, on an internal port, serving the store read-only (query
 * and Graph Store reads; no update operations are registered). The public {@code /sparql} is {@link SparqlProxy}.
 */
public class FusekiEndpoint implements QueryEndpoint, SmartLifecycle {

    static final String DATASET = "/cstkg";
    private static final Logger LOG = LoggerFactory.getLogger(FusekiEndpoint.class);

    private final GraphStore store;
    private final int port;
    private volatile FusekiServer server;

    FusekiEndpoint(GraphStore store, ServeProperties props) {
        this.store = store;
        this.port = props.fusekiPort();
    }

    @Override
    public synchronized void start() {
        server = FusekiServer.create()
                .port(port)
                .loopback(true)
                .verbose(false)
                .enablePing(true)
                .add(DATASET, store.dataset(), false)
                .build()
                .start();
        LOG.info("Fuseki on {}", queryUri());
    }

    /** The internal query endpoint, e.g. {@code http://localhost:41234/cstkg/query}. */
    @Override
    public URI queryUri() {
        FusekiServer s = server;
        if (s == null)
            throw new IllegalStateException("Fuseki is not running");
        return URI.create("http://127.0.0.1:" + s.getHttpPort() + DATASET + "/query");
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override // both QueryEndpoint and SmartLifecycle
    public boolean isRunning() {
        return server != null;
    }

    /** Started before, and stopped after, the web server that proxies to it. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }
}
