package org.cstkg.api;

import java.util.List;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.ResourceFactory;
import org.cstkg.serve.Sparql;
import org.springframework.stereotype.Component;

/**
 * Entities without a search text: all instances of a class (and its subclasses), or of every entity class when no
 * class is given, in IRI order, a page at a time, with the total.
 */
@Component
class EntityListing {

    /** What "an entity" is when no type is asked for: the things the graph is about, not its documents or statements. */
    static final List<String> ENTITY_CLASSES = List.of("Organization", "Person", "Region", "Program", "Policy",
            "Facility", "Technology", "Event");

    private static final String MATCH = """
            VALUES (?type) { ?types } ?e a ?t . ?t rdfs:subClassOf* ?type . FILTER(isIRI(?e))
            """;
    private static final String PAGE = "SELECT DISTINCT ?e WHERE { " + MATCH + " } ORDER BY ?e";
    private static final String TOTAL = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { " + MATCH + " }";

    record Page(long total, List<String> iris) {}

    private final Sparql sparql;

    EntityListing(Sparql sparql) {
        this.sparql = sparql;
    }

    /** @param typeIri a class IRI, or null for every entity class */
    Page list(String typeIri, int limit, int offset) {
        ParameterizedSparqlString page = query(PAGE, typeIri);
        var q = page.asQuery();
        q.setLimit(limit);
        q.setOffset(offset);
        List<String> iris = sparql.select(q).stream().map(r -> r.getResource("e").getURI()).toList();
        long total = sparql.select(query(TOTAL, typeIri)).get(0).getLiteral("n").getLong();
        return new Page(total, iris);
    }

    private static ParameterizedSparqlString query(String body, String typeIri) {
        ParameterizedSparqlString q = Sparql.query(body);
        List<String> types = typeIri != null ? List.of(typeIri)
                : ENTITY_CLASSES.stream().map(c -> Entities.CST + c).toList();
        q.setValues("types", types.stream().map(ResourceFactory::createResource).toList());
        return q;
    }
}
