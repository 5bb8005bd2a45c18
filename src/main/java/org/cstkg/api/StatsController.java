package org.cstkg.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;

import org.apache.jena.query.QuerySolution;
import org.cstkg.serve.Sparql;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/stats}: sizes of the graph. */
@RestController
class StatsController {

    private static final String TOTALS = """
            SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }
            """;
    private static final String GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String CLASSES = """
            SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t . FILTER(STRSTARTS(STR(?t), STR(cst:))) }
            GROUP BY ?t ORDER BY ?t
            """;
    private static final String STATEMENTS = "SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st a rdf:Statement }";

    record Stats(long triples, long graphs, long statements, Map<String, Long> instancesByClass) {}

    private final Sparql sparql;

    StatsController(Sparql sparql) {
        this.sparql = sparql;
    }

    @Operation(summary = "Triples, named graphs, reified statements and instances per class")
    @GetMapping("/api/stats")
    Stats stats() {
        Map<String, Long> byClass = new LinkedHashMap<>();
        for (QuerySolution row : sparql.select(Sparql.query(CLASSES)))
            byClass.put(Labels.compact(row.getResource("t").getURI()), row.getLiteral("n").getLong());
        return new Stats(count(TOTALS, "triples"), count(GRAPHS, "graphs"), count(STATEMENTS, "n"), byClass);
    }

    private long count(String query, String var) {
        return sparql.select(Sparql.query(query)).get(0).getLiteral(var).getLong();
    }
}
