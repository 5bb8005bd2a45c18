package org.cstkg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded HTTP load on loopback: C connections (one client and thread each, HTTP/1.1 kept alive) fetching one URL
 * in a loop for S seconds after W seconds of warm-up. Prints one TSV line:
 * {@code requests seconds req_per_s p50_ms p99_ms errors bytes_per_response}.
 *
 * <pre>LoadClient URL ACCEPT CONNECTIONS SECONDS WARMUP_SECONDS</pre>
 */
public final class LoadClient {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost()))
            throw new IllegalArgumentException("loopback only: " + uri);
        String accept = args[1];
        int connections = Integer.parseInt(args[2]);
        double seconds = Double.parseDouble(args[3]), warmup = Double.parseDouble(args[4]);
        phase(uri, accept, connections, warmup); // JIT and caches, not counted
        Result r = phase(uri, accept, connections, seconds);
        System.out.printf("%d\t%.2f\t%.1f\t%.2f\t%.2f\t%d\t%d%n", r.lat.count(), r.seconds, r.lat.count() / r.seconds,
                r.lat.percentileMs(50), r.lat.percentileMs(99), r.errors, r.lat.count() == 0 ? 0 : r.bytes / r.lat.count());
    }

    record Result(Latencies lat, double seconds, long errors, long bytes) {}

    static Result phase(URI uri, String accept, int connections, double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicLong errors = new AtomicLong(), bytes = new AtomicLong();
        List<Latencies> all = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            Latencies l = new Latencies();
            all.add(l);
            Thread t = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                HttpRequest req = HttpRequest.newBuilder(uri).header("Accept", accept).timeout(Duration.ofSeconds(60))
                        .GET().build();
                while (System.nanoTime() < deadline) {
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> resp = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (resp.statusCode() != 200) {
                            errors.incrementAndGet();
                            continue;
                        }
                        bytes.addAndGet(resp.body().length);
                        l.add(System.nanoTime() - s);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads)
            t.join();
        double took = (System.nanoTime() - start) / 1e9;
        Latencies merged = new Latencies();
        all.forEach(merged::addAll);
        return new Result(merged, took, errors.get(), bytes.get());
    }
}
