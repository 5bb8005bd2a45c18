package org.cstkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDFS;
import org.cstkg.rdf.CST;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default graph holds the distinct triples of the named graphs, through every replacement. */
class MergedDefaultGraphTest {

    static final String A = CST.ID_NS + "doc/a", B = CST.ID_NS + "doc/b";

    static Dataset doc(String iri, String... labels) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(iri, CST.Document);
        for (String l : labels)
            m.add(m.createResource(CST.ID_NS + "org/x"), RDFS.label, l, "ko");
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel(iri, m);
        return ds;
    }

    static long defaultCount(GraphStore s, String label) {
        return Txn.calculateRead(s.dataset(), () -> s.dataset().getDefaultModel()
                .listStatements(null, RDFS.label, s.dataset().getDefaultModel().createLiteral(label, "ko")).toList()
                .size());
    }

    static long graphsHolding(GraphStore s, String label) {
        return Txn.calculateRead(s.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query("""
                    SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?x <%s> "%s"@ko } }"""
                    .formatted(RDFS.label.getURI(), label)).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void aTripleStaysWhileAnyGraphHoldsIt() {
        try (GraphStore s = GraphStore.inMemory()) {
            s.replaceGraphs(A, doc(A, "공동", "A만"));
            s.replaceGraphs(B, doc(B, "공동"));
            assertEquals(1, defaultCount(s, "공동"), "once in the default graph");
            assertEquals(2, graphsHolding(s, "공동"), "and in both documents' graphs");
            s.replaceGraphs(A, doc(A));
            assertEquals(0, defaultCount(s, "A만"), "held by A alone: gone with it");
            assertEquals(1, defaultCount(s, "공동"), "B still states it");
            s.replaceGraphs(B, doc(B));
            assertEquals(0, defaultCount(s, "공동"));
            assertEquals(0, graphsHolding(s, "공동"));
        }
    }

    @Test
    void aStoreWrittenBeforeTheMergedGraphIsUpgradedOnOpen(@TempDir Path dir) {
        Path db = dir.resolve("tdb2");
        Dataset old = TDB2Factory.connectDataset(db.toString());
        Txn.executeWrite(old, () -> old.addNamedModel(A, doc(A, "옛날").getNamedModel(A)));
        org.apache.jena.tdb2.sys.TDBInternal.expel(old.asDatasetGraph());
        try (GraphStore s = GraphStore.open(db)) {
            assertEquals(1, defaultCount(s, "옛날"));
            assertFalse(new org.cstkg.search.LabelSearch(s.dataset()).find("옛날", null, 10, 0).isEmpty(),
                    "and the label index covers it");
        }
    }
}
