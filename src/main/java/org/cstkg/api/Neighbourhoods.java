package org.cstkg.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.cstkg.serve.Sparql;
import org.springframework.stereotype.Component;

/** The entity-to-entity graph around one entity, as nodes and edges for an explorer. */
@Component
class Neighbourhoods {

    static final int MAX_NODES = 250;

    // relations between entities only: provenance and bookkeeping links are left out
    private static final String EDGES = """
            SELECT ?s ?p ?o WHERE {
              { ?e ?p ?o . BIND(?e AS ?s) } UNION { ?s ?p ?e . BIND(?e AS ?o) }
              FILTER(isIRI(?s) && isIRI(?o) && STRSTARTS(STR(?p), STR(cst:)))
              FILTER(?p NOT IN (cst:mentions, cst:inArticle, cst:inReport, cst:sourceSentence, cst:reference))
              FILTER(STRSTARTS(STR(?s), STR(cstid:)) && STRSTARTS(STR(?o), STR(cstid:)))
            }
            """;

    record Node(String id, String iri, String label, Map<String, List<String>> labels, List<String> types, int depth) {}

    record Edge(String source, String target, String property) {}

    record Graph(String center, int depth, List<Node> nodes, List<Edge> edges, boolean truncated) {}

    private final Sparql sparql;
    private final Summaries summaries;
    private final Entities entities;

    Neighbourhoods(Sparql sparql, Summaries summaries, Entities entities) {
        this.sparql = sparql;
        this.summaries = summaries;
        this.entities = entities;
    }

    Graph around(String id, int depth) {
        if (depth < 1 || depth > 2)
            throw Problems.badParameter("depth", "must be 1 or 2, was " + depth);
        String center = Ids.iri(id, "id");
        if (!entities.exists(center))
            throw Problems.notFound("no resource " + center);
        Map<String, Integer> seen = new LinkedHashMap<>();
        Set<Edge> edges = new LinkedHashSet<>();
        Deque<String> frontier = new ArrayDeque<>(List.of(center));
        seen.put(center, 0);
        boolean truncated = false;
        while (!frontier.isEmpty()) {
            String iri = frontier.poll();
            int d = seen.get(iri);
            if (d >= depth)
                continue;
            ParameterizedSparqlString q = Sparql.query(EDGES);
            q.setIri("e", iri);
            for (QuerySolution row : sparql.select(q)) {
                String s = row.getResource("s").getURI(), o = row.getResource("o").getURI();
                String other = s.equals(iri) ? o : s;
                if (!seen.containsKey(other)) {
                    if (seen.size() >= MAX_NODES) {
                        truncated = true;
                        continue;
                    }
                    seen.put(other, d + 1);
                    frontier.add(other);
                }
                edges.add(new Edge(Ids.id(s), Ids.id(o), Labels.compact(row.getResource("p").getURI())));
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (Summaries.Summary s : summaries.of(List.copyOf(seen.keySet())))
            nodes.add(new Node(s.id(), s.iri(), s.label(), s.labels(), s.types(), seen.get(s.iri())));
        return new Graph(Ids.id(center), depth, nodes, List.copyOf(edges), truncated);
    }
}
