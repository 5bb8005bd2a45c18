package org.cstkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

/** What the fast writer writes, a strict N-Quads parser reads back as the same quads. */
class NQuadsOutTest {

    @Test
    void everyKindOfTermRoundTrips() {
        Node g = NodeFactory.createURI("https://w3id.org/cstkg/id/doc/a");
        Node s = NodeFactory.createURI("https://w3id.org/cstkg/id/org/x");
        Node p = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        Node b = NodeFactory.createBlankNode();
        DatasetGraph in = DatasetGraphFactory.create();
        in.add(g, s, p, NodeFactory.createLiteralLang("중국과학원 \"CAS\"", "ko"));
        in.add(g, s, p, NodeFactory.createLiteralString("line one\nline two\r\\ end\ttab"));
        in.add(g, s, p, NodeFactory.createLiteralDT("2024-05-10",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        in.add(g, s, NodeFactory.createURI("https://w3id.org/cstkg/ontology#url"),
                NodeFactory.createURI("http://example.org/a b<c>\"d\"{e}|f^g`h\\i"));
        in.add(g, s, p, b);
        in.add(g, b, p, NodeFactory.createLiteralLang("中国科学院", "zh-Hans"));
        in.add(Quad.defaultGraphIRI, s, p, NodeFactory.createLiteralLang("CAS", "en"));
        ByteArrayOutputStream w = new ByteArrayOutputStream();
        NQuadsOut out = new NQuadsOut(w);
        in.find().forEachRemaining(out::quad);
        out.flush();
        assertEquals(7, out.count());
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.fromString(w.toString(StandardCharsets.UTF_8), Lang.NQUADS).strict(true).parse(back);
        assertEquals(7, back.stream().count());
        assertTrue(IsoMatcher.isomorphic(in, back), w.toString(StandardCharsets.UTF_8));
    }
}
