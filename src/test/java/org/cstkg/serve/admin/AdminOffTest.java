package org.cstkg.serve.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.cstkg.serve.Http;
import org.cstkg.serve.ServedFixture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without a configured credential there are no admin operations: 404 problems, and nothing is written. */
@ServedFixture
class AdminOffTest {

    @LocalServerPort
    int port;

    @Test
    void adminRoutesAreAbsent() {
        Http http = new Http(port);
        for (String method : new String[] { "POST", "DELETE" }) {
            HttpResponse<String> r = http.send(method, "/admin/documents/doc/x?name=x.txt", "text/plain", "text",
                    null);
            assertThat(r.statusCode()).as(method).isEqualTo(404);
            assertThat(Http.contentType(r)).startsWith("application/problem+json");
            assertThat(r.body()).contains("no admin credential is configured");
        }
    }
}
