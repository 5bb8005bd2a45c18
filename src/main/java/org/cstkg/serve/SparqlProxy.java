package org.cstkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public SPARQL 1.1 Protocol endpoint, {@code /sparql}: GET and POST queries are forwarded to the internal Fuseki
 * with their {@code Accept} header, and its answer streamed back. Updates and Graph Store writes are refused here, with
 * a problem+json body saying why, before anything reaches Fuseki.
 */
@RestController
class SparqlProxy {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final String SPARQL_UPDATE = "application/sparql-update";

    private final FusekiEndpoint fuseki;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    SparqlProxy(FusekiEndpoint fuseki) {
        this.fuseki = fuseki;
    }

    @RequestMapping(path = "/sparql", method = { RequestMethod.GET, RequestMethod.HEAD })
    void get(HttpServletRequest request, HttpServletResponse response) throws IOException, InterruptedException {
        if (request.getParameter("update") != null)
            throw ReadOnly.update();
        String query = request.getQueryString();
        URI target = URI.create(fuseki.queryUri() + (query == null ? "" : "?" + query));
        forward(request, response, HttpRequest.newBuilder(target).GET());
    }

    @RequestMapping(path = "/sparql", method = RequestMethod.POST)
    void post(HttpServletRequest request, HttpServletResponse response) throws IOException, InterruptedException {
        String type = mediaType(request.getContentType());
        HttpRequest.Builder builder;
        if (SPARQL_UPDATE.equals(type))
            throw ReadOnly.update();
        if (FORM.equals(type)) {
            // the container may already have read the body into parameters, so the form is rebuilt from them
            Map<String, String[]> params = request.getParameterMap();
            if (params.containsKey("update"))
                throw ReadOnly.update();
            builder = HttpRequest.newBuilder(fuseki.queryUri())
                    .POST(HttpRequest.BodyPublishers.ofString(encode(params)))
                    .header("Content-Type", FORM + "; charset=UTF-8");
        } else if (SPARQL_QUERY.equals(type)) {
            String query = request.getQueryString();
            byte[] body = request.getInputStream().readAllBytes();
            builder = HttpRequest.newBuilder(URI.create(fuseki.queryUri() + (query == null ? "" : "?" + query)))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .header("Content-Type", request.getContentType());
        } else {
            throw ReadOnly.graphStoreWrite(request.getMethod(), type);
        }
        forward(request, response, builder);
    }

    @RequestMapping(path = "/sparql", method = { RequestMethod.PUT, RequestMethod.DELETE, RequestMethod.PATCH })
    void write(HttpServletRequest request) {
        throw ReadOnly.graphStoreWrite(request.getMethod(), mediaType(request.getContentType()));
    }

    private void forward(HttpServletRequest request, HttpServletResponse response, HttpRequest.Builder builder)
            throws IOException, InterruptedException {
        String accept = request.getHeader("Accept");
        if (accept != null && !accept.isBlank())
            builder.header("Accept", accept);
        HttpResponse<InputStream> answer = http.send(builder.timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        response.setStatus(answer.statusCode());
        for (String name : new String[] { "Content-Type", "Content-Disposition", "Vary", "Cache-Control" })
            answer.headers().firstValue(name).ifPresent(v -> response.setHeader(name, v));
        try (InputStream in = answer.body(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null)
            return "";
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    private static String encode(Map<String, String[]> params) {
        StringJoiner form = new StringJoiner("&");
        params.forEach((name, values) -> {
            for (String v : values)
                form.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return form.toString();
    }

    /** Refusals of writes: 403 for SPARQL Update, 405 for Graph Store Protocol writes. */
    static final class ReadOnly {
        private ReadOnly() {}

        static ErrorResponseException update() {
            return problem(HttpStatus.FORBIDDEN, "Read-only endpoint",
                    "SPARQL Update is not accepted at /sparql: the public endpoint is read-only. "
                            + "Load data with the cstkg command line (cstkg ingest).");
        }

        static ErrorResponseException graphStoreWrite(String method, String type) {
            var e = problem(HttpStatus.METHOD_NOT_ALLOWED, "Read-only endpoint",
                    method + (type.isEmpty() ? "" : " of " + type)
                            + " is not accepted at /sparql: Graph Store writes are refused. Query with GET, or POST "
                            + "application/sparql-query or an HTML form with a 'query' field.");
            e.getHeaders().setAllow(Set.of(HttpMethod.GET,
                    HttpMethod.POST, HttpMethod.HEAD));
            return e;
        }

        private static ErrorResponseException problem(HttpStatus status, String title,
                String detail) {
            var pd = ProblemDetail.forStatusAndDetail(status, detail);
            pd.setTitle(title);
            return new ErrorResponseException(status, pd, null);
        }
    }
}
