package org.cstkg.serve.sparql;

import java.util.Set;

import org.cstkg.serve.http.ProblemJson;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Refusals of writes at {@code /sparql}: 403 for SPARQL Update, 405 for Graph Store Protocol writes. */
final class ReadOnly {

    private ReadOnly() {}

    static ErrorResponseException update() {
        return ProblemJson.exception(HttpStatus.FORBIDDEN, "Read-only endpoint",
                "SPARQL Update is not accepted at /sparql: the public endpoint is read-only. "
                        + "Load data with the cstkg command line (cstkg ingest).");
    }

    static ErrorResponseException graphStoreWrite(String method, String type) {
        var e = ProblemJson.exception(HttpStatus.METHOD_NOT_ALLOWED, "Read-only endpoint",
                method + (type.isEmpty() ? "" : " of " + type)
                        + " is not accepted at /sparql: Graph Store writes are refused. Query with GET, or POST "
                        + "application/sparql-query or an HTML form with a 'query' field.");
        e.getHeaders().setAllow(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.HEAD));
        return e;
    }
}
