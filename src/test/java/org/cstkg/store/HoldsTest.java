package org.cstkg.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.cstkg.rdf.CST;
import org.cstkg.rdf.Ontology;
import org.junit.jupiter.api.Test;

/** A store holds a document's graphs when writing them again would change nothing; any difference says it does not. */
class HoldsTest {

    static final String A = MergedDefaultGraphTest.A;

    /** Document A with an article graph listed in its own graph, as the graph builder writes it. */
    static Dataset doc(String articleLabel) {
        Dataset ds = MergedDefaultGraphTest.doc(A, "공동");
        String article = A + "/1";
        ds.getNamedModel(A).add(ds.getNamedModel(A).createResource(article), CST.inReport,
                ds.getNamedModel(A).createResource(A));
        Model m = ModelFactory.createDefaultModel();
        m.add(m.createResource(CST.ID_NS + "org/y"), RDFS.label, articleLabel, "ko");
        ds.addNamedModel(article, m);
        return ds;
    }

    @Test
    void theSameGraphsAreHeldAndAnyDifferenceIsNot() {
        try (GraphStore s = GraphStore.inMemory()) {
            assertFalse(s.holds(A, doc("기사")), "not written yet");
            s.replaceGraphs(A, doc("기사"));
            assertTrue(s.holds(A, doc("기사")));
            assertFalse(s.holds(A, doc("다른 기사")), "a triple differs");
            Dataset more = doc("기사");
            more.getNamedModel(A + "/1").add(more.getNamedModel(A + "/1").createResource(CST.ID_NS + "org/z"),
                    RDFS.label, "하나 더", "ko");
            assertFalse(s.holds(A, more), "one triple more");
            Dataset extra = doc("기사");
            extra.addNamedModel(A + "/summary", MergedDefaultGraphTest.doc(A, "요약").getNamedModel(A));
            assertFalse(s.holds(A, extra), "a graph more");
            assertFalse(s.holds(A, MergedDefaultGraphTest.doc(A, "공동")), "its article graph left out");
        }
    }

    @Test
    void graphsWithBlankNodesAreComparedByIsomorphism() {
        Dataset ontology = DatasetFactory.create();
        ontology.addNamedModel(CST.ONTOLOGY_IRI, Ontology.ontology());
        try (GraphStore s = GraphStore.inMemory()) {
            s.replaceGraph(CST.ONTOLOGY_IRI, Ontology.ontology());
            assertTrue(s.holds(CST.ONTOLOGY_IRI, ontology));
            Model changed = ModelFactory.createDefaultModel().add(Ontology.ontology());
            changed.remove(changed.listStatements(null, null, (org.apache.jena.rdf.model.RDFNode) null)
                    .filterKeep(st -> st.getObject().isAnon()).next());
            changed.add(changed.createResource(), RDFS.label, "빈 노드");
            Dataset other = DatasetFactory.create();
            other.addNamedModel(CST.ONTOLOGY_IRI, changed);
            assertFalse(s.holds(CST.ONTOLOGY_IRI, other), "same size, another blank node");
        }
    }
}
