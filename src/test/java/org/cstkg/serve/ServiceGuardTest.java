package org.cstkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;

import org.apache.jena.query.QueryDeniedException;
import org.cstkg.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SERVICE in the query engine, over the fixture store and a real local HTTP endpoint: refused without a request
 * leaving the process unless the endpoint is on the allow-list (then the call is made: the guard blocks only what it
 * should).
 */
class ServiceGuardTest {

    LocalEndpoint endpoint;
    GraphStore store;

    @BeforeEach
    void start() throws Exception {
        endpoint = LocalEndpoint.start();
        store = Fixture.store();
    }

    @AfterEach
    void stop() {
        endpoint.close();
        store.close();
    }

    Sparql guarded(List<URI> allowList) {
        new ServiceGuard(allowList).install(store.dataset().getContext());
        return new Sparql(store);
    }

    @Test
    void serviceIsRefusedWithoutAnOutboundRequest() {
        Sparql sparql = guarded(List.of());
        for (String q : List.of("SELECT * { SERVICE <%s> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <%s> { ?s ?p ?o } }",
                "SELECT * { ?x a cst:Policy . SERVICE <%s> { ?x ?p ?o } }",
                "SELECT * { BIND(<%s> AS ?e) SERVICE ?e { ?s ?p ?o } }")) {
            String query = q.formatted(endpoint.sparqlUri());
            assertThatThrownBy(() -> sparql.select(Sparql.query(query))).as(query)
                    .isInstanceOf(QueryDeniedException.class).hasMessageContaining("is not allowed");
        }
        assertThat(endpoint.requests()).as("requests the endpoint received").isZero();
    }

    @Test
    void anAllowedEndpointIsCalled() {
        Sparql sparql = guarded(List.of(endpoint.sparqlUri()));
        var rows = sparql.select(Sparql.query("SELECT * { SERVICE <" + endpoint.sparqlUri() + "> { ?s ?p ?o } }"));
        assertThat(rows).isEmpty(); // the endpoint answers with no solutions
        assertThat(endpoint.requests()).isEqualTo(1);
        Sparql other = guarded(List.of(URI.create("http://127.0.0.1:1/elsewhere")));
        assertThatThrownBy(() -> other.select(Sparql.query("SELECT * { SERVICE <" + endpoint.sparqlUri() + "> { ?s ?p ?o } }")))
                .isInstanceOf(QueryDeniedException.class);
        assertThat(endpoint.requests()).isEqualTo(1);
    }
}
