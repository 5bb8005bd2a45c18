package org.cstkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.jena.query.QueryCancelledException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.cstkg.serve.ServePropertiesTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * How a REST route's failures reach the client, for the two that the served tests cannot provoke through the fixture
 * (no REST route runs a query slow enough to time out): a cancelled query, and Tomcat's undecodable parameter.
 */
class ApiErrorsTest {

    final ApiErrors errors = new ApiErrors(ServePropertiesTest.bind(Map.of("cstkg.limits.query-timeout", "30s")));

    @Test
    void aCancelledQueryIs503SayingTheTimeout() {
        ResponseEntity<ProblemDetail> r = errors.unexpected(new QueryCancelledException());
        assertThat(r.getStatusCode().value()).isEqualTo(503);
        assertThat(r.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(r.getBody().getDetail()).startsWith("query timed out after 30 s");
    }

    @Test
    void anUndecodableParameterIs400NamingIt() {
        ResponseEntity<ProblemDetail> r = errors.unexpected(new InvalidParameterException(
                "Character decoding failed. Parameter [issuer] with value [%zz] has been ignored."));
        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat(r.getBody().getProperties()).containsEntry("parameter", "issuer");
        assertThat(r.getBody().getDetail()).doesNotContain("%zz");
    }
}
