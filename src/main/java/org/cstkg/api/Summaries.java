package org.cstkg.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
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

    private static final String BATCH = """
            SELECT ?e ?o WHERE { VALUES ?e { %s } ?e ?p ?o . FILTER(?p IN (rdf:type, rdfs:label, skos:prefLabel)) }
            """;

    /** One resource in a list: its id, display label, labels by language and types (compact, like cst:Policy). */
    record Summary(String id, String iri, String label, Map<String, List<String>> labels, List<String> types) {}

    private final Sparql sparql;

    Summaries(Sparql sparql) {
        this.sparql = sparql;
    }

    Summary of(String iri) {
        return of(List.of(iri)).get(0);
    }

    /** The summaries of several resources, in their order, read by one query (a page of results, a graph's nodes). */
    List<Summary> of(List<String> iris) {
        Map<String, Map<String, List<String>>> labels = new LinkedHashMap<>();
        Map<String, List<String>> types = new LinkedHashMap<>();
        for (String iri : iris) {
            labels.put(iri, Labels.byLanguage());
            types.put(iri, new ArrayList<>());
        }
        if (!iris.isEmpty()) {
            StringBuilder values = new StringBuilder();
            for (String iri : labels.keySet()) // IRIs written as N-Triples terms: escaped, never spliced as they are
                values.append(NodeFmtLib.strNT(NodeFactory.createURI(iri))).append(' ');
            for (QuerySolution row : sparql.select(Sparql.query(BATCH.formatted(values)))) {
                String e = row.getResource("e").getURI();
                if (row.get("o").isLiteral())
                    Labels.add(labels.get(e), row.getLiteral("o"));
                else if (row.get("o").isURIResource()) {
                    String t = Labels.compact(row.getResource("o").getURI());
                    if (!types.get(e).contains(t))
                        types.get(e).add(t);
                }
            }
        }
        return iris.stream().map(iri -> new Summary(Ids.id(iri), iri, Labels.pick(labels.get(iri)), labels.get(iri),
                types.get(iri))).toList();
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
