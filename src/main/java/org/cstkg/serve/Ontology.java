package org.cstkg.serve;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.cstkg.rdf.CST;

/**
 * The cstkg ontology as shipped on the class path (built from {@code ontology/cstkg.ttl}), with its concept schemes
 * ({@code ontology/schemes.ttl}: document types, levels), which the policy filters read from the store.
 */
public final class Ontology {

    public static final String IRI = CST.ONTOLOGY_IRI;
    public static final String NS = IRI + "#";

    private static final Model MODEL = read();

    private Ontology() {}

    /** A read-only view of the ontology; empty if the resource is missing. */
    public static Model model() {
        return MODEL;
    }

    private static Model read() {
        try {
            return org.cstkg.rdf.Ontology.ontology(); // with the concept schemes; read-only
        } catch (IllegalStateException e) { // not on the class path
            return ModelFactory.createDefaultModel();
        }
    }
}
