package org.cstkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

class OntologyTest {
    private final Model ontology = Ontology.ontology();

    @Test
    void jenaAndRdf4jParseTheSameGraph() throws Exception {
        org.eclipse.rdf4j.model.Model rdf4j;
        try (InputStream in = getClass().getResourceAsStream(Ontology.ONTOLOGY_RESOURCE)) {
            rdf4j = Rio.parse(in, CST.ONTOLOGY_IRI, RDFFormat.TURTLE);
        }
        try (InputStream in = getClass().getResourceAsStream(Ontology.SCHEMES_RESOURCE)) {
            rdf4j.addAll(Rio.parse(in, CST.ONTOLOGY_IRI, RDFFormat.TURTLE));
        }
        Graph fromRdf4j = GraphMemFactory.createDefaultGraph();
        rdf4j.forEach(st -> fromRdf4j.add(Triple.create(
                jena(st.getSubject()), jena(st.getPredicate()), jena(st.getObject()))));

        assertTrue(ontology.size() > 300, "suspiciously small ontology: " + ontology.size());
        assertEquals(ontology.size(), rdf4j.size());
        assertTrue(ontology.getGraph().isIsomorphicWith(fromRdf4j), "Jena and RDF4J read different graphs");
    }

    @Test
    void rioReadsTheShapesAsJenaDoes() throws Exception {
        org.eclipse.rdf4j.model.Model rdf4j;
        try (InputStream in = getClass().getResourceAsStream(Ontology.SHAPES_RESOURCE)) {
            rdf4j = Rio.parse(in, "https://w3id.org/cstkg/shapes", RDFFormat.TURTLE);
        }
        Model jena = org.apache.jena.riot.RDFDataMgr.loadModel("ontology/shapes.ttl");
        assertTrue(jena.size() > 50);
        assertEquals(jena.size(), rdf4j.size());
    }

    @Test
    void everyTermHasEnglishAndKoreanLabelAndComment() {
        List<String> missing = new ArrayList<>();
        for (Resource term : declaredTerms(ontology))
            for (Property p : List.of(RDFS.label, RDFS.comment))
                for (String lang : List.of("en", "ko"))
                    if (ontology.listObjectsOfProperty(term, p).toList().stream()
                            .noneMatch(o -> o.isLiteral() && o.asLiteral().getLanguage().equals(lang)))
                        missing.add(term.getLocalName() + " " + p.getLocalName() + "@" + lang);
        assertTrue(missing.isEmpty(), "missing: " + missing);
    }

    @Test
    void everyPropertyHasDomainAndRange() {
        List<String> missing = new ArrayList<>();
        for (Resource term : declaredTerms(ontology)) {
            if (ontology.contains(term, RDF.type, OWL.Class))
                continue;
            if (!term.hasProperty(RDFS.domain)) missing.add(term.getLocalName() + " domain");
            if (!term.hasProperty(RDFS.range)) missing.add(term.getLocalName() + " range");
        }
        assertTrue(missing.isEmpty(), "missing: " + missing);
    }

    /** A misspelt cst: term in an axiom (a domain of cst:Organisation) would otherwise pass unnoticed. */
    @Test
    void everyCstTermUsedIsDeclared() {
        Set<String> declared = new TreeSet<>();
        declaredTerms(ontology).forEach(r -> declared.add(r.getURI()));
        Set<String> undeclared = new TreeSet<>();
        ontology.listStatements().forEach(st -> {
            for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject()))
                if (n.isURIResource() && n.asResource().getURI().startsWith(CST.NS)
                        && !declared.contains(n.asResource().getURI()))
                    undeclared.add(n.asResource().getURI());
        });
        assertTrue(undeclared.isEmpty(), "used but not declared: " + undeclared);
    }

    @Test
    void subclassesOfOrganization() {
        for (Resource c : List.of(CST.GovernmentBody, CST.ResearchInstitute, CST.University, CST.Company))
            assertTrue(ontology.contains(c, RDFS.subClassOf, CST.Organization), c.getLocalName());
    }

    /** The type enum the extractor uses and the ontology's entity classes are one list. */
    @Test
    void entityTypesAreTheOntologysEntityClasses() {
        for (EntityType t : EntityType.values()) {
            Resource c = ontology.createResource(CST.NS + t.name());
            assertTrue(ontology.contains(c, RDF.type, OWL.Class), "no class cst:" + t.name());
            boolean org = c.equals(CST.Organization) || ontology.contains(c, RDFS.subClassOf, CST.Organization);
            assertEquals(org, t.isOrganization(), t.name());
        }
        Set<String> sources = Set.of("Position", "Document", "Report", "Article", "Sentence", "Reference");
        for (Resource c : declaredTerms(ontology))
            if (ontology.contains(c, RDF.type, OWL.Class) && !sources.contains(c.getLocalName()))
                assertEquals(c.getLocalName(), EntityType.of(c.getLocalName()).name());
    }

    /** cst: classes and properties declared in the model, the ontology's public terms. */
    static Set<Resource> declaredTerms(Model model) {
        Set<Resource> terms = new HashSet<>();
        for (Resource kind : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty))
            model.listSubjectsWithProperty(RDF.type, kind).forEach(r -> {
                if (r.isURIResource() && r.getURI().startsWith(CST.NS))
                    terms.add(r);
            });
        return terms;
    }

    private static Node jena(Value v) {
        if (v instanceof IRI iri)
            return NodeFactory.createURI(iri.stringValue());
        if (v instanceof BNode b)
            return NodeFactory.createBlankNode(b.getID());
        Literal lit = (Literal) v;
        return lit.getLanguage()
                .map(lang -> NodeFactory.createLiteralLang(lit.getLabel(), lang))
                .orElseGet(() -> NodeFactory.createLiteralDT(lit.getLabel(),
                        TypeMapper.getInstance().getSafeTypeByName(lit.getDatatype().stringValue())));
    }
}
