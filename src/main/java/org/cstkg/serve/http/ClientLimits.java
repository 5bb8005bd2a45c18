package org.cstkg.serve.http;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cstkg.serve.Limits;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What one client may ask of the data routes: a request body no larger than the request-size limit (413), and at most
 * {@code clientConcurrency} requests in progress at once from one address (429 with {@code Retry-After}). One client
 * running heavy queries in parallel then cannot take every worker thread from the others. Behind a reverse proxy the
 * client's address is the proxy's, unless Tomcat is told to trust {@code X-Forwarded-For} (see docs/serving.md).
 */
final class ClientLimits extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 1;

    private final Limits limits;
    private final ConcurrentMap<String, Integer> inProgress = new ConcurrentHashMap<>();

    ClientLimits(Limits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limits.requestSize().toBytes()) {
            ProblemJson.write(response, 413, "the request body is larger than this server accepts ("
                    + Limits.text(limits.requestSize()) + ")", request.getRequestURI());
            return;
        }
        String client = request.getRemoteAddr();
        int running = inProgress.merge(client, 1, Integer::sum);
        try {
            if (running > limits.clientConcurrency()) {
                response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
                ProblemJson.write(response, 429, "too many requests in progress from your address (at most "
                        + limits.clientConcurrency() + " at once); retry when one has finished",
                        request.getRequestURI());
                return;
            }
            chain.doFilter(request, response);
        } finally {
            inProgress.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** Requests now in progress from this address (for tests and monitoring). */
    int inProgress(String client) {
        return inProgress.getOrDefault(client, 0);
    }
}
