package org.cstkg.serve;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one request and one client may use ({@code cstkg.limits.*}). Each is checked here, at start-up, so a bad
 * setting stops the server with its name rather than surfacing on the first request.
 *
 * @param queryTimeout      a query (through {@code /sparql} or a REST route) still running after this is cancelled
 *                          and answered with 503
 * @param resultRows        {@code /sparql} returns at most this many solutions; the response says when it applied
 * @param resultSize        {@code /sparql} answers larger than this are refused (507) rather than held in memory
 * @param requestSize       request bodies and SPARQL query texts larger than this are refused (413)
 * @param clientConcurrency requests one client address may have in progress at once; more get 429
 */
public record Limits(@DefaultValue("30s") Duration queryTimeout,
        @DefaultValue("10000") int resultRows,
        @DefaultValue("16MB") DataSize resultSize,
        @DefaultValue("64KB") DataSize requestSize,
        @DefaultValue("6") int clientConcurrency) {

    public Limits {
        if (queryTimeout.isNegative() || queryTimeout.isZero() || queryTimeout.compareTo(Duration.ofHours(1)) > 0)
            throw new IllegalArgumentException("cstkg.limits.query-timeout must be between 1 ms and 1 h: " + queryTimeout);
        if (resultRows < 1)
            throw new IllegalArgumentException("cstkg.limits.result-rows must be at least 1: " + resultRows);
        if (resultSize.toBytes() < 1024 || resultSize.toBytes() > Integer.MAX_VALUE - 8)
            throw new IllegalArgumentException("cstkg.limits.result-size must be between 1KB and 2GB: " + resultSize);
        if (requestSize.toBytes() < 1024 || requestSize.toBytes() > 64L << 20)
            throw new IllegalArgumentException("cstkg.limits.request-size must be between 1KB and 64MB: " + requestSize);
        if (clientConcurrency < 1)
            throw new IllegalArgumentException("cstkg.limits.client-concurrency must be at least 1: " + clientConcurrency);
    }

    /** A size as people read it: {@code 16 MB}, {@code 64 KB}, {@code 1500 bytes}. */
    public static String text(DataSize size) {
        long b = size.toBytes();
        return b % (1 << 20) == 0 ? (b >> 20) + " MB" : b % 1024 == 0 ? (b >> 10) + " KB" : b + " bytes";
    }

    /** The timeout as people read it: {@code 30 s}, {@code 1.5 s}. */
    public String queryTimeoutText() {
        long ms = queryTimeout.toMillis();
        return (ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0)) + " s";
    }
}
