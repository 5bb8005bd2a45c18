package org.cstkg.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cstkg.serve.Http.enc;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.cstkg.serve.Http;
import org.cstkg.serve.ServedFixture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The federated examples parse, call only Wikidata, and are refused by a server that does not allow it (the default). */
@ServedFixture
class FederatedQueriesTest {

    static final Path DIR = Path.of("queries/federated");

    @LocalServerPort
    int port;

    static List<Path> queries() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    @Test
    void eachParsesAndIsRefusedWithoutTheAllowList() throws IOException {
        assertThat(queries()).hasSizeGreaterThanOrEqualTo(2);
        for (Path p : queries()) {
            String text = Files.readString(p);
            assertThat(text).startsWith("# Question:").contains("--service-allow https://query.wikidata.org/sparql");
            Query q = QueryFactory.create(text);
            assertThat(q.toString()).contains("SERVICE <https://query.wikidata.org/sparql>");
            HttpResponse<String> r = new Http(port).get("/sparql?query=" + enc(text), "application/sparql-results+json");
            assertThat(r.statusCode()).as(p.toString()).isEqualTo(403);
            assertThat(r.body()).contains("is not allowed");
        }
    }
}
