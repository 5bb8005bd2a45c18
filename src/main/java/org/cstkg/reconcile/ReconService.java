package org.cstkg.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cstkg.serve.Sparql;
import org.springframework.stereotype.Component;

/** The reconciler over the served store, its index built on first use and kept (the store is read-only while served). */
@Component
class ReconService {

    private final Sparql sparql;
    private volatile Reconciler reconciler;
    private volatile ReconIndex index;

    ReconService(Sparql sparql) {
        this.sparql = sparql;
    }

    /** Builds the index as soon as the server is up, on a thread of its own, so that OpenRefine's first call is fast. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void warm() {
        Thread t = new Thread(this::index, "reconcile-index");
        t.setDaemon(true);
        t.start();
    }

    ReconIndex index() {
        ReconIndex i = index;
        if (i == null)
            synchronized (this) {
                if (index == null) {
                    index = ReconIndex.of(sparql);
                    reconciler = new Reconciler(index);
                }
                i = index;
            }
        return i;
    }

    List<Candidate> reconcile(ReconQuery q) {
        index();
        return reconciler.reconcile(q);
    }

    Map<String, List<Candidate>> reconcile(Map<String, ReconQuery> batch) {
        index();
        Map<String, List<Candidate>> out = new LinkedHashMap<>();
        batch.forEach((name, q) -> out.put(name, reconciler.reconcile(q)));
        return out;
    }
}
