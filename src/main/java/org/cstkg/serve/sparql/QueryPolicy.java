package org.cstkg.serve.sparql;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.cstkg.serve.ServiceGuard;
import org.cstkg.serve.http.ProblemJson;
import org.springframework.http.HttpStatus;

/**
 * What a client's query must pass before it reaches Fuseki: it parses (as Fuseki would parse it), it calls no
 * {@code SERVICE} outside the allow-list, and it asks for at most {@code resultRows} solutions; a query without a
 * smaller {@code LIMIT} gets that one, and the answer says so.
 */
final class QueryPolicy {

    /** The query to run and, when the result cap was imposed on it, the cap. */
    record Checked(String query, Long cappedAt) {}

    private final ServiceGuard services;
    private final long resultRows;

    QueryPolicy(ServiceGuard services, long resultRows) {
        this.services = services;
        this.resultRows = resultRows;
    }

    Checked check(String text) {
        Query query;
        try {
            query = QueryFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryException e) {
            throw SparqlRequest.badQuery("SPARQL syntax error: " + e.getMessage());
        }
        refuseServices(query);
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= resultRows))
            return new Checked(text, null);
        query.setLimit(resultRows);
        return new Checked(query.serialize(), resultRows);
    }

    /** Every SERVICE, including those in sub-queries and in (NOT) EXISTS, must name an allowed endpoint. */
    private void refuseServices(Query query) {
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                String endpoint = op.getService().isURI() ? op.getService().getURI() : op.getService().toString();
                if (!op.getService().isURI() || !services.allows(endpoint))
                    throw ProblemJson.exception(HttpStatus.FORBIDDEN, "SERVICE not allowed",
                            ServiceGuard.refusal(endpoint));
            }
        });
    }
}
