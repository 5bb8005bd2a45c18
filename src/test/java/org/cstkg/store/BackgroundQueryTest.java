package org.cstkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.cstkg.rdf.CST;
import org.junit.jupiter.api.Test;

/**
 * A server's own background reads (the reconciliation index reads every label) are not cut off by the timeout the
 * server sets for its clients' queries, while those queries still are.
 */
class BackgroundQueryTest {

    /** A join of every label with every other: slow enough to outlive a 1 ms timeout. */
    static final Query SLOW = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { ?a <" + RDFS.label.getURI()
            + "> ?x . ?b <" + RDFS.label.getURI() + "> ?y FILTER(?x != ?y) }");

    @Test
    void aBackgroundQueryOutlivesTheClientsTimeout() {
        try (GraphStore s = GraphStore.inMemory()) {
            String doc = CST.ID_NS + "doc/many";
            Model m = ModelFactory.createDefaultModel();
            for (int i = 0; i < 2000; i++)
                m.add(m.createResource(CST.ID_NS + "org/o" + i), RDFS.label, "기관" + i, "ko");
            Dataset ds = DatasetFactory.create();
            ds.addNamedModel(doc, m);
            s.replaceGraphs(doc, ds);
            s.dataset().getContext().set(ARQ.queryTimeout, "1");

            assertThatThrownBy(() -> s.select(SLOW, rs -> rs.next().getLiteral("n").getLong()))
                    .isInstanceOf(QueryCancelledException.class);
            long n = s.selectInBackground(SLOW, rs -> rs.next().getLiteral("n").getLong());
            assertThat(n).isEqualTo(2000L * 1999L);
        }
    }
}
