package org.cstkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.cstkg.rdf.CST;
import org.cstkg.search.NameSearch;
import org.cstkg.store.Store;

/**
 * Runs read-only queries on the store (local: each in its own read transaction; remote: one request each), with the
 * merged triples of the named graphs as the default graph. Callers build queries with
 * {@link ParameterizedSparqlString} (or the query API), never by concatenating user input; results are copied out of
 * the transaction.
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

    private final Store store;
    private final NameSearch search;

    public Sparql(Store store) {
        this.store = Objects.requireNonNull(store, "store");
        this.search = store.search();
    }

    /** Label search over the same store. */
    public NameSearch search() {
        return search;
    }

    /** A query string with the server's prefixes, to bind parameters into. */
    public static ParameterizedSparqlString query(String body) {
        return new ParameterizedSparqlString(PREFIXES + body);
    }

    public List<QuerySolution> select(ParameterizedSparqlString query) {
        return select(query.asQuery());
    }

    /** Hands each solution of a SELECT query to {@code row} as it is read (in the query's read transaction). */
    public void forEach(Query query, java.util.function.Consumer<QuerySolution> row) {
        store.select(query, rs -> {
            rs.forEachRemaining(row);
            return null;
        });
    }

    /** As {@link #forEach}, for the server's own background reads (index builds): not cut off by the query timeout. */
    public void forEachInBackground(Query query, java.util.function.Consumer<QuerySolution> row) {
        store.selectInBackground(query, rs -> {
            rs.forEachRemaining(row);
            return null;
        });
    }

    public List<QuerySolution> select(Query query) {
        return store.select(query, rs -> {
            List<QuerySolution> rows = new ArrayList<>();
            // TDB2 bindings resolve node ids lazily: copy every value while the transaction is open
            rs.forEachRemaining(row -> {
                QuerySolutionMap copy = new QuerySolutionMap();
                row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                rows.add(copy);
            });
            return rows;
        });
    }

    public boolean ask(ParameterizedSparqlString query) {
        return store.ask(query.asQuery());
    }

    public Model construct(ParameterizedSparqlString query) {
        return store.construct(query.asQuery());
    }
}
