package org.cstkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import org.cstkg.store.GraphStore;
import org.cstkg.store.Store;
import org.springframework.stereotype.Component;

/**
 * Which state of the store answers are computed from, for HTTP caching: a local store's change counter (it moves with
 * every committed write: ingest through the server, a live update, a document removed; no other process can write while
 * the server holds the store) and when it last changed. A remote store may be written by others unseen: its version
 * is {@link #UNKNOWN}, and nothing derived from it is cached.
 */
@Component
public class StoreVersion {

    public static final long UNKNOWN = -1;

    private final GraphStore local;
    private final Instant opened;

    StoreVersion(Store store) {
        this.local = store instanceof GraphStore g ? g : null;
        this.opened = local == null ? null : newestFile(local.location());
    }

    /** A number that differs for every state the store has been in since the server started, or {@link #UNKNOWN}. */
    public long current() {
        return local == null ? UNKNOWN : local.changes();
    }

    /** When the store last changed (to the second, as HTTP dates go), or null when unknown. */
    public Instant lastModified() {
        if (local == null)
            return null;
        Instant changed = local.lastChange();
        return changed != null ? changed : opened;
    }

    /** The newest of the store's files (its lock aside), or now for an in-memory store. */
    private static Instant newestFile(Path dir) {
        if (dir == null)
            return Instant.now();
        try (Stream<Path> files = Files.walk(dir)) {
            long newest = files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("tdb.lock"))
                    .mapToLong(f -> {
                        try {
                            return Files.getLastModifiedTime(f).toMillis();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).max().orElse(0);
            return newest == 0 ? Instant.now() : Instant.ofEpochMilli(newest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
