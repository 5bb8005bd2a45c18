package org.cstkg.serve.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.cstkg.serve.Limits;
import org.cstkg.serve.http.ProblemJson;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A query as the SPARQL 1.1 Protocol sends it (GET with {@code query=}, POST of a form or of
 * {@code application/sparql-query}), read within the request-size limit, with the protocol parameters that are passed on
 * to Fuseki. Updates and Graph Store writes are refused here.
 *
 * @param query  the query text
 * @param params the other parameters passed on (dataset description, result format, a shorter timeout)
 */
record SparqlRequest(String query, Map<String, List<String>> params) {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String SPARQL_QUERY = "application/sparql-query";
    static final String SPARQL_UPDATE = "application/sparql-update";

    /** Parameters Fuseki may see besides the query; others (JSONP callbacks, stylesheets, …) are dropped. */
    private static final Set<String> PASSED_ON = Set.of("default-graph-uri", "named-graph-uri", "timeout", "output",
            "format", "results", "accept");

    static SparqlRequest read(HttpServletRequest request, Limits limits) throws IOException {
        String method = request.getMethod();
        String type = mediaType(request.getContentType());
        if (method.equals("GET") || method.equals("HEAD"))
            return fromParameters(request, limits);
        if (SPARQL_UPDATE.equals(type))
            throw ReadOnly.update();
        if (FORM.equals(type))
            return fromParameters(request, limits);
        if (SPARQL_QUERY.equals(type)) {
            String body = body(request, limits);
            return new SparqlRequest(checkLength(body, limits), passedOn(request));
        }
        throw ReadOnly.graphStoreWrite(method, type);
    }

    private static SparqlRequest fromParameters(HttpServletRequest request, Limits limits) {
        Map<String, String[]> all = request.getParameterMap();
        if (all.containsKey("update"))
            throw ReadOnly.update();
        String[] queries = all.get("query");
        if (queries == null || queries.length == 0 || queries[0].isBlank())
            throw badQuery("no query: send it as the 'query' parameter, or POST it as " + SPARQL_QUERY);
        if (queries.length > 1)
            throw badQuery("more than one 'query' parameter");
        return new SparqlRequest(checkLength(queries[0], limits), passedOn(request));
    }

    private static Map<String, List<String>> passedOn(HttpServletRequest request) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (PASSED_ON.contains(name))
                params.put(name, List.of(values));
        });
        return params;
    }

    private static String body(HttpServletRequest request, Limits limits) throws IOException {
        long max = limits.requestSize().toBytes();
        if (request.getContentLengthLong() > max)
            throw tooLarge(limits);
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes((int) max + 1);
        }
        if (bytes.length > max)
            throw tooLarge(limits);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw badQuery("the query is not valid UTF-8");
        }
    }

    private static String checkLength(String query, Limits limits) {
        if (query.length() > limits.requestSize().toBytes()
                || query.getBytes(StandardCharsets.UTF_8).length > limits.requestSize().toBytes())
            throw tooLarge(limits);
        return query;
    }

    static String mediaType(String contentType) {
        if (contentType == null)
            return "";
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    static ErrorResponseException badQuery(String detail) {
        var e = ProblemJson.exception(HttpStatus.BAD_REQUEST, "Bad query", detail);
        e.getBody().setProperty("parameter", "query");
        return e;
    }

    private static ErrorResponseException tooLarge(Limits limits) {
        return ProblemJson.exception(HttpStatus.CONTENT_TOO_LARGE, "Query too large",
                "the query is larger than this server accepts (" + Limits.text(limits.requestSize()) + ")");
    }
}
