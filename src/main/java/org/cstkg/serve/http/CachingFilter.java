package org.cstkg.serve.http;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cstkg.serve.StoreVersion;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Conditional GET and an in-memory cache for answers that are a function of the store and the request alone (entity
 * views, searches, Linked Data pages). Every 200 answer gets a strong {@code ETag} (the SHA-256 of its body),
 * {@code Last-Modified} (the store's last change) and {@code Cache-Control: no-cache} (clients revalidate: the store may
 * change at any time); {@code If-None-Match}, or without it {@code If-Modified-Since}, gets 304. Answers are kept in a
 * {@link ResponseCache} keyed on the path, query, {@code Accept} and {@code Origin}, for the store's present version
 * only: a live update or an ingest through the server moves the version, and the next request computes afresh. An
 * answer computed while the store changed is not kept. Errors are never cached.
 */
final class CachingFilter extends OncePerRequestFilter {

    /** Headers the container writes itself, or that belong to one exchange only. */
    private static final Set<String> NOT_REPLAYED = Set.of("content-length", "transfer-encoding", "date", "connection",
            "keep-alive", "set-cookie", "etag", "last-modified", "cache-control");

    private final ResponseCache cache;
    private final StoreVersion version;

    CachingFilter(ResponseCache cache, StoreVersion version) {
        this.cache = cache;
        this.version = version;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRequestURI() + '?' + request.getQueryString() + '\n' + request.getHeader("Accept")
                + '\n' + request.getHeader("Origin");
        long v = version.current();
        ResponseCache.Entry hit = v == StoreVersion.UNKNOWN ? null : cache.get(key, v);
        if (hit != null) {
            for (Map.Entry<String, String> h : hit.headers())
                response.addHeader(h.getKey(), h.getValue());
            answer(request, response, hit);
            return;
        }
        Set<String> before = new HashSet<>();
        for (String name : response.getHeaderNames())
            before.add(name.toLowerCase(java.util.Locale.ROOT));
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() != HttpServletResponse.SC_OK || request.isAsyncStarted()) {
            wrapper.copyBodyToResponse();
            return;
        }
        ResponseCache.Entry entry = new ResponseCache.Entry(headers(response, before), wrapper.getContentAsByteArray(),
                etag(wrapper.getContentAsByteArray()));
        if (v != StoreVersion.UNKNOWN && version.current() == v)
            cache.put(key, v, entry);
        answer(request, response, entry); // the headers are on the response already; the body is in the wrapper
    }

    /** The body, or 304 when the client holds it already. */
    private void answer(HttpServletRequest request, HttpServletResponse response, ResponseCache.Entry entry)
            throws IOException {
        Instant modified = version.lastModified();
        response.setHeader("ETag", entry.etag());
        if (modified != null)
            response.setDateHeader("Last-Modified", modified.toEpochMilli());
        response.setHeader("Cache-Control", "no-cache");
        if (notModified(request, entry.etag(), modified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(entry.body().length);
        response.getOutputStream().write(entry.body());
    }

    /** RFC 9110 §13.2.2: If-None-Match (weak comparison) decides when present, If-Modified-Since otherwise. */
    static boolean notModified(HttpServletRequest request, String etag, Instant modified) {
        String inm = request.getHeader("If-None-Match");
        if (inm != null) {
            for (String tag : inm.split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/"))
                    t = t.substring(2);
                if (t.equals("*") || t.equals(etag))
                    return true;
            }
            return false;
        }
        if (modified == null)
            return false;
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException malformed) {
            return false; // an unreadable date is ignored, as RFC 9110 says
        }
        return since >= 0 && modified.getEpochSecond() <= since / 1000;
    }

    /** The headers the route set (content type included), those of the filters before this one left out. */
    private static List<Map.Entry<String, String>> headers(HttpServletResponse response, Set<String> before) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (response.getContentType() != null)
            out.add(Map.entry("Content-Type", response.getContentType()));
        for (String name : new HashSet<>(response.getHeaderNames())) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (before.contains(lower) || NOT_REPLAYED.contains(lower) || lower.equals("content-type"))
                continue;
            for (String value : response.getHeaders(name))
                out.add(Map.entry(name, value));
        }
        return List.copyOf(out);
    }

    static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + HexFormat.of().formatHex(hash, 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
