package org.cstkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The cstkg ontology (with its concept schemes) and SHACL shapes, read once from the classpath (the build copies {@code ontology/}
 * to {@code cstkg-ontology/}).
 */
public final class Ontology {
    private Ontology() {}

    public static final String ONTOLOGY_RESOURCE = "/cstkg-ontology/cstkg.ttl";
    public static final String SHAPES_RESOURCE = "/cstkg-ontology/shapes.ttl";
    /** The concept schemes (document types, levels), part of the ontology graph. */
    public static final String SCHEMES_RESOURCE = "/cstkg-ontology/schemes.ttl";

    /** The ontology, read-only: it is shared by every caller. */
    public static Model ontology() { return OntologyHolder.MODEL; }

    /** The SHACL shapes the pipeline output must conform to. */
    public static Shapes shapes() { return ShapesHolder.SHAPES; }

    // Holder classes: loaded on first use, each independently, thread-safe by class initialisation.
    private static final class OntologyHolder {
        static final Model MODEL = ModelFactory.createModelForGraph(new GraphReadOnly(withSchemes()));

        private static Graph withSchemes() {
            Graph g = load(ONTOLOGY_RESOURCE);
            load(SCHEMES_RESOURCE).find().forEachRemaining(g::add);
            return g;
        }
    }

    private static final class ShapesHolder {
        static final Shapes SHAPES = Shapes.parse(load(SHAPES_RESOURCE));
    }

    /** Parse a Turtle classpath resource into a new graph. */
    static Graph load(String resource) {
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("Not on the classpath: " + resource);
            Graph graph = GraphMemFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).base(CST.ONTOLOGY_IRI).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + resource, e);
        }
    }
}
