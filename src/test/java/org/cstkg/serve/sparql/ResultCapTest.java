package org.cstkg.serve.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cstkg.serve.Http.enc;

import java.net.http.HttpResponse;

import org.cstkg.serve.Http;
import org.cstkg.serve.ServedFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The result cap of {@code /sparql} (10 000 solutions by default) and the header that says it was applied. */
@ServedFixture
class ResultCapTest {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static long rows(HttpResponse<String> csv) {
        return csv.body().lines().count() - 1; // the header line
    }

    @Test
    void aLargerResultIsCutAtTheCapAndSaysSo() {
        // the fixture's triples squared: several hundred thousand solutions
        HttpResponse<String> r = http.get("/sparql?query=" + enc("SELECT ?a ?b { ?a ?p ?o . ?b ?q ?r }"), "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(rows(r)).isEqualTo(10_000);
        assertThat(r.headers().firstValue(SparqlProxy.RESULT_LIMIT_HEADER)).hasValue("10000");
        HttpResponse<String> asked = http.get("/sparql?query=" + enc("SELECT ?a ?b { ?a ?p ?o . ?b ?q ?r } LIMIT 50000"),
                "text/csv");
        assertThat(rows(asked)).isEqualTo(10_000);
        assertThat(asked.headers().firstValue(SparqlProxy.RESULT_LIMIT_HEADER)).hasValue("10000");
    }

    @Test
    void aQueryWithinTheCapIsLeftAlone() {
        HttpResponse<String> r = http.get("/sparql?query=" + enc("SELECT ?a ?b { ?a ?p ?o . ?b ?q ?r } LIMIT 7"),
                "text/csv");
        assertThat(rows(r)).isEqualTo(7);
        assertThat(r.headers().firstValue(SparqlProxy.RESULT_LIMIT_HEADER)).isEmpty();
        HttpResponse<String> ask = http.get("/sparql?query=" + enc("ASK { ?a ?p ?o }"), "text/csv");
        assertThat(ask.headers().firstValue(SparqlProxy.RESULT_LIMIT_HEADER)).isEmpty();
    }
}
