package org.cstkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.cstkg.rdf.CST;
import org.cstkg.store.GraphStore;

/**
 * Runs read-only queries on the store, each in its own read transaction, with the merged triples of the named graphs as the
 * default graph. Callers build queries with {@link ParameterizedSparqlString} (or the query API), never by
 * concatenating user input; results are copied out of the transaction.
 */
public final class Sparql {

    /** Prefixes every query of the server may use. */
    public static final String PREFIXES = """
            PREFIX cst:   <%s>
            PREFIX cstid: <%s>
            PREFIX rdf:   <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs:  <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:  <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd:   <http://www.w3.org/2001/XMLSchema#>
            PREFIX text:  <http://jena.apache.org/text#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """.formatted(CST.NS, CST.ID_NS);

    private final Dataset dataset;

    public Sparql(GraphStore store) {
        this.dataset = Objects.requireNonNull(store, "store").dataset();
    }

    public Dataset dataset() {
        return dataset;
    }

    /** A query string with the server's prefixes, to bind parameters into. */
    public static ParameterizedSparqlString query(String body) {
        return new ParameterizedSparqlString(PREFIXES + body);
    }

    public List<QuerySolution> select(ParameterizedSparqlString query) {
        return select(query.asQuery());
    }

    public List<QuerySolution> select(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = exec(query)) {
                ResultSet rs = qe.execSelect();
                List<QuerySolution> rows = new ArrayList<>();
                // TDB2 bindings resolve node ids lazily: copy every value while the transaction is open
                rs.forEachRemaining(row -> {
                    QuerySolutionMap copy = new QuerySolutionMap();
                    row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                    rows.add(copy);
                });
                return rows;
            }
        });
    }

    public boolean ask(ParameterizedSparqlString query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = exec(query.asQuery())) {
                return qe.execAsk();
            }
        });
    }

    public Model construct(ParameterizedSparqlString query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = exec(query.asQuery())) {
                Model model = ModelFactory.createDefaultModel();
                model.add(qe.execConstruct());
                return model;
            }
        });
    }

    private QueryExecution exec(Query query) {
        return QueryExecution.dataset(dataset).query(query).build();
    }
}
