package org.cstkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.vocabulary.RDFS;
import org.cstkg.rdf.CST;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A remote store keeps its default graph as a local one does ({@link MergedDefaultGraphTest}, the same scenario):
 * the distinct triples of the named graphs, through every replacement, on a real Fuseki server.
 */
class RemoteMergedDefaultGraphTest {

    static final String A = MergedDefaultGraphTest.A, B = MergedDefaultGraphTest.B;

    static long defaultCount(Store s, String label) {
        return count(s, "SELECT (COUNT(*) AS ?n) { ?x <%s> \"%s\"@ko }".formatted(RDFS.label.getURI(), label));
    }

    static long graphsHolding(Store s, String label) {
        return count(s, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?x <%s> \"%s\"@ko } }"
                .formatted(RDFS.label.getURI(), label));
    }

    static long count(Store s, String query) {
        return s.select(QueryFactory.create(query), rs -> rs.next().getLiteral("n").getLong());
    }

    static RemoteStore connect(FusekiTestServer fuseki) {
        return RemoteStore.connect(RemoteEndpoints.of(fuseki.url(), null, null, null));
    }

    @Test
    void aTripleStaysWhileAnyGraphHoldsIt(@TempDir Path dir) {
        try (FusekiTestServer fuseki = FusekiTestServer.start(dir.resolve("tdb2"));
                RemoteStore s = connect(fuseki)) {
            s.replaceGraphs(A, MergedDefaultGraphTest.doc(A, "공동", "A만"));
            s.replaceGraphs(B, MergedDefaultGraphTest.doc(B, "공동"));
            assertEquals(1, defaultCount(s, "공동"), "once in the default graph");
            assertEquals(2, graphsHolding(s, "공동"), "and in both documents' graphs");
            assertEquals(0, s.replacedDocuments(), "nothing replaced yet");
            s.replaceGraphs(A, MergedDefaultGraphTest.doc(A));
            assertEquals(1, s.replacedDocuments());
            assertEquals(0, defaultCount(s, "A만"), "held by A alone: gone with it");
            assertEquals(1, defaultCount(s, "공동"), "B still states it");
            s.replaceGraphs(B, MergedDefaultGraphTest.doc(B));
            assertEquals(0, defaultCount(s, "공동"));
            assertEquals(0, graphsHolding(s, "공동"));
            assertEquals(2, count(s, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "the two documents' own triples");
        }
    }

    /** A document with an article graph: the document graph lists it, as the pipeline's do. */
    static Dataset report(String doc, String... labels) {
        String article = doc + "/1";
        Dataset ds = MergedDefaultGraphTest.doc(doc);
        Model d = ds.getNamedModel(doc);
        d.add(d.createResource(article), d.createProperty(CST.inReport.getURI()), d.createResource(doc));
        Model a = ModelFactory.createDefaultModel();
        for (String l : labels)
            a.add(a.createResource(CST.ID_NS + "org/" + l.length()), RDFS.label, l, "ko");
        ds.addNamedModel(article, a);
        return ds;
    }

    /** Triples of the default graph that no named graph holds, plus named-graph triples missing from it. */
    static long mismatches(Store s) {
        return count(s, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
                + count(s, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }");
    }

    @Test
    void aReplacementCutShortAtAnyWriteIsRepairedByARerun(@TempDir Path dir) {
        int before;
        int replacement;
        DatasetGraph clean;
        try (FusekiTestServer fuseki = FusekiTestServer.start(dir.resolve("clean")); RemoteStore s = connect(fuseki)) {
            s.replaceGraphs(A, report(A, "공동", "옛것"));
            s.replaceGraphs(B, report(B, "공동"));
            before = fuseki.writes();
            s.replaceGraphs(A, report(A, "새것"));
            replacement = fuseki.writes() - before;
            clean = fuseki.snapshot();
            assertEquals(0, mismatches(s));
        }
        assertEquals(3, replacement, "clear, PUT of the article graph, document graph with the default graph");
        for (int k = 1; k <= replacement; k++) {
            Path db = dir.resolve("cut" + k);
            try (FusekiTestServer fuseki = FusekiTestServer.dyingAtWrite(db, before + k);
                    RemoteStore s = connect(fuseki)) {
                s.replaceGraphs(A, report(A, "공동", "옛것"));
                s.replaceGraphs(B, report(B, "공동"));
                assertThrows(StoreException.class, () -> s.replaceGraphs(A, report(A, "새것")));
            }
            try (FusekiTestServer fuseki = FusekiTestServer.start(db); RemoteStore s = connect(fuseki)) {
                s.replaceGraphs(A, report(A, "새것"));
                assertEquals(0, mismatches(s), "cut at write " + k);
                assertTrue(FusekiTestServer.same(fuseki.snapshot(), clean), "cut at write " + k);
            }
        }
    }

    @Test
    void aStoreWithNamedGraphsOnlyGetsItsDefaultGraphOnIngest(@TempDir Path dir) {
        try (FusekiTestServer fuseki = FusekiTestServer.start(dir.resolve("tdb2"))) {
            try (RDFConnection other = RDFConnection.connect(fuseki.url())) {
                other.put(A, MergedDefaultGraphTest.doc(A, "옛날").getNamedModel(A)); // loaded by other means
            }
            try (RemoteStore s = connect(fuseki)) {
                assertTrue(s.defaultGraphMissing());
                assertEquals(0, defaultCount(s, "옛날"));
                assertTrue(s.upgrade());
                assertFalse(s.defaultGraphMissing());
                assertFalse(s.upgrade(), "once");
                assertEquals(1, defaultCount(s, "옛날"));
                assertFalse(s.search().find("옛날", null, 10, 0).isEmpty(), "label search finds it");
            }
        }
    }
}
