package org.cstkg.serve.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.cstkg.serve.ServiceGuard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.ErrorResponseException;

/** The checks a query passes before it reaches Fuseki. */
class QueryPolicyTest {

    static final String ALLOWED = "https://query.wikidata.org/sparql";
    final QueryPolicy policy = new QueryPolicy(new ServiceGuard(List.of(URI.create(ALLOWED))), 100);

    static int status(ErrorResponseException e) {
        return e.getStatusCode().value();
    }

    @ParameterizedTest
    @ValueSource(strings = { "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
            "SELECT * { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } }",
            "SELECT * { ?s ?p ?o { SELECT ?s { SERVICE <http://example.org/sparql> { ?s ?q ?r } } } }",
            "SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE <http://example.org/sparql> { ?s ?q ?r } } }",
            "ASK { OPTIONAL { SERVICE <http://example.org/sparql> { ?s ?q ?r } } }",
            "SELECT * { BIND(<" + ALLOWED + "> AS ?e) SERVICE ?e { ?s ?p ?o } }" })
    void everyServiceOutsideTheAllowListIsRefused(String query) {
        assertThatThrownBy(() -> policy.check(query)).isInstanceOfSatisfying(ErrorResponseException.class, e -> {
            assertThat(status(e)).isEqualTo(403);
            assertThat(e.getBody().getDetail()).contains("is not allowed", "allow-list");
        });
    }

    @Test
    void anAllowedServicePasses() {
        String q = "SELECT * { SERVICE <" + ALLOWED + "> { ?s ?p ?o } } LIMIT 5";
        assertThat(policy.check(q).query()).isEqualTo(q);
    }

    @Test
    void resultsAreCappedAndTheCapIsReported() {
        QueryPolicy.Checked none = policy.check("SELECT * { ?s ?p ?o }");
        assertThat(none.cappedAt()).isEqualTo(100);
        assertThat(QueryFactory.create(none.query()).getLimit()).isEqualTo(100);
        QueryPolicy.Checked more = policy.check("SELECT * { ?s ?p ?o } LIMIT 5000");
        assertThat(QueryFactory.create(more.query()).getLimit()).isEqualTo(100);
        QueryPolicy.Checked construct = policy.check("CONSTRUCT WHERE { ?s ?p ?o }");
        assertThat(QueryFactory.create(construct.query()).getLimit()).isEqualTo(100);
        QueryPolicy.Checked within = policy.check("SELECT * { ?s ?p ?o } LIMIT 10");
        assertThat(within.cappedAt()).isNull();
        assertThat(within.query()).isEqualTo("SELECT * { ?s ?p ?o } LIMIT 10");
        assertThat(policy.check("ASK { ?s ?p ?o }").cappedAt()).isNull();
    }

    @Test
    void aCappedQueryKeepsItsMeaning() {
        String q = "PREFIX cst: <https://w3id.org/cstkg/ontology#> SELECT ?p (COUNT(*) AS ?n) "
                + "{ ?p a cst:Policy ; cst:issuedBy ?o } GROUP BY ?p ORDER BY DESC(?n)";
        var original = QueryFactory.create(q);
        var capped = QueryFactory.create(policy.check(q).query());
        capped.setLimit(original.getLimit());
        assertThat(capped).isEqualTo(original);
    }

    @Test
    void aSyntaxErrorIsA400NamingTheQuery() {
        assertThatThrownBy(() -> policy.check("SELEKT * {")).isInstanceOfSatisfying(ErrorResponseException.class,
                e -> {
                    assertThat(status(e)).isEqualTo(400);
                    assertThat(e.getBody().getDetail()).startsWith("SPARQL syntax error: ").contains("line 1");
                    assertThat(e.getBody().getProperties()).containsEntry("parameter", "query");
                });
    }
}
