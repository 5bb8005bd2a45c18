package org.cstkg.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.cstkg.serve.Sparql;
import org.springframework.stereotype.Component;

/** Short descriptions (labels and types) of resources, for lists and graph nodes. */
@Component
class Summaries {

    /** The classes of docs/data-model.md that the API accepts as {@code type}. */
    static final Set<String> CLASSES = Set.of("Organization", "GovernmentBody", "ResearchInstitute", "University",
            "Company", "Person", "Region", "Program", "Policy", "Facility", "Technology", "Event", "Document", "Report",
            "Article", "Sentence", "Reference", "Position");

    private static final String QUERY = """
            SELECT ?p ?o WHERE { ?e ?p ?o . FILTER(?p IN (rdf:type, rdfs:label, skos:prefLabel)) }
            """;

    /** One resource in a list: its id, display label, labels by language and types (compact, like cst:Policy). */
    record Summary(String id, String iri, String label, Map<String, List<String>> labels, List<String> types) {}

    private final Sparql sparql;

    Summaries(Sparql sparql) {
        this.sparql = sparql;
    }

    Summary of(String iri) {
        ParameterizedSparqlString q = Sparql.query(QUERY);
        q.setIri("e", iri);
        Map<String, List<String>> labels = Labels.byLanguage();
        List<String> types = new ArrayList<>();
        for (QuerySolution row : sparql.select(q)) {
            if (row.get("o").isLiteral())
                Labels.add(labels, row.getLiteral("o"));
            else if (row.get("o").isURIResource()) {
                String t = Labels.compact(row.getResource("o").getURI());
                if (!types.contains(t))
                    types.add(t);
            }
        }
        return new Summary(Ids.id(iri), iri, Labels.pick(labels), labels, types);
    }

    /** The class IRI for a {@code type} parameter such as {@code ResearchInstitute} or {@code cst:Policy}. */
    static String classIri(String type, String parameter) {
        String local = type.strip();
        if (local.startsWith("cst:"))
            local = local.substring(4);
        else if (local.startsWith(Entities.CST))
            local = local.substring(Entities.CST.length());
        if (!CLASSES.contains(local))
            throw Problems.badParameter(parameter,
                    "unknown type '" + abbreviate(type) + "'; one of " + new java.util.TreeSet<>(CLASSES));
        return Entities.CST + local;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
