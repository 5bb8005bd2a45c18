package org.cstkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.cstkg.rdf.CST;

/** The cstkg ontology as shipped on the class path (built from {@code ontology/cstkg.ttl}). */
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
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(InitialLoad.ONTOLOGY_RESOURCE)) {
            if (in != null)
                RDFDataMgr.read(model, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ModelFactory.createModelForGraph(model.getGraph()); // callers only read
    }
}
