package org.cstkg.serve;

import java.net.URI;

import org.cstkg.store.RemoteStore;

/**
 * The query endpoint of a remote store: {@code /sparql} forwards to it, after the same checks as for the embedded
 * Fuseki (syntax, {@code SERVICE} allow-list, result cap, size); the timeout is enforced by cancelling the request.
 */
final class RemoteQueryEndpoint implements QueryEndpoint {

    private final RemoteStore store;

    RemoteQueryEndpoint(RemoteStore store) {
        this.store = store;
    }

    @Override
    public URI queryUri() {
        return URI.create(store.endpoints().query());
    }

    @Override
    public boolean isRunning() {
        return store.reachable();
    }

    @Override
    public boolean remote() {
        return true;
    }
}
