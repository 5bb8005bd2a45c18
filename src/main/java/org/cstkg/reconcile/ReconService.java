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

    ReconIndex index() {
        ReconIndex i = index;
        if (i == null)
            synchronized (this) {
                if (index == null) {
                    index = ReconIndex.of(sparql.dataset());
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
