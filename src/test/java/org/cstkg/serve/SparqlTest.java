package org.cstkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.cstkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query runner over an on-disk store: union default graph, GRAPH access, and results usable after the read. */
class SparqlTest {

    static final Path FIXTURE = Path.of("src/test/resources/serve/fixture.trig");

    @Test
    void resultsOutliveTheirTransactionOnDisk(@TempDir Path dir) {
        Path db = dir.resolve("tdb2");
        try (GraphStore store = GraphStore.open(db)) {
            new InitialLoad((s, p) -> {
                throw new AssertionError("no reports to ingest");
            }).load(store, List.of(FIXTURE));
        }
        // reopened: node ids are no longer cached, so lazily-bound values would fail outside the transaction
        try (GraphStore store = GraphStore.open(db)) {
            List<QuerySolution> rows = new Sparql(store).select(Sparql.query(
                    "SELECT ?name WHERE { ?p cst:issuedBy ?o . ?o rdfs:label ?name FILTER(LANG(?name) = 'en') } ORDER BY ?name"));
            assertThat(rows).extracting(r -> r.getLiteral("name").getString()).containsExactly(
                    "Ministry of Education", "Ministry of Industry and Information Technology",
                    "Ministry of Science and Technology", "National Development and Reform Commission");
            List<QuerySolution> graphs = new Sparql(store).select(Sparql.query(
                    "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a cst:mentions ?e } } ORDER BY ?g"));
            assertThat(graphs).hasSize(2);
            assertThat(new Sparql(store).ask(Sparql.query("ASK { GRAPH <" + Ontology.IRI + "> { cst:issuedBy ?p ?o } }")))
                    .isTrue();
        }
    }
}
