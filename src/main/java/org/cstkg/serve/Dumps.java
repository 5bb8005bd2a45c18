package org.cstkg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.cstkg.store.Dump;
import org.cstkg.store.GraphStore;
import org.springframework.stereotype.Component;

/**
 * The served dump, {@code /dumps/cstkg.nq.gz}: written on the first request after the store changed (keyed on its
 * change counter), from one read transaction, so queries go on meanwhile. It lives beside a disk store
 * ({@code run/tdb2-dumps/}) or in a temporary folder for an in-memory one.
 */
@org.springframework.context.annotation.Conditional(org.cstkg.serve.OnLocalStore.class) // a local store only
@Component
public class Dumps {

    public static final String FILE = "cstkg.nq.gz";

    /**
     * @param file         the dump file
     * @param sha256       its SHA-256 (the entity tag)
     * @param quads        quads in it
     * @param lastModified when the store last changed before it was written
     */
    public record Current(Path file, String sha256, long quads, Instant lastModified) {}

    private final GraphStore store;
    private final StoreStatus status;
    private final Path dir;
    private Current current;
    private long writtenAt = -1;

    Dumps(GraphStore store, StoreStatus status) throws IOException {
        this.store = store;
        this.status = status;
        Path location = store.location();
        this.dir = location == null ? Files.createTempDirectory("cstkg-dumps")
                : location.resolveSibling(location.getFileName() + "-dumps");
        if (location == null)
            dir.toFile().deleteOnExit();
    }

    /** The dump of the store as it is now, written first if the store changed since the last one. */
    public synchronized Current current() {
        long changes = store.changes(); // read first: the dump's snapshot is at least this new
        if (current == null || writtenAt != changes || !Files.isRegularFile(current.file())) {
            Instant modified = status.status().lastUpdate();
            Dump dump = Dump.write(store, dir.resolve(FILE));
            if (store.location() == null)
                dump.file().toFile().deleteOnExit();
            current = new Current(dump.file(), dump.sha256(), dump.quads(), modified);
            writtenAt = changes;
        }
        return current;
    }
}
