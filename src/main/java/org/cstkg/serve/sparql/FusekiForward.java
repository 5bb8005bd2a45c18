package org.cstkg.serve.sparql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.cstkg.serve.Limits;
import org.cstkg.serve.http.ProblemJson;
import org.cstkg.store.RemoteEndpoints;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;

/**
 * One query sent to the internal Fuseki, its answer read whole (up to the result-size limit) before anything reaches
 * the client. Fuseki streams results, and when a query times out after the first rows were written it can only append
 * a marker to a response already sent as 200; holding the answer lets the proxy turn that, like every other failure,
 * into an explicit error instead of passing on a truncated result as if it were complete.
 */
final class FusekiForward {

    /** What Fuseki appends to results cut short by the timeout (Responses.output in jena-fuseki-core). */
    static final String CANCELLED_MARKER = "Query cancelled due to timeout";
    private static final List<String> HEADERS = List.of("Content-Type", "Content-Disposition", "Vary", "Cache-Control");

    /** A complete answer: status, the headers passed on, and the body. */
    record Answer(int status, Map<String, String> headers, byte[] body) {}

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Limits limits;
    private final Duration wait;

    /**
     * @param remote whether the endpoint is a remote store's, which may not time queries out itself: its answer is
     *               then awaited for the query timeout only (Fuseki's, which times queries out, a little longer)
     */
    FusekiForward(Limits limits, boolean remote) {
        this.limits = limits;
        this.wait = remote ? limits.queryTimeout() : limits.queryTimeout().plusSeconds(15);
    }

    Answer send(URI endpoint, String query, Map<String, List<String>> params, String accept)
            throws IOException, InterruptedException {
        URI target = withParams(endpoint, params);
        String user = endpoint.getUserInfo(); // a remote store given as http://user:password@host/…
        if (user != null)
            target = URI.create(RemoteEndpoints.withoutUserInfo(target.toString()));
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8))
                .header("Content-Type", SparqlRequest.SPARQL_QUERY + "; charset=UTF-8")
                // Fuseki times the query out itself; this bounds the wait should it (or a remote store) not answer
                .timeout(wait);
        if (accept != null && !accept.isBlank())
            request.header("Accept", accept);
        if (user != null)
            request.header("Authorization", "Basic "
                    + java.util.Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw timedOut();
        } catch (java.net.ConnectException e) {
            throw unreachable();
        }
        byte[] body;
        try (InputStream in = response.body()) {
            body = readAtMost(in, limits.resultSize().toBytes());
        } // closing early drops the connection, which stops Fuseki writing (and running) the query
        String text = tail(body);
        if (response.statusCode() == 503 || text.contains(CANCELLED_MARKER))
            throw timedOut();
        if (response.statusCode() >= 400)
            throw fusekiError(response.statusCode(), new String(body, StandardCharsets.UTF_8).strip());
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : HEADERS)
            response.headers().firstValue(name).ifPresent(v -> headers.put(name, v));
        return new Answer(response.statusCode(), headers, body);
    }

    private byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        for (int n; (n = in.read(chunk)) >= 0;) {
            out.write(chunk, 0, n);
            if (out.size() > max)
                throw ProblemJson.exception(HttpStatus.INSUFFICIENT_STORAGE, "Result too large",
                        "the answer is larger than this server returns (" + Limits.text(limits.resultSize())
                                + "); ask for fewer solutions (LIMIT and OFFSET) or fewer variables");
        }
        return out.toByteArray();
    }

    private static ErrorResponseException unreachable() {
        return ProblemJson.exception(HttpStatus.SERVICE_UNAVAILABLE, "Store unavailable",
                "the SPARQL store behind this server does not answer; try again later");
    }

    ErrorResponseException timedOut() {
        var e = ProblemJson.exception(HttpStatus.SERVICE_UNAVAILABLE, "Query timed out",
                "query timed out after " + limits.queryTimeoutText()
                        + "; it was cancelled and no partial result is returned");
        e.getBody().setProperty("timeoutSeconds", limits.queryTimeout().toMillis() / 1000.0);
        return e;
    }

    private static ErrorResponseException fusekiError(int status, String message) {
        String detail = message.isEmpty() ? ProblemJson.title(status) : message;
        if (detail.length() > 2000)
            detail = detail.substring(0, 2000) + "…";
        // a query refused inside the engine (a SERVICE the syntax check could not see) is a refusal, not a 422
        HttpStatusCode code = HttpStatusCode.valueOf(status == 422 ? 403 : status);
        return ProblemJson.exception(code, ProblemJson.title(code.value()), detail);
    }

    private static String tail(byte[] body) {
        int from = Math.max(0, body.length - 512);
        return new String(body, from, body.length - from, StandardCharsets.ISO_8859_1);
    }

    private static URI withParams(URI endpoint, Map<String, List<String>> params) {
        if (params.isEmpty())
            return endpoint;
        StringJoiner query = new StringJoiner("&", "?", "");
        params.forEach((name, values) -> values.forEach(v -> query.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return URI.create(endpoint + query.toString());
    }
}
