package org.cstkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** Code and ontology cannot drift: every constant is declared, every declared term has a constant. */
class CSTTest {
    private final Model ontology = Ontology.ontology();

    @Test
    void everyConstantIsDeclaredWithItsKind() {
        List<String> wrong = new ArrayList<>();
        constants().forEach((name, term) -> {
            if (!term.getURI().equals(CST.NS + name))
                wrong.add(name + " has IRI " + term.getURI());
            boolean declared = term instanceof Property
                    ? ontology.contains(term, RDF.type, OWL.ObjectProperty)
                            || ontology.contains(term, RDF.type, OWL.DatatypeProperty)
                    : ontology.contains(term, RDF.type, OWL.Class);
            if (!declared)
                wrong.add(name + " is not declared as " + (term instanceof Property ? "a property" : "a class"));
        });
        assertTrue(wrong.isEmpty(), String.join("; ", wrong));
    }

    @Test
    void everyDeclaredTermHasAConstant() {
        TreeSet<String> missing = new TreeSet<>();
        for (Resource term : OntologyTest.declaredTerms(ontology))
            if (!constants().containsKey(term.getLocalName()))
                missing.add(term.getLocalName());
        assertTrue(missing.isEmpty(), "no constant in CST for " + missing);
    }

    @Test
    void namespaces() {
        assertEquals(CST.ONTOLOGY_IRI + "#", CST.NS);
        assertTrue(ontology.contains(ontology.getResource(CST.ONTOLOGY_IRI), RDF.type, OWL.Ontology));
        assertEquals("https://w3id.org/cstkg/id/", CST.ID_NS);
    }

    /** The public static Resource (and Property) fields of CST, by field name. */
    private static Map<String, Resource> constants() {
        Map<String, Resource> constants = new TreeMap<>();
        for (Field f : CST.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType()))
                continue;
            try {
                // a term named by a Java keyword takes a trailing underscore (implements_)
                String name = f.getName().endsWith("_") ? f.getName().substring(0, f.getName().length() - 1) : f.getName();
                constants.put(name, (Resource) f.get(null));
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        assertTrue(constants.size() > 50, "reflection found only " + constants.size() + " constants");
        return constants;
    }
}
