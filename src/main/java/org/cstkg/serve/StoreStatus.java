package org.cstkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.cstkg.store.GraphStore;
import org.cstkg.store.Store;
import org.springframework.stereotype.Component;

/**
 * Size and age of the store being served. A local store's figures are computed on first use and again after it
 * changed (its change counter moved; another process cannot write while the server holds it); a remote store may be
 * written by others, so its figures are counted again when a minute old.
 */
@Component
public class StoreStatus {

    /**
     * @param quads       statements stored, over all graphs
     * @param graphs      named graphs (documents, reference data, the ontology)
     * @param inMemory    whether the store is a throw-away in-memory one
     * @param remote      whether the store is a remote SPARQL store
     * @param search      how label search works: {@code label index}, or {@code substring scan} without one
     * @param bytesOnDisk size of the store's files (0 in memory or remote)
     * @param lastUpdate  when the store last changed: the newest of its files, or when an in-memory store was loaded;
     *                    null for a remote store (unknown)
     */
    public record Status(long quads, long graphs, boolean inMemory, boolean remote, String search, long bytesOnDisk,
            Instant lastUpdate) {}

    private static final Duration REMOTE_TTL = Duration.ofMinutes(1);

    private final Store store;
    private final String search;
    private final Instant loaded = Instant.now();
    private volatile Status status;
    private volatile Instant computed = Instant.MIN;
    private volatile long computedAt = -1;

    StoreStatus(Store store) {
        this.store = store;
        this.search = store.search().method();
    }

    public Status status() {
        Status s = status;
        long changes = store instanceof GraphStore local ? local.changes() : 0;
        if (s == null || computedAt != changes
                || store.kind() == Store.Kind.REMOTE && computed.plus(REMOTE_TTL).isBefore(Instant.now())) {
            status = s = compute();
            computed = Instant.now();
            computedAt = changes;
        }
        return s;
    }

    private Status compute() {
        Store.Size size = store.size();
        Path dir = store.location();
        if (store.kind() == Store.Kind.REMOTE)
            return new Status(size.quads(), size.graphs(), false, true, search, 0, null);
        Instant changed = store instanceof GraphStore local ? local.lastChange() : null;
        if (dir == null)
            return new Status(size.quads(), size.graphs(), true, false, search, 0, changed == null ? loaded : changed);
        long bytes = 0;
        long newest = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (f.getFileName().toString().equals("tdb.lock"))
                    continue; // written when the store is opened, not when it changes
                bytes += Files.size(f);
                newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant files = newest == 0 ? loaded : Instant.ofEpochMilli(newest);
        return new Status(size.quads(), size.graphs(), false, false, search, bytes,
                changed != null && changed.isAfter(files) ? changed : files);
    }
}
