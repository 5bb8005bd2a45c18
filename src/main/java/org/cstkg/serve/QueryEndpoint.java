package org.cstkg.serve;

import java.net.URI;

/**
 * The SPARQL query endpoint that {@code /sparql} forwards checked queries to: the embedded Fuseki over a local store
 * ({@link FusekiEndpoint}), or the remote store's own endpoint ({@link RemoteQueryEndpoint}).
 */
public interface QueryEndpoint {

    /** Where queries are sent (SPARQL 1.1 Protocol, POST of {@code application/sparql-query}). */
    URI queryUri();

    /** Whether the endpoint can answer now. */
    boolean isRunning();

    /** Whether the endpoint is another server's, which cstkg neither starts nor configures. */
    default boolean remote() {
        return false;
    }
}
