package org.cstkg.reconcile;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cstkg.serve.Sparql;
import org.cstkg.store.GraphStore;
import org.cstkg.store.Store;
import org.springframework.stereotype.Component;

/**
 * The reconciler over the served store. Its index is built once and built again when the store has changed since: a
 * local store counts its writes (live updates through the admin endpoint), so the next request after a write reads the
 * new entities; a remote store may be written by others, so its index is read again when a minute old.
 */
@Component
class ReconService {

    private static final Duration REMOTE_TTL = Duration.ofMinutes(1);

    /** The index with the store's change count and the time it was read at. */
    private record Built(ReconIndex index, Reconciler reconciler, Extension extension, long changes, Instant at) {}

    private final Sparql sparql;
    private final Store store;
    private volatile Built built;

    ReconService(Sparql sparql, Store store) {
        this.sparql = sparql;
        this.store = store;
    }

    /** Builds the index as soon as the server is up, on a thread of its own, so that OpenRefine's first call is fast. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void warm() {
        Thread t = new Thread(this::index, "reconcile-index");
        t.setDaemon(true);
        t.start();
    }

    ReconIndex index() {
        return current().index();
    }

    private Built current() {
        Built b = built;
        if (b != null && fresh(b))
            return b;
        synchronized (this) {
            b = built;
            if (b == null || !fresh(b)) {
                long changes = changes(); // read before the index: a write during the build makes the next call rebuild
                ReconIndex index = ReconIndex.of(sparql);
                built = b = new Built(index, new Reconciler(index), new Extension(index, sparql), changes, Instant.now());
            }
            return b;
        }
    }

    private boolean fresh(Built b) {
        if (store.kind() == Store.Kind.REMOTE)
            return b.at().plus(REMOTE_TTL).isAfter(Instant.now());
        return b.changes() == changes();
    }

    private long changes() {
        return store instanceof GraphStore local ? local.changes() : 0;
    }

    /** Data extension over the current index. */
    Extension extension() {
        return current().extension();
    }

    List<Candidate> reconcile(ReconQuery q) {
        return current().reconciler().reconcile(q);
    }

    Map<String, List<Candidate>> reconcile(Map<String, ReconQuery> batch) {
        Reconciler r = current().reconciler();
        Map<String, List<Candidate>> out = new LinkedHashMap<>();
        batch.forEach((name, q) -> out.put(name, r.reconcile(q)));
        return out;
    }
}
