package org.cstkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

import org.cstkg.store.Dump;
import org.cstkg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = { "A consistent compressed snapshot of the store (every named graph, as gzipped N-Quads),",
                "taken in one read transaction: from the store directory (--db), or from a running server (--server,",
                "which holds the store: its /dumps/cstkg.nq.gz). Put it back with restore." })
final class BackupCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--server", paramLabel = "URL", description = "take the snapshot from a running server")
    String server;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "FILE.nq.gz")
    Path output;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!output.getFileName().toString().endsWith(".nq.gz"))
            throw new Main.UserError(output + ": a backup is written as FILE.nq.gz");
        long t0 = System.nanoTime();
        if (server != null)
            fromServer();
        else {
            if (!Files.isDirectory(store.db()))
                throw new Main.UserError(store.db() + ": no store here (run ingest first)");
            try (GraphStore s = GraphStore.open(store.db())) {
                Dump.write(s, output);
            }
        }
        System.out.printf("backed up %s to %s (%,d bytes) in %d ms%n", server != null ? server : store.db(), output,
                Files.size(output), (System.nanoTime() - t0) / 1_000_000);
        return 0;
    }

    private void fromServer() throws IOException, InterruptedException {
        String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        URI uri;
        try {
            uri = URI.create(base + "/dumps/cstkg.nq.gz");
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("--server: '" + server + "' is not a URL");
        }
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + output.getFileName(), ".tmp");
        try {
            HttpResponse<Path> r;
            try {
                r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
                        HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(30)).build(),
                        HttpResponse.BodyHandlers.ofFile(tmp));
            } catch (IOException e) {
                throw new Main.UserError("--server " + server + ": " + (e.getMessage() == null ? "cannot connect ("
                        + e.getClass().getSimpleName() + ")" : e.getMessage()));
            }
            if (r.statusCode() != 200)
                throw new Main.UserError("--server " + server + ": " + uri + " answered " + r.statusCode());
            try (InputStream in = new GZIPInputStream(Files.newInputStream(tmp))) {
                in.transferTo(java.io.OutputStream.nullOutputStream()); // whole and readable
            } catch (IOException e) {
                throw new Main.UserError("--server " + server + ": the snapshot arrived broken (" + e.getMessage()
                        + ")");
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
