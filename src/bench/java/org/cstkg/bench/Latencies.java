package org.cstkg.bench;

import java.util.Arrays;

/** Times in nanoseconds, summarised as percentiles in milliseconds (nearest rank). */
final class Latencies {

    private long[] nanos = new long[64];
    private int n;

    void add(long ns) {
        if (n == nanos.length)
            nanos = Arrays.copyOf(nanos, n * 2);
        nanos[n++] = ns;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.n; i++)
            add(other.nanos[i]);
    }

    int count() {
        return n;
    }

    /** @param p from 0 to 100 */
    double percentileMs(double p) {
        if (n == 0)
            return Double.NaN;
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
    }
}
